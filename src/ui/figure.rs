//! The picture of each position: a side-view figure whose joints turn between poses, so a
//! change of step reads as one smooth movement (CSS transitions; none under reduced motion).

use leptos::prelude::*;

use crate::domain::pose::Pose;
use crate::domain::routine::Side;

/// Joint angles in whole degrees; 0 is a limb hanging straight down, negative turns it
/// forward. Integers, because formatting floats would pull `core::fmt`'s float machinery
/// (several KB) into the wasm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Joints {
    pub hip: (i16, i16),
    pub body: i16,
    pub near_thigh: i16,
    pub near_knee: i16,
    pub far_thigh: i16,
    pub far_knee: i16,
    pub arm: i16,
}

const STANDING_HIP: (i16, i16) = (100, 92);

pub fn joints(pose: Pose) -> Joints {
    let upright = Joints {
        hip: STANDING_HIP,
        body: 0,
        near_thigh: 0,
        near_knee: 0,
        far_thigh: 0,
        far_knee: 0,
        arm: 0,
    };
    // Face down, head to the left: the body turns a quarter, hands lie along the sides.
    let prone = Joints {
        hip: (112, 150),
        body: -90,
        ..upright
    };
    // From this side the left leg is the near one and the right leg the far one.
    let raised = -22;
    match pose {
        Pose::Standing => Joints {
            near_thigh: -40,
            near_knee: 55,
            arm: 28,
            ..upright
        },
        Pose::AtWall => upright,
        Pose::HalfCrouch => Joints {
            hip: (100, 127),
            near_thigh: -90,
            near_knee: 90,
            far_thigh: -90,
            far_knee: 90,
            ..upright
        },
        Pose::FaceDown => prone,
        Pose::LegRaised(Side::Left) => Joints {
            near_thigh: raised,
            ..prone
        },
        Pose::LegRaised(Side::Right) => Joints {
            far_thigh: raised,
            ..prone
        },
    }
}

fn rotate(deg: i16) -> String {
    format!("rotate({deg}deg)")
}

/// A thigh turning at the hip, with the shin turning at the knee. From this side the left leg
/// is the near one and the right leg the far one.
fn leg(pose: impl Fn() -> Pose + Copy + Send + Sync + 'static, side: Side) -> impl IntoView {
    let angles = move || {
        let j = joints(pose());
        match side {
            Side::Left => (j.near_thigh, j.near_knee),
            Side::Right => (j.far_thigh, j.far_knee),
        }
    };
    let raised = move || pose() == Pose::LegRaised(side);
    view! {
        <g
            class="limb"
            class:raised=raised
            class:far=move || side == Side::Right && !raised()
            style:transform=move || rotate(angles().0)
        >
            <line x1="0" y1="0" x2="0" y2="35"></line>
            <g style:transform=move || format!("translate(0px, 35px) {}", rotate(angles().1))>
                <line x1="0" y1="0" x2="0" y2="35"></line>
                <line x1="0" y1="35" x2="9" y2="35"></line>
            </g>
        </g>
    }
}

/// Takes the pose as a closure, not a `Signal`: each `Signal<T>` type costs the wasm its
/// own dispatch code, and this one caller has a closure anyway.
#[component]
pub fn Figure(pose: impl Fn() -> Pose + Copy + Send + Sync + 'static) -> impl IntoView {
    let at = move || joints(pose());
    let on_wall = move || matches!(pose(), Pose::AtWall | Pose::HalfCrouch);
    let on_floor = move || matches!(pose(), Pose::FaceDown | Pose::LegRaised(_));
    view! {
        <svg
            class="figure"
            viewBox="0 0 200 170"
            role="img"
            aria-label=move || pose().description()
        >
            <line class="floor" x1="4" y1="163" x2="196" y2="163"></line>
            <rect class="wall" class:shown=on_wall x="78" y="8" width="8" height="155"></rect>
            <rect class="mat" class:shown=on_floor x="28" y="156" width="166" height="7" rx="3"></rect>
            <g
                class="body"
                style:transform=move || {
                    let j = at();
                    format!("translate({}px, {}px) {}", j.hip.0, j.hip.1, rotate(j.body))
                }
            >
                {leg(pose, Side::Right)}
                <line class="limb" x1="0" y1="0" x2="0" y2="-48"></line>
                <circle class="head" cx="0" cy="-61" r="10"></circle>
                <g style:transform=move || format!("translate(0px, -44px) {}", rotate(at().arm))>
                    <line class="limb" x1="0" y1="0" x2="0" y2="38"></line>
                </g>
                {leg(pose, Side::Left)}
            </g>
        </svg>
    }
}
