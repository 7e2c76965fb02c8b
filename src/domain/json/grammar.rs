//! JSON's grammar (RFC 8259): literals, numbers, strings and skipping a whole value.

use std::borrow::Cow;

use super::{Error, Reader};

impl<'a> Reader<'a> {
    pub(super) fn literal(&mut self, word: &str) -> Result<(), Error> {
        if self.at_prefix(word) {
            self.at += word.len();
            Ok(())
        } else {
            Err(self.error("expected a value"))
        }
    }

    /// Checks a number's grammar and steps over it; true if it has no fraction or exponent.
    pub(super) fn number(&mut self) -> Result<bool, Error> {
        let bytes = self.text.as_bytes();
        let digits = |at: &mut usize| {
            let start = *at;
            while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
                *at += 1;
            }
            *at - start
        };
        let mut at = self.at;
        at += usize::from(bytes.get(at) == Some(&b'-'));
        let leading_zero = bytes.get(at) == Some(&b'0');
        let count = digits(&mut at);
        let mut valid = count == 1 || (count > 1 && !leading_zero);
        let mut whole = true;
        if valid && bytes.get(at) == Some(&b'.') {
            at += 1;
            whole = false;
            valid = digits(&mut at) > 0;
        }
        if valid && matches!(bytes.get(at), Some(b'e' | b'E')) {
            at += 1;
            at += usize::from(matches!(bytes.get(at), Some(b'+' | b'-')));
            whole = false;
            valid = digits(&mut at) > 0;
        }
        self.at = at;
        if valid {
            Ok(whole)
        } else {
            Err(self.error("invalid number"))
        }
    }

    /// A string, unescaped; borrowed from the text when it holds no escapes.
    pub fn string(&mut self) -> Result<Cow<'a, str>, Error> {
        self.string_checked(true)
    }

    /// `pairs_checked: false` is for skipping: like serde_json, a `\u` escape is then checked
    /// for its form only, and a lone surrogate half reads as U+FFFD.
    fn string_checked(&mut self, pairs_checked: bool) -> Result<Cow<'a, str>, Error> {
        if self.peek() != Some(b'"') {
            return Err(self.unexpected("a string"));
        }
        self.at += 1;
        let start = self.at;
        let mut owned: Option<String> = None;
        loop {
            let run_start = self.at;
            let bytes = self.text.as_bytes();
            while bytes
                .get(self.at)
                .is_some_and(|&b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.at += 1;
            }
            let run = self.between(run_start, self.at);
            match self.next_byte() {
                Some(b'"') => {
                    return Ok(match owned {
                        Some(mut text) => {
                            text.push_str(run);
                            Cow::Owned(text)
                        }
                        None => Cow::Borrowed(self.between(start, self.at - 1)),
                    });
                }
                Some(b'\\') => {
                    let text = owned.get_or_insert_with(String::new);
                    text.push_str(run);
                    let unescaped = self.escape(pairs_checked)?;
                    text.push(unescaped);
                }
                Some(_) => {
                    self.at -= 1;
                    return Err(self.error("control character in a string"));
                }
                None => return Err(self.error("unterminated string")),
            }
        }
    }

    /// An object's key and the colon after it.
    pub(super) fn key(&mut self, pairs_checked: bool) -> Result<Cow<'a, str>, Error> {
        let key = self.string_checked(pairs_checked)?;
        self.expect(b':')?;
        Ok(key)
    }

    fn escape(&mut self, pairs_checked: bool) -> Result<char, Error> {
        let Some(byte) = self.next_byte() else {
            return Err(self.error("unterminated string"));
        };
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let pairs = (0xD800..0xDC00).contains(&first) && self.at_prefix("\\u");
                let code = if pairs {
                    self.at += 2;
                    let second = self.hex4()?;
                    if (0xDC00..0xE000).contains(&second) {
                        0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    } else {
                        u32::MAX
                    }
                } else {
                    first
                };
                match char::from_u32(code) {
                    Some(unescaped) => unescaped,
                    None if !pairs_checked => char::REPLACEMENT_CHARACTER,
                    None => return Err(self.error("lone surrogate in a \\u escape")),
                }
            }
            _ => {
                // Back onto the escaped character: it may be the first byte of several.
                self.at -= 1;
                return Err(self.error("invalid escape"));
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self.text.get(self.at..self.at + 4).unwrap_or("");
        match u32::from_str_radix(digits, 16) {
            Ok(code) if digits.bytes().all(|b| b.is_ascii_hexdigit()) => {
                self.at += 4;
                Ok(code)
            }
            _ => Err(self.error("invalid \\u escape")),
        }
    }

    /// Steps over one value of any shape, checking its grammar. Iterative, with the open
    /// brackets on a heap stack, so hostile nesting cannot overflow the call stack.
    pub fn skip(&mut self) -> Result<(), Error> {
        let mut open: Vec<u8> = Vec::new();
        loop {
            match self.peek() {
                Some(b'{') => {
                    self.at += 1;
                    if self.peek() == Some(b'}') {
                        self.at += 1;
                    } else {
                        open.push(b'}');
                        self.key(false)?;
                        continue;
                    }
                }
                Some(b'[') => {
                    self.at += 1;
                    if self.peek() == Some(b']') {
                        self.at += 1;
                    } else {
                        open.push(b']');
                        continue;
                    }
                }
                Some(b'"') => drop(self.string_checked(false)?),
                Some(b't') => self.literal("true")?,
                Some(b'f') => self.literal("false")?,
                Some(b'n') => self.literal("null")?,
                Some(b'-' | b'0'..=b'9') => drop(self.number()?),
                _ => return Err(self.unexpected("a value")),
            }
            // After a value: close what it ends, or go on to the next element.
            loop {
                let Some(&close) = open.last() else {
                    return Ok(());
                };
                match self.peek() {
                    Some(b',') => {
                        self.at += 1;
                        if close == b'}' {
                            self.key(false)?;
                        }
                        break;
                    }
                    Some(byte) if byte == close => {
                        self.at += 1;
                        open.pop();
                    }
                    _ => return Err(self.unexpected(&format!("`,` or `{}`", close as char))),
                }
            }
        }
    }

    /// Checks that nothing but whitespace follows.
    pub fn end(&mut self) -> Result<(), Error> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error("trailing characters")),
        }
    }
}
