//! The app model without a browser: whole flows driven by events, with time passed in, and
//! the effects each transition asks for.
#![cfg(not(target_arch = "wasm32"))]

use lumbar::domain::cue::{self, Cue, TimedTone, Tone};
use lumbar::domain::lessons::LESSONS;
use lumbar::domain::plan::Plan;
use lumbar::domain::progress::Progress;
use lumbar::domain::records::{ChangeReason, Feel, Outcome};
use lumbar::domain::red_flags::Screening;
use lumbar::domain::routine::Routine;
use lumbar::domain::transfer::ImportMode;
use lumbar::model::{Effect, Event, MediaInfo, Model, Now, Screen, SessionCommand, WorkerNews};
use proptest::prelude::*;

const START: i64 = 1_764_000_000_000;

fn at(ms: i64) -> Now {
    Now {
        ms,
        utc_offset_min: 60,
    }
}

const DAY: i64 = 86_400_000;

/// Safety acknowledged, and none of the warning signs reported a day ago.
fn acknowledged() -> Progress {
    Progress {
        safety_acknowledged_at_ms: Some(START - DAY),
        screening: Some(Screening {
            answered_at_ms: START - DAY,
            yes: Vec::new(),
            doctor_checked_at_ms: None,
        }),
        ..Progress::default()
    }
}

fn opened(progress: Progress) -> Model {
    Model::open(progress, Vec::new(), at(START)).0
}

fn has_cues(effects: &[Effect]) -> bool {
    effects
        .iter()
        .any(|e| matches!(e, Effect::PlayCues(c) if !c.is_empty()))
}

/// Ticks once a second until the session ends; returns the effects of the last tick and
/// the time it came.
fn tick_to_the_end(model: &mut Model, mut now: i64) -> (Vec<Effect>, i64) {
    for _ in 0..3_600 {
        now += 1_000;
        let effects = model.update(Event::Session(SessionCommand::Tick), at(now));
        if model.screen != Screen::Session {
            return (effects, now);
        }
    }
    panic!("the session did not end within an hour");
}

#[test]
fn a_first_visit_goes_from_safety_through_a_session_and_back_home() {
    let (mut model, effects) = Model::open(Progress::default(), Vec::new(), at(START));
    assert_eq!(model.screen, Screen::Safety);
    assert_eq!(effects, [Effect::Save], "nothing to update or keep on yet");

    let effects = model.update(Event::AcknowledgeSafety, at(START + 5_000));
    assert_eq!(model.screen, Screen::Screening { starting: false });
    assert_eq!(
        model.progress.safety_acknowledged_at_ms,
        Some(START + 5_000)
    );
    assert_eq!(effects, [Effect::Save]);

    let effects = model.update(Event::AnswerScreening(Vec::new()), at(START + 5_500));
    assert_eq!(model.screen, Screen::Home);
    assert_eq!(
        model.progress.screening.as_ref().unwrap().answered_at_ms,
        START + 5_500
    );
    assert_eq!(effects, [Effect::Save, Effect::CheckForUpdate]);

    assert!(model
        .update(Event::OpenCheckIn, at(START + 6_000))
        .is_empty());
    assert_eq!(model.screen, Screen::CheckIn);

    let started_at = START + 7_000;
    let effects = model.update(
        Event::Start {
            pain_before: Some(3),
        },
        at(started_at),
    );
    assert_eq!(model.screen, Screen::Session);
    assert_eq!(effects[0], Effect::Save);
    assert!(effects.contains(&Effect::KeepScreenOn(true)));
    assert!(has_cues(&effects), "the first step is announced");
    assert_eq!(model.plan().map(|p| p.len()), Some(65));

    let (effects, ended_at) = tick_to_the_end(&mut model, started_at);
    let finished = model.finished().expect("the finish screen").clone();
    assert_eq!(finished.record.outcome, Outcome::Completed);
    assert_eq!(finished.record.pain_before, Some(3));
    assert!(!finished.checked_in);
    assert!(model.progress.active.is_none() && model.plan().is_none());
    for wanted in [
        Effect::Save,
        Effect::KeepScreenOn(false),
        Effect::AskPersistentStorage,
    ] {
        assert!(effects.contains(&wanted), "{wanted:?} in {effects:?}");
    }

    let effects = model.update(
        Event::CheckInAfter {
            pain: Some(2),
            feel: Some(Feel::AboutRight),
        },
        at(ended_at + 10_000),
    );
    assert_eq!(effects, [Effect::Save]);
    assert!(model.finished().is_some_and(|f| f.checked_in));
    let record = &model.progress.history[0];
    assert_eq!(
        (record.pain_after, record.feel),
        (Some(2), Some(Feel::AboutRight))
    );

    let effects = model.update(Event::DismissFinish, at(ended_at + 20_000));
    assert_eq!(model.screen, Screen::Home);
    assert_eq!(effects, [Effect::CheckForUpdate]);
}

