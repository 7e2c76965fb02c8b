//! The health content: every red-flag and lesson text the app shows stands, word for word,
//! beside its source in docs/CONTENT.md, and the screening and lesson order behave as the
//! routine's safety relies on.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use lumbar::domain::lessons::{next_unread, LESSONS};
use lumbar::domain::red_flags::{
    due, Screening, Urgency, DOCTOR_CHECKED, RECHECK_AFTER_DAYS, RED_FLAGS, WHY_WE_ASK,
};

const CONTENT_MD: &str = include_str!("../docs/CONTENT.md");
const DAY_MS: i64 = 86_400_000;
/// Mon 23 Nov 2026 23:11:49 UTC.
const NOW_MS: i64 = 1_795_475_509_000;

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every text a person reads from the two content modules.
fn shown_texts() -> Vec<&'static str> {
    let mut texts = vec![WHY_WE_ASK, DOCTOR_CHECKED];
    for urgency in [Urgency::Emergency, Urgency::SeeDoctorFirst] {
        texts.extend([urgency.title(), urgency.advice()]);
    }
    texts.extend(RED_FLAGS.iter().map(|flag| flag.question));
    for lesson in LESSONS {
        texts.push(lesson.title);
        texts.extend(lesson.paragraphs);
    }
    texts
}

#[test]
fn every_red_flag_and_lesson_text_is_in_the_content_table() {
    let doc = words(CONTENT_MD);
    let missing: Vec<_> = shown_texts()
        .into_iter()
        .filter(|text| !doc.contains(&words(text)))
        .collect();
    assert!(missing.is_empty(), "not in docs/CONTENT.md: {missing:#?}");
}

#[test]
fn no_text_would_break_a_markdown_table_cell() {
    for text in shown_texts() {
        assert!(!text.contains('|') && !text.contains('\n'), "{text:?}");
    }
}

#[test]
fn each_red_flag_is_listed_with_its_grade() {
    let doc = words(CONTENT_MD);
    for flag in RED_FLAGS {
        let grade = match flag.urgency {
            Urgency::Emergency => "Emergency",
            Urgency::SeeDoctorFirst => "See a doctor first",
        };
        let row = format!("| {} | {grade} |", flag.question);
        assert!(doc.contains(&row), "no row {row:?}");
    }
}

#[test]
fn ids_are_unique() {
    let flags: HashSet<_> = RED_FLAGS.iter().map(|flag| flag.id).collect();
    assert_eq!(flags.len(), RED_FLAGS.len());
    let lessons: HashSet<_> = LESSONS.iter().map(|lesson| lesson.id).collect();
    assert_eq!(lessons.len(), LESSONS.len());
}

#[test]
fn the_cauda_equina_signs_are_emergencies() {
    for id in ["saddle-numbness", "bladder-bowel", "both-legs"] {
        let flag = RED_FLAGS.iter().find(|flag| flag.id == id).unwrap();
        assert_eq!(flag.urgency, Urgency::Emergency, "{id}");
    }
    assert!(Urgency::Emergency
        .advice()
        .contains("Call 999 or go to A&E"));
    assert!(Urgency::SeeDoctorFirst
        .advice()
        .contains("urgent appointment, or call NHS 111"));
}

#[test]
fn there_are_six_to_eight_lessons_each_short() {
    assert!((6..=8).contains(&LESSONS.len()), "{}", LESSONS.len());
    for lesson in LESSONS {
        assert!(!lesson.paragraphs.is_empty(), "{}", lesson.id);
        let count: usize = lesson
            .paragraphs
            .iter()
            .map(|p| p.split_whitespace().count())
            .sum();
        assert!(count <= 160, "{} has {count} words", lesson.id);
    }
}

#[test]
fn the_pacing_lesson_keeps_the_nhs_numbers() {
    let pacing = LESSONS.iter().find(|lesson| lesson.id == "pacing").unwrap();
    let text = pacing.paragraphs.join(" ");
    for phrase in [
        "5 repetitions of each exercise",
        "3 times a day",
        "an extra 1 or 2 repetitions every few days",
        "as long as you feel comfortable",
    ] {
        assert!(text.contains(phrase), "{phrase:?} not in {text:?}");
    }
}

