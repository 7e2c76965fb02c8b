//! The numbers a user may change, each with the range we consider safe for a sore back,
//! and the step progression takes.

use std::ops::RangeInclusive;

use super::routine::Routine;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Knob {
    WallSlideHold,
    WallSlideReps,
    LegRaiseHold,
    LegRaiseRounds,
    Rest,
    WarmUp,
}

impl Knob {
    pub const ALL: [Knob; 6] = [
        Knob::WallSlideHold,
        Knob::WallSlideReps,
        Knob::LegRaiseHold,
        Knob::LegRaiseRounds,
        Knob::Rest,
        Knob::WarmUp,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Knob::WallSlideHold => "Wall Slides: hold",
            Knob::WallSlideReps => "Wall Slides: repetitions",
            Knob::LegRaiseHold => "Leg Raise: hold",
            Knob::LegRaiseRounds => "Leg Raise: rounds per leg",
            Knob::Rest => "Rest between repetitions",
            Knob::WarmUp => "Warm-up",
        }
    }

    pub fn unit(self) -> &'static str {
        match self {
            Knob::WallSlideReps | Knob::LegRaiseRounds => "times",
            _ => "s",
        }
    }

    /// Short holds still train; past 30 s an isometric hold stops being gentle. At least a
    /// minute of warm-up, because the seed asks for one.
    pub fn safe_range(self) -> RangeInclusive<u32> {
        match self {
            Knob::WallSlideHold | Knob::LegRaiseHold => 3..=30,
            Knob::WallSlideReps => 1..=15,
            Knob::LegRaiseRounds => 1..=10,
            Knob::Rest => 2..=60,
            Knob::WarmUp => 60..=600,
        }
    }

    pub fn get(self, routine: &Routine) -> u32 {
        match self {
            Knob::WallSlideHold => routine.wall_slide_hold_secs,
            Knob::WallSlideReps => routine.wall_slide_reps,
            Knob::LegRaiseHold => routine.leg_raise_hold_secs,
            Knob::LegRaiseRounds => routine.leg_raise_rounds_per_leg,
            Knob::Rest => routine.rest_secs,
            Knob::WarmUp => routine.warm_up_secs,
        }
    }

    pub fn set(self, routine: &mut Routine, value: u32) {
        let field = match self {
            Knob::WallSlideHold => &mut routine.wall_slide_hold_secs,
            Knob::WallSlideReps => &mut routine.wall_slide_reps,
            Knob::LegRaiseHold => &mut routine.leg_raise_hold_secs,
            Knob::LegRaiseRounds => &mut routine.leg_raise_rounds_per_leg,
            Knob::Rest => &mut routine.rest_secs,
            Knob::WarmUp => &mut routine.warm_up_secs,
        };
        *field = value;
    }

    /// "5 s", "6 times".
    pub fn format(self, value: u32) -> String {
        format!("{value} {}", self.unit())
    }

    /// Reads what the user typed; `Err` is the message shown next to the field.
    pub fn parse(self, text: &str) -> Result<u32, String> {
        let range = self.safe_range();
        let out_of_range = || {
            format!(
                "{} must be a whole number from {} to {} {}.",
                self.label(),
                range.start(),
                range.end(),
                self.unit()
            )
        };
        let value: u32 = text.trim().parse().map_err(|_| out_of_range())?;
        if range.contains(&value) {
            Ok(value)
        } else {
            Err(out_of_range())
        }
    }
}

/// The first setting outside its safe range, as a message, if any.
pub fn unsafe_setting(routine: &Routine) -> Option<String> {
    Knob::ALL
        .into_iter()
        .find(|knob| !knob.safe_range().contains(&knob.get(routine)))
        .and_then(|knob| knob.parse(&knob.get(routine).to_string()).err())
}