#[test]
fn only_the_first_completed_session_asks_to_keep_the_storage() {
    let mut model = opened(acknowledged());
    model.update(Event::Start { pain_before: None }, at(START));
    let (effects, end) = tick_to_the_end(&mut model, START);
    assert!(effects.contains(&Effect::AskPersistentStorage));
    model.update(Event::DismissFinish, at(end));
    model.update(Event::Start { pain_before: None }, at(end + 1_000));
    let (effects, _) = tick_to_the_end(&mut model, end + 1_000);
    assert!(!effects.contains(&Effect::AskPersistentStorage));
}

#[test]
fn a_tick_that_only_counts_down_asks_for_nothing() {
    let mut model = opened(acknowledged());
    model.update(Event::Start { pain_before: None }, at(START));
    let before = model.progress.clone();
    // The warm-up lasts 3 minutes: 10 s into it nothing is due.
    let effects = model.update(Event::Session(SessionCommand::Tick), at(START + 10_000));
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(model.progress, before, "nothing to save");
}

#[test]
fn pausing_lets_the_screen_sleep_and_resuming_keeps_it_on() {
    let mut model = opened(acknowledged());
    model.update(Event::Start { pain_before: None }, at(START));
    let effects = model.update(
        Event::Session(SessionCommand::TogglePause),
        at(START + 2_000),
    );
    assert_eq!(
        effects,
        [
            Effect::Save,
            Effect::KeepScreenOn(false),
            Effect::ScheduleTones {
                tones: Vec::new(),
                hidden: false
            },
            // The lock screen's controls show the pause.
            Effect::ShowMedia(Some(MediaInfo {
                title: "Warm up".into(),
                detail: "Warm-up".into(),
                progress: "Step 1 of 65".into(),
                playing: false,
            })),
        ]
    );
    assert!(model.progress.active.as_ref().unwrap().is_paused());

    let quiet = model.update(Event::Session(SessionCommand::Tick), at(START + 60_000));
    assert!(
        quiet.is_empty(),
        "a paused session does not change: {quiet:?}"
    );

    let effects = model.update(
        Event::Session(SessionCommand::TogglePause),
        at(START + 90_000),
    );
    assert_eq!(effects[..2], [Effect::Save, Effect::KeepScreenOn(true)]);
    assert!(matches!(&effects[2], Effect::ScheduleTones { tones, .. } if !tones.is_empty()));
    let effects = model.update(Event::Session(SessionCommand::Skip), at(START + 91_000));
    assert_eq!(model.progress.active.as_ref().unwrap().step_index, 1);
    assert!(has_cues(&effects), "the next step is announced");
}

#[test]
fn stop_for_pain_ends_at_once_eases_back_and_asks_nothing() {
    let mut progress = acknowledged();
    progress.progression = true;
    let above = Routine {
        wall_slide_reps: 8,
        ..Routine::AS_WRITTEN
    };
    progress.change_routine(above, ChangeReason::Progressed, START - 500);
    let mut model = opened(progress);
    model.update(
        Event::Start {
            pain_before: Some(4),
        },
        at(START),
    );
    let effects = model.update(Event::StopForPain, at(START + 30_000));
    assert!(effects.contains(&Effect::KeepScreenOn(false)));
    assert!(!effects.contains(&Effect::AskPersistentStorage));
    let finished = model.finished().unwrap();
    assert!(finished.record.stopped_for_pain);
    assert_eq!(finished.record.outcome, Outcome::Stopped);
    assert!(finished.checked_in, "no question after pain");
    assert!(finished.change.is_some(), "progression eased back");
    assert!(model.progress.routine.wall_slide_reps < 8);

    model.update(Event::UndoRoutineChange, at(START + 40_000));
    assert_eq!(model.progress.routine, above);
    assert!(model.finished().unwrap().change.is_none());
}

