//! The stored forms of the routine and of its changes.

use crate::domain::json::{Error, Json, ObjectWriter, Reader};
use crate::domain::progression::RoutineChange;
use crate::domain::routine::Routine;

const ROUTINE_KEYS: [&str; 6] = [
    "wall_slide_hold_secs",
    "wall_slide_reps",
    "leg_raise_hold_secs",
    "leg_raise_rounds_per_leg",
    "warm_up_secs",
    "rest_secs",
];

impl Json for Routine {
    fn write(&self, out: &mut String) {
        let values = [
            self.wall_slide_hold_secs,
            self.wall_slide_reps,
            self.leg_raise_hold_secs,
            self.leg_raise_rounds_per_leg,
            self.warm_up_secs,
            self.rest_secs,
        ];
        let mut object = ObjectWriter::new(out);
        for (key, value) in ROUTINE_KEYS.iter().zip(values) {
            object.field(key, &value);
        }
        object.end();
    }

    fn read(reader: &mut Reader) -> Result<Self, Error> {
        let mut values: [Option<u32>; 6] = [None; 6];
        reader.object(
            &mut |reader, key| match ROUTINE_KEYS.iter().position(|known| *known == key) {
                Some(i) => reader.field(&mut values[i], key),
                None => reader.skip(),
            },
        )?;
        let value = |i: usize| reader.required(values[i], ROUTINE_KEYS[i]);
        Ok(Routine {
            wall_slide_hold_secs: value(0)?,
            wall_slide_reps: value(1)?,
            leg_raise_hold_secs: value(2)?,
            leg_raise_rounds_per_leg: value(3)?,
            warm_up_secs: value(4)?,
            // Saved before the rest could be set: the seed's default.
            rest_secs: values[5].unwrap_or(Routine::AS_WRITTEN.rest_secs),
        })
    }
}

impl Json for RoutineChange {
    fn write(&self, out: &mut String) {
        let mut object = ObjectWriter::new(out);
        object
            .field("at_ms", &self.at_ms)
            .field("from", &self.from)
            .field("to", &self.to)
            .field("reason", &self.reason);
        if self.undone_at_ms.is_some() {
            object.field("undone_at_ms", &self.undone_at_ms);
        }
        object.end();
    }

    fn read(reader: &mut Reader) -> Result<Self, Error> {
        let (mut at, mut from, mut to, mut reason, mut undone) = (None, None, None, None, None);
        reader.object(&mut |reader, key| match key {
            "at_ms" => reader.field(&mut at, key),
            "from" => reader.field(&mut from, key),
            "to" => reader.field(&mut to, key),
            "reason" => reader.field(&mut reason, key),
            "undone_at_ms" => reader.field(&mut undone, key),
            _ => reader.skip(),
        })?;
        Ok(RoutineChange {
            at_ms: reader.required(at, "at_ms")?,
            from: reader.required(from, "from")?,
            to: reader.required(to, "to")?,
            reason: reader.required(reason, "reason")?,
            undone_at_ms: undone.flatten(),
        })
    }
}
