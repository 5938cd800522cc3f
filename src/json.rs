//! A small JSON reader into the permissive [`Value`] tree.
//!
//! For Rust users with a JSON document (an AWS CLI `--cli-input-json` file, a request body); a
//! lone UTF-16 surrogate escape (`"\uD800"`) is read as [`Value::LoneSurrogate`], as a
//! JavaScript string holding one would be. The JavaScript face does not go through JSON: see
//! [`crate::tape`].
//!
//! Hand-written rather than serde_json, which would be a dependency of every user for one
//! function; it never panics and never recurses deeper than [`MAX_DEPTH`]: deeper values are
//! skipped iteratively.

use crate::value::{Value, MAX_DEPTH};

/// Why a JSON text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// Byte offset of the problem.
    pub offset: usize,
    /// What was expected there.
    pub expected: &'static str,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "invalid JSON at byte {}: expected {}",
            self.offset, self.expected
        )
    }
}

/// Reads one JSON document.
///
/// ```
/// use ec2_register_image::{from_json, Value};
///
/// assert_eq!(
///     from_json(r#"{"Name": "a\ud800", "Iops": 3e3}"#).unwrap(),
///     Value::Object(vec![("Name".into(), Value::LoneSurrogate), ("Iops".into(), Value::Number(3000.0))])
/// );
/// assert!(from_json("{").is_err());
/// ```
pub fn from_json(text: &str) -> Result<Value, JsonError> {
    let mut p = Parser {
        text,
        s: text.as_bytes(),
        at: 0,
    };
    let value = p.value(0)?;
    p.space();
    if p.at != p.s.len() {
        return Err(p.error("the end of the document"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    s: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self, expected: &'static str) -> JsonError {
        JsonError {
            offset: self.at,
            expected,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.space();
        let hit = self.peek() == Some(b);
        if hit {
            self.at += 1;
        }
        hit
    }

    fn literal(&mut self, word: &'static str, value: Value) -> Result<Value, JsonError> {
        if self.s.get(self.at..self.at + word.len()) == Some(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("a JSON value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, JsonError> {
        self.space();
        match self.peek() {
            Some(b'{' | b'[') if depth > MAX_DEPTH => {
                self.skip_nested()?;
                Ok(Value::Unsupported("nesting deeper than 32 levels"))
            }
            // Past the depth limit a scalar is cut too, as `Value`'s serde reader cuts it.
            Some(_) if depth > MAX_DEPTH => {
                self.value(0)?;
                Ok(Value::Unsupported("nesting deeper than 32 levels"))
            }
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => Ok(match self.string()? {
                Text::Str(s) => Value::String(s),
                Text::LoneSurrogate => Value::LoneSurrogate,
            }),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error("a JSON value")),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, JsonError> {
        self.at += 1;
        let mut entries = Vec::new();
        if self.eat(b'}') {
            return Ok(Value::Object(entries));
        }
        loop {
            self.space();
            if self.peek() != Some(b'"') {
                return Err(self.error("a string key"));
            }
            let key = match self.string()? {
                Text::Str(s) => s,
                Text::LoneSurrogate => "\u{FFFD}".into(),
            };
            if !self.eat(b':') {
                return Err(self.error("':'"));
            }
            let value = self.value(depth + 1)?;
            entries.push((key, value));
            if self.eat(b',') {
                continue;
            }
            if self.eat(b'}') {
                return Ok(Value::Object(entries));
            }
            return Err(self.error("',' or '}'"));
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, JsonError> {
        self.at += 1;
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            if self.eat(b',') {
                continue;
            }
            if self.eat(b']') {
                return Ok(Value::Array(items));
            }
            return Err(self.error("',' or ']'"));
        }
    }

    /// Skips a nested object or array without recursion (only brackets and strings matter).
    fn skip_nested(&mut self) -> Result<(), JsonError> {
        let mut open = 0usize;
        while let Some(b) = self.peek() {
            match b {
                b'{' | b'[' => open += 1,
                b'}' | b']' => {
                    open -= 1;
                    if open == 0 {
                        self.at += 1;
                        return Ok(());
                    }
                }
                b'"' => {
                    self.string()?;
                    continue;
                }
                _ => {}
            }
            self.at += 1;
        }
        Err(self.error("the end of a nested value"))
    }

    /// A JSON number, without `str::parse::<f64>` (about 15 KB of wasm). Exact when the digits
    /// fit 2^53 and the power of ten is at most 22 (every integer here, and what JSON.stringify
    /// writes for usual values); otherwise the nearest product of the digits and a power of ten.
    /// Whether the number is whole is decided from its digits, never from a rounded value, so
    /// `2147483647.0000002` is not taken for an integer.
    fn number(&mut self) -> Result<Value, JsonError> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let mut mantissa = 0u64;
        let (mut exponent, mut exact) = (0i64, true);
        // Digits seen, and how many were before the point.
        let (mut digits, mut whole_digits) = (0i64, 0i64);
        // The index (among all digits) of the last non-zero digit, if any.
        let mut last_nonzero: Option<i64> = None;
        let mut in_fraction = false;
        loop {
            match self.peek() {
                Some(d @ b'0'..=b'9') => {
                    let d = u64::from(d - b'0');
                    if d != 0 {
                        last_nonzero = Some(digits);
                    }
                    if mantissa < 1_000_000_000_000_000_000 {
                        mantissa = mantissa * 10 + d;
                        exponent -= i64::from(in_fraction);
                    } else {
                        exact &= d == 0;
                        exponent += i64::from(!in_fraction);
                    }
                    digits += 1;
                    whole_digits += i64::from(!in_fraction);
                }
                Some(b'.') if !in_fraction => in_fraction = true,
                _ => break,
            }
            self.at += 1;
        }
        if digits == 0 {
            return Err(JsonError {
                offset: start,
                expected: "a number",
            });
        }
        let mut power = 0i64;
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            let sign = match self.peek() {
                Some(b'-') => -1,
                Some(b'+') => 1,
                _ => 0,
            };
            if sign != 0 {
                self.at += 1;
            }
            let mut seen = false;
            while let Some(d @ b'0'..=b'9') = self.peek() {
                power = (power * 10 + i64::from(d - b'0')).min(1_000_000);
                self.at += 1;
                seen = true;
            }
            if !seen {
                return Err(self.error("exponent digits"));
            }
            power *= if sign < 0 { -1 } else { 1 };
        }
        let exponent = exponent + power;
        // The lowest power of ten holding a non-zero digit decides wholeness.
        let whole = last_nonzero.is_none_or(|i| whole_digits - 1 - i + power >= 0);
        let value = scale(mantissa, exponent, exact);
        let value = match value {
            // Rounding made a fraction whole: take the next double, which is not. (A number
            // below the smallest double is 0, as in JavaScript and serde_json.)
            v if !whole && v != 0.0 && v.fract() == 0.0 && v < 9_007_199_254_740_992.0 => {
                f64::from_bits(v.to_bits() + 1)
            }
            v => v,
        };
        Ok(Value::Number(if negative { -value } else { value }))
    }

    /// A string; the opening quote is at `self.at`.
    fn string(&mut self) -> Result<Text, JsonError> {
        self.at += 1;
        let mut out = String::new();
        let mut lone_surrogate = false;
        loop {
            let start = self.at;
            let rest = self.s.get(start..).unwrap_or_default();
            self.at += rest
                .iter()
                .position(|&b| STRING_STOPS[usize::from(b)])
                .unwrap_or(rest.len());
            // The input is a &str and we stopped at an ASCII byte: a char boundary.
            let run = self.text.get(start..self.at).unwrap_or_default();
            match self.peek() {
                // The common case, a string without escapes: one exact allocation.
                Some(b'"') if out.is_empty() && !lone_surrogate => {
                    self.at += 1;
                    return Ok(Text::Str(run.to_owned()));
                }
                _ => out.push_str(run),
            }
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(if lone_surrogate {
                        Text::LoneSurrogate
                    } else {
                        Text::Str(out)
                    });
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self.peek().ok_or_else(|| self.error("an escape"))?;
                    self.at += 1;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => match self.unicode_escape()? {
                            Some(c) => out.push(c),
                            None => lone_surrogate = true,
                        },
                        _ => {
                            return Err(JsonError {
                                offset: self.at - 1,
                                expected: "a valid escape",
                            })
                        }
                    }
                }
                _ => return Err(self.error("'\"' to end the string")),
            }
        }
    }

    /// After `\u`: a character, or `None` for a lone surrogate.
    fn unicode_escape(&mut self) -> Result<Option<char>, JsonError> {
        let first = self.hex4()?;
        if !(0xD800..0xE000).contains(&first) {
            return Ok(char::from_u32(first));
        }
        if first < 0xDC00 && self.s.get(self.at..self.at + 2) == Some(b"\\u") {
            let save = self.at;
            self.at += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                return Ok(char::from_u32(
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00),
                ));
            }
            self.at = save;
        }
        Ok(None)
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self
            .s
            .get(self.at..self.at + 4)
            .ok_or_else(|| self.error("four hex digits"))?;
        let mut n = 0;
        for &d in digits {
            let v = (d as char)
                .to_digit(16)
                .ok_or_else(|| self.error("four hex digits"))?;
            n = n * 16 + v;
        }
        self.at += 4;
        Ok(n)
    }
}

