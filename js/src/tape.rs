//! The byte form in which the JavaScript face hands an input to the core: a "tape" that the
//! package's JS (`toTape` in `src/js/tape.js`) writes while walking the value, crossing the wasm
//! boundary as one `Uint8Array` copy.
//!
//! Why not JSON: in V8, `JSON.stringify` with a replacer (needed to keep `NaN`, functions, lone
//! surrogates, ...) and then scanning the text again in wasm cost more than all the checking and
//! encoding together; a tape is written with native `TextEncoder.encodeInto` per string, keeps
//! every number bit-exact, and is read here without unescaping anything.
//!
//! ```text
//! value   = NULL | FALSE | TRUE | NUMBER f64-le | STRING text | LONE_SURROGATE
//!         | UNSUPPORTED reason-byte | ARRAY value* END | OBJECT (STRING text value)* END
//! text    = u32-le byte length, UTF-8 bytes
//! ```
//!
//! The writer lives in this repository, so a malformed tape is a bug; it is still read safely:
//! an error, never a panic, and no nesting deeper than [`MAX_DEPTH`]` + 1`.

use ec2_register_image::__private::Piece;
use ec2_register_image::{Value, MAX_DEPTH};

/// `null` or `undefined`.
pub const NULL: u8 = 0;
/// `false`.
pub const FALSE: u8 = 1;
/// `true`.
pub const TRUE: u8 = 2;
/// A number: 8 bytes, little-endian IEEE 754 (so `NaN`, `-0` and `Infinity` arrive as they are).
pub const NUMBER: u8 = 3;
/// A well-formed string: its UTF-8 text.
pub const STRING: u8 = 4;
/// A string with a lone UTF-16 surrogate (no UTF-8 form): no payload.
pub const LONE_SURROGATE: u8 = 5;
/// A value no member can hold: one byte, an index into [`UNSUPPORTED_REASONS`].
pub const UNSUPPORTED: u8 = 6;
/// A list: values up to [`END`].
pub const ARRAY: u8 = 7;
/// An object: keys (each a [`STRING`]) and values up to [`END`].
pub const OBJECT: u8 = 8;
/// The end of a list or an object.
pub const END: u8 = 9;

/// What an [`UNSUPPORTED`] value was, by its reason byte, as messages name it.
pub const UNSUPPORTED_REASONS: [&str; 9] = [
    "a function",
    "a symbol",
    "a BigInt",
    "a Date",
    "a Map (use a plain object)",
    "a Set (use an array)",
    "a value that contains itself",
    "nesting deeper than 32 levels",
    "a value past the first 10000 of the input (the rest is not read)",
];

/// Why a tape could not be read: the byte offset where it went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TapeError(pub usize);

impl TapeError {
    /// The `Display` text, made without `core::fmt` (for the wasm).
    pub fn message(&self) -> String {
        let mut text = String::from("ec2-register-image: malformed input tape at byte ");
        self.0.push_to(&mut text);
        text
    }
}

impl std::fmt::Display for TapeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