#[test]
fn a_tap_meant_for_another_screen_changes_nothing() {
    let mut model = opened(acknowledged());
    model.update(Event::OpenCheckIn, at(START));
    let before = model.clone();
    for event in [
        Event::OpenHistory,
        Event::CloseHistory,
        Event::DismissFinish,
        Event::Stop,
        Event::Session(SessionCommand::Skip),
    ] {
        assert!(model.update(event.clone(), at(START + 1)).is_empty());
        assert_eq!(model, before, "{event:?} while checking in");
    }
    model.update(Event::CloseCheckIn, at(START + 2));
    model.update(Event::OpenHistory, at(START + 3));
    assert_eq!(model.screen, Screen::History);
    model.update(Event::OpenCheckIn, at(START + 4));
    assert_eq!(
        model.screen,
        Screen::History,
        "no check-in over the history"
    );
    model.update(Event::Start { pain_before: None }, at(START + 5));
    assert_eq!(model.screen, Screen::History, "no session from the history");
}

#[test]
fn a_session_ended_in_another_tab_ends_here_too() {
    let mut model = opened(acknowledged());
    model.update(Event::Start { pain_before: None }, at(START));
    let mut other = model.clone();
    assert_eq!(model.screen, Screen::Session);

    other.update(Event::Stop, at(START + 9_000));
    let effects = model.update(
        Event::SavedElsewhere(other.progress.clone()),
        at(START + 9_500),
    );
    assert_eq!(model.screen, Screen::Home);
    assert_eq!(model.progress.history.len(), 1);
    assert!(effects.contains(&Effect::KeepScreenOn(false)));
}

#[test]
fn what_the_store_hands_back_is_taken_without_another_save() {
    let mut model = opened(acknowledged());
    let mut stored = model.progress.clone();
    stored.settings.voice = !stored.settings.voice;
    assert!(model
        .update(Event::Stored(stored.clone()), at(START))
        .is_empty());
    assert_eq!(model.progress, stored);
}

#[test]
fn an_import_that_replaces_everything_keeps_the_screen_consistent() {
    let mut model = opened(acknowledged());
    model.update(Event::OpenHistory, at(START));
    let mut file = opened(acknowledged());
    file.update(Event::Start { pain_before: None }, at(START - 50_000));
    file.update(Event::Stop, at(START - 40_000));
    let effects = model.update(
        Event::Import(file.progress, ImportMode::Replace),
        at(START + 1),
    );
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(
        model.screen,
        Screen::History,
        "an import keeps what it does not replace"
    );
    assert_eq!(model.progress.history.len(), 1);
    assert!(model.progress.safety_acknowledged());
}

#[test]
fn opening_resumes_a_fresh_session_and_retires_an_abandoned_one() {
    let mut running = opened(acknowledged());
    running.update(Event::Start { pain_before: None }, at(START));

    let (model, effects) = Model::open(running.progress.clone(), Vec::new(), at(START + 60_000));
    assert_eq!(model.screen, Screen::Session);
    assert!(effects.contains(&Effect::KeepScreenOn(true)));

    let four_hours = 4 * 3_600_000;
    let (model, effects) = Model::open(running.progress, Vec::new(), at(START + four_hours));
    assert_eq!(model.screen, Screen::Home);
    assert_eq!(model.progress.history[0].outcome, Outcome::Stopped);
    assert_eq!(effects, [Effect::Save, Effect::CheckForUpdate]);
}

#[test]
fn notices_are_shown_once_and_dismissed_one_by_one() {
    let (mut model, _) = Model::open(acknowledged(), vec!["Recovered".into()], at(START));
    model.update(Event::Notify("Full".into()), at(START));
    model.update(Event::Notify("Full".into()), at(START));
    let ids: Vec<u32> = model.notices.iter().map(|n| n.id).collect();
    assert_eq!(ids.len(), 2);
    model.update(Event::DismissNotice(ids[0]), at(START));
    assert_eq!(model.notices.len(), 1);
    assert_eq!(model.notices[0].text, "Full");

    model.update(Event::Worker(WorkerNews::OfflineFailed), at(START));
    assert_eq!(model.notices.len(), 2);
    model.update(Event::Worker(WorkerNews::OfflineReady), at(START));
    assert_eq!(
        model.notices.len(),
        1,
        "the failure's message goes once it worked"
    );
    assert!(model.offline_ready && !model.update_ready);
    model.update(Event::Worker(WorkerNews::UpdateReady), at(START));
    assert!(model.update_ready);
}