#[test]
fn lessons_are_offered_in_order_and_then_run_out() {
    assert_eq!(next_unread(&[]).map(|l| l.id), Some(LESSONS[0].id));
    let mut read = Vec::new();
    for lesson in LESSONS {
        assert_eq!(next_unread(&read), Some(lesson));
        read.push(lesson.id.to_string());
    }
    assert_eq!(next_unread(&read), None);
}

#[test]
fn a_lesson_read_out_of_order_is_skipped_not_repeated() {
    let read = vec![LESSONS[0].id.to_string(), LESSONS[2].id.to_string()];
    assert_eq!(next_unread(&read).map(|l| l.id), Some(LESSONS[1].id));
    let read: Vec<_> = [0, 1, 2]
        .iter()
        .map(|&i| LESSONS[i].id.to_string())
        .collect();
    assert_eq!(next_unread(&read).map(|l| l.id), Some(LESSONS[3].id));
    // An id no longer offered changes nothing.
    assert_eq!(
        next_unread(&["retired".to_string()]).map(|l| l.id),
        Some(LESSONS[0].id)
    );
}

fn answered(yes: &[&str]) -> Screening {
    Screening {
        answered_at_ms: NOW_MS,
        yes: yes.iter().map(|id| id.to_string()).collect(),
        doctor_checked_at_ms: None,
    }
}

#[test]
fn all_no_clears_the_routine() {
    let screening = answered(&[]);
    assert_eq!(screening.worst(), None);
    assert!(screening.clears_routine());
}

#[test]
fn any_yes_locks_the_routine_until_a_doctor_has_checked_since() {
    for flag in RED_FLAGS {
        let mut screening = answered(&[flag.id]);
        assert_eq!(screening.worst(), Some(flag.urgency));
        assert!(!screening.clears_routine(), "{}", flag.id);

        screening.doctor_checked_at_ms = Some(NOW_MS - DAY_MS);
        assert!(!screening.clears_routine(), "an older check: {}", flag.id);

        screening.doctor_checked_at_ms = Some(NOW_MS + DAY_MS);
        assert!(screening.clears_routine(), "{}", flag.id);
    }
}

#[test]
fn changed_answers_need_a_new_doctor_check() {
    let mut screening = answered(&["weight-loss"]);
    screening.doctor_checked_at_ms = Some(NOW_MS + DAY_MS);
    assert!(screening.clears_routine());
    screening.answered_at_ms = NOW_MS + 2 * DAY_MS;
    screening.yes.push("night-or-rest".into());
    assert!(!screening.clears_routine());
}

#[test]
fn an_emergency_outranks_seeing_a_doctor_first() {
    assert!(Urgency::Emergency > Urgency::SeeDoctorFirst);
    let screening = answered(&["weight-loss", "both-legs", "cancer-history"]);
    assert_eq!(screening.worst(), Some(Urgency::Emergency));
    let screening = answered(&["weight-loss", "cancer-history"]);
    assert_eq!(screening.worst(), Some(Urgency::SeeDoctorFirst));
}

#[test]
fn a_yes_to_a_dropped_question_still_locks_the_routine() {
    let screening = answered(&["a-question-since-dropped"]);
    assert_eq!(screening.worst(), Some(Urgency::SeeDoctorFirst));
    assert!(!screening.clears_routine());
}

#[test]
fn never_answered_is_due() {
    assert!(due(None, NOW_MS));
}

#[test]
fn the_questions_come_back_after_90_days_not_before() {
    assert_eq!(RECHECK_AFTER_DAYS, 90);
    let screening = answered(&[]);
    for days in [0, 1, 45, 89, 90] {
        assert!(
            !due(Some(&screening), NOW_MS + days * DAY_MS),
            "{days} days"
        );
    }
    assert!(due(Some(&screening), NOW_MS + 90 * DAY_MS + 1));
    assert!(due(Some(&screening), NOW_MS + 91 * DAY_MS));
    assert!(due(Some(&screening), NOW_MS + 400 * DAY_MS));
}

#[test]
fn a_screening_survives_storage() {
    let mut screening = answered(&["fever-unwell"]);
    screening.doctor_checked_at_ms = Some(NOW_MS + 5);
    let json = serde_json::to_string(&screening).unwrap();
    assert_eq!(serde_json::from_str::<Screening>(&json).unwrap(), screening);
}
