// Reference encoder: the EC2 Query body that @aws-sdk/client-ec2 sends for
// RegisterImage, computed by the SDK itself without any network.
//
// How the client builds the body (client-ec2 3.1169.0, @aws-sdk/core 3.981.x,
// @smithy/core 3.41.x):
//   schemaSerializationMiddleware (@smithy/core/schema)
//     -> config.protocol.serializeRequest(RegisterImage$, input, ctx)
//        config.protocol = new AwsEc2QueryProtocol(protocolSettings), built by
//        the smithy Client constructor; its serdeContext is set to the client
//        config by getSchemaSerdePlugin.
//     -> AwsQueryProtocol.serializeRequest (@aws-sdk/core/protocols)
//        -> RpcProtocol.serializeRequest (@smithy/core/protocols):
//             serializer.write(RegisterImageRequest$, input); body = serializer.flush()
//           (the only async work there is `await context.endpoint()`, which
//            does not affect the body)
//        -> body = `Action=RegisterImage&Version=2016-11-15` + body
//
// sdkBody() takes exactly those steps synchronously, on the very protocol
// object (and serializer / serdeContext) a real EC2Client creates.
// sdkBodyViaClient() runs a whole EC2Client + RegisterImageCommand and captures
// the body at the request handler, i.e. what would go over the wire.

import {
  EC2Client,
  RegisterImageCommand,
  RegisterImage$,
  RegisterImageRequest$,
} from "@aws-sdk/client-ec2";

const FAKE_CREDENTIALS = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
};

// ---------------------------------------------------------------------------
// Fast path: the SDK's own QueryShapeSerializer, synchronously.
// ---------------------------------------------------------------------------

// A client is only constructed (never used to send): this gives us the exact
// AwsEc2QueryProtocol instance with the client's protocolSettings and serde
// context. Construction does no I/O.
const serdeClient = new EC2Client({ region: "us-east-1", credentials: FAKE_CREDENTIALS });
const protocol = serdeClient.config.protocol;
const serializer = protocol.serializer;
if (protocol.getShapeId() !== "aws.protocols#ec2Query" || typeof serializer?.write !== "function") {
  throw new Error("sdk.mjs: unexpected protocol object on EC2Client.config.protocol");
}
// Same as AwsQueryProtocol.serializeRequest: operationSchema.name is "RegisterImage".
const ACTION = RegisterImage$[2];
const PREFIX = `Action=${ACTION}&Version=${protocol.options.version}`;

/**
 * Synchronous. Returns the request body string @aws-sdk/client-ec2 sends for
 * `new RegisterImageCommand(input)`.
 */
export function sdkBody(input) {
  // RpcProtocol.serializeRequest: non-objects are treated as {}.
  const obj = input && typeof input === "object" ? input : {};
  let payload;
  try {
    serializer.write(RegisterImageRequest$, obj);
    payload = serializer.flush();
  } catch (e) {
    // The SDK leaves a half-written buffer behind on a throw; clear it so one
    // bad input cannot leak into the next call of this harness.
    delete serializer.buffer;
    throw e;
  }
  // AwsQueryProtocol.serializeRequest, verbatim (including its dead `&` branch).
  let body = PREFIX + (payload || "");
  if (body.endsWith("&")) {
    body = body.slice(-1);
  }
  return body;
}

// ---------------------------------------------------------------------------
// Slow, certainly-faithful path: a real client and command.
// ---------------------------------------------------------------------------

const CAPTURED = Symbol("sdk.mjs captured request");

// A requestHandler that records the fully built (serialized, signed) request
// and aborts before any socket is opened.
const capturingHandler = {
  metadata: { handlerProtocol: "capture" },
  async handle(request) {
    const err = new Error("sdk.mjs: request captured, network aborted");
    err[CAPTURED] = request;
    throw err;
  },
  updateHttpClientConfig() {},
  httpHandlerConfigs() {
    return {};
  },
  destroy() {},
};

const newSendClient = () =>
  new EC2Client({
    region: "us-east-1",
    credentials: FAKE_CREDENTIALS,
    requestHandler: capturingHandler,
    maxAttempts: 1,
  });
let sendClient = newSendClient();

/** Async. Returns the full captured HttpRequest (signed, as it would be sent). */
export async function sdkRequestViaClient(input) {
  try {
    await sendClient.send(new RegisterImageCommand(input));
  } catch (e) {
    if (e && e[CAPTURED]) return e[CAPTURED];
    // SDK quirk: a serializer exception (e.g. URIError on a lone surrogate)
    // leaves a partial buffer in the client's shared QueryShapeSerializer, and
    // the client's NEXT request body would start with it. Start over with a
    // pristine client so later calls stay faithful to a fresh EC2Client.
    sendClient = newSendClient();
    throw e;
  }
  throw new Error("sdk.mjs: request unexpectedly completed");
}

/** Async. Body of the request a real EC2Client would send. */
export async function sdkBodyViaClient(input) {
  const req = await sdkRequestViaClient(input);
  return req.body;
}