#[test]
fn a_warning_sign_locks_the_routine_until_a_doctor_has_checked() {
    let mut model = opened(acknowledged());
    model.update(Event::OpenScreening, at(START));
    model.update(
        Event::AnswerScreening(vec!["cancer-history".into()]),
        at(START + 1_000),
    );
    assert_eq!(
        model.screen,
        Screen::Screening { starting: false },
        "the advice shows"
    );
    model.update(Event::CloseScreening, at(START + 2_000));

    model.update(Event::OpenCheckIn, at(START + 3_000));
    assert_eq!(
        model.screen,
        Screen::Screening { starting: true },
        "Start asks first"
    );
    assert!(model
        .update(Event::Start { pain_before: None }, at(START + 3_500))
        .is_empty());
    assert!(model.progress.active.is_none());

    let effects = model.update(Event::ConfirmDoctorChecked, at(START + 4_000));
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(
        model.screen,
        Screen::CheckIn,
        "on to the check-in that Start began"
    );
    let screening = model.progress.screening.as_ref().unwrap();
    assert_eq!(screening.doctor_checked_at_ms, Some(START + 4_000));
    model.update(Event::Start { pain_before: None }, at(START + 5_000));
    assert_eq!(model.screen, Screen::Session);
}

#[test]
fn the_warning_signs_are_asked_again_after_90_days() {
    let later = START + 91 * DAY;
    let mut model = Model::open(acknowledged(), Vec::new(), at(later)).0;
    assert_eq!(model.screen, Screen::Home);
    model.update(Event::OpenCheckIn, at(later));
    assert_eq!(model.screen, Screen::Screening { starting: true });
    model.update(Event::AnswerScreening(Vec::new()), at(later + 1_000));
    assert_eq!(model.screen, Screen::CheckIn);

    let mut fresh = opened(acknowledged());
    fresh.update(Event::OpenCheckIn, at(START + 89 * DAY));
    assert_eq!(fresh.screen, Screen::CheckIn, "not before 90 days");
}

#[test]
fn lessons_are_marked_read_once_opened_and_offered_after_a_session() {
    let mut model = opened(acknowledged());
    model.update(Event::OpenLessons, at(START));
    let effects = model.update(Event::OpenLesson(LESSONS[2].id), at(START));
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(model.screen, Screen::Lesson(LESSONS[2].id));
    model.update(Event::CloseLesson, at(START));
    let effects = model.update(Event::OpenLesson(LESSONS[2].id), at(START));
    assert!(effects.is_empty(), "read twice is still read once");
    assert_eq!(model.progress.lessons_read, [LESSONS[2].id]);
    model.update(Event::CloseLesson, at(START));
    model.update(Event::CloseLessons, at(START));
    assert_eq!(model.screen, Screen::Home);

    model.update(Event::Start { pain_before: None }, at(START));
    model.update(Event::Stop, at(START + 1_000));
    model.update(Event::OpenLesson(LESSONS[0].id), at(START + 2_000));
    assert_eq!(
        model.screen,
        Screen::Lesson(LESSONS[0].id),
        "offered on the finish screen"
    );
    model.update(Event::OpenLesson("no-such-lesson"), at(START + 2_000));
    assert_eq!(model.screen, Screen::Lesson(LESSONS[0].id));
}

#[test]
fn the_summary_opens_from_home_and_closes_back_to_it() {
    let mut model = opened(acknowledged());
    assert!(model.update(Event::OpenSummary, at(START)).is_empty());
    assert_eq!(model.screen, Screen::Summary);
    model.update(Event::OpenHistory, at(START));
    assert_eq!(model.screen, Screen::Summary);
    model.update(Event::CloseSummary, at(START));
    assert_eq!(model.screen, Screen::Home);
}

