//! Which body position each step shows, so the picture follows the plan.

use super::plan::{Phase, Step};
use super::routine::{Exercise, Side};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pose {
    /// Warm-up: standing free.
    Standing,
    /// Back against the wall, feet shoulder-width apart.
    AtWall,
    /// Slid down the wall, knees at 90°.
    HalfCrouch,
    /// Lying face down on the mat, hands at the sides.
    FaceDown,
    LegRaised(Side),
}

impl Pose {
    pub const ALL: [Pose; 6] = [
        Pose::Standing,
        Pose::AtWall,
        Pose::HalfCrouch,
        Pose::FaceDown,
        Pose::LegRaised(Side::Right),
        Pose::LegRaised(Side::Left),
    ];

    /// A description of the picture for screen readers.
    pub fn description(self) -> &'static str {
        match self {
            Pose::Standing => "Standing upright, ready to warm up",
            Pose::AtWall => "Standing with the back against a wall, feet shoulder-width apart",
            Pose::HalfCrouch => "Half crouch against the wall, knees bent at 90 degrees",
            Pose::FaceDown => "Lying face down on a mat, hands at the sides",
            Pose::LegRaised(Side::Right) => "Lying face down with the right leg raised",
            Pose::LegRaised(Side::Left) => "Lying face down with the left leg raised",
        }
    }
}

impl Step {
    pub fn pose(&self) -> Pose {
        match (self.exercise, self.phase, self.side) {
            (Exercise::WarmUp, _, _) => Pose::Standing,
            (_, Phase::SlideDown | Phase::Hold, None) => Pose::HalfCrouch,
            (Exercise::WallSlides, _, _) => Pose::AtWall,
            (_, Phase::Raise | Phase::Hold, Some(side)) => Pose::LegRaised(side),
            (Exercise::LegRaise, _, _) => Pose::FaceDown,
        }
    }
}
