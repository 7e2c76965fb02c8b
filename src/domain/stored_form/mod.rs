//! How each stored type is written and read. The form is the one serde derive wrote before
//! (field names, order, optional fields left out), so data saved by any earlier build reads
//! back and `tests/fixtures/progress-v2.json` encodes back byte for byte.
//!
//! Reading: unknown keys are skipped, a key given twice or a required key missing is an
//! error, and fields added after version 1 take their defaults when absent.

use super::json::{Error, Json, ObjectWriter, Reader};
use super::progress::{Feel, Outcome, Progress, SessionRecord, Settings};
use super::progression::ChangeReason;

/// Enums stored by name: the table is both the writer's and the reader's.
macro_rules! named_json {
    ($type:ty, $($name:literal => $value:path),+ $(,)?) => {
        impl $crate::domain::json::Json for $type {
            fn write(&self, out: &mut String) {
                let name = match self {
                    $($value => $name,)+
                };
                $crate::domain::json::write_name(out, name);
            }

            fn read(
                reader: &mut $crate::domain::json::Reader,
            ) -> Result<Self, $crate::domain::json::Error> {
                reader.variant(&[$(($name, $value)),+])
            }
        }
    };
}

// After the macro, so that they can use it.
mod routine;
mod session;

named_json!(Outcome, "completed" => Outcome::Completed, "stopped" => Outcome::Stopped);
named_json!(
    Feel,
    "easy" => Feel::Easy,
    "about_right" => Feel::AboutRight,
    "hard" => Feel::Hard,
);
named_json!(
    ChangeReason,
    "progressed" => ChangeReason::Progressed,
    "backed_off" => ChangeReason::BackedOff,
    "changed_by_you" => ChangeReason::ChangedByYou,
    "reset" => ChangeReason::Reset,
);

impl Json for Progress {
    fn write(&self, out: &mut String) {
        let mut object = ObjectWriter::new(out);
        object
            .field("safety_acknowledged_at_ms", &self.safety_acknowledged_at_ms)
            .field("history", &self.history)
            .field("active", &self.active)
            .field("settings", &self.settings)
            .field("routine", &self.routine)
            .field("progression", &self.progression);
        if !self.routine_changes.is_empty() {
            object.field("routine_changes", &self.routine_changes);
        }
        object.end();
    }

    fn read(reader: &mut Reader) -> Result<Self, Error> {
        let (mut safety, mut history, mut active) = (None, None, None);
        let (mut settings, mut routine, mut progression, mut changes) = (None, None, None, None);
        reader.object(&mut |reader, key| match key {
            "safety_acknowledged_at_ms" => reader.field(&mut safety, key),
            "history" => reader.field(&mut history, key),
            "active" => reader.field(&mut active, key),
            "settings" => reader.field(&mut settings, key),
            "routine" => reader.field(&mut routine, key),
            "progression" => reader.field(&mut progression, key),
            "routine_changes" => reader.field(&mut changes, key),
            _ => reader.skip(),
        })?;
        Ok(Progress {
            safety_acknowledged_at_ms: safety.flatten(),
            history: reader.required(history, "history")?,
            active: active.flatten(),
            settings: settings.unwrap_or_default(),
            routine: routine.unwrap_or_default(),
            progression: progression.unwrap_or_default(),
            routine_changes: changes.unwrap_or_default(),
        })
    }
}

impl Json for SessionRecord {
    fn write(&self, out: &mut String) {
        let mut object = ObjectWriter::new(out);
        object
            .field("started_at_ms", &self.started_at_ms)
            .field("ended_at_ms", &self.ended_at_ms)
            .field("active_ms", &self.active_ms)
            .field("utc_offset_min", &self.utc_offset_min)
            .field("outcome", &self.outcome)
            .field("steps_done", &self.steps_done)
            .field("steps_total", &self.steps_total);
        if self.stopped_for_pain {
            object.field("stopped_for_pain", &true);
        }
        for (key, value) in [
            ("pain_before", self.pain_before),
            ("pain_after", self.pain_after),
        ] {
            if value.is_some() {
                object.field(key, &value);
            }
        }
        if self.feel.is_some() {
            object.field("feel", &self.feel);
        }
        object.end();
    }

    fn read(reader: &mut Reader) -> Result<Self, Error> {
        let (mut started, mut ended, mut active, mut offset) = (None, None, None, None);
        let (mut outcome, mut done, mut total, mut for_pain) = (None, None, None, None);
        let (mut pain_before, mut pain_after, mut feel) = (None, None, None);
        reader.object(&mut |reader, key| match key {
            "started_at_ms" => reader.field(&mut started, key),
            "ended_at_ms" => reader.field(&mut ended, key),
            "active_ms" => reader.field(&mut active, key),
            "utc_offset_min" => reader.field(&mut offset, key),
            "outcome" => reader.field(&mut outcome, key),
            "steps_done" => reader.field(&mut done, key),
            "steps_total" => reader.field(&mut total, key),
            "stopped_for_pain" => reader.field(&mut for_pain, key),
            "pain_before" => reader.field(&mut pain_before, key),
            "pain_after" => reader.field(&mut pain_after, key),
            "feel" => reader.field(&mut feel, key),
            _ => reader.skip(),
        })?;
        Ok(SessionRecord {
            started_at_ms: reader.required(started, "started_at_ms")?,
            ended_at_ms: reader.required(ended, "ended_at_ms")?,
            active_ms: reader.required(active, "active_ms")?,
            utc_offset_min: reader.required(offset, "utc_offset_min")?,
            outcome: reader.required(outcome, "outcome")?,
            steps_done: reader.required(done, "steps_done")?,
            steps_total: reader.required(total, "steps_total")?,
            stopped_for_pain: for_pain.unwrap_or(false),
            pain_before: pain_before.flatten(),
            pain_after: pain_after.flatten(),
            feel: feel.flatten(),
        })
    }
}

impl Json for Settings {
    fn write(&self, out: &mut String) {
        ObjectWriter::new(out)
            .field("sound", &self.sound)
            .field("voice", &self.voice)
            .end();
    }

    fn read(reader: &mut Reader) -> Result<Self, Error> {
        let (mut sound, mut voice) = (None, None);
        reader.object(&mut |reader, key| match key {
            "sound" => reader.field(&mut sound, key),
            "voice" => reader.field(&mut voice, key),
            _ => reader.skip(),
        })?;
        Ok(Settings {
            sound: reader.required(sound, "sound")?,
            voice: reader.required(voice, "voice")?,
        })
    }
}
