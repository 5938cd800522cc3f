// moto's EC2 server (PyPI `moto[server]`, installed by `scripts/setup.sh moto`) on a free port of
// 127.0.0.1, in its own process group (so moto and what its launcher started, a pyenv shim say,
// stop together), stopped by its own PID. Used by moto.test.mjs and readme.test.mjs.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";

function motoCommand() {
  for (const [cmd, args] of [["moto_server", []], ["python3", ["-m", "moto.server"]]]) {
    const probe = spawnSync(cmd, [...args, "--help"], { encoding: "utf8", timeout: 30_000 });
    if (probe.status === 0 && /--port|-p PORT/.test(probe.stdout)) return [cmd, args];
  }
  return undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts moto; resolves to `{ origin, log, stop }` once it answers. */
export async function startMoto() {
  const command = motoCommand();
  if (!command) assert.fail("moto (PyPI moto[server]) is not installed: run scripts/setup.sh moto (make setup-moto)");
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const [cmd, args] = command;
  const moto = spawn(cmd, [...args, "-H", "127.0.0.1", "-p", String(port)], { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const log = [];
  for (const stream of [moto.stdout, moto.stderr]) stream.on("data", (d) => log.push(String(d)));
  const exit = new Promise((resolve) => moto.once("exit", (code, signal) => resolve({ code, signal })));
  let exited;
  exit.then((e) => (exited = e));
  const stop = async () => {
    if (moto.exitCode !== null || moto.signalCode !== null) return;
    const signal = (s) => {
      try {
        process.kill(-moto.pid, s);
      } catch {
        moto.kill(s);
      }
    };
    signal("SIGTERM");
    if (!(await Promise.race([exit, new Promise((r) => setTimeout(() => r(undefined), 5000))]))) signal("SIGKILL");
    await exit;
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) assert.fail(`moto exited (${JSON.stringify(exited)}) before answering:\n${log.join("")}`);
    try {
      if ((await fetch(`${origin}/moto-api/`, { signal: AbortSignal.timeout(1000) })).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      assert.fail(`moto did not answer on ${origin} within 30 s:\n${log.join("")}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { origin, log, stop };
}
