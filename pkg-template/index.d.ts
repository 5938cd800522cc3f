// Types for ec2-register-image: the API (functions, options, Issue, errors). The input's member
// types are in input.d.ts, re-exported here; an SDK `RegisterImageCommandInput` can be passed as it is.
// `make pkg` also ships this file as index.d.cts (for `require`), importing input.d.cts.

import type { RegisterImageInput } from "./input.js";
export * from "./input.js";

/** Stable issue codes. */
export type IssueCode =
  | "Required"
  | "TooShort"
  | "TooLong"
  | "InvalidCharacter"
  | "NotAllowedValue"
  | "OutOfRange"
  | "UnknownField"
  | "WrongType"
  | "Conflict"
  | "Duplicate"
  | "InvalidBase64"
  | "Malformed"
  | "TooMany"
  | "NotSupported";

/** The codes whose issues can carry a `fix`. */
export type FixableCode = "NotAllowedValue" | "WrongType" | "UnknownField";

/** Put `replace` in place of the value at the issue's path. */
export interface ReplaceFix<Value extends string | number | boolean = string | number | boolean> {
  replace: Value;
}

/** Rename the key at the issue's path (an unknown member) to the member `rename`. */
export interface RenameFix {
  rename: string;
}

/** The one change that surely repairs an issue; `applyFixes` makes it. */
export type Fix = ReplaceFix | RenameFix;

/** What every issue has, with its code. */
export interface IssueOf<Code extends IssueCode = IssueCode> {
  /** `BlockDeviceMappings[0].Ebs.Iops`; `""` for the input itself. */
  path: string;
  /**
   * The same place as its keys and indexes: `["BlockDeviceMappings", 0, "Ebs", "Iops"]`; `[]` for
   * the input itself. What Standard Schema and form libraries take; no need to parse `path`.
   */
  keys: (string | number)[];
  code: Code;
  message: string;
  /** `error` breaks the documented contract; `warning` is a service limit or advice. */
  severity: "error" | "warning";
  /** The AWS documentation of the member or the rule: an https URL on docs.aws.amazon.com. */
  docs: string;
}

/**
 * One problem, at a path such as `BlockDeviceMappings[0].Ebs.Iops` (`""` for the input itself).
 * Three codes can carry a `fix`, present only when exactly one change surely repairs the issue:
 * `NotAllowedValue` an enumeration value in another case, with another separator or with spaces
 * around it (`{ replace: "x86_64" }`), `WrongType` a whole number or a boolean given as a string
 * (`{ replace: 8 }`, `{ replace: true }`), `UnknownField` a key that means one member
 * (`{ rename: "BlockDeviceMappings" }`).
 */
export type Issue =
  | (IssueOf<"NotAllowedValue"> & { fix?: ReplaceFix<string> })
  | (IssueOf<"WrongType"> & { fix?: ReplaceFix<number | boolean> })
  | (IssueOf<"UnknownField"> & { fix?: RenameFix })
  | (IssueOf<Exclude<IssueCode, FixableCode>> & { fix?: undefined });

/** Options of `validate`. */
export interface ValidateOptions {
  /**
   * Each issue's `path` as its keys (`["BlockDeviceMappings", 0, "Ebs", "Iops"]`), not as text:
   * the older form of `keys`, which every issue has.
   */
  pathKeys?: boolean;
  /**
   * Reads form values: a member set to `""` (an empty field, an unset select) is absent, and a
   * string of digits where a whole number goes (`"8"`) is that number; nothing else is converted.
   * The issues are those of the input so read, which the returned array holds as `value`.
   */
  form?: boolean;
}

/** Options of `createRegisterImageSchema`. */
export interface SchemaOptions {
  /** Reads form values as `validate`'s `form` option does; the schema's `value` is the input read. */
  form?: boolean;
  /** Warnings fail too, so that a form shows them beside their fields (and does not submit). */
  strict?: boolean;
}

/** An issue whose `path` is its list of keys: what `validate(input, { pathKeys: true })` gives. */
export type KeyedIssue = Issue extends infer I ? (I extends Issue ? Omit<I, "path"> & { path: (string | number)[] } : never) : never;

/** Endpoint variants, as the AWS SDK's `useFipsEndpoint` and `useDualstackEndpoint`. */
export interface EndpointOptions {
  /** A FIPS 140 endpoint (`ec2-fips.…`; in GovCloud the regular endpoint, which is FIPS). */
  fips?: boolean;
  /** A dual-stack IPv4/IPv6 endpoint (`….api.aws`). */
  dualStack?: boolean;
}

/** Options of `buildRequest`. */
export interface BuildRequestOptions extends EndpointOptions {
  /** Gives the request a `url`, as `endpointFor(region, options)`. */
  region?: string;
  /** Warnings block too. */
  strict?: boolean;
}

/** A request ready to sign (SigV4, service `ec2`) and send. */
export interface RegisterImageRequest {
  /** Present when a `region` was given. */
  url?: string;
  method: "POST";
  headers: { "content-type": "application/x-www-form-urlencoded" };
  body: string;
}

/** Same, when a region was given. */
export type RegisterImageRequestWithUrl = RegisterImageRequest & { url: string };

/** The EC2 API version: `"2016-11-15"`. */
export declare const API_VERSION: "2016-11-15";

