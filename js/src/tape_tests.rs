use super::*;
use ec2_register_image::__private::check_source;
use ec2_register_image::{check, Code};

fn text(s: &str) -> Vec<u8> {
    let mut t = (s.len() as u32).to_le_bytes().to_vec();
    t.extend_from_slice(s.as_bytes());
    t
}

/// A container's header: its tag, count and size.
fn header(tag: u8, count: u32, size: u32) -> Vec<u8> {
    let mut h = vec![tag];
    h.extend_from_slice(&count.to_le_bytes());
    h.extend_from_slice(&size.to_le_bytes());
    h
}

#[test]
fn an_object_with_a_lone_surrogate() {
    let tape = [header(OBJECT, 1, 9), text("Name"), vec![LONE_SURROGATE]].concat();
    let value = Value::Object(vec![("Name".into(), Value::LoneSurrogate)]);
    assert_eq!(read(&tape), Ok(value.clone()));
    assert_eq!(write(&value), tape);
}

#[test]
fn every_kind_of_value() {
    let mut tape = header(ARRAY, 9, 0);
    tape.extend([NULL, FALSE, TRUE, NUMBER]);
    tape.extend_from_slice(&(-0.0f64).to_le_bytes());
    tape.push(NUMBER);
    tape.extend_from_slice(&f64::NAN.to_le_bytes());
    tape.push(STRING);
    tape.extend(text("é \u{1F600}"));
    tape.extend([LONE_SURROGATE, UNSUPPORTED, 3]);
    tape.extend(header(OBJECT, 1, 14));
    tape.extend(text("k"));
    tape.extend(header(ARRAY, 0, 0));
    let size = (tape.len() - 9) as u32;
    tape[5..9].copy_from_slice(&size.to_le_bytes());
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
    assert_eq!(write(&Value::Array(items)), tape);
}

#[test]
fn malformed_tapes_are_errors_with_their_offset() {
    let cases: [(Vec<u8>, usize); 13] = [
        (vec![], 0),
        (vec![42], 0),
        (vec![NUMBER, 0, 0], 0),
        ([vec![STRING, 9, 0, 0, 0], b"a".to_vec()].concat(), 1),
        (vec![UNSUPPORTED, 9], 0),
        (vec![NULL, NULL], 1),
        // A count with too few items, too many, a size that is not theirs, a cut header.
        ([header(ARRAY, 2, 1), vec![NULL]].concat(), 10),
        ([header(ARRAY, 1, 2), vec![NULL, NULL]].concat(), 5),
        ([header(ARRAY, 0, 1), vec![NULL]].concat(), 5),
        (vec![ARRAY, 1, 0, 0, 0, 1, 0], 5),
        // A key past the end; an entry with no value; a size beyond the end.
        ([header(OBJECT, 1, 6), text("ab")].concat(), 15),
        ([header(OBJECT, 1, 4), vec![9, 0, 0, 0]].concat(), 9),
        (header(OBJECT, 0, u32::MAX), 5),
    ];
    for (tape, offset) in cases {
        assert_eq!(read(&tape), Err(TapeError(offset)), "{tape:?}");
    }
    // A length near u32::MAX must not wrap or allocate; nor a count near it.
    assert_eq!(read(&[STRING, 255, 255, 255, 255]), Err(TapeError(1)));
    assert_eq!(read(&header(ARRAY, u32::MAX, 0)), Err(TapeError(9)));
}

#[test]
fn a_text_that_is_not_utf8_is_found_where_it_is_read() {
    let value = [
        header(OBJECT, 1, 14),
        text("Name"),
        vec![STRING, 1, 0, 0, 0, 0xFF],
    ]
    .concat();
    assert_eq!(read(&value), Err(TapeError(22)));
    let key = [header(OBJECT, 1, 6), text("\u{0}"), vec![NULL]].concat();
    let key = [&key[..13], &[0xC0], &key[14..]].concat();
    assert_eq!(read(&key), Err(TapeError(13)));
    // The reader reads it as "" (an unknown member), and `finish` then refuses the tape.
    let tape = Tape::new(&key).unwrap();
    let first = &check_source(tape.root()).issues[0];
    assert_eq!(
        (first.path.text(), first.code),
        ("".into(), Code::UnknownField)
    );
    assert_eq!(tape.finish(), Err(TapeError(13)));
}

#[test]
fn nesting_is_bounded() {
    let nested = |levels: usize| {
        let mut tape = vec![NULL];
        for _ in 0..levels {
            tape = [header(ARRAY, 1, tape.len() as u32), tape].concat();
        }
        tape
    };
    assert!(read(&nested(MAX_DEPTH + 1)).is_ok());
    assert_eq!(
        read(&nested(MAX_DEPTH + 2)),
        Err(TapeError(9 * (MAX_DEPTH + 1)))
    );
    let deep = vec![ARRAY; 100_000];
    assert!(read(&deep).is_err());
}

/// The JS face reads the tape where it lies; what it finds is what [`check`] finds in the tree:
/// every public vector and every input of the core's snapshot (tests/snapshot.rs).
#[test]
fn the_tape_checks_as_the_tree() {
    let inputs = snapshot_inputs::inputs();
    assert!(inputs.len() > 300, "{}", inputs.len());
    for (case, json) in inputs {
        let value: Value = serde_json::from_value(json).unwrap();
        let bytes = write(&value);
        assert_eq!(read(&bytes).as_ref(), Ok(&value), "{case}");
        let tape = Tape::new(&bytes).unwrap();
        assert_eq!(check_source(tape.root()), check(&value), "{case}");
        assert_eq!(tape.finish(), Ok(()));
    }
}

#[path = "../../tests/common/snapshot_inputs.rs"]
mod snapshot_inputs;

/// The fuzz target's seeds (fuzz/seeds/tape.py, a second writer) are tapes as [`write`] makes
/// them.
#[test]
fn the_fuzz_seeds_are_tapes() {
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../fuzz/seeds/tape");
    for (n, (input, _)) in snapshot_inputs::vectors().into_iter().enumerate() {
        let seed = std::fs::read(format!("{seeds}/vector-{n:02}.tape")).unwrap();
        let value: Value = serde_json::from_value(input).unwrap();
        assert_eq!(seed, write(&value), "vector {n}");
    }
    for seed in std::fs::read_dir(seeds).unwrap() {
        let seed = std::fs::read(seed.unwrap().path()).unwrap();
        assert!(read(&seed).is_ok());
    }
}
