// Generated from the member table in src/model.rs by tests/generated.rs: do not edit.
// `UPDATE_GENERATED=1 cargo test --test generated` writes it again.
//
// The AWS model of RegisterImage this release knows (src/model.rs AWS_MODEL): botocore's EC2 model
// and @aws-sdk/client-ec2, whose bodies the tests compare with. A value outside its lists is a
// warning, since AWS may have added it.
export const AWS_MODEL = Object.freeze({ botocore: "1.44.8", botocoreDate: "2026-11-20", sdk: "3.1178.0", sdkDate: "2026-11-25" });
