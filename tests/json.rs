//! The stored-data JSON reader: its grammar agrees with serde_json's on generated text, its
//! strings unescape as serde_json's do, and its errors say what and where.

#![cfg(not(target_arch = "wasm32"))]

use lumbar::domain::json::{Json, Reader};
use proptest::prelude::*;

fn valid_by_us(text: &str) -> bool {
    let mut reader = Reader::new(text);
    reader.skip().and_then(|()| reader.end()).is_ok()
}

fn valid_by_serde_json(text: &str) -> bool {
    serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
}

fn whitespace() -> impl Strategy<Value = String> {
    "[ \t\r\n]{0,2}"
}

fn json_string() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-z _<>'é€😀]{1,4}",
        Just("\\\"".to_owned()),
        Just("\\\\".to_owned()),
        Just("\\/".to_owned()),
        "\\\\[bfnrt]",
        "\\\\u[0-9a-fA-F]{4}",
        Just("\\ud83d\\ude00".to_owned()),
    ];
    prop::collection::vec(piece, 0..5).prop_map(|pieces| format!("\"{}\"", pieces.concat()))
}

fn json_number() -> impl Strategy<Value = String> {
    "-?(0|[1-9][0-9]{0,20})(\\.[0-9]{1,3})?([eE][+-]?[0-9]{1,3})?"
}

/// Any JSON value, with whitespace between its tokens.
fn json_value() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_owned()),
        Just("true".to_owned()),
        Just("false".to_owned()),
        json_number(),
        json_string(),
    ];
    leaf.prop_recursive(6, 48, 5, |inner| {
        let spaced = (whitespace(), inner, whitespace())
            .prop_map(|(a, v, b)| format!("{a}{v}{b}"))
            .boxed();
        prop_oneof![
            prop::collection::vec(spaced.clone(), 0..5)
                .prop_map(|items| format!("[{}]", items.join(","))),
            prop::collection::vec((json_string(), spaced), 0..5).prop_map(|fields| {
                let fields: Vec<String> = fields.iter().map(|(k, v)| format!("{k}:{v}")).collect();
                format!("{{{}}}", fields.join(","))
            }),
        ]
    })
}

/// Valid JSON with a few bytes changed, or a soup of JSON's tokens: mostly invalid text,
/// near the grammar's edges.
fn near_json() -> impl Strategy<Value = String> {
    let edit = (
        any::<prop::sample::Index>(),
        "[\\[\\]{}:,\"\\\\ 0-9.eE+\\-a-z]{0,2}",
    );
    let mutated = (json_value(), prop::collection::vec(edit, 1..4)).prop_map(|(text, edits)| {
        let mut chars: Vec<char> = text.chars().collect();
        for (at, insert) in edits {
            let at = at.index(chars.len() + 1);
            if at < chars.len() {
                chars.remove(at);
            }
            chars.splice(at.min(chars.len())..at.min(chars.len()), insert.chars());
        }
        chars.into_iter().collect()
    });
    let soup = prop::collection::vec(
        prop_oneof![
            Just("{"),
            Just("}"),
            Just("["),
            Just("]"),
            Just(","),
            Just(":"),
            Just("\""),
            Just("\\u12"),
            Just("\\x"),
            Just("1"),
            Just("-"),
            Just("0"),
            Just("."),
            Just("e"),
            Just("null"),
            Just("tru"),
            Just(" "),
            Just("\u{1}"),
            Just("\"a\""),
        ],
        0..12,
    )
    .prop_map(|tokens| tokens.concat());
    prop_oneof![mutated, soup]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn generated_json_is_accepted_like_serde_json_accepts_it(text in json_value()) {
        prop_assert!(valid_by_serde_json(&text), "the generator made invalid JSON: {}", text);
        prop_assert!(valid_by_us(&text), "{}", text);
    }

    #[test]
    fn altered_json_is_judged_as_serde_json_judges_it(text in near_json()) {
        prop_assert_eq!(valid_by_us(&text), valid_by_serde_json(&text), "{}", text);
    }

    #[test]
    fn strings_unescape_to_what_serde_json_reads(text in json_string()) {
        let ours = Reader::new(&text).string().map(|s| s.into_owned());
        let theirs = serde_json::from_str::<String>(&text).ok();
        prop_assert_eq!(ours.ok(), theirs, "{}", text);
    }

    #[test]
    fn whole_numbers_read_back_exactly(n in any::<i64>()) {
        prop_assert_eq!(i64::read(&mut Reader::new(&n.to_string())), Ok(n));
    }
}

fn read_error<T: Json + std::fmt::Debug>(text: &str) -> String {
    T::read(&mut Reader::new(text)).unwrap_err().to_string()
}

#[test]
fn numbers_outside_their_type_or_with_a_fraction_are_refused_by_name() {
    assert_eq!(u8::read(&mut Reader::new("10")), Ok(10));
    assert_eq!(
        read_error::<u8>("256"),
        "invalid value: integer `256`, expected u8 at line 1 column 4"
    );
    assert!(read_error::<u32>("-1").contains("integer `-1`, expected u32"));
    assert!(read_error::<i64>("99999999999999999999").contains("expected i64"));
    assert!(read_error::<i64>("1.5").contains("found a fraction"));
    assert!(read_error::<i64>("1e999").contains("found a fraction"));
    assert!(read_error::<i64>("\"5\"").contains("expected a whole number"));
}

#[test]
fn errors_give_the_line_and_column_where_reading_stopped() {
    let mut reader = Reader::new("{\n  \"a\": 1,\n  \"b\" 2\n}");
    let error = reader.skip().unwrap_err().to_string();
    assert_eq!(error, "expected `:` at line 3 column 7");
    assert_eq!(
        read_error::<Vec<bool>>("[true, nul]"),
        "expected true or false at line 1 column 8"
    );
    assert!(read_error::<Vec<bool>>("[true").contains("found the end of the text"));
    // Columns count characters, as an editor shows them, not UTF-8 bytes.
    let mut reader = Reader::new("{\"ré½\": 1,\n \"ü\" 2}");
    let error = reader.skip().unwrap_err().to_string();
    assert_eq!(error, "expected `:` at line 2 column 6");
}

#[test]
fn optional_values_and_lists_read_null_and_items() {
    assert_eq!(Option::<u32>::read(&mut Reader::new("null")), Ok(None));
    assert_eq!(Option::<u32>::read(&mut Reader::new(" 7")), Ok(Some(7)));
    assert_eq!(
        Vec::<i32>::read(&mut Reader::new("[ -1 , 0,2 ]")),
        Ok(vec![-1, 0, 2])
    );
    let mut written = String::new();
    vec![Some(1_i64), None].write(&mut written);
    assert_eq!(written, "[1,null]");
}

#[test]
fn a_broken_escape_after_a_multibyte_character_is_reported_not_panicked_on() {
    for text in ["\"\\é\"", "\"\\u12é\"", "\"\\ud800\\u0041\"", "\"é\u{1}\""] {
        assert!(Reader::new(text).string().is_err(), "{text}");
        assert!(!valid_by_us(text) || valid_by_serde_json(text), "{text}");
    }
}

#[test]
fn deep_nesting_is_skipped_without_recursion() {
    let depth = 1_000_000;
    let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(valid_by_us(&text));
    assert!(!valid_by_us(&text[1..]));
}
