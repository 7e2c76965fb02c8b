//! Where the current step's clock stands. Its stored form is in `stored_form`.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepClock {
    Running { deadline_ms: i64 },
    Paused { remaining_ms: i64, since_ms: i64 },
    Finished { at_ms: i64 },
}