fn any_event() -> impl Strategy<Value = Event> {
    prop_oneof![
        Just(Event::AcknowledgeSafety),
        Just(Event::OpenCheckIn),
        Just(Event::CloseCheckIn),
        proptest::option::of(0u8..=10).prop_map(|pain_before| Event::Start { pain_before }),
        prop_oneof![
            Just(SessionCommand::Tick),
            Just(SessionCommand::TogglePause),
            Just(SessionCommand::Skip),
            Just(SessionCommand::Back),
        ]
        .prop_map(Event::Session),
        Just(Event::Stop),
        Just(Event::StopForPain),
        proptest::option::of(0u8..=10).prop_map(|pain| Event::CheckInAfter {
            pain,
            feel: Some(Feel::Hard)
        }),
        Just(Event::UndoRoutineChange),
        proptest::collection::vec(Just("cancer-history".to_owned()), 0..2)
            .prop_map(Event::AnswerScreening),
        Just(Event::ConfirmDoctorChecked),
        Just(Event::OpenScreening),
        Just(Event::CloseScreening),
        Just(Event::OpenLessons),
        Just(Event::OpenLesson(LESSONS[0].id)),
        Just(Event::OpenSummary),
        Just(Event::CloseSummary),
        Just(Event::DismissFinish),
        Just(Event::OpenHistory),
        Just(Event::CloseHistory),
        any::<bool>().prop_map(Event::SetProgression),
    ]
}

proptest! {
    /// Whatever the order of taps: progress is saved exactly when it changed, the session
    /// screen shows exactly when there is a session, and the safety screen exactly until
    /// it was acknowledged.
    #[test]
    fn every_transition_keeps_the_model_consistent(
        steps in proptest::collection::vec((any_event(), 0i64..200_000), 1..60),
    ) {
        let mut model = opened(Progress::default());
        let mut now = START;
        for (event, wait) in steps {
            now += wait;
            let before = model.progress.clone();
            let effects = model.update(event.clone(), at(now));
            let saved = effects.iter().filter(|e| **e == Effect::Save).count();
            prop_assert_eq!(saved, usize::from(model.progress != before), "{:?}", event);
            let acknowledged = model.progress.safety_acknowledged();
            prop_assert_eq!(model.screen == Screen::Safety, !acknowledged);
            prop_assert_eq!(
                model.screen == Screen::Session,
                acknowledged && model.progress.active.is_some()
            );
            prop_assert_eq!(model.plan().is_some(), model.progress.active.is_some());
        }
    }
}

/// The tones of the `ScheduleTones` among `effects`, if there is one.
fn scheduled(effects: &[Effect]) -> Option<&[TimedTone]> {
    effects.iter().find_map(|e| match e {
        Effect::ScheduleTones { tones, .. } => Some(tones.as_slice()),
        _ => None,
    })
}