/// `mantissa` × 10^`exponent`: exactly when both fit (the classic fast path: one correctly
/// rounded operation), else closely, in steps that neither overflow nor underflow early.
fn scale(mantissa: u64, exponent: i64, exact: bool) -> f64 {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let m = mantissa as f64;
    if mantissa == 0 {
        return 0.0;
    }
    if exact && mantissa <= 1 << 53 && (-22..=22).contains(&exponent) {
        let p = POW10[exponent.unsigned_abs() as usize];
        return if exponent < 0 { m / p } else { m * p };
    }
    let mut value = m;
    let mut rest = exponent.clamp(-800, 800);
    while rest != 0 {
        let step = rest.clamp(-22, 22);
        let p = POW10[step.unsigned_abs() as usize];
        value = if step < 0 { value / p } else { value * p };
        rest -= step;
    }
    value
}

/// The bytes that end a run of plain string content: `"`, `\\` and control characters.
const STRING_STOPS: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

enum Text {
    Str(String),
    LoneSurrogate,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_read_like_serde_json() {
        let text = r#" {"a": [1, -2, 3.5, 1e21, -0.25e-2, true, false, null, "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"], "b": {}} "#;
        let ours = from_json(text).unwrap();
        assert_eq!(from_json("0e999").unwrap(), Value::Number(0.0));
        // Found by fuzzing (fuzz/regressions/): an exponent that overflowed when negated; numbers
        // below 1e-308 read as 0; fractions rounded into whole numbers.
        assert_eq!(from_json("0.1e-9999999999").unwrap(), Value::Number(0.0));
        for (text, n) in [
            ("5e-324", 5e-324),
            ("2.5e-308", 2.5e-308),
            ("1.7976931348623157e308", f64::MAX),
        ] {
            let Value::Number(read) = from_json(text).unwrap() else {
                panic!()
            };
            assert!(
                (read - n).abs() <= n.abs() * 1e-14 + 5e-324,
                "{text}: {read}"
            );
        }
        for fraction in [
            "2147483647.0000002",
            "1000000.0000000001",
            "123456789.00000001",
        ] {
            let Value::Number(n) = from_json(fraction).unwrap() else {
                panic!()
            };
            assert!(n.fract() != 0.0, "{fraction} read as the whole {n}");
        }
        for whole in ["1e3", "12.5e1", "1000000000000000000000000e-5", "0.000e5"] {
            let Value::Number(n) = from_json(whole).unwrap() else {
                panic!()
            };
            assert_eq!(n.fract(), 0.0, "{whole}");
        }
        assert_eq!(
            from_json("12345678901234567890123").unwrap(),
            Value::Number(1.2345678901234568e22)
        );
        let theirs: Value = serde_json::from_str(text).unwrap();
        assert_eq!(ours, theirs);
    }

