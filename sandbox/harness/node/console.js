'use strict';
// JavaScript console of the sandbox protocol (docs/sandbox-protocol.md, "Console containers").
//
// Run as `node /opt/harness/node/console.js` inside a sandbox container. It reads one `eval` per line from stdin and
// answers one `evaluated` line each on the real stdout. Every snippet runs as a script in the same vm context, so
// `var`, `let`, `const`, functions and classes carry over as in Node's REPL, and the snippet's completion value is
// shown as the REPL shows it (util.inspect; `undefined` too).
//
// What a snippet prints (console.*, process.stdout/stderr, descriptors 1/2) is captured, never written to the
// protocol. Printing more than 64 KiB through console answers for the snippet with `outputLimit` and ends the process
// (the judge starts the session again), so no try/catch in the snippet can keep a flood going.

const fs = require('fs');
const util = require('util');
const vm = require('vm');
const { Console } = require('console');
const { Writable } = require('stream');

const PROTOCOL_VERSION = 3; // the same in harness.py, harness.js and console.py
const SNIPPET_FILE = 'console';
const CAPTURE_LIMIT = 64 * 1024;
const VALUE_LIMIT = 8 * 1024;
const OUTPUT_LIMIT_MESSAGE = 'OutputLimit: the snippet printed more than 64 KiB.';

// The real stdin/stdout on private descriptors; 0 becomes /dev/null, 1 and 2 an unlinked capture file.
function reopen(fd, flags) {
  return fs.openSync(`/proc/self/fd/${fd}`, flags);
}
const protoIn = reopen(0, 'r');
const protoOut = reopen(1, 'w');
const diag = reopen(2, 'w');
const capturePath = `/tmp/.console-capture-${process.pid}`;
function replaceFd(fd, file, flags) {
  fs.closeSync(fd);
  const got = fs.openSync(file, flags, 0o600);
  if (got !== fd) throw new Error(`could not take over descriptor ${fd} (got ${got})`);
}
replaceFd(0, '/dev/null', 'r');
replaceFd(1, capturePath, 'a+');
replaceFd(2, capturePath, 'a');
fs.unlinkSync(capturePath);

function writeAll(fd, text) {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
}

let current = null; // {id, nonce} of the snippet running now
let captured = [];
let capturedBytes = 0;

function send(obj) {
  writeAll(protoOut, JSON.stringify(obj) + '\n');
}

function fdOutput() {
  const size = fs.fstatSync(1).size;
  if (!size) return ['', false];
  const buf = Buffer.alloc(Math.min(size, CAPTURE_LIMIT));
  fs.readSync(1, buf, 0, buf.length, 0);
  fs.ftruncateSync(1, 0);
  return [buf.toString('utf8'), size > CAPTURE_LIMIT];
}

function take() {
  const text = captured.join('');
  captured = [];
  capturedBytes = 0;
  return text;
}

function limitExit() {
  if (current) {
    const out = Buffer.from(take() + fdOutput()[0], 'utf8').subarray(0, CAPTURE_LIMIT).toString('utf8');
    send({ type: 'evaluated', id: current.id, nonce: current.nonce, stdout: out, error: OUTPUT_LIMIT_MESSAGE, outputLimit: true });
  }
  process.reallyExit(0);
}

const sink = new Writable({
  write(chunk, encoding, done) {
    const text = chunk.toString('utf8');
    captured.push(text);
    capturedBytes += Buffer.byteLength(text);
    if (capturedBytes > CAPTURE_LIMIT) limitExit();
    done();
  },
});
// Writes reach `sink` synchronously: a console of our own over it, and the process streams pointed at it.
const snippetConsole = new Console({ stdout: sink, stderr: sink, colorMode: false });
for (const stream of [process.stdout, process.stderr]) {
  stream.write = (chunk, encoding, cb) => {
    sink.write(typeof chunk === 'string' ? chunk : Buffer.from(chunk));
    if (typeof encoding === 'function') encoding();
    else if (typeof cb === 'function') cb();
    return true;
  };
}

// The snippets' global object: Node's usual globals, with require resolving from /tmp.
const context = vm.createContext({
  console: snippetConsole,
  require: require('module').createRequire('/tmp/console.js'),
  process,
  Buffer,
  setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate, queueMicrotask,
  structuredClone, TextEncoder, TextDecoder, URL, URLSearchParams, atob, btoa,
});

function lineOf(e) {
  const stack = e && typeof e === 'object' && typeof e.stack === 'string' ? e.stack : '';
  const m = stack.match(new RegExp(`${SNIPPET_FILE}:(\\d+)`));
  return m ? Number(m[1]) : null;
}

function shown(value) {
  const text = util.inspect(value, { colors: false, depth: 4, maxArrayLength: 100, maxStringLength: VALUE_LIMIT });
  return text.length <= VALUE_LIMIT ? text : text.slice(0, VALUE_LIMIT) + '...';
}

function evaluate(code, into = context) {
  try {
    const value = new vm.Script(code, { filename: SNIPPET_FILE }).runInContext(into, { displayErrors: false });
    return { value: shown(value) };
  } catch (e) {
    const error = e instanceof Error || (e && typeof e === 'object' && 'message' in e)
      ? `${e.name || 'Error'}: ${e.message}`
      : `Uncaught ${shown(e)}`;
    return { error: error.slice(0, VALUE_LIMIT), line: lineOf(e) };
  }
}

function* lines() {
  const buf = Buffer.alloc(1 << 16);
  let pending = Buffer.alloc(0);
  for (;;) {
    let n;
    try {
      n = fs.readSync(protoIn, buf, 0, buf.length, null);
    } catch (e) {
      if (e.code === 'EAGAIN') continue;
      if (e.code === 'EOF') return;
      throw e;
    }
    if (n === 0) return;
    pending = Buffer.concat([pending, buf.subarray(0, n)]);
    let nl;
    while ((nl = pending.indexOf(10)) >= 0) {
      const line = pending.subarray(0, nl).toString('utf8');
      pending = pending.subarray(nl + 1);
      if (line.trim()) yield line;
    }
  }
}

function serve() {
  for (const line of lines()) {
    let request;
    try {
      request = JSON.parse(line);
      if (request.type !== 'eval' || !Number.isInteger(request.id) || typeof request.code !== 'string') {
        throw new Error('expected an eval with an integer id and a string code');
      }
    } catch (e) {
      send({ type: 'error', message: `Malformed request: ${e.message}` });
      continue;
    }
    take();
    fdOutput();
    current = { id: request.id, nonce: request.nonce };
    const result = evaluate(request.code);
    const [fdText, cut] = fdOutput();
    send({ type: 'evaluated', id: current.id, nonce: current.nonce, stdout: take() + fdText, outputLimit: cut, ...result });
    current = null;
  }
}

try {
  // Warm-up in a context of its own: the snippets' context starts empty.
  const warm = vm.createContext({ console: snippetConsole });
  for (const snippet of ['const xs = [3, 1, 2].sort((a, b) => a - b); xs', 'undefinedName', 'console.log("x"); new Map([[1, 2]])']) {
    evaluate(snippet, warm);
  }
  take();
  fdOutput();
  send({ type: 'ready', protocol: PROTOCOL_VERSION });
  serve();
} catch (e) {
  writeAll(diag, `console failed: ${e && e.stack}\n`);
}
process.reallyExit(0);
