use lumbar::domain::cue::{schedule, Cue, TimedCue, Tone};
use lumbar::domain::plan::{Phase, Plan};
use lumbar::domain::pose::Pose;
use lumbar::domain::routine::{Exercise, Routine, Side};
use lumbar::domain::session::Session;

const T0: i64 = 1_795_000_000_000;

fn plan() -> Plan {
    Plan::for_routine(&Routine::AS_WRITTEN)
}

fn said(timed: &[TimedCue]) -> Vec<(i64, &str)> {
    timed
        .iter()
        .filter_map(|t| match &t.cue {
            Cue::Say(text) => Some((t.at_ms, text.as_str())),
            _ => None,
        })
        .collect()
}

fn beeps(timed: &[TimedCue], tone: Tone) -> Vec<i64> {
    timed
        .iter()
        .filter(|t| t.cue == Cue::Beep(tone))
        .map(|t| t.at_ms)
        .collect()
}

#[test]
fn the_whole_schedule_has_the_expected_shape() {
    let timed = schedule(&plan());
    // 65 step starts (beep + line), 16 hold starts, 16 hold ends and 5 switches that also
    // vibrate, 16 holds × 3 countdown seconds (beep + number), the finish (3 cues), and a
    // flash as each of the 16 holds starts and ends.
    assert_eq!(timed.len(), 65 * 2 + 16 + 16 + 5 + 16 * 3 * 2 + 3 + 16 * 2);
    assert_eq!(timed.len(), 298);
    assert!(
        timed.windows(2).all(|w| w[0].at_ms <= w[1].at_ms),
        "in time order"
    );
    assert_eq!(beeps(&timed, Tone::HoldStart).len(), 16);
    assert_eq!(beeps(&timed, Tone::HoldEnd).len(), 16);
    // Floor reached at 301 s; each round is 31 s of raises and holds plus a 5 s rest.
    let switches: Vec<i64> = (0..5)
        .map(|round| 301_000 + round * 36_000 + 14_000)
        .collect();
    assert_eq!(beeps(&timed, Tone::SwitchSide), switches);
    assert_eq!(beeps(&timed, Tone::Countdown).len(), 48);
    assert_eq!(beeps(&timed, Tone::Finished), vec![476_000]);
}

#[test]
fn the_first_wall_slide_is_coached_second_by_second() {
    let timed = schedule(&plan());
    let first_rep: Vec<_> = said(&timed)
        .into_iter()
        .filter(|(at, _)| (190_000..=206_000).contains(at))
        .collect();
    assert_eq!(
        first_rep,
        vec![
            (
                190_000,
                "Slide down. Slide down the wall to a half crouch, knees at 90°."
            ),
            (193_000, "Hold for 5 seconds."),
            (195_000, "3"),
            (196_000, "2"),
            (197_000, "1"),
            (198_000, "Slide up. Slide back up the wall."),
            (201_000, "Rest. Stand tall against the wall and breathe."),
            (
                206_000,
                "Slide down. Slide down the wall to a half crouch, knees at 90°."
            ),
        ]
    );
    assert_eq!(beeps(&timed, Tone::HoldStart)[0], 193_000);
    assert_eq!(beeps(&timed, Tone::HoldEnd)[0], 198_000);
}

#[test]
fn the_right_leg_round_one_is_coached_then_the_switch_to_the_left() {
    let timed = schedule(&plan());
    let round: Vec<_> = said(&timed)
        .into_iter()
        .filter(|(at, _)| (301_000..=320_000).contains(at))
        .collect();
    assert_eq!(
        round,
        vec![
            (301_000, "Right leg. Tighten and raise it."),
            (303_000, "Hold for 10 seconds."),
            (310_000, "3"),
            (311_000, "2"),
            (312_000, "1"),
            (313_000, "Lower. Lower your right leg to the floor."),
            (315_000, "Switch legs. Relax. The left leg is next."),
            (318_000, "Left leg. Tighten and raise it."),
            (320_000, "Hold for 10 seconds."),
        ]
    );
    let vibrations: Vec<_> = timed
        .iter()
        .filter(|t| matches!(t.cue, Cue::Vibrate(_)) && (301_000..=325_000).contains(&t.at_ms))
        .map(|t| t.at_ms)
        .collect();
    assert_eq!(vibrations, vec![303_000, 313_000, 315_000, 320_000]);
}

#[test]
fn a_session_on_a_fake_clock_emits_exactly_the_schedule() {
    let plan = plan();
    let (mut session, mut emitted) = Session::start(Routine::AS_WRITTEN, &plan, T0, 0);
    let mut now = T0;
    while !session.is_finished() {
        let since = now;
        now += 100;
        emitted.extend(session.advance(&plan, since, now));
    }
    let expected: Vec<Cue> = schedule(&plan).into_iter().map(|t| t.cue).collect();
    assert_eq!(emitted, expected);
}

#[test]
fn every_step_shows_the_right_position() {
    let plan = plan();
    let pose_of = |exercise, phase, side| {
        plan.steps()
            .iter()
            .find(|s| s.exercise == exercise && s.phase == phase && s.side == side)
            .map(|s| s.pose())
            .unwrap()
    };
    assert_eq!(
        pose_of(Exercise::WarmUp, Phase::WarmUp, None),
        Pose::Standing
    );
    assert_eq!(
        pose_of(Exercise::WallSlides, Phase::GetInPosition, None),
        Pose::AtWall
    );
    assert_eq!(
        pose_of(Exercise::WallSlides, Phase::SlideDown, None),
        Pose::HalfCrouch
    );
    assert_eq!(
        pose_of(Exercise::WallSlides, Phase::Hold, None),
        Pose::HalfCrouch
    );
    assert_eq!(
        pose_of(Exercise::WallSlides, Phase::SlideUp, None),
        Pose::AtWall
    );
    assert_eq!(
        pose_of(Exercise::LegRaise, Phase::GetToFloor, None),
        Pose::FaceDown
    );
    assert_eq!(
        pose_of(Exercise::LegRaise, Phase::Hold, Some(Side::Right)),
        Pose::LegRaised(Side::Right)
    );
    assert_eq!(
        pose_of(Exercise::LegRaise, Phase::Raise, Some(Side::Left)),
        Pose::LegRaised(Side::Left)
    );
    assert_eq!(
        pose_of(Exercise::LegRaise, Phase::Lower, Some(Side::Left)),
        Pose::FaceDown
    );
    let shown: std::collections::HashSet<Pose> = plan.steps().iter().map(|s| s.pose()).collect();
    assert_eq!(
        shown.len(),
        Pose::ALL.len(),
        "every picture is used, none is missing"
    );
}
