// `ec2-register-image/streaming` has the same API as the package's main entry.
export * from "./index.js";