#[test]
fn a_session_schedules_every_tone_ahead_and_again_only_when_its_timeline_moves() {
    let mut model = opened(acknowledged());
    let effects = model.update(Event::Start { pain_before: None }, at(START));
    let plan = Plan::for_routine(&Routine::AS_WRITTEN);
    let straight_through: Vec<TimedTone> = cue::schedule(&plan)
        .into_iter()
        .filter_map(|timed| match timed.cue {
            Cue::Beep(tone) => Some(TimedTone {
                at_ms: START + timed.at_ms,
                tone,
            }),
            _ => None,
        })
        .collect();
    assert_eq!(scheduled(&effects), Some(straight_through.as_slice()));
    assert_eq!(
        straight_through.last().map(|t| t.tone),
        Some(Tone::Finished)
    );
    assert!(
        effects.iter().all(
            |e| !matches!(e, Effect::PlayCues(c) if c.iter().any(|c| matches!(c, Cue::Beep(_))))
        ),
        "no tone is played twice: they come from the schedule only"
    );

    // Steps that begin on time schedule nothing new.
    let warm_up_ms = plan.steps()[0].duration_ms();
    for now in [
        START + 10_000,
        START + warm_up_ms,
        START + warm_up_ms + 1_000,
    ] {
        let effects = model.update(Event::Session(SessionCommand::Tick), at(now));
        assert_eq!(scheduled(&effects), None, "at {now}: {effects:?}");
    }

    // A pause cancels them all; resuming 30 s later schedules the rest 30 s later.
    let paused_at = START + warm_up_ms + 2_000;
    let effects = model.update(Event::Session(SessionCommand::Pause), at(paused_at));
    assert_eq!(scheduled(&effects), Some(&[][..]));
    let effects = model.update(
        Event::Session(SessionCommand::Resume),
        at(paused_at + 30_000),
    );
    let expected: Vec<TimedTone> = straight_through
        .iter()
        .filter(|t| t.at_ms >= paused_at)
        .map(|t| TimedTone {
            at_ms: t.at_ms + 30_000,
            ..*t
        })
        .collect();
    assert_eq!(scheduled(&effects), Some(expected.as_slice()));

    // Skip: the next step's tone now, and everything after it moved to match.
    let skipped_at = paused_at + 31_000;
    let effects = model.update(Event::Session(SessionCommand::Skip), at(skipped_at));
    let tones = scheduled(&effects).expect("scheduled again");
    let session = model.progress.active.as_ref().unwrap();
    let rest_ms: i64 = plan.steps()[session.step_index..]
        .iter()
        .map(|step| step.duration_ms())
        .sum();
    assert_eq!(tones[0].at_ms, skipped_at);
    assert_eq!(
        tones.last(),
        Some(&TimedTone {
            at_ms: skipped_at + rest_ms,
            tone: Tone::Finished
        })
    );

    // Stopping cancels what is left.
    let effects = model.update(Event::Stop, at(skipped_at + 1_000));
    assert_eq!(scheduled(&effects), Some(&[][..]));
}

#[test]
fn a_hidden_page_gets_tones_for_the_voice_and_says_what_happened_when_shown() {
    let mut model = opened(acknowledged());
    model.update(Event::Start { pain_before: None }, at(START));
    let plan = Plan::for_routine(&Routine::AS_WRITTEN);
    let effects = model.update(Event::PageHidden, at(START + 1_000));
    assert!(
        matches!(&effects[..], [Effect::ScheduleTones { hidden: true, tones }] if !tones.is_empty()),
        "{effects:?}"
    );
    // The warm-up (3 min) and the first rep of Wall Slides pass with the screen off.
    let wall_slides_start = plan.steps()[0].duration_ms();
    let back_at = START + wall_slides_start + 20_000;
    let effects = model.update(Event::PageShown, at(back_at));
    assert!(effects
        .iter()
        .any(|e| matches!(e, Effect::ScheduleTones { hidden: false, .. })));
    let session = model.progress.active.as_ref().expect("still running");
    let now = session.snapshot(&plan, back_at).unwrap().step;
    let notice = model.notices.last().expect("a notice");
    assert!(
        notice
            .text
            .starts_with("While the screen was off: Warm-up finished. Now: Wall Slides · "),
        "{}",
        notice.text
    );
    assert!(
        notice.text.ends_with(&format!("· {}.", now.title())),
        "{}",
        notice.text
    );

    let first = notice.clone();

    // Hidden and shown within a step: nothing new to report.
    model.update(Event::PageHidden, at(back_at + 100));
    model.update(Event::PageShown, at(back_at + 200));
    assert_eq!(model.notices, std::slice::from_ref(&first));

    // A newer report replaces the older one.
    model.update(Event::PageHidden, at(back_at + 300));
    model.update(Event::PageShown, at(back_at + 60_000));
    assert_eq!(model.notices.len(), 1, "{:?}", model.notices);
    assert_ne!(model.notices[0], first);
    assert!(
        model.notices[0]
            .text
            .contains("the session went on. Now: Wall Slides"),
        "{}",
        model.notices[0].text
    );
}

#[test]
fn a_session_that_ends_while_the_screen_is_off_says_so() {
    let mut model = opened(acknowledged());
    model.update(Event::Start { pain_before: None }, at(START));
    model.update(Event::PageHidden, at(START + 1_000));
    model.update(Event::PageShown, at(START + 3_600_000));
    assert!(matches!(model.screen, Screen::Finish(_)));
    let notice = model.notices.last().expect("a notice");
    assert_eq!(
        notice.text,
        "While the screen was off: Warm-up and Wall Slides and Leg Raise finished. The routine is complete."
    );
}

