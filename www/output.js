// What the page shows for an input: the body one parameter per line, and the snippets.

import { h } from "./dom.js";

/**
 * The body's parameters, decoded for reading: `[[name, value]]`. The body is the library's
 * (only `A-Z a-z 0-9 - _ . ~` literal, space as `%20`), so every part decodes.
 */
export function parameters(body) {
  return body.split("&").map((pair) => {
    const at = pair.indexOf("=");
    return [decodeURIComponent(pair.slice(0, at)), decodeURIComponent(pair.slice(at + 1))];
  });
}

/** One line (a block) per parameter, `name = value`, control characters made visible. */
export function bodyLines(body) {
  return parameters(body).map(([name, value]) =>
    h("span", { class: "line" }, h("span", { class: "name" }, name), " = ", value === "" ? h("span", { class: "empty" }, "(empty)") : h("span", { class: "value" }, visible(value))),
  );
}

// A newline or tab inside a value would break "one parameter per line".
function visible(text) {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => ({ "\n": "\\n", "\r": "\\r", "\t": "\\t" })[c] ?? `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** A Cloudflare Worker that sends this input with aws4fetch. */
export function workerSnippet(input, region) {
  const json = JSON.stringify(input, null, 2);
  return `// A Cloudflare Worker that registers this AMI: npm install aws4fetch ec2-register-image
import { AwsClient } from "aws4fetch";
import { buildRequest, RegisterImageValidationError } from "ec2-register-image";

const input = ${json};

export default {
  async fetch(request, env) {
    const aws = new AwsClient({
      accessKeyId: env.AWS_ACCESS_KEY_ID,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
      service: "ec2",
      region: ${JSON.stringify(region)},
    });
    try {
      const { url, ...init } = buildRequest(input, { region: ${JSON.stringify(region)} });
      return await aws.fetch(url, init); // EC2's XML reply, with the new imageId
    } catch (e) {
      if (e instanceof RegisterImageValidationError) return Response.json(e.issues, { status: 400 });
      throw e;
    }
  },
};
`;
}

/** The same call with the AWS CLI, the input quoted for a POSIX shell. */
export function cliSnippet(input, region) {
  return `aws ec2 register-image --region ${region} --cli-input-json ${shellQuote(JSON.stringify(input))}`;
}

// Single quotes keep everything literal in sh, bash and zsh; a ' itself ends the quote, is
// escaped, and reopens it.
function shellQuote(text) {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
