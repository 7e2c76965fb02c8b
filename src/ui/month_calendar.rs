use leptos::prelude::*;

use crate::domain::calendar::MONTH_NAMES;
use crate::domain::history::{DayMark, Month};
use crate::ui::state::AppState;

const WEEK_HEADINGS: [&str; 7] = ["M", "T", "W", "T", "F", "S", "S"];

/// A Monday-first month grid with the days done, browsable month by month.
#[component]
pub fn MonthCalendar(today: i64) -> impl IntoView {
    let app = expect_context::<AppState>();
    let shown = RwSignal::new(Month::containing(today));
    let title = move || {
        let (year, number) = shown.get();
        format!("{} {year}", MONTH_NAMES[(number - 1) as usize])
    };
    let go = move |delta: i64| shown.update(|(y, m)| (*y, *m) = Month::shifted(*y, *m, delta));
    let cells = move || {
        let (year, number) = shown.get();
        app.with_progress(|p| {
            let m = Month::of(&p.history, year, number);
            let blanks = (0..m.leading_blanks).map(|_| (String::new(), "day blank", None, false));
            let days = (1u32..).zip(&m.days).map(|(number, mark)| {
                let (class, said) = match mark {
                    DayMark::Completed => ("day done", "completed"),
                    DayMark::Stopped => ("day stopped", "stopped early"),
                    DayMark::None => ("day", "no session"),
                };
                let is_today = m.first_day + i64::from(number) - 1 == today;
                let today_said = if is_today { " today" } else { "" };
                let label = format!("{number}: {said}{today_said}");
                (number.to_string(), class, Some(label), is_today)
            });
            blanks
                .chain(days)
                .map(|(text, class, label, is_today)| {
                    // Blank cells only pad the grid: hidden from screen readers.
                    let hidden = label.is_none().then_some("true");
                    let current = is_today.then_some("date");
                    view! {
                        <li class=class aria-label=label aria-hidden=hidden aria-current=current>
                            {text}
                        </li>
                    }
                })
                .collect_view()
                .into_any()
        })
    };
    view! {
        <section class="month" aria-labelledby="month-title">
            <div class="month-head">
                <button class="ghost" aria-label="Previous month" on:click=move |_| go(-1)>"‹"</button>
                <h2 id="month-title" aria-live="polite">{title}</h2>
                <button class="ghost" aria-label="Next month" on:click=move |_| go(1)>"›"</button>
            </div>
            <ol class="weekdays" aria-hidden="true">
                {WEEK_HEADINGS.map(|d| view! { <li>{d}</li> }).collect_view()}
            </ol>
            <ol class="days" data-testid="month-days">{cells}</ol>
            <p class="legend muted">
                <span class="key done"></span>" done "
                <span class="key stopped"></span>" stopped early"
            </p>
        </section>
    }
}
