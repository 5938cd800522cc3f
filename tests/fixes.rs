//! The fixes repair what they claim to, and only that: inputs generated from the member table
//! (so a new member is covered without a change here), with mistakes injected that have a sure
//! repair, come back from `apply_fixes` exactly as they were before the mistakes; what is left
//! are the generated input's own issues, none of them fixable; the mistaken input is unchanged.
#![cfg(not(target_arch = "wasm32"))]

use ec2_register_image::*;
use proptest::collection::vec;
use proptest::option::of;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z0-9 ./:_-]{0,12}",
        1 => any::<String>(),
    ]
}

/// A value of a member of type `ty`, as JSON would give it: enumerations hold an allowed value.
fn value_of(ty: Type) -> BoxedStrategy<Value> {
    match ty {
        Type::String => text().prop_map(Value::String).boxed(),
        Type::Enum { values, .. } => prop::sample::select(values)
            .prop_map(|v| Value::String(v.into()))
            .boxed(),
        Type::Integer => prop_oneof![any::<i32>(), 0..20_000]
            .prop_map(|n| Value::Number(n.into()))
            .boxed(),
        Type::Boolean => any::<bool>().prop_map(Value::Bool).boxed(),
        Type::Struct(shape) => object(shape),
        Type::Strings => vec(text().prop_map(Value::String), 0..3)
            .prop_map(Value::Array)
            .boxed(),
        Type::Structs(shape) => vec(object(shape), 0..3).prop_map(Value::Array).boxed(),
        other => unreachable!("a new kind of member, {other:?}: give it values here"),
    }
}

/// An object of `shape` with any of its members.
fn object(shape: &'static Shape) -> BoxedStrategy<Value> {
    let members: Vec<_> = shape.members.iter().map(|m| of(value_of(m.ty))).collect();
    members
        .prop_map(move |values| {
            let entries = shape.members.iter().zip(values);
            Value::Object(
                entries
                    .filter_map(|(m, v)| v.map(|v| (m.name.to_string(), v)))
                    .collect(),
            )
        })
        .boxed()
}

/// Makes mistakes with a sure repair in `value` (an object of `shape`), one `pick` per member:
/// 0-4 none, 5-6 the value's (an enumeration value in upper case or with spaces, a whole number
/// or a boolean as a string), 7 the key's (a lower-case first letter, or a plural without its
/// `s`; nothing under a misspelt key is changed, since it is not read). Returns how many.
fn inject(value: &mut Value, shape: &'static Shape, picks: &mut impl Iterator<Item = u8>) -> usize {
    let Value::Object(entries) = value else {
        return 0;
    };
    let mut made = 0;
    for (key, v) in entries.iter_mut() {
        let Some((_, member)) = shape.member(key) else {
            continue;
        };
        let pick = picks.next().unwrap_or(0);
        if pick == 7 {
            let slip = match key.strip_suffix('s') {
                Some(singular) if made % 2 == 0 => singular.to_string(),
                _ => key[..1].to_lowercase() + &key[1..],
            };
            if slip != *key {
                *key = slip;
                made += 1;
                continue;
            }
        }
        let spaced = pick == 6;
        let before = v.clone();
        match (member.ty, &mut *v) {
            (Type::Enum { .. }, Value::String(s)) if pick >= 5 => {
                *s = if spaced {
                    format!(" {s}\t")
                } else {
                    s.to_uppercase()
                }
            }
            (Type::Integer, Value::Number(n)) if pick >= 5 && *n >= 0.0 => {
                let digits = (*n as i64).to_string();
                *v = Value::String(if spaced {
                    format!(" {digits} ")
                } else {
                    digits
                });
            }
            (Type::Boolean, Value::Bool(b)) if pick >= 5 => {
                let word = b.to_string();
                *v = Value::String(if spaced { word.to_uppercase() } else { word });
            }
            (Type::Struct(s), v) => made += inject(v, s, picks),
            (Type::Structs(s), Value::Array(items)) => {
                for item in items {
                    made += inject(item, s, picks);
                }
            }
            _ => {}
        }
        if !matches!(member.ty, Type::Struct(_) | Type::Structs(_)) && *v != before {
            made += 1;
        }
    }
    made
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn applying_the_fixes_undoes_the_mistakes_and_leaves_only_unfixable_issues(
        clean in object(&RegisterImageInput::SHAPE),
        picks in vec(0u8..8, 0..60),
    ) {
        let mut mistaken = clean.clone();
        let made = inject(&mut mistaken, &RegisterImageInput::SHAPE, &mut picks.into_iter());
        let given = mistaken.clone();
        let issues = check(&mistaken).issues;
        // One fixable issue per mistake.
        prop_assert_eq!(issues.iter().filter(|i| i.fix.is_some()).count(), made, "{:?}", issues);

        let fixed = apply_fixes(&mistaken, &issues);
        prop_assert_eq!(&mistaken, &given, "the input given is not changed");
        prop_assert_eq!(&fixed, &clean);
        // What is left: the clean input's own issues, none of them fixable; so no error was added.
        let left = check(&fixed).issues;
        prop_assert_eq!(&left, &check(&clean).issues);
        prop_assert!(left.iter().all(|i| i.fix.is_none()), "{:?}", left);
    }
}