/// Reads one value that fills the whole tape.
pub fn read(bytes: &[u8]) -> Result<Value, TapeError> {
    let mut reader = Reader { bytes, at: 0 };
    let value = reader.value(0)?;
    match reader.at == bytes.len() {
        true => Ok(value),
        false => Err(TapeError(reader.at)),
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], TapeError> {
        let taken = self
            .bytes
            .get(self.at..self.at.saturating_add(n))
            .ok_or(TapeError(self.at))?;
        self.at += n;
        Ok(taken)
    }

    fn byte(&mut self) -> Result<u8, TapeError> {
        Ok(self.take(1)?[0])
    }

    fn text(&mut self) -> Result<String, TapeError> {
        let start = self.at;
        let mut text = || {
            let length = self.take(4).ok()?;
            let length = u32::from_le_bytes([length[0], length[1], length[2], length[3]]);
            let bytes = self.take(length as usize).ok()?;
            std::str::from_utf8(bytes).ok().map(str::to_owned)
        };
        text().ok_or(TapeError(start))
    }

    fn value(&mut self, depth: usize) -> Result<Value, TapeError> {
        let start = self.at;
        Ok(match self.byte()? {
            NULL => Value::Null,
            FALSE => Value::Bool(false),
            TRUE => Value::Bool(true),
            NUMBER => {
                let mut bits = [0; 8];
                bits.copy_from_slice(self.take(8)?);
                Value::Number(f64::from_le_bytes(bits))
            }
            STRING => Value::String(self.text()?),
            LONE_SURROGATE => Value::LoneSurrogate,
            UNSUPPORTED => {
                let reason = UNSUPPORTED_REASONS.get(usize::from(self.byte()?));
                Value::Unsupported(reason.ok_or(TapeError(start))?)
            }
            ARRAY | OBJECT if depth > MAX_DEPTH => return Err(TapeError(start)),
            ARRAY => {
                let mut items = Vec::new();
                while self.bytes.get(self.at) != Some(&END) {
                    items.push(self.value(depth + 1)?);
                }
                self.at += 1;
                Value::Array(items)
            }
            OBJECT => {
                let mut entries = Vec::new();
                loop {
                    let at = self.at;
                    match self.byte()? {
                        END => break,
                        STRING => {
                            let key = self.text()?;
                            entries.push((key, self.value(depth + 1)?));
                        }
                        _ => return Err(TapeError(at)),
                    }
                }
                Value::Object(entries)
            }
            _ => return Err(TapeError(start)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_object_with_a_lone_surrogate() {
        let bytes = [
            OBJECT,
            STRING,
            4,
            0,
            0,
            0,
            b'N',
            b'a',
            b'm',
            b'e',
            LONE_SURROGATE,
            END,
        ];
        assert_eq!(
            read(&bytes),
            Ok(Value::Object(vec![("Name".into(), Value::LoneSurrogate)]))
        );
    }

    fn text(s: &str) -> Vec<u8> {
        let mut t = (s.len() as u32).to_le_bytes().to_vec();
        t.extend_from_slice(s.as_bytes());
        t
    }

    #[test]
    fn every_kind_of_value() {
        let mut tape = vec![ARRAY, NULL, FALSE, TRUE, NUMBER];
        tape.extend_from_slice(&(-0.0f64).to_le_bytes());
        tape.push(NUMBER);
        tape.extend_from_slice(&f64::NAN.to_le_bytes());
        tape.push(STRING);
        tape.extend(text("é \u{1F600}"));
        tape.extend([LONE_SURROGATE, UNSUPPORTED, 3, OBJECT, STRING]);
        tape.extend(text("k"));
        tape.extend([ARRAY, END, END, END]);
        let Ok(Value::Array(items)) = read(&tape) else {
            panic!("{:?}", read(&tape))
        };
        assert_eq!(
            items[..3],
            [Value::Null, Value::Bool(false), Value::Bool(true)]
        );
        assert!(matches!(items[3], Value::Number(n) if n == 0.0 && n.is_sign_negative()));
        assert!(matches!(items[4], Value::Number(n) if n.is_nan()));
        assert_eq!(
            items[5..],
            [
                Value::String("é \u{1F600}".into()),
                Value::LoneSurrogate,
                Value::Unsupported("a Date"),
                Value::Object(vec![("k".into(), Value::Array(vec![]))]),
            ]
        );
    }

    #[test]
    fn a_key_length_may_start_with_the_end_byte() {
        // "RamdiskId" has 9 bytes, and 9 is END: keys are tagged, so it is not read as the end.
        let mut tape = vec![OBJECT, STRING];
        tape.extend(text("RamdiskId"));
        tape.extend([NULL, END]);
        assert_eq!(
            read(&tape),
            Ok(Value::Object(vec![("RamdiskId".into(), Value::Null)]))
        );
    }

    #[test]
    fn malformed_tapes_are_errors_with_their_offset() {
        let long = text("ab");
        let cases: [(&[u8], usize); 11] = [
            (&[], 0),
            (&[42], 0),
            (&[NUMBER, 0, 0], 1),
            (&[STRING, 9, 0, 0, 0, b'a'], 1),
            (&[STRING, 1, 0, 0, 0, 0xFF], 1),
            (&[UNSUPPORTED, 9], 0),
            (&[ARRAY, NULL], 2),
            (&[NULL, NULL], 1),
            (
                &[
                    OBJECT, STRING, long[0], long[1], long[2], long[3], b'a', b'b',
                ],
                8,
            ),
            (&[OBJECT, END + 1], 1),
            (&[OBJECT, NULL], 1),
        ];
        for (tape, offset) in cases {
            assert_eq!(read(tape), Err(TapeError(offset)), "{tape:?}");
        }
        // A length near u32::MAX must not wrap or allocate.
        assert_eq!(read(&[STRING, 255, 255, 255, 255]), Err(TapeError(1)));
    }

    #[test]
    fn nesting_is_bounded() {
        let ok: Vec<u8> = [vec![ARRAY; MAX_DEPTH + 1], vec![END; MAX_DEPTH + 1]].concat();
        assert!(read(&ok).is_ok());
        let deep = vec![ARRAY; 100_000];
        assert_eq!(read(&deep), Err(TapeError(MAX_DEPTH + 1)));
    }
}
