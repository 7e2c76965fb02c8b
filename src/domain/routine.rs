//! The routine of `seed/lower-back-pain-workout.txt` as typed data.
//!
//! Every number the seed gives lives in [`Routine::AS_WRITTEN`]; the timings the seed leaves
//! open (how long to slide, rest or get onto the floor) live in [`Pacing::DEFAULT`].

use serde::{Deserialize, Serialize};

/// What the seed prescribes, number by number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Routine {
    /// Wall Slides: "Count to 5 prior to sliding back up the wall."
    pub wall_slide_hold_secs: u32,
    /// Wall Slides: once, then "repeat this movement 5 more times" — 6 in all.
    pub wall_slide_reps: u32,
    /// Leg Raise: "Carry that boost for concerning 10 seconds."
    pub leg_raise_hold_secs: u32,
    /// Leg Raise: "five opportunities for each and every lower leg".
    pub leg_raise_rounds_per_leg: u32,
    /// The seed's tip asks for a warm-up before the routine; its length is ours.
    pub warm_up_secs: u32,
    /// Rest between repetitions and between rounds; the seed leaves it open. Data saved
    /// before it could be set gets the default.
    #[serde(default = "Routine::seed_rest_secs")]
    pub rest_secs: u32,
}

impl Routine {
    pub const AS_WRITTEN: Routine = Routine {
        wall_slide_hold_secs: 5,
        wall_slide_reps: 6,
        leg_raise_hold_secs: 10,
        leg_raise_rounds_per_leg: 5,
        warm_up_secs: 180,
        rest_secs: 5,
    };
}

impl Routine {
    /// Limits far beyond any sensible routine, so that stored or imported numbers can never
    /// make a plan too long to build (a billion repetitions would exhaust memory).
    pub const MAX_HOLD_SECS: u32 = 600;
    pub const MAX_REPS: u32 = 100;
    pub const MAX_WARM_UP_SECS: u32 = 3_600;

    /// Why this routine cannot be used, if it cannot.
    pub fn out_of_bounds(&self) -> Option<String> {
        let checks = [
            (
                "wall-slide hold",
                self.wall_slide_hold_secs,
                1,
                Self::MAX_HOLD_SECS,
            ),
            (
                "wall-slide repetitions",
                self.wall_slide_reps,
                1,
                Self::MAX_REPS,
            ),
            (
                "leg-raise hold",
                self.leg_raise_hold_secs,
                1,
                Self::MAX_HOLD_SECS,
            ),
            (
                "leg-raise rounds",
                self.leg_raise_rounds_per_leg,
                1,
                Self::MAX_REPS,
            ),
            ("warm-up", self.warm_up_secs, 0, Self::MAX_WARM_UP_SECS),
            ("rest", self.rest_secs, 0, Self::MAX_HOLD_SECS),
        ];
        checks
            .iter()
            .find(|(_, value, min, max)| value < min || value > max)
            .map(|(what, value, min, max)| format!("{what} of {value} is outside {min}–{max}"))
    }
}

impl Routine {
    /// What a routine saved before the rest could be set rests for.
    fn seed_rest_secs() -> u32 {
        Self::AS_WRITTEN.rest_secs
    }
}

impl Default for Routine {
    fn default() -> Self {
        Self::AS_WRITTEN
    }
}

/// Seconds for the moves between holds, which the seed does not time.
/// Long enough to move calmly with a sore back, short enough to keep going.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pacing {
    pub get_in_position_secs: u32,
    pub slide_secs: u32,
    pub get_to_floor_secs: u32,
    pub raise_secs: u32,
    pub lower_secs: u32,
    pub switch_leg_secs: u32,
}

impl Pacing {
    pub const DEFAULT: Pacing = Pacing {
        get_in_position_secs: 10,
        slide_secs: 3,
        get_to_floor_secs: 20,
        raise_secs: 2,
        lower_secs: 2,
        switch_leg_secs: 3,
    };
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Exercise {
    WarmUp,
    WallSlides,
    LegRaise,
}

impl Exercise {
    pub fn name(self) -> &'static str {
        match self {
            Exercise::WarmUp => "Warm-up",
            Exercise::WallSlides => "Wall Slides",
            Exercise::LegRaise => "Leg Raise",
        }
    }

    /// Plain-English summary of the seed's instructions for the home screen, with the
    /// numbers of the routine the user is on.
    pub fn summary(self, routine: &Routine) -> String {
        match self {
            Exercise::WarmUp => format!(
                "Easy marching on the spot and gentle stretches, about {} min.",
                (routine.warm_up_secs + 30) / 60
            ),
            Exercise::WallSlides => format!(
                "Back against a wall, feet shoulder-width apart. Slide down to a half crouch \
                 with knees at 90°, hold for a count of {}, slide back up. {} times.",
                routine.wall_slide_hold_secs, routine.wall_slide_reps
            ),
            Exercise::LegRaise => format!(
                "Lie face down on a mat or blanket, hands at your sides. Tighten one leg and \
                 raise it, hold about {} seconds, lower it. Right, then left; {} times each leg.",
                routine.leg_raise_hold_secs, routine.leg_raise_rounds_per_leg
            ),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Right,
    Left,
}

impl Side {
    pub fn name(self) -> &'static str {
        match self {
            Side::Right => "right",
            Side::Left => "left",
        }
    }

    /// The name at the start of a sentence. Spelled out rather than capitalised at run
    /// time: Unicode case mapping would bring its tables (about 20 KB) into the wasm.
    pub fn title(self) -> &'static str {
        match self {
            Side::Right => "Right",
            Side::Left => "Left",
        }
    }
}