/**
 * The AWS model of RegisterImage this release knows: botocore's EC2 model and the
 * `@aws-sdk/client-ec2` whose bodies it matches, with their release dates (YYYY-MM-DD). A value
 * outside its lists is a warning (AWS may have added it), not an error.
 */
export declare const AWS_MODEL: Readonly<{ botocore: string; botocoreDate: string; sdk: string; sdkDate: string }>;

/** Every issue of `input` (any value), in one call; an empty array when all is well. */
export declare function validate(input: unknown, options: ValidateOptions & { pathKeys: true }): KeyedIssue[];
/** With `form: true`: the issues, and as `value` the input the form values were read as. */
export declare function validate(input: unknown, options: ValidateOptions & { form: true }): Issue[] & { value: unknown };
export declare function validate(input: unknown, options?: ValidateOptions): Issue[];

/**
 * `input` with the fix of every issue in `issues` made (default: every fix `validate(input)`
 * offers). A new value: `input` is never changed, and what no fix touches is shared, not copied
 * (with no fix to make, that is `input` itself).
 * Fixing never adds an error of its own; a member a fix makes readable is then checked by the
 * rules it escaped (`"IO1"` fixed to `"io1"` needs `Iops`), and a renamed member's value may have
 * fixes of its own: call again until `validate` offers none.
 */
export declare function applyFixes<Input>(input: Input, issues?: readonly Issue[]): Input;

/**
 * Validates and encodes. Throws `RegisterImageValidationError` when an error (or, with
 * `strict`, a warning) is found: an input with an error never yields a body.
 */
export declare function buildRequest(
  input: RegisterImageInput,
  options: BuildRequestOptions & { region: string },
): RegisterImageRequestWithUrl;
export declare function buildRequest(input: RegisterImageInput, options?: BuildRequestOptions): RegisterImageRequest;

/**
 * The EC2 endpoint URL for `region` as the AWS SDK resolves it, with a trailing `/`:
 * `https://ec2.us-east-1.amazonaws.com/`, `https://ec2.cn-north-1.amazonaws.com.cn/`, … Throws
 * a TypeError for a string that is not a region name.
 */
export declare function endpointFor(region: string, options?: EndpointOptions): string;

/**
 * The input a RegisterImage request body (`application/x-www-form-urlencoded`) holds, in the AWS
 * SDK's shape: what a gateway in front of EC2 receives from the AWS CLI, an SDK or a script. Any
 * parameter order; `+` and `%20` are both a space; numbers and booleans typed. Throws
 * `RegisterImageValidationError` when the body is not a RegisterImage 2016-11-15 request, has
 * unknown parameters, list indexes that are zero, repeated or not contiguous, broken
 * percent-escapes or values of the wrong type; each issue's `path` is the body parameter
 * (`BlockDeviceMapping.1.Ebs.Iops`). The documented rules are not checked: pass the result to
 * `validate` or `buildRequest`.
 */
export declare function parseBody(body: string): RegisterImageInput;

/** EC2's reply to RegisterImage, read by `parseResponse`. */
export type RegisterImageReply =
  | { ok: true; ImageId: string; RequestId?: string }
  | { ok: false; Errors: { Code: string; Message: string }[]; RequestId?: string };

/**
 * Reads EC2's reply to RegisterImage (the HTTP response body, success or error; no DOMParser
 * needed). A `DryRun` that would have succeeded is `{ ok: false, Errors: [{ Code: "DryRunOperation", ... }] }`.
 * Throws an Error for a body that is neither.
 */
export declare function parseResponse(xml: string): RegisterImageReply;

/** The Standard Schema v1 interface (https://standardschema.dev), as `@standard-schema/spec` types it. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}
/** A Standard Schema result. */
export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | {
      readonly issues: ReadonlyArray<{
        readonly message: string;
        readonly path?: ReadonlyArray<PropertyKey> | undefined;
        /** The issue's code and severity, beyond the Standard Schema (a strict schema's warnings). */
        readonly code?: IssueCode;
        readonly severity?: "error" | "warning";
      }>;
    };

/**
 * For form libraries that speak Standard Schema (TanStack Form, react-hook-form's resolver, ...):
 * `{ value }` when the input has no error, else `{ issues: [{ message, path, code, severity }] }`
 * with `path` as keys and indexes (`["BlockDeviceMappings", 0, "Ebs", "Iops"]`). Warnings do not
 * fail it.
 * Synchronous.
 */
export declare const registerImageSchema: StandardSchemaV1<RegisterImageInput, RegisterImageInput>;

/**
 * A Standard Schema as `registerImageSchema`, with options: `form: true` reads form values
 * (`""` absent, `"8"` the number 8) and gives the input read as `value`; `strict: true` fails on
 * warnings too. `Input` is the form's values type.
 */
export declare function createRegisterImageSchema<Input = RegisterImageInput>(options?: SchemaOptions): StandardSchemaV1<Input, RegisterImageInput>;

/** Thrown by `buildRequest`; `issues` holds every issue found. */
export declare class RegisterImageValidationError extends Error {
  readonly name: "RegisterImageValidationError";
  readonly issues: Issue[];
  constructor(message: string, issues: Issue[]);
}
