//! Where the current step's clock stands.

use serde::{Deserialize, Serialize};

/// Stored as `{"state":"running","deadline_ms":…}`: the state's name, then the times it needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "StoredClock", try_from = "StoredClock")]
pub enum StepClock {
    Running { deadline_ms: i64 },
    Paused { remaining_ms: i64, since_ms: i64 },
    Finished { at_ms: i64 },
}

/// The stored form of [`StepClock`]: one flat object, which serde reads without buffering
/// (an internally tagged enum would buffer every field first, and weigh more in the wasm).
#[derive(Clone, Copy, Serialize, Deserialize)]
struct StoredClock {
    state: ClockState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    deadline_ms: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    remaining_ms: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    since_ms: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    at_ms: Option<i64>,
}

#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum ClockState {
    Running,
    Paused,
    Finished,
}

impl From<StepClock> for StoredClock {
    fn from(clock: StepClock) -> Self {
        let stored = |state| StoredClock {
            state,
            deadline_ms: None,
            remaining_ms: None,
            since_ms: None,
            at_ms: None,
        };
        match clock {
            StepClock::Running { deadline_ms } => StoredClock {
                deadline_ms: Some(deadline_ms),
                ..stored(ClockState::Running)
            },
            StepClock::Paused {
                remaining_ms,
                since_ms,
            } => StoredClock {
                remaining_ms: Some(remaining_ms),
                since_ms: Some(since_ms),
                ..stored(ClockState::Paused)
            },
            StepClock::Finished { at_ms } => StoredClock {
                at_ms: Some(at_ms),
                ..stored(ClockState::Finished)
            },
        }
    }
}

impl TryFrom<StoredClock> for StepClock {
    type Error = &'static str;

    fn try_from(stored: StoredClock) -> Result<Self, Self::Error> {
        let clock = match stored.state {
            ClockState::Running => stored
                .deadline_ms
                .map(|deadline_ms| StepClock::Running { deadline_ms }),
            ClockState::Paused => {
                stored
                    .remaining_ms
                    .zip(stored.since_ms)
                    .map(|(remaining_ms, since_ms)| StepClock::Paused {
                        remaining_ms,
                        since_ms,
                    })
            }
            ClockState::Finished => stored.at_ms.map(|at_ms| StepClock::Finished { at_ms }),
        };
        clock.ok_or("the step clock lacks the time its state needs")
    }
}
