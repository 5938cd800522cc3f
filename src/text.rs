//! Message text without `core::fmt`, whose formatting machinery is kilobytes of the wasm: the
//! `msg!` macro and its pieces, integers in decimal, values quoted for a message.

/// Message text made of pieces (`&str`, `String`, `char`, integers), without `core::fmt`, whose
/// formatting machinery is kilobytes of the wasm: `msg!("must be at least ", min, "; got ", n)`
/// is `format!("must be at least {min}; got {n}")`.
macro_rules! msg {
    ($($piece:expr),+ $(,)?) => {{
        let mut text = String::new();
        $($crate::text::Piece::push_to($piece, &mut text);)+
        text
    }};
}
pub(crate) use msg;

/// A piece of a `msg!`: appended as `Display` would show it. Each impl is a call, never
/// inlined: inlined into the rules, the pieces of their messages were 6 KB of the wasm.
pub trait Piece {
    /// Appends the piece.
    fn push_to(self, out: &mut String);
}

impl Piece for &str {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for &String {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for String {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        out.push_str(&self);
    }
}

impl Piece for char {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        out.push(self);
    }
}

impl Piece for bool {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        out.push_str(if self { "true" } else { "false" });
    }
}

impl Piece for usize {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        push_number(out, self as u64);
    }
}

impl Piece for u32 {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        push_number(out, self);
    }
}

impl Piece for i32 {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        push_signed(out, self.into());
    }
}

impl Piece for i64 {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        push_signed(out, self);
    }
}

/// `items` appended to `out` separated by ", ", each by `each` (a message's list: the values or
/// members allowed, the characters found); piece by piece, as `map`, `collect` and `join` were
/// 0.3 KB more of the wasm.
pub(crate) fn push_list<T>(
    out: &mut String,
    items: impl IntoIterator<Item = T>,
    mut each: impl FnMut(&mut String, T),
) {
    for (n, item) in items.into_iter().enumerate() {
        if n > 0 {
            ", ".push_to(out);
        }
        each(out, item);
    }
}

/// `n` in decimal with a `-` when negative, without `core::fmt`.
pub(crate) fn push_signed(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_number(out, n.unsigned_abs());
}

/// `n` in decimal, without `core::fmt`'s integer formatting.
#[inline]
pub(crate) fn push_number(out: &mut String, n: impl Into<u128>) {
    push_u128(out, n.into());
}

// One body for every integer type: a copy per type was 300 bytes of wasm each. Divided by ten
// over 32-bit limbs (from the first that is not zero), each step in a u64: `u128` division
// brings compiler_builtins' 128-bit division (about 1 KB of wasm) for numbers that are almost
// always below 2^32.
fn push_u128(out: &mut String, n: u128) {
    let mut limbs = [
        (n >> 96) as u32,
        (n >> 64) as u32,
        (n >> 32) as u32,
        n as u32,
    ];
    let mut digits = [0u8; 39];
    let mut at = digits.len();
    loop {
        let mut rest = 0u64;
        for limb in limbs.iter_mut().skip_while(|limb| **limb == 0) {
            let part = rest << 32 | u64::from(*limb);
            *limb = (part / 10) as u32;
            rest = part % 10;
        }
        at -= 1;
        digits[at] = b'0' + rest as u8;
        if limbs == [0; 4] || at == 0 {
            break;
        }
    }
    for &d in digits.get(at..).unwrap_or_default() {
        out.push(char::from(d));
    }
}

/// A value quoted for a message: `"like this"`, escaped like `Debug` for the usual cases (without
/// pulling `Debug`'s Unicode tables into the wasm) and cut after 40 characters, so that a 10 MB
/// value does not make a 10 MB message.
pub(crate) fn quoted(s: &str) -> String {
    quote(s, '"')
}

/// A character quoted for a message: `'#'`.
pub(crate) fn quoted_char(c: char) -> String {
    quote(c.encode_utf8(&mut [0; 4]), '\'')
}

// Each piece is appended by its `Piece::push_to`, a call: `String::push` inlined at each of
// them was 1 KB of the wasm.
fn quote(s: &str, mark: char) -> String {
    let mut out = String::with_capacity(s.len().min(44) + 2);
    mark.push_to(&mut out);
    for (n, c) in s.chars().enumerate() {
        if n == 40 {
            '…'.push_to(&mut out);
            break;
        }
        match c {
            '\\' => "\\\\".push_to(&mut out),
            '\n' => "\\n".push_to(&mut out),
            '\r' => "\\r".push_to(&mut out),
            '\t' => "\\t".push_to(&mut out),
            c if c == mark => {
                '\\'.push_to(&mut out);
                c.push_to(&mut out);
            }
            c if c.is_control() => {
                // `\u{7f}`: lower-case hex, as `Debug` writes it.
                "\\u{".push_to(&mut out);
                let code = u32::from(c);
                let digits = (32 - code.leading_zeros()).div_ceil(4).max(1);
                for k in (0..digits).rev() {
                    char::from(b"0123456789abcdef"[((code >> (4 * k)) & 15) as usize])
                        .push_to(&mut out);
                }
                '}'.push_to(&mut out);
            }
            c => c.push_to(&mut out),
        }
    }
    mark.push_to(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_made_as_format_would_make_them() {
        for n in [0, 7, -7, 10, -2147483648, i64::MIN, i64::MAX] {
            assert_eq!(msg!("got ", n, "."), format!("got {n}."));
        }
        for n in [0usize, 9, 10, 1_000, usize::MAX] {
            assert_eq!(msg!(n), n.to_string());
        }
        // Above 2^32 and 2^64 (numbers below 1e21 in messages, value.rs), across every limb.
        for n in [
            u128::from(u32::MAX) + 1,
            u128::from(u64::MAX),
            u128::from(u64::MAX) + 1,
            999_999_999_999_999_999_999,
            u128::MAX,
        ] {
            let mut text = String::new();
            push_number(&mut text, n);
            assert_eq!(text, n.to_string());
        }
        assert_eq!(
            msg!(i32::MIN, ' ', u32::MAX, true),
            format!("{} {}true", i32::MIN, u32::MAX)
        );
        // Control characters as `\u{..}` in lower-case hex, as `format!("{:x}")` wrote them.
        for c in (0..0x100u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_control())
        {
            let expected = match c {
                '\n' => "'\\n'".to_string(),
                '\r' => "'\\r'".to_string(),
                '\t' => "'\\t'".to_string(),
                c => format!("'\\u{{{:x}}}'", u32::from(c)),
            };
            assert_eq!(quoted_char(c), expected);
        }
    }
}
