// The benchmark inputs, shared with `cargo bench` (benches/encode.rs): bench/inputs.json.
//  - small: Name, RootDeviceName and one EBS mapping.
//  - large: every RegisterImage member; 8 block device mappings (gp3/io2 EBS, instance store,
//    NoDevice), 10 tags, 4,096 characters of standard Base64 UefiData, 2 billing products.
// Both are valid per the EC2 documentation (no KmsKeyId, Encrypted only on empty volumes).
import { readFileSync } from "node:fs";

const inputs = JSON.parse(readFileSync(new URL("./inputs.json", import.meta.url), "utf8"));
export const small = inputs.small;
export const large = inputs.large;
