//! The warning signs that need a doctor before this routine, asked before the first session
//! and again every 90 days.
//!
//! The questions follow the NHS lists for back pain, graded as the NHS grades them: call 999
//! or go to A&E now, or get an urgent GP appointment or call 111 first. docs/CONTENT.md gives
//! each one its source. Lumbar only asks; it never says what is causing anyone's pain.

use serde::{Deserialize, Serialize};

/// How soon a "yes" needs a doctor. Declared mildest first, so that the derived order makes
/// the worst of several answers the greatest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    /// An urgent GP appointment or NHS 111 before exercising.
    SeeDoctorFirst,
    /// 999 or A&E now.
    Emergency,
}

impl Urgency {
    pub fn title(self) -> &'static str {
        match self {
            Urgency::Emergency => EMERGENCY_TITLE,
            Urgency::SeeDoctorFirst => SEE_DOCTOR_TITLE,
        }
    }

    pub fn advice(self) -> &'static str {
        match self {
            Urgency::Emergency => EMERGENCY_ADVICE,
            Urgency::SeeDoctorFirst => SEE_DOCTOR_ADVICE,
        }
    }
}

/// One yes/no question. The id is what a stored answer keeps, so it never changes once
/// released, even if the wording does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RedFlag {
    pub id: &'static str,
    pub question: &'static str,
    pub urgency: Urgency,
}

pub const WHY_WE_ASK: &str = "Most back pain is not caused by anything serious. But a few \
    signs mean you should see a doctor before you exercise, and some need help straight away. \
    These questions look for those signs. They cannot tell what is causing your pain, and they \
    do not replace a doctor. Lumbar keeps your answers on this phone and asks again every 90 \
    days. You can change them from the home screen at any time.";

pub const EMERGENCY_TITLE: &str = "Get medical help now";

pub const EMERGENCY_ADVICE: &str = "Do not do the exercises. Call 999 or go to A&E now. \
    Outside the UK, call your local emergency number. With back pain, this sign can need \
    treatment in hospital straight away.";

pub const SEE_DOCTOR_TITLE: &str = "See a doctor first";

pub const SEE_DOCTOR_ADVICE: &str = "Please do not start the routine yet. Ask your GP \
    practice for an urgent appointment, or call NHS 111. When a doctor has checked you and \
    says these exercises are OK for you, come back and tell Lumbar.";

/// What the person confirms, after a "yes", before the routine unlocks.
pub const DOCTOR_CHECKED: &str =
    "A doctor has checked me since I answered, and says I can do these exercises.";

pub const RED_FLAGS: &[RedFlag] = &[
    RedFlag {
        id: "saddle-numbness",
        question: "Do you have numbness or tingling around your genitals, buttocks or bottom (anus)?",
        urgency: Urgency::Emergency,
    },
    RedFlag {
        id: "bladder-bowel",
        question: "Is it newly hard to pee, or have you lost control of when you pee or poo?",
        urgency: Urgency::Emergency,
    },
    RedFlag {
        id: "both-legs",
        question: "Do you have pain, tingling, weakness or numbness in both legs?",
        urgency: Urgency::Emergency,
    },
    RedFlag {
        id: "chest-pain",
        question: "Do you have chest pain?",
        urgency: Urgency::Emergency,
    },
    RedFlag {
        id: "serious-accident",
        question: "Did your back pain start after a serious accident, such as a car crash or a fall from a height?",
        urgency: Urgency::Emergency,
    },
    RedFlag {
        id: "one-leg-worse",
        question: "Is weakness or numbness in one leg getting worse?",
        urgency: Urgency::SeeDoctorFirst,
    },
    RedFlag {
        id: "fever-unwell",
        question: "Do you have a high temperature, or feel very unwell?",
        urgency: Urgency::SeeDoctorFirst,
    },
    RedFlag {
        id: "weight-loss",
        question: "Have you lost weight without trying to?",
        urgency: Urgency::SeeDoctorFirst,
    },
    RedFlag {
        id: "lump-or-shape",
        question: "Is there a lump or swelling in your back, or has your back changed shape?",
        urgency: Urgency::SeeDoctorFirst,
    },
    RedFlag {
        id: "night-or-rest",
        question: "Is the pain worse at night, or no better when you rest?",
        urgency: Urgency::SeeDoctorFirst,
    },
    RedFlag {
        id: "sneeze-cough-poo",
        question: "Does sneezing, coughing or pooing make the pain worse?",
        urgency: Urgency::SeeDoctorFirst,
    },
    RedFlag {
        id: "upper-back",
        question: "Is the pain high up, between your shoulders, rather than in your lower back?",
        urgency: Urgency::SeeDoctorFirst,
    },
    RedFlag {
        id: "cancer-history",
        question: "Have you ever had cancer?",
        urgency: Urgency::SeeDoctorFirst,
    },
];

pub const RECHECK_AFTER_DAYS: i64 = 90;
const DAY_MS: i64 = 86_400_000;

/// The person's answers, kept so the routine can stay locked until a doctor has seen them.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Screening {
    pub answered_at_ms: i64,
    /// Ids of the questions answered "yes".
    pub yes: Vec<String>,
    /// When the person confirmed [`DOCTOR_CHECKED`].
    pub doctor_checked_at_ms: Option<i64>,
}

impl Screening {
    /// The most urgent "yes", if any.
    pub fn worst(&self) -> Option<Urgency> {
        self.yes
            .iter()
            .map(|id| {
                // A "yes" to a question a later version dropped was still a warning sign the
                // person reported: it keeps the routine locked rather than vanishing.
                RED_FLAGS
                    .iter()
                    .find(|flag| flag.id == id)
                    .map_or(Urgency::SeeDoctorFirst, |flag| flag.urgency)
            })
            .max()
    }

    /// Whether the routine may start: nothing was answered "yes", or a doctor has checked
    /// the person since these answers were given. A confirmation older than the answers was
    /// about something else.
    pub fn clears_routine(&self) -> bool {
        self.yes.is_empty()
            || self
                .doctor_checked_at_ms
                .is_some_and(|checked| checked >= self.answered_at_ms)
    }
}

/// Whether to ask the questions (again): never answered, or answered more than
/// [`RECHECK_AFTER_DAYS`] ago.
pub fn due(screening: Option<&Screening>, now_ms: i64) -> bool {
    screening.is_none_or(|s| now_ms - s.answered_at_ms > RECHECK_AFTER_DAYS * DAY_MS)
}
