use lumbar::domain::plan::{Phase, Plan};
use lumbar::domain::routine::{Exercise, Routine, Side};

fn plan() -> Plan {
    Plan::for_routine(&Routine::AS_WRITTEN)
}

#[test]
fn the_seed_numbers_are_the_routine() {
    let r = Routine::AS_WRITTEN;
    assert_eq!(r.wall_slide_hold_secs, 5, "count to 5");
    assert_eq!(r.wall_slide_reps, 6, "once, then repeat 5 more times");
    assert_eq!(r.leg_raise_hold_secs, 10, "about 10 seconds");
    assert_eq!(r.leg_raise_rounds_per_leg, 5, "five times for each leg");
    assert_eq!(r.warm_up_secs, 180, "three-minute warm-up by default");
}

#[test]
fn the_plan_has_every_step_in_order() {
    let plan = plan();
    assert_eq!(plan.len(), 65);
    let first = plan.get(0).unwrap();
    assert_eq!(
        (first.exercise, first.phase, first.duration_secs),
        (Exercise::WarmUp, Phase::WarmUp, 180)
    );
    let exercises: Vec<Exercise> = plan.steps().iter().map(|s| s.exercise).collect();
    let first_leg = exercises
        .iter()
        .position(|e| *e == Exercise::LegRaise)
        .unwrap();
    assert!(exercises[1..first_leg]
        .iter()
        .all(|e| *e == Exercise::WallSlides));
    assert!(exercises[first_leg..]
        .iter()
        .all(|e| *e == Exercise::LegRaise));
    assert_eq!(plan.get(first_leg).unwrap().phase, Phase::GetToFloor);
}

#[test]
fn wall_slides_are_six_holds_of_five_seconds_each_framed_by_slides() {
    let plan = plan();
    let slides: Vec<_> = plan
        .steps()
        .iter()
        .filter(|s| s.exercise == Exercise::WallSlides)
        .collect();
    let holds: Vec<_> = slides.iter().filter(|s| s.is_hold()).collect();
    assert_eq!(holds.len(), 6);
    for (i, hold) in holds.iter().enumerate() {
        assert_eq!(hold.duration_secs, 5);
        assert_eq!(
            hold.position_label().unwrap(),
            format!("Rep {} of 6", i + 1)
        );
    }
    let phases: Vec<Phase> = slides.iter().map(|s| s.phase).collect();
    assert_eq!(
        &phases[..6],
        &[
            Phase::GetInPosition,
            Phase::SlideDown,
            Phase::Hold,
            Phase::SlideUp,
            Phase::Rest,
            Phase::SlideDown
        ]
    );
    assert_eq!(
        phases.last(),
        Some(&Phase::SlideUp),
        "no rest after the last rep"
    );
}

#[test]
fn leg_raise_is_ten_holds_of_ten_seconds_alternating_right_then_left() {
    let plan = plan();
    let holds: Vec<_> = plan
        .steps()
        .iter()
        .filter(|s| s.exercise == Exercise::LegRaise && s.is_hold())
        .collect();
    assert_eq!(holds.len(), 10);
    for (i, hold) in holds.iter().enumerate() {
        assert_eq!(hold.duration_secs, 10);
        let side = if i % 2 == 0 { Side::Right } else { Side::Left };
        assert_eq!(hold.side, Some(side));
        let round = i / 2 + 1;
        let leg = if side == Side::Right { "Right" } else { "Left" };
        assert_eq!(
            hold.position_label().unwrap(),
            format!("{leg} leg — round {round} of 5")
        );
    }
}

#[test]
fn every_hold_is_preceded_by_a_move_into_it_and_followed_by_a_move_out() {
    let steps = plan().steps().to_vec();
    for (i, _) in steps.iter().enumerate().filter(|(_, s)| s.is_hold()) {
        let before = steps[i - 1].phase;
        let after = steps[i + 1].phase;
        assert!(
            matches!(before, Phase::SlideDown | Phase::Raise),
            "step {i} entered by {before:?}"
        );
        assert!(
            matches!(after, Phase::SlideUp | Phase::Lower),
            "step {i} left by {after:?}"
        );
    }
}

#[test]
fn total_duration_is_the_sum_of_holds_moves_and_rests() {
    let plan = plan();
    // warm-up 180 + position 10 + 6 × (3 + 5 + 3) + 5 rests × 5
    // + floor 20 + 5 × (right 2+10+2, switch 3, left 2+10+2) + 4 rests × 5
    assert_eq!(plan.total_secs(), 180 + 10 + 66 + 25 + 20 + 155 + 20);
    assert_eq!(plan.total_secs(), 476);
    assert_eq!(plan.approx_minutes(), 8);
}

#[test]
fn instructions_keep_the_seed_facts() {
    let plan = plan();
    let text: Vec<String> = plan.steps().iter().map(|s| s.instruction()).collect();
    assert!(text
        .iter()
        .any(|t| t.contains("back against a wall") && t.contains("shoulder-width")));
    assert!(text
        .iter()
        .any(|t| t.contains("half crouch") && t.contains("90°")));
    assert!(text.iter().any(|t| t.contains("mat or blanket")
        && t.contains("face down")
        && t.contains("hands at your sides")));
    assert!(text
        .iter()
        .any(|t| t == "Tighten the muscles of your right leg and raise it."));
}

#[test]
fn a_changed_routine_changes_the_plan() {
    let routine = Routine {
        wall_slide_reps: 2,
        leg_raise_rounds_per_leg: 1,
        warm_up_secs: 60,
        rest_secs: 8,
        ..Routine::AS_WRITTEN
    };
    let plan = Plan::for_routine(&routine);
    assert_eq!(plan.steps().iter().filter(|s| s.is_hold()).count(), 4);
    assert_eq!(plan.total_secs(), 60 + 10 + 2 * 11 + 8 + 20 + 31);
}

#[test]
fn rests_between_leg_raise_rounds_name_the_round_not_a_rep() {
    let plan = plan();
    let rests: Vec<String> = plan
        .steps()
        .iter()
        .filter(|s| s.exercise == Exercise::LegRaise && s.phase == Phase::Rest)
        .map(|s| s.position_label().unwrap())
        .collect();
    assert_eq!(
        rests,
        [
            "Round 1 of 5",
            "Round 2 of 5",
            "Round 3 of 5",
            "Round 4 of 5"
        ]
    );
}
