//! Where the current step's clock stands, and its stored form.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case", try_from = "StoredClock")]
pub enum StepClock {
    Running { deadline_ms: i64 },
    Paused { remaining_ms: i64, since_ms: i64 },
    Finished { at_ms: i64 },
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum State {
    Running,
    Paused,
    Finished,
}

/// The same JSON as the tagged enum, read as one flat struct: serde's derived reader for an
/// internally tagged enum buffers the whole object first and was the largest single
/// function of the wasm (7 KB); this one is a fraction of that.
#[derive(Deserialize)]
struct StoredClock {
    state: State,
    deadline_ms: Option<i64>,
    remaining_ms: Option<i64>,
    since_ms: Option<i64>,
    at_ms: Option<i64>,
}

impl TryFrom<StoredClock> for StepClock {
    type Error = &'static str;

    fn try_from(stored: StoredClock) -> Result<StepClock, Self::Error> {
        let clock = match stored.state {
            State::Running => stored
                .deadline_ms
                .map(|deadline_ms| StepClock::Running { deadline_ms }),
            State::Paused => {
                stored
                    .remaining_ms
                    .zip(stored.since_ms)
                    .map(|(remaining_ms, since_ms)| StepClock::Paused {
                        remaining_ms,
                        since_ms,
                    })
            }
            State::Finished => stored.at_ms.map(|at_ms| StepClock::Finished { at_ms }),
        };
        clock.ok_or("the step clock lacks the time its state needs")
    }
}
