//! Turns a [`Routine`] into the ordered, timed steps the player walks through.

use super::routine::{Exercise, Pacing, Routine, Side};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    WarmUp,
    GetInPosition,
    SlideDown,
    Hold,
    SlideUp,
    Rest,
    GetToFloor,
    Raise,
    Lower,
    SwitchLeg,
}

/// Which repetition a step belongs to: "rep 3 of 6", "round 2 of 5".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Count {
    pub number: u32,
    pub of: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub exercise: Exercise,
    pub phase: Phase,
    pub duration_secs: u32,
    pub count: Option<Count>,
    pub side: Option<Side>,
}

impl Step {
    pub fn duration_ms(&self) -> i64 {
        i64::from(self.duration_secs) * 1000
    }

    pub fn is_hold(&self) -> bool {
        self.phase == Phase::Hold
    }

    /// The short imperative shown big on screen.
    pub fn title(&self) -> &'static str {
        match self.phase {
            Phase::WarmUp => "Warm up",
            Phase::GetInPosition => "Get in position",
            Phase::SlideDown => "Slide down",
            Phase::Hold => "Hold",
            Phase::SlideUp => "Slide up",
            Phase::Rest => "Rest",
            Phase::GetToFloor => "Get on the floor",
            Phase::Raise => "Raise",
            Phase::Lower => "Lower",
            Phase::SwitchLeg => "Switch legs",
        }
    }

    /// What to do, in plain words, during this step.
    pub fn instruction(&self) -> String {
        let leg = self.side.map_or("", Side::name);
        match (self.exercise, self.phase) {
            (_, Phase::WarmUp) => {
                "March easily on the spot, then stretch gently. Skip when you feel warm.".into()
            }
            (_, Phase::GetInPosition) => {
                "Stand with your back against a wall, feet shoulder-width apart.".into()
            }
            (_, Phase::SlideDown) => "Slide down the wall to a half crouch, knees at 90°.".into(),
            (Exercise::WallSlides, Phase::Hold) => "Stay in the half crouch, knees at 90°.".into(),
            (_, Phase::SlideUp) => "Slide back up the wall.".into(),
            (Exercise::WallSlides, Phase::Rest) => {
                "Stand tall against the wall and breathe.".into()
            }
            (_, Phase::GetToFloor) => {
                "Get your mat or blanket and lie face down, hands at your sides.".into()
            }
            (_, Phase::Raise) => format!("Tighten the muscles of your {leg} leg and raise it."),
            (_, Phase::Hold) => format!("Keep your {leg} leg raised."),
            (_, Phase::Lower) => format!("Lower your {leg} leg to the floor."),
            (_, Phase::SwitchLeg) => "Relax. The left leg is next.".into(),
            (_, Phase::Rest) => "Relax face down and breathe.".into(),
        }
    }

    /// Where in the exercise this step is: "Rep 3 of 6", "Right leg — round 2 of 5".
    pub fn position_label(&self) -> Option<String> {
        let Count { number, of } = self.count?;
        Some(match (self.exercise, self.side) {
            (_, Some(side)) => {
                let leg = side.title();
                format!("{leg} leg — round {number} of {of}")
            }
            (Exercise::LegRaise, None) => format!("Round {number} of {of}"),
            _ => format!("Rep {number} of {of}"),
        })
    }

    /// The line a voice coach says when the step begins.
    pub fn spoken(&self) -> String {
        match (self.phase, self.side) {
            (Phase::Raise, Some(side)) => {
                format!("{} leg. Tighten and raise it.", side.title())
            }
            (Phase::Hold, _) => format!("Hold for {} seconds.", self.duration_secs),
            _ => format!("{}. {}", self.title(), self.instruction()),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    steps: Vec<Step>,
}

impl Plan {
    pub fn new(routine: &Routine, pacing: &Pacing) -> Plan {
        let mut plan = PlanBuilder::default();
        plan.push(
            Exercise::WarmUp,
            Phase::WarmUp,
            routine.warm_up_secs,
            None,
            None,
        );
        plan.wall_slides(routine, pacing);
        plan.leg_raise(routine, pacing);
        Plan { steps: plan.steps }
    }

    pub fn for_routine(routine: &Routine) -> Plan {
        Plan::new(routine, &Pacing::DEFAULT)
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    pub fn get(&self, index: usize) -> Option<&Step> {
        self.steps.get(index)
    }

    pub fn total_secs(&self) -> u32 {
        self.steps.iter().map(|step| step.duration_secs).sum()
    }

    /// The whole routine rounded to the nearest minute, never less than one.
    pub fn approx_minutes(&self) -> u32 {
        ((self.total_secs() + 30) / 60).max(1)
    }
}

#[derive(Default)]
struct PlanBuilder {
    steps: Vec<Step>,
}

impl PlanBuilder {
    fn push(
        &mut self,
        exercise: Exercise,
        phase: Phase,
        duration_secs: u32,
        count: Option<Count>,
        side: Option<Side>,
    ) {
        self.steps.push(Step {
            exercise,
            phase,
            duration_secs,
            count,
            side,
        });
    }

    fn wall_slides(&mut self, routine: &Routine, pacing: &Pacing) {
        let ex = Exercise::WallSlides;
        let reps = routine.wall_slide_reps;
        for number in 1..=reps {
            let count = Some(Count { number, of: reps });
            if number == 1 {
                self.push(
                    ex,
                    Phase::GetInPosition,
                    pacing.get_in_position_secs,
                    count,
                    None,
                );
            }
            self.push(ex, Phase::SlideDown, pacing.slide_secs, count, None);
            self.push(ex, Phase::Hold, routine.wall_slide_hold_secs, count, None);
            self.push(ex, Phase::SlideUp, pacing.slide_secs, count, None);
            if number < reps {
                self.push(ex, Phase::Rest, routine.rest_secs, count, None);
            }
        }
    }

    fn leg_raise(&mut self, routine: &Routine, pacing: &Pacing) {
        let ex = Exercise::LegRaise;
        let rounds = routine.leg_raise_rounds_per_leg;
        self.push(ex, Phase::GetToFloor, pacing.get_to_floor_secs, None, None);
        for number in 1..=rounds {
            let count = Some(Count { number, of: rounds });
            for side in [Side::Right, Side::Left] {
                let leg = Some(side);
                self.push(ex, Phase::Raise, pacing.raise_secs, count, leg);
                self.push(ex, Phase::Hold, routine.leg_raise_hold_secs, count, leg);
                self.push(ex, Phase::Lower, pacing.lower_secs, count, leg);
                if side == Side::Right {
                    self.push(ex, Phase::SwitchLeg, pacing.switch_leg_secs, count, leg);
                }
            }
            if number < rounds {
                self.push(ex, Phase::Rest, routine.rest_secs, count, None);
            }
        }
    }
}
