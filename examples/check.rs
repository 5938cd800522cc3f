//! Checks a RegisterImage input given as JSON on standard input and prints the issues and body.
//!
//! ```sh
//! echo '{"Name": "my-ami", "ImageLocation": "bucket/image.manifest.xml"}' | cargo run --example check
//! ```

use ec2_register_image::{check, Options, Value};
use std::io::Read;

fn main() {
    let mut json = String::new();
    std::io::stdin()
        .read_to_string(&mut json)
        .expect("read standard input");
    let value: Value = match serde_json::from_str(&json) {
        Ok(value) => value,
        Err(e) => {
            eprintln!("not JSON: {e}");
            std::process::exit(2);
        }
    };
    let checked = check(&value);
    for issue in &checked.issues {
        println!("{} {issue}", issue.severity);
    }
    match checked.into_body(Options::default()) {
        Ok(body) => println!("{body}"),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