    #[test]
    fn lone_surrogates() {
        assert_eq!(from_json(r#""\udc00""#).unwrap(), Value::LoneSurrogate);
        assert_eq!(
            from_json(r#""\ud800\u0041""#).unwrap(),
            Value::LoneSurrogate
        );
    }

    #[test]
    fn deep_nesting_is_skipped_without_recursion() {
        let deep = format!("{{\"x\": {}{}}}", "[".repeat(100_000), "]".repeat(100_000));
        let too_deep = Value::Unsupported("nesting deeper than 32 levels");
        let v = from_json(&deep).unwrap();
        assert_eq!(
            crate::value::tests::nested_list_depth(&v),
            (MAX_DEPTH + 1, &too_deep)
        );
    }

    #[test]
    fn broken_documents_are_errors_with_offsets() {
        for (text, offset) in [
            ("", 0),
            ("{", 1),
            ("[1,]", 3),
            ("\"abc", 4),
            ("{\"a\" 1}", 5),
            ("tru", 0),
            ("1 2", 2),
            ("\"\\x\"", 2),
            ("\"\\u12\"", 3),
            ("[[[", 3),
        ] {
            assert_eq!(
                from_json(text).map_err(|e| e.offset),
                Err(offset),
                "{text:?}"
            );
        }
    }
}
