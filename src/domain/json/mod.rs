//! A small JSON reader and writer for the stored data, in place of serde derive + serde_json.
//!
//! Why our own: the stored data is a dozen plain structs of integers, booleans and enum
//! names. serde's derived visitors and serde_json's generic parser were 22.9 KB of the
//! 157.6 KB (brotli) the app's wasm weighed, the largest single part of it; this reader
//! costs a fraction of that because every type goes through the same few non-generic
//! functions. The grammar is JSON's (RFC 8259), checked against serde_json by
//! `tests/json.rs`, so that text serde_json accepts is accepted here and the reverse.

use std::fmt;

mod grammar;
mod values;

/// What could not be read, and where.
#[derive(Debug, PartialEq)]
pub struct Error {
    message: String,
    line: usize,
    column: usize,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

/// A value with a stored JSON form.
pub trait Json: Sized {
    fn write(&self, out: &mut String);
    fn read(reader: &mut Reader) -> Result<Self, Error>;
}

pub struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Reader { text, at: 0 }
    }

    /// An error at the current position; line and column count from 1, as editors do.
    pub fn error(&self, message: impl Into<String>) -> Error {
        let before = self.text.as_bytes().get(..self.at).unwrap_or_default();
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        Error {
            message: message.into(),
            line: before.iter().filter(|&&b| b == b'\n').count() + 1,
            // Characters, not bytes: every UTF-8 byte but a continuation (0b10xxxxxx) starts one.
            column: before[line_start..]
                .iter()
                .filter(|&&b| b & 0xC0 != 0x80)
                .count()
                + 1,
        }
    }

    /// The text between two places the reader stopped at. Both are on character boundaries
    /// (the reader only stops before ASCII bytes); `get` instead of indexing keeps core's
    /// message for a broken boundary, and the character formatting it needs, out of the wasm.
    fn between(&self, from: usize, to: usize) -> &'a str {
        self.text.get(from..to).unwrap_or_default()
    }

    /// Whether the text at the current position starts with `prefix`.
    fn at_prefix(&self, prefix: &str) -> bool {
        self.text
            .as_bytes()
            .get(self.at..)
            .is_some_and(|rest| rest.starts_with(prefix.as_bytes()))
    }

    /// The next significant byte, without taking it.
    pub fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while matches!(bytes.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
        bytes.get(self.at).copied()
    }

    fn next_byte(&mut self) -> Option<u8> {
        let byte = self.text.as_bytes().get(self.at).copied();
        self.at += usize::from(byte.is_some());
        byte
    }

    fn expect(&mut self, byte: u8) -> Result<(), Error> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.unexpected(&format!("`{}`", byte as char)))
        }
    }

    fn unexpected(&mut self, wanted: &str) -> Error {
        match self.peek() {
            None => self.error(format!("expected {wanted}, found the end of the text")),
            Some(_) => self.error(format!("expected {wanted}")),
        }
    }

    /// Reads `{…}`, handing each key to `field`, which must read or skip its value.
    pub fn object(
        &mut self,
        field: &mut dyn FnMut(&mut Self, &str) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.list(b'{', b'}', &mut |reader| {
            if reader.peek() != Some(b'"') {
                return Err(reader.unexpected("a key in quotes"));
            }
            let key = reader.key(true)?;
            field(reader, &key)
        })
    }

    /// Reads `[…]`, calling `item` once for each element.
    pub fn array(
        &mut self,
        item: &mut dyn FnMut(&mut Self) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.list(b'[', b']', item)
    }

    /// What objects and arrays share: brackets around items separated by commas.
    fn list(
        &mut self,
        open: u8,
        close: u8,
        item: &mut dyn FnMut(&mut Self) -> Result<(), Error>,
    ) -> Result<(), Error> {
        if self.peek() != Some(open) {
            return Err(self.unexpected(if open == b'{' {
                "an object"
            } else {
                "an array"
            }));
        }
        self.at += 1;
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(byte) if byte == close => {
                    self.at += 1;
                    return Ok(());
                }
                _ if close == b'}' => return Err(self.unexpected("`,` or `}`")),
                _ => return Err(self.unexpected("`,` or `]`")),
            }
        }
    }

    /// Takes `null` if it comes next.
    pub fn null(&mut self) -> Result<bool, Error> {
        if self.peek() != Some(b'n') {
            return Ok(false);
        }
        self.literal("null")?;
        Ok(true)
    }

    pub fn boolean(&mut self) -> Result<bool, Error> {
        match self.peek() {
            Some(b't') => self.literal("true").map(|()| true),
            Some(b'f') => self.literal("false").map(|()| false),
            _ => Err(self.unexpected("true or false")),
        }
    }

    /// A whole number within `min..=max`; `type_name` is for the message when it is not.
    /// Not generic, so that the five integer types share one copy of it.
    pub fn integer(&mut self, min: i128, max: i128, type_name: &str) -> Result<i128, Error> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(self.unexpected("a whole number"));
        }
        let start = self.at;
        if !self.number()? {
            self.at = start;
            return Err(self.error("expected a whole number, found a fraction"));
        }
        let digits = self.between(start, self.at);
        let (negative, magnitude) = match digits.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, digits),
        };
        let value = magnitude.bytes().try_fold(0u64, |value, digit| {
            value.checked_mul(10)?.checked_add(u64::from(digit - b'0'))
        });
        let value = value.map(|v| {
            if negative {
                -i128::from(v)
            } else {
                i128::from(v)
            }
        });
        match value.filter(|v| (min..=max).contains(v)) {
            Some(value) => Ok(value),
            None => Err(self.error(format!(
                "invalid value: integer `{digits}`, expected {type_name}"
            ))),
        }
    }

    /// Reads a field's value into its slot; a key given twice is refused, not resolved.
    pub fn field<T: Json>(&mut self, slot: &mut Option<T>, key: &str) -> Result<(), Error> {
        if slot.is_some() {
            return Err(self.error(format!("duplicate field `{key}`")));
        }
        *slot = Some(T::read(self)?);
        Ok(())
    }

    pub fn required<T>(&self, slot: Option<T>, key: &str) -> Result<T, Error> {
        slot.ok_or_else(|| self.error(format!("missing field `{key}`")))
    }

    /// One of a fixed set of names, as enums are stored.
    pub fn variant<T: Copy>(&mut self, names: &[(&str, T)]) -> Result<T, Error> {
        let name = self.string()?;
        match names.iter().find(|(known, _)| *known == name) {
            Some(&(_, value)) => Ok(value),
            None => {
                let known: Vec<&str> = names.iter().map(|(known, _)| *known).collect();
                Err(self.error(format!(
                    "unknown variant `{name}`, expected one of `{}`",
                    known.join("`, `")
                )))
            }
        }
    }
}

/// Writes `{"key":value,…}`; fields go in the order they are given.
pub struct ObjectWriter<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> ObjectWriter<'a> {
    pub fn new(out: &'a mut String) -> Self {
        out.push('{');
        ObjectWriter { out, empty: true }
    }

    pub fn field(&mut self, key: &str, value: &impl Json) -> &mut Self {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        self.out.push('"');
        self.out.push_str(key);
        self.out.push_str("\":");
        value.write(self.out);
        self
    }

    pub fn end(&mut self) {
        self.out.push('}');
    }
}

/// Names written as they are: every stored name is a plain snake_case word.
pub fn write_name(out: &mut String, name: &str) {
    out.push('"');
    out.push_str(name);
    out.push('"');
}
