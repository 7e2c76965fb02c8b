//! The stored forms of the session in progress and of its step clock.

use crate::domain::json::{Error, Json, ObjectWriter, Reader};
use crate::domain::session::Session;
use crate::domain::step_clock::StepClock;

impl Json for Session {
    fn write(&self, out: &mut String) {
        let mut object = ObjectWriter::new(out);
        object
            .field("routine", &self.routine)
            .field("started_at_ms", &self.started_at_ms)
            .field("utc_offset_min", &self.utc_offset_min)
            .field("step_index", &self.step_index)
            .field("clock", &self.clock)
            .field("paused_total_ms", &self.paused_total_ms)
            .field("updated_at_ms", &self.updated_at_ms);
        if self.pain_before.is_some() {
            object.field("pain_before", &self.pain_before);
        }
        object.end();
    }

    fn read(reader: &mut Reader) -> Result<Self, Error> {
        let (mut routine, mut started, mut offset, mut step) = (None, None, None, None);
        let (mut clock, mut paused, mut updated, mut pain) = (None, None, None, None);
        reader.object(&mut |reader, key| match key {
            "routine" => reader.field(&mut routine, key),
            "started_at_ms" => reader.field(&mut started, key),
            "utc_offset_min" => reader.field(&mut offset, key),
            "step_index" => reader.field(&mut step, key),
            "clock" => reader.field(&mut clock, key),
            "paused_total_ms" => reader.field(&mut paused, key),
            "updated_at_ms" => reader.field(&mut updated, key),
            "pain_before" => reader.field(&mut pain, key),
            _ => reader.skip(),
        })?;
        Ok(Session {
            routine: reader.required(routine, "routine")?,
            started_at_ms: reader.required(started, "started_at_ms")?,
            utc_offset_min: reader.required(offset, "utc_offset_min")?,
            step_index: reader.required(step, "step_index")?,
            clock: reader.required(clock, "clock")?,
            paused_total_ms: reader.required(paused, "paused_total_ms")?,
            updated_at_ms: reader.required(updated, "updated_at_ms")?,
            pain_before: pain.flatten(),
        })
    }
}

#[derive(Clone, Copy)]
enum ClockState {
    Running,
    Paused,
    Finished,
}

named_json!(
    ClockState,
    "running" => ClockState::Running,
    "paused" => ClockState::Paused,
    "finished" => ClockState::Finished,
);

/// `{"state":"running","deadline_ms":…}`: the state's name, then the times it needs.
impl Json for StepClock {
    fn write(&self, out: &mut String) {
        let mut object = ObjectWriter::new(out);
        match *self {
            StepClock::Running { deadline_ms } => object
                .field("state", &ClockState::Running)
                .field("deadline_ms", &deadline_ms),
            StepClock::Paused {
                remaining_ms,
                since_ms,
            } => object
                .field("state", &ClockState::Paused)
                .field("remaining_ms", &remaining_ms)
                .field("since_ms", &since_ms),
            StepClock::Finished { at_ms } => object
                .field("state", &ClockState::Finished)
                .field("at_ms", &at_ms),
        };
        object.end();
    }

    fn read(reader: &mut Reader) -> Result<Self, Error> {
        let (mut state, mut deadline, mut remaining, mut since, mut at) =
            (None, None, None, None, None);
        reader.object(&mut |reader, key| match key {
            "state" => reader.field(&mut state, key),
            "deadline_ms" => reader.field(&mut deadline, key),
            "remaining_ms" => reader.field(&mut remaining, key),
            "since_ms" => reader.field(&mut since, key),
            "at_ms" => reader.field(&mut at, key),
            _ => reader.skip(),
        })?;
        let clock = match reader.required(state, "state")? {
            ClockState::Running => deadline.map(|deadline_ms| StepClock::Running { deadline_ms }),
            ClockState::Paused => {
                remaining
                    .zip(since)
                    .map(|(remaining_ms, since_ms)| StepClock::Paused {
                        remaining_ms,
                        since_ms,
                    })
            }
            ClockState::Finished => at.map(|at_ms| StepClock::Finished { at_ms }),
        };
        clock.ok_or_else(|| reader.error("the step clock lacks the time its state needs"))
    }
}