#[test]
fn a_session_that_runs_to_its_end_schedules_the_chime_at_its_moment() {
    let mut model = opened(acknowledged());
    model.update(Event::Start { pain_before: None }, at(START));
    let (effects, ended_at) = tick_to_the_end(&mut model, START);
    let end_ms = Plan::for_routine(&Routine::AS_WRITTEN)
        .steps()
        .iter()
        .map(|step| step.duration_ms())
        .sum::<i64>();
    assert_eq!(ended_at, START + end_ms, "ticks fall on whole seconds");
    assert_eq!(
        scheduled(&effects),
        Some(
            &[TimedTone {
                at_ms: START + end_ms,
                tone: Tone::Finished
            }][..]
        ),
        "the chime scheduled at the start is kept, not cancelled"
    );
}

#[test]
fn skipping_past_the_last_step_plays_the_finishing_chime_now() {
    let mut model = opened(acknowledged());
    model.update(Event::Start { pain_before: None }, at(START));
    let steps = Plan::for_routine(&Routine::AS_WRITTEN).len();
    let mut now = START;
    let mut effects = Vec::new();
    for _ in 0..steps {
        now += 700;
        effects = model.update(Event::Session(SessionCommand::Skip), at(now));
    }
    assert!(matches!(model.screen, Screen::Finish(_)));
    assert_eq!(
        scheduled(&effects),
        Some(
            &[TimedTone {
                at_ms: now,
                tone: Tone::Finished
            }][..]
        )
    );

    // Paused, then skipped to the end: the same.
    let mut model = opened(acknowledged());
    model.update(Event::Start { pain_before: None }, at(START));
    model.update(Event::Session(SessionCommand::Pause), at(START + 1_000));
    for step in 0..steps {
        now = START + 2_000 + step as i64;
        effects = model.update(Event::Session(SessionCommand::Skip), at(now));
    }
    assert_eq!(
        scheduled(&effects).map(|tones| tones.iter().map(|t| t.tone).collect::<Vec<_>>()),
        Some(vec![Tone::Finished])
    );
}

#[test]
fn a_voice_that_arrives_late_has_the_tones_scheduled_again() {
    let mut model = opened(acknowledged());
    model.update(Event::VoicesChanged(false), at(START));
    model.update(Event::Start { pain_before: None }, at(START));
    // The shell routes these tones to the speaker, since no voice can speak yet.
    let effects = model.update(Event::VoicesChanged(true), at(START + 4_000));
    let tones = scheduled(&effects).expect("scheduled again for the voice");
    assert!(tones.iter().all(|t| t.at_ms >= START + 4_000));
    assert!(model.voice);
    // The same news twice schedules nothing.
    let effects = model.update(Event::VoicesChanged(true), at(START + 5_000));
    assert_eq!(scheduled(&effects), None);
}

#[test]
fn the_media_controls_show_each_step_and_clear_when_the_session_ends() {
    let mut model = opened(acknowledged());
    let media = |effects: &[Effect]| {
        effects.iter().find_map(|e| match e {
            Effect::ShowMedia(info) => Some(info.clone()),
            _ => None,
        })
    };
    let effects = model.update(Event::Start { pain_before: None }, at(START));
    assert_eq!(
        media(&effects),
        Some(Some(MediaInfo {
            title: "Warm up".into(),
            detail: "Warm-up".into(),
            progress: "Step 1 of 65".into(),
            playing: true,
        }))
    );
    // A tick that only counts down tells the controls nothing.
    let effects = model.update(Event::Session(SessionCommand::Tick), at(START + 1_000));
    assert_eq!(media(&effects), None);
    // The warm-up (180 s) ends; Wall Slides begin with "Get in position".
    let effects = model.update(Event::Session(SessionCommand::Tick), at(START + 180_000));
    assert_eq!(
        media(&effects),
        Some(Some(MediaInfo {
            title: "Get in position".into(),
            detail: "Wall Slides · Rep 1 of 6".into(),
            progress: "Step 2 of 65".into(),
            playing: true,
        }))
    );
    let effects = model.update(Event::Stop, at(START + 181_000));
    assert_eq!(media(&effects), Some(None));
}
