//! `cargo bench`: read + validate + encode of the small and large benchmark inputs
//! (bench/inputs.json), and each step alone. Median of several timed runs after a warm-up.
//! The comparison with the AWS SDK is `node bench/bench.mjs` (one process, same inputs).

use ec2_register_image::{check, encode_unchecked, validate, Options, Value};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn median_ns(mut f: impl FnMut()) -> f64 {
    // Warm up, then calibrate a batch to ~100 ms, then take the median of 7 batches.
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(100) {
        f();
    }
    let mut iters = 1u64;
    loop {
        let t = Instant::now();
        for _ in 0..iters {
            f();
        }
        if t.elapsed() >= Duration::from_millis(100) {
            break;
        }
        iters *= 2;
    }
    let mut samples: Vec<f64> = (0..7)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..iters {
                f();
            }
            t.elapsed().as_nanos() as f64 / iters as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[3]
}

fn main() {
    let inputs: Value =
        serde_json::from_str(include_str!("../bench/inputs.json")).expect("inputs.json");
    let Value::Object(inputs) = inputs else {
        panic!("inputs.json is an object")
    };
    for (name, value) in &inputs {
        let json = serde_json::to_string(
            &serde_json::from_str::<serde_json::Value>(include_str!("../bench/inputs.json"))
                .unwrap()[name],
        )
        .unwrap();
        let checked = check(value);
        assert!(checked.issues.is_empty(), "{name}: {:?}", checked.issues);
        let input = checked.input.clone();
        let body = encode_unchecked(&input);
        let report = |step: &str, ns: f64| println!("{name:>5} {step:<34} {ns:>10.0} ns/op");
        report(
            "serde_json + check + encode (all)",
            median_ns(|| {
                let value: Value = serde_json::from_str(black_box(&json)).unwrap();
                black_box(check(&value).into_body(Options::default()).unwrap());
            }),
        );
        report(
            "serde_json into Value",
            median_ns(|| {
                black_box(serde_json::from_str::<Value>(black_box(&json)).unwrap());
            }),
        );
        report(
            "check (read + validate)",
            median_ns(|| {
                black_box(check(black_box(value)));
            }),
        );
        report(
            "validate",
            median_ns(|| {
                black_box(validate(black_box(&input)));
            }),
        );
        report(
            &format!("encode ({} B body)", body.len()),
            median_ns(|| {
                black_box(encode_unchecked(black_box(&input)));
            }),
        );
    }
}
