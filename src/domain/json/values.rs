//! The stored forms of the plain values every stored type is built of.

use super::{Error, Json, Reader};

macro_rules! integer_json {
    ($($type:ty),*) => {$(
        impl Json for $type {
            fn write(&self, out: &mut String) {
                out.push_str(&self.to_string());
            }

            fn read(reader: &mut Reader) -> Result<Self, Error> {
                let (min, max) = (<$type>::MIN as i128, <$type>::MAX as i128);
                Ok(reader.integer(min, max, stringify!($type))? as $type)
            }
        }
    )*};
}

integer_json!(u8, u32, i32, i64, u64, usize);

impl Json for bool {
    fn write(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }

    fn read(reader: &mut Reader) -> Result<Self, Error> {
        reader.boolean()
    }
}

impl<T: Json> Json for Option<T> {
    fn write(&self, out: &mut String) {
        match self {
            Some(value) => value.write(out),
            None => out.push_str("null"),
        }
    }

    fn read(reader: &mut Reader) -> Result<Self, Error> {
        if reader.null()? {
            Ok(None)
        } else {
            T::read(reader).map(Some)
        }
    }
}

impl<T: Json> Json for Vec<T> {
    fn write(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.write(out);
        }
        out.push(']');
    }

    fn read(reader: &mut Reader) -> Result<Self, Error> {
        let mut items = Vec::new();
        reader.array(&mut |reader| {
            items.push(T::read(reader)?);
            Ok(())
        })?;
        Ok(items)
    }
}
