'use strict';
// JavaScript runner of the sandbox protocol (docs/sandbox-protocol.md).
//
// Run as `node /opt/harness/node/harness.js` inside the sandbox container. It reads one JSON message per line from
// stdin (`load`, then `test`s) and answers one JSON line each on the real stdout.
//
// Layout:
// - The main thread only sets up the descriptors and supervises: it re-opens the real stdin/stdout/stderr on
//   private descriptors (/proc/self/fd/N), then points descriptors 0 at /dev/null and 1 and 2 at an anonymous capture
//   file (Node has no dup2: close(1) + open() takes the lowest free descriptor). Then it starts a worker thread,
//   reads the judge's lines and hands them to the worker (so no line is lost with a worker that dies).
// - The worker thread speaks the protocol and runs the submission. A worker is used because its stack and heap
//   are configurable from inside: a 64 MiB stack (depth-10^4 recursion passes, endless recursion ends in
//   RangeError = StackOverflow) and, under a container memory limit, a heap limit below it, so running out of heap
//   is reported as MemoryError (the worker dies; the main thread reports the result and starts a fresh worker
//   that reloads the submission) instead of the kernel killing the container.
// - Function problems: the code runs with vm.Script (filename solution.js) in the worker's own context, like a
//   classic script: `var f = function`, `function f`, `const f = ...` all define the function. As in a Node module,
//   `require` (resolving from /tmp), `module`, `exports`, `__filename` and `__dirname` are globals.
// - Output: console.*, process.stdout/stderr and descriptors 1/2 all land in one anonymous capture file, read (and
//   emptied) after each test. A test that prints more than 64 KiB is ended at once: the worker stops in its
//   capture (no exception the user's code could catch) and asks the main thread, which writes the test's
//   `OutputLimit` result and exits the process; the main thread also polls the file's size during a test, for
//   floods that bypass console (fs.writeSync(1, ...), child processes).
// - stdio problems: each test runs `node --stack-size=<3/4 of the stack rlimit> --max-old-space-size=<heap limit>
//   /tmp/solution.js` with the test's stdin.

const fs = require('fs');
const path = require('path');
const { isMainThread, Worker, workerData, parentPort } = require('worker_threads');

// docs/sandbox-protocol.md: announced in the ready line; the judge refuses a runner that speaks another version.
const PROTOCOL_VERSION = 3;
const WORK_DIR = '/tmp';
const SOLUTION_FILE = 'solution.js';
const STDIO_PATH = path.join(WORK_DIR, SOLUTION_FILE);
const CAPTURE_LIMIT = 64 * 1024;
const STDIO_VALUE_LIMIT = 8 * 1024 * 1024;
const STDERR_TAIL = 4 * 1024;
const MESSAGE_LIMIT = 4 * 1024;
const WORKER_STACK_MB = 64;
const YOUNG_GENERATION_MB = 8;
const WATCH_INTERVAL_MS = 20; // the main thread's look at the capture file's size during a test
const OUTPUT_LIMIT_MESSAGE = 'The program printed more than 64 KiB.';
const STDIO_LIMIT_MESSAGE = 'The program wrote more than 8 MiB to stdout.';
const C = fs.constants;
// States in the shared Int32 [0]. Moving out of TESTING is a compareExchange, so exactly one of the worker (its
// result) and the main thread (OutputLimit, MemoryError) answers for a test.
const IDLE = 0;
const LOADING = 1;
const TESTING = 2;
const ANSWERED_BY_MAIN = 3;

// ------------------------------------------------------------------------------------------------------------------
// Shared helpers
// ------------------------------------------------------------------------------------------------------------------

function writeAll(fd, text) {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if (e.code !== 'EAGAIN') throw e;
      sleepMs(1);
    }
  }
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
function sleepMs(ms) {
  Atomics.wait(sleepCell, 0, 0, ms);
}

// The memory limit of this container's cgroup in MiB, or 0 when there is none (or it is unreadable).
function cgroupMemoryLimitMb() {
  for (const f of ['/sys/fs/cgroup/memory.max', '/sys/fs/cgroup/memory/memory.limit_in_bytes']) {
    try {
      const text = fs.readFileSync(f, 'utf8').trim();
      if (text === 'max') return 0;
      const bytes = Number(text);
      if (Number.isFinite(bytes) && bytes > 0 && bytes < 2 ** 50) return Math.floor(bytes / 1048576);
    } catch (e) { /* not this cgroup version */ }
  }
  return 0;
}

// V8 heap limit for user code under a memory limit of limitMb, 0 = V8's default. Measured in a 256m/512m
// container: with a heap limit H the container peaks at up to ~1.45 H + 60 MiB before V8 gives up (many small
// objects is the worst case), so 0.7 x (limit - 64 MiB) reports MemoryError in most cases; the rest end in the
// kernel's OOM kill.
function heapLimitMb(limitMb) {
  if (!limitMb) return 0;
  return Math.max(16, Math.floor((limitMb - 64) * 0.7));
}

// Every answer after a load carries the load's nonce (nonceJson: already JSON-encoded, or null before any load):
// the judge believes no line without it.
function stamp(text, nonceJson) {
  return nonceJson === null ? text : `{"nonce":${nonceJson},${text.slice(1)}`;
}

// ------------------------------------------------------------------------------------------------------------------
// Main thread: descriptors and supervision
// ------------------------------------------------------------------------------------------------------------------

function reopen(fd, flags) {
  try {
    return fs.openSync(`/proc/self/fd/${fd}`, flags);
  } catch (e) {
    return -1; // a socket, say: keep using the descriptor itself
  }
}

// close(fd) then open(): the new descriptor is the lowest free one, i.e. fd.
function replaceFd(fd, file, flags) {
  fs.closeSync(fd);
  const got = fs.openSync(file, flags, 0o600);
  if (got !== fd) throw new Error(`could not take over descriptor ${fd} (got ${got})`);
}

function mainThread() {
  const { MessageChannel } = require('worker_threads');
  let protoIn = reopen(0, C.O_RDONLY);
  let protoOut = reopen(1, C.O_WRONLY | C.O_APPEND);
  let diagFd = reopen(2, C.O_WRONLY | C.O_APPEND);
  const capturePath = path.join(fs.existsSync(WORK_DIR) ? WORK_DIR : process.cwd(),
    `.harness-capture-${process.pid}-${Date.now()}`);
  let captureFd = -1;
  try {
    fs.closeSync(fs.openSync(capturePath, C.O_RDWR | C.O_CREAT | C.O_EXCL, 0o600));
    if (protoOut >= 0) replaceFd(1, capturePath, C.O_RDWR | C.O_APPEND);
    if (diagFd >= 0) replaceFd(2, capturePath, C.O_RDWR | C.O_APPEND);
    captureFd = protoOut >= 0 ? 1 : diagFd >= 0 ? 2 : -1;
    fs.unlinkSync(capturePath);
    if (protoIn >= 0) replaceFd(0, '/dev/null', C.O_RDONLY);
  } catch (e) {
    try { fs.unlinkSync(capturePath); } catch (e2) { /* gone */ }
    if (diagFd < 0) diagFd = 2;
    writeAll(diagFd, `harness.js: could not redirect output: ${e.message}\n`);
  }
  if (captureFd < 0) {
    // Descriptors 1/2 could not be taken over; printing through console still needs a capture of its own.
    try {
      captureFd = fs.openSync(capturePath, C.O_RDWR | C.O_CREAT | C.O_EXCL | C.O_APPEND, 0o600);
      fs.unlinkSync(capturePath);
    } catch (e) {
      captureFd = -1;
    }
  }
  if (protoIn < 0) protoIn = 0;
  if (protoOut < 0) protoOut = 1;
  if (diagFd < 0) diagFd = 2;

  // Sized from the container's limit at start (the judge's default) and again from each load's memoryMb: the judge
  // gives a warm runner the problem's limit just before the load, after this process has started.
  let heapMb = heapLimitMb(cgroupMemoryLimitMb());
  let nonce = null; // the current load's (JSON-encoded), for the answers this thread writes itself
  // Shared with the worker. Int32 [0] state (IDLE, LOADING, TESTING, ANSWERED_BY_MAIN), [1] length of the current
  // test id's JSON, [2] lines the worker has taken, [3] a counter bumped at every post (the worker waits on it),
  // [4] never changes (a worker that must stop for good waits on it); bytes 32.. the test id's JSON. So the main
  // thread can answer for a test whose worker died or printed too much, and hand the lines it had not taken to a
  // new worker.
  const shared = new SharedArrayBuffer(32 + 1024);
  const ints = new Int32Array(shared, 0, 8);
  const idBytes = new Uint8Array(shared, 32);
  // The current test's id, re-encoded here: the shared bytes are within reach of the user's code.
  const currentIdJson = () => {
    try {
      const text = JSON.stringify(JSON.parse(Buffer.from(idBytes.subarray(0, Atomics.load(ints, 1))).toString('utf8')));
      return text === undefined ? 'null' : text;
    } catch (e) {
      return 'null';
    }
  };
  // The test printed more than CAPTURE_LIMIT: its result, then the end of the process (the judge stops at the first
  // failure and removes the container). The caller has moved the state from TESTING to ANSWERED_BY_MAIN.
  const answerOutputLimit = () => {
    const captured = readFdCapture(captureFd);
    writeAll(protoOut, stamp(`{"type":"result","id":${currentIdJson()},"ok":false,"error":"OutputLimit",` +
      `"message":${JSON.stringify(OUTPUT_LIMIT_MESSAGE)},"line":null,"stdout":${JSON.stringify(captured.text)},` +
      '"outputLimit":true}', nonce) + '\n');
    process.exit(0);
  };
  if (captureFd >= 0) {
    setInterval(() => {
      if (Atomics.load(ints, 0) !== TESTING) return;
      let size = 0;
      try { size = fs.fstatSync(captureFd).size; } catch (e) { return; }
      if (size > CAPTURE_LIMIT && Atomics.compareExchange(ints, 0, TESTING, ANSWERED_BY_MAIN) === TESTING) {
        answerOutputLimit();
      }
    }, WATCH_INTERVAL_MS).unref();
  }

  // Lines from the judge, read here (not in the worker) so none is lost with a worker that dies.
  let pending = []; // lines not yet taken by the worker; pending[i] is line number base + i
  let base = 0;
  let posted = 0; // lines posted to the current worker (absolute numbers)
  let port = null;
  let loadLine = null;

  const deliver = () => {
    const taken = Atomics.load(ints, 2);
    if (taken > base) { pending = pending.slice(taken - base); base = taken; }
    while (port && posted < base + pending.length) {
      port.postMessage(pending[posted - base]);
      posted++;
    }
    Atomics.add(ints, 3, 1); // a change the worker's Atomics.wait sees
    Atomics.notify(ints, 3);
  };
  const input = fs.createReadStream(null, { fd: protoIn, highWaterMark: 1 << 16, autoClose: false });
  let partial = [];
  // A load line: remembers its nonce, and says whether its memory limit needs a worker with another heap limit.
  const noteLoad = (line) => {
    if (!line.includes('"load"')) return false;
    let msg;
    try { msg = JSON.parse(line); } catch (e) { return false; }
    if (!msg || msg.type !== 'load') return false;
    nonce = typeof msg.nonce === 'string' ? JSON.stringify(msg.nonce) : null;
    const wanted = Number.isInteger(msg.memoryMb) && msg.memoryMb > 0 ? heapLimitMb(msg.memoryMb) : heapMb;
    if (wanted === heapMb) return false;
    heapMb = wanted;
    return true;
  };
  input.on('data', (data) => {
    let from = 0;
    let nl;
    let resize = false;
    while ((nl = data.indexOf(10, from)) >= 0) {
      partial.push(data.subarray(from, nl));
      const line = Buffer.concat(partial).toString('utf8');
      pending.push(line);
      if (noteLoad(line)) resize = true;
      partial = [];
      from = nl + 1;
    }
    if (from < data.length) partial.push(data.subarray(from));
    if (!resize) {
      deliver();
      return;
    }
    // The idle worker (it has taken no line past the ready) gives way to one with the load's heap limit, before
    // the load reaches it: a heap sized for the default limit would let V8 thrash in GC near a limit the
    // container cannot hold, or give up far below a larger one.
    port = null;
    current.retire().then(() => { current = start(null, false); });
  });
  const finish = () => {
    if (partial.length) pending.push(Buffer.concat(partial).toString('utf8'));
    partial = [];
    pending.push(null); // end of input
    deliver();
  };
  input.on('end', finish);
  input.on('error', (e) => { writeAll(diagFd, `harness.js: reading stdin: ${e.message}\n`); finish(); });

  const start = (replay, announce) => {
    const resourceLimits = { stackSizeMb: WORKER_STACK_MB };
    if (heapMb) {
      resourceLimits.maxOldGenerationSizeMb = heapMb;
      // A small young generation: its semi-spaces count against the container but not against heapMb, and a
      // scavenge of a few MiB keeps the GC's last struggle before giving up short.
      resourceLimits.maxYoungGenerationSizeMb = YOUNG_GENERATION_MB;
    }
    const channel = new MessageChannel();
    // The new worker counts from the first line it has not been given.
    posted = Atomics.load(ints, 2);
    port = channel.port1;
    const worker = new Worker(__filename, {
      workerData: { port: channel.port2, protoOut, diagFd, captureFd, heapMb, shared, replay, announce },
      transferList: [channel.port2],
      resourceLimits,
      stdout: false,
      stderr: false,
    });
    let replaced = false;
    worker.on('message', (m) => {
      if (m && m.kind === 'load') loadLine = m.line;
      // The worker moved the state to ANSWERED_BY_MAIN and stopped in its capture (see outputLimitExceeded).
      if (m && m.kind === 'outputLimit' && Atomics.load(ints, 0) === ANSWERED_BY_MAIN) answerOutputLimit();
    });
    worker.on('error', (err) => {
      if (!(err && err.code === 'ERR_WORKER_OUT_OF_MEMORY')) {
        writeAll(diagFd, `harness.js: worker failed: ${err && err.stack ? err.stack : err}\n`);
        process.exit(1);
      }
      // The submission ran out of heap: answer for it, then carry on with a fresh worker.
      replaced = true;
      const s = Atomics.load(ints, 0);
      const message = 'MemoryError: JavaScript heap out of memory';
      if (s === ANSWERED_BY_MAIN) return; // answered already; the process is on its way out
      if (s === TESTING) {
        const captured = readFdCapture(captureFd);
        writeAll(protoOut, stamp(`{"type":"result","id":${currentIdJson()},"ok":false,"error":"MemoryError",` +
          `"message":${JSON.stringify(message)},"line":null,"stdout":${JSON.stringify(captured.text)},` +
          `"outputLimit":${captured.dropped}}`, nonce) + '\n');
      } else if (s === LOADING) {
        writeAll(protoOut, stamp(`{"type":"runtime_error","message":${JSON.stringify(message)},"line":null}`, nonce) + '\n');
      }
      Atomics.store(ints, 0, IDLE);
      port.close();
      current = start(s === TESTING ? loadLine : null, false);
    });
    worker.on('exit', (code) => {
      if (!replaced) process.exit(code);
    });
    deliver();
    return {
      // Ends this worker on purpose: its exit is not the runner's.
      retire() {
        replaced = true;
        channel.port1.close();
        return worker.terminate();
      },
    };
  };
  let current = start(null, true);
}

// Reads (and empties) what was written to descriptors 1/2 since the last call.
function readFdCapture(captureFd) {
  if (captureFd < 0) return { text: '', dropped: false };
  let size = 0;
  try { size = fs.fstatSync(captureFd).size; } catch (e) { return { text: '', dropped: false }; }
  if (!size) return { text: '', dropped: false };
  const n = Math.min(size, CAPTURE_LIMIT + 1);
  const buf = Buffer.alloc(n);
  let got = fs.readSync(captureFd, buf, 0, n, 0);
  fs.ftruncateSync(captureFd, 0);
  if (got > CAPTURE_LIMIT) {
    // Cut at a character boundary.
    got = CAPTURE_LIMIT;
    while (got > 0 && (buf[got] & 0xc0) === 0x80) got--;
  }
  return { text: buf.subarray(0, got).toString('utf8'), dropped: size > CAPTURE_LIMIT };
}

// ------------------------------------------------------------------------------------------------------------------
// Worker thread: the protocol
// ------------------------------------------------------------------------------------------------------------------

function workerThread() {
  const vm = require('vm');
  const util = require('util');
  const childProcess = require('child_process');
  const os = require('os');
  const { receiveMessageOnPort } = require('worker_threads');
  const { createRequire } = require('module');
  const { port, protoOut, diagFd, captureFd, heapMb, shared, replay, announce } = workerData;
  let nonce = null; // the current load's (JSON-encoded): every answer carries it
  const ints = new Int32Array(shared, 0, 8);
  const idBytes = new Uint8Array(shared, 32);

  // Harness' own references, taken before user code can replace globals.
  const jsonStringify = JSON.stringify;
  const jsonParse = JSON.parse;
  const isArray = Array.isArray;
  const isView = ArrayBuffer.isView;
  const numberIsFinite = Number.isFinite;
  const bufferFrom = Buffer.from;
  const fsWriteSync = fs.writeSync;
  const atomicsLoad = Atomics.load;
  const atomicsWait = Atomics.wait;
  const atomicsCompareExchange = Atomics.compareExchange;
  const postToMain = parentPort.postMessage.bind(parentPort);
  const exitWorker = process.exit.bind(process);
  // process.exit() in a function submission would end the runner without a result: make it an error instead.
  process.exit = function exit(code) {
    throw new Error(`process.exit(${code === undefined ? '' : code}) called`);
  };

  // ---- capture of console/process.stdout/process.stderr ----
  // Written straight into the capture file (descriptors 1/2 point there too), so everything a test printed is in
  // one place, in order, and the main thread can read it. capBytes counts this thread's writes since the last
  // takeOutput(); past CAPTURE_LIMIT a running test ends (outputLimitExceeded), outside a test the rest is dropped.
  let capBytes = 0;

  function capWrite(data) {
    if (capBytes > CAPTURE_LIMIT) return;
    // One byte past the limit is all that has to reach the file (and the way a giant string cannot fill /tmp).
    let buf = typeof data === 'string' ? bufferFrom(data.length > CAPTURE_LIMIT + 1 ? data.slice(0, CAPTURE_LIMIT + 1) : data, 'utf8') : data;
    const room = CAPTURE_LIMIT + 1 - capBytes;
    if (buf.length > room) buf = buf.subarray(0, room);
    capBytes += buf.length;
    if (captureFd >= 0) {
      try {
        let off = 0;
        while (off < buf.length) off += fsWriteSync(captureFd, buf, off, buf.length - off);
      } catch (e) { /* /tmp full: the output is lost, the program goes on */ }
    }
    if (capBytes > CAPTURE_LIMIT && atomicsLoad(ints, 0) === TESTING) outputLimitExceeded();
  }
  // The running test printed too much: hand the test to the main thread, which writes its OutputLimit result and
  // ends the process, and never come back (no exception, so nothing in the user's code can catch it).
  function outputLimitExceeded() {
    if (atomicsCompareExchange(ints, 0, TESTING, ANSWERED_BY_MAIN) === TESTING) postToMain({ kind: 'outputLimit' });
    stopForGood();
  }
  function stopForGood() {
    for (;;) atomicsWait(ints, 4, 0);
  }
  function chunkData(chunk, encoding) {
    if (typeof chunk === 'string') {
      return typeof encoding === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' && Buffer.isEncoding(encoding)
        ? bufferFrom(chunk, encoding) : chunk;
    }
    if (chunk instanceof Uint8Array) return bufferFrom(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    return String(chunk);
  }
  function streamWrite(chunk, encoding, cb) {
    capWrite(chunkData(chunk, encoding));
    const done = typeof encoding === 'function' ? encoding : cb;
    if (typeof done === 'function') process.nextTick(done);
    return true;
  }
  function consoleWrite(...args) {
    if (capBytes > CAPTURE_LIMIT) return;
    capWrite(util.format(...args) + '\n');
  }
  function installCapture() {
    process.stdout.write = streamWrite;
    process.stderr.write = streamWrite;
    console.log = console.info = console.debug = console.error = console.warn = consoleWrite;
  }
  function takeOutput() {
    const dropped = capBytes > CAPTURE_LIMIT;
    capBytes = 0;
    const out = readFdCapture(captureFd);
    return dropped && !out.dropped ? { text: out.text, dropped: true } : out;
  }

  // ---- protocol stream ----
  // The next line from the judge (without its newline), or null at end of input. The main thread reads stdin and
  // posts the lines; ints[2] counts the lines taken here, ints[3] changes at every post (the wait/notify cell).
  function nextLine() {
    for (;;) {
      const seen = Atomics.load(ints, 3);
      const m = receiveMessageOnPort(port);
      if (m) {
        Atomics.add(ints, 2, 1);
        return m.message;
      }
      Atomics.wait(ints, 3, seen);
    }
  }
  function send(text) {
    writeAll(protoOut, stamp(text, nonce) + '\n');
  }
  function diag(text) {
    try { writeAll(diagFd, `harness.js: ${text}\n`); } catch (e) { /* nowhere to say it */ }
  }

  // ---- values ----
  function convertScalar(type, v) {
    switch (type) {
      case 'int': case 'long': case 'double':
        return typeof v === 'number' ? v : Number(v);
      case 'bool':
        return typeof v === 'boolean' ? v : Boolean(v);
      case 'string': case 'char':
        return typeof v === 'string' ? v : String(v);
      default:
        return v;
    }
  }
  // LeetCode's node classes, predefined in the submission's globals (a submission may define its own).
  function ListNode(val, next) {
    this.val = (val === undefined ? 0 : val);
    this.next = (next === undefined ? null : next);
  }
  function TreeNode(val, left, right) {
    this.val = (val === undefined ? 0 : val);
    this.left = (left === undefined ? null : left);
    this.right = (right === undefined ? null : right);
  }
  // The classes nodes are made of: the submission's own if it declares them, else LeetCode's above.
  let nodeClasses = { ListNode, TreeNode };

  function buildList(values, C) {
    let head = null;
    for (let i = values.length - 1; i >= 0; i--) {
      const node = new C(values[i]);
      node.next = head;
      head = node;
    }
    return head;
  }
  // Level order with nulls for missing children ([3,9,20,null,null,15,7]) -> the tree (null for []).
  function buildTree(values, C) {
    if (!values.length) return null;
    const make = (v) => { const n = new C(v); n.left = null; n.right = null; return n; };
    const root = make(values[0]);
    const level = [root];
    let head = 0;
    let i = 1;
    while (head < level.length && i < values.length) {
      const node = level[head++];
      for (const side of ['left', 'right']) {
        if (i < values.length && values[i] !== null) {
          const child = make(values[i]);
          node[side] = child;
          level.push(child);
        }
        i++;
      }
    }
    return root;
  }
  function checkNode(node, kind) {
    if (typeof node !== 'object' || !('val' in node)) {
      throw new TypeError(`the return value should be a ${kind} (or null), not ${util.inspect(node, { depth: 0 })}`);
    }
  }
  function listValues(head) {
    const values = [];
    const seen = new Set();
    for (let node = head; node != null; node = node.next) {
      checkNode(node, 'ListNode');
      if (seen.has(node)) throw new Error('the returned linked list has a cycle');
      seen.add(node);
      values.push(node.val);
    }
    return values;
  }
  // A returned tree as LeetCode writes it: level order, null for missing children, no trailing null.
  function treeValues(root) {
    const values = [];
    const seen = new Set();
    const level = [root];
    for (let head = 0; head < level.length; head++) {
      const node = level[head];
      if (node == null) { values.push(null); continue; }
      checkNode(node, 'TreeNode');
      if (seen.has(node)) throw new Error('the returned tree has a cycle or a node reached twice');
      seen.add(node);
      values.push(node.val);
      level.push(node.left, node.right);
    }
    while (values.length && values[values.length - 1] === null) values.pop();
    return values;
  }

  // JSON argument -> declared type: numbers, bools, strings, chars, T?, ListNode, TreeNode and arrays of them.
  function makeConverter(type) {
    const t = String(type || '').trim();
    if (t.endsWith('[]')) {
      const inner = t.slice(0, -2);
      if (!/ListNode|TreeNode/.test(inner)) return (v) => v; // JSON arrays already hold the declared element types
      const convert = makeConverter(inner);
      return (v) => (v == null ? v : v.map(convert));
    }
    if (t === 'ListNode') return (v) => (v == null ? null : buildList(v, nodeClasses.ListNode));
    if (t === 'TreeNode') return (v) => (v == null ? null : buildTree(v, nodeClasses.TreeNode));
    if (t.endsWith('?')) return (v) => (v == null ? null : convertScalar(t.slice(0, -1), v));
    return (v) => convertScalar(t, v);
  }
  // Return value of a declared type -> what is written as JSON: nodes become their LeetCode lists.
  function makeOutput(type) {
    const t = String(type || '').trim();
    if (t.endsWith('[]')) {
      const inner = makeOutput(t.slice(0, -2));
      return inner === null ? null : (v) => (v == null ? v : Array.from(v, inner));
    }
    if (t === 'ListNode') return listValues;
    if (t === 'TreeNode') return treeValues;
    return null;
  }

  // Return value -> JSON text: undefined -> null, NaN/Infinity -> strings, typed arrays/Sets -> arrays,
  // BigInt -> its digits, -0 -> 0.
  function toJson(v, depth) {
    if (depth > 10000) throw new RangeError('the return value is nested too deeply');
    switch (typeof v) {
      case 'number':
        if (numberIsFinite(v)) return v === 0 ? '0' : String(v);
        return v !== v ? '"NaN"' : v > 0 ? '"Infinity"' : '"-Infinity"';
      case 'string':
        return jsonStringify(v);
      case 'boolean':
        return v ? 'true' : 'false';
      case 'bigint':
        return v.toString();
      case 'undefined': case 'function': case 'symbol':
        return 'null';
      default:
        break;
    }
    if (v === null) return 'null';
    if (isArray(v)) {
      const n = v.length;
      const parts = new Array(n);
      for (let i = 0; i < n; i++) parts[i] = toJson(v[i], depth + 1);
      return '[' + parts.join(',') + ']';
    }
    if (isView(v)) {
      if (v instanceof DataView) return 'null';
      const n = v.length;
      const parts = new Array(n);
      for (let i = 0; i < n; i++) parts[i] = toJson(v[i], depth + 1);
      return '[' + parts.join(',') + ']';
    }
    if (v instanceof Set) return toJson([...v], depth + 1);
    if (v instanceof Map) return toJson(Object.fromEntries(v), depth + 1);
    if (typeof v.toJSON === 'function') return toJson(v.toJSON(), depth + 1);
    if (typeof v[Symbol.iterator] === 'function' && typeof v !== 'string') return toJson([...v], depth + 1);
    const parts = [];
    for (const k of Object.keys(v)) parts.push(jsonStringify(k) + ':' + toJson(v[k], depth + 1));
    return '{' + parts.join(',') + '}';
  }

  // ---- errors ----
  function errorMessage(e) {
    let msg;
    try {
      if (e instanceof Error || (e && typeof e === 'object' && 'message' in e && 'name' in e)) {
        msg = `${e.name}: ${e.message}`;
      } else {
        msg = `Uncaught ${typeof e === 'string' ? e : util.inspect(e)}`;
      }
    } catch (e2) {
      msg = 'Uncaught exception';
    }
    return msg.length > MESSAGE_LIMIT ? msg.slice(0, MESSAGE_LIMIT) + '...' : msg;
  }
  // The deepest frame of the user's code in the stack: "at f (solution.js:3:11)" or "at solution.js:3:11".
  function userLine(e) {
    let stack;
    try { stack = e && typeof e === 'object' ? String(e.stack) : ''; } catch (e2) { return null; }
    const re = /^\s+at (?:.*\()?solution\.js:(\d+):\d+\)?$/m;
    const m = re.exec(stack);
    return m ? Number(m[1]) : null;
  }
  function errorKind(e) {
    try {
      if (e instanceof RangeError && /Maximum call stack size exceeded/.test(e.message)) return 'StackOverflow';
      if (e instanceof RangeError && /Array buffer allocation failed/.test(e.message)) return 'MemoryError';
    } catch (e2) { /* user object */ }
    return 'RuntimeError';
  }
  // SyntaxError from vm.Script: the stack starts "solution.js:LINE\n<source line>\n<spaces>^^^".
  function syntaxPosition(e) {
    const lines = String(e.stack || '').split('\n');
    const m = /^solution\.js:(\d+)$/.exec(lines[0] || '');
    if (!m) return { line: null, column: null };
    const caret = (lines[2] || '').indexOf('^');
    return { line: Number(m[1]), column: caret >= 0 ? caret + 1 : null };
  }

  // ---- the submission ----
  let loaded = false;
  let ioMode = 'function';
  let fn = null;
  let cls = null;
  let methodName = null;
  let converters = [];
  let output = null; // makeOutput of the return type, null when the value is written as it is
  let design = null; // design problems: { ctor: converters, methods: Map name -> { converters, output, returns } }

  function compileError(message, line, column) {
    return jsonStringify({ type: 'compile_error', message, line: line ?? null, column: column ?? null });
  }

  function load(msg) {
    if (loaded) return jsonStringify({ type: 'runtime_error', message: 'harness: the submission is already loaded', line: null });
    ioMode = msg.io || 'function';
    const code = msg.code;
    if (typeof code !== 'string') return compileError('No source code was given');

    if (ioMode === 'stdio') {
      // Checked as Node will run it: a CommonJS module body.
      try {
        vm.compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: SOLUTION_FILE });
      } catch (e) {
        const pos = syntaxPosition(e);
        return compileError(errorMessage(e), pos.line, pos.column);
      }
      fs.writeFileSync(STDIO_PATH, code, { mode: 0o600 });
      loaded = true;
      return '{"type":"loaded"}';
    }

    const isDesign = msg.design !== null && typeof msg.design === 'object';
    const name = String(isDesign ? msg.design.className : msg.function || '');
    const className = String(msg.className || 'Solution');
    const params = Array.isArray(msg.params) ? msg.params : [];
    const names = params.map((p, i) => String((p && p.name) || `arg${i}`));
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return compileError(`harness: invalid function name ${jsonStringify(name)}`);

    let script;
    try {
      script = new vm.Script(code, { filename: SOLUTION_FILE });
    } catch (e) {
      const pos = syntaxPosition(e);
      return compileError(errorMessage(e), pos.line, pos.column);
    }
    installCapture();
    defineModuleGlobals();
    try {
      script.runInThisContext({ displayErrors: false });
    } catch (e) {
      takeOutput();
      return jsonStringify({ type: 'runtime_error', message: errorMessage(e), line: userLine(e) });
    }
    takeOutput(); // top-level prints belong to no test
    const lookup = (ident) => new vm.Script(`typeof ${ident} === "function" ? ${ident} : undefined`,
      { filename: 'harness-lookup.js' }).runInThisContext({ displayErrors: false });
    for (const kind of ['ListNode', 'TreeNode']) {
      const C = lookup(kind);
      nodeClasses[kind] = typeof C === 'function' ? C : nodeClasses[kind];
    }
    if (isDesign) return loadDesign(msg.design, lookup);
    converters = params.map((p) => makeConverter(p && p.type));
    output = makeOutput(msg.returns);
    const f = lookup(name);
    if (typeof f === 'function') {
      fn = f;
    } else {
      const k = /^[A-Za-z_$][\w$]*$/.test(className) ? lookup(className) : undefined;
      if (typeof k === 'function' && k.prototype && typeof k.prototype[name] === 'function') {
        cls = k;
        methodName = name;
      } else {
        return compileError(`Expected a function ${name}(${names.join(', ')}), e.g. var ${name} = function(${names.join(', ')}) { ... };`);
      }
    }
    loaded = true;
    return '{"type":"loaded"}';
  }

  // A design problem: the class named (LeetCode's `var LRUCache = function(capacity) {...}` with methods on its
  // prototype, or a `class`), driven by each test's operations.
  function loadDesign(spec, lookup) {
    const name = String(spec.className);
    const methods = Array.isArray(spec.methods) ? spec.methods : [];
    const k = lookup(name);
    if (typeof k !== 'function') {
      return compileError(`Expected a class ${name} with methods ${methods.map((m) => m.name).join(', ')}, e.g. var ${name} = function(...) { ... };`);
    }
    const table = new Map();
    for (const m of methods) {
      const ps = Array.isArray(m.params) ? m.params : [];
      if (!k.prototype || typeof k.prototype[m.name] !== 'function') {
        return compileError(`${name} has no method ${m.name}(${ps.map((p) => p.name).join(', ')}), e.g. ${name}.prototype.${m.name} = function(...) { ... };`);
      }
      table.set(String(m.name), { converters: ps.map((p) => makeConverter(p.type)), returns: m.returns != null, output: makeOutput(m.returns) });
    }
    cls = k;
    design = { ctor: (Array.isArray(spec.constructor) ? spec.constructor : []).map((p) => makeConverter(p.type)), methods: table };
    loaded = true;
    return '{"type":"loaded"}';
  }

  // args = [operations, arguments]: the constructor, then each method; one result per operation.
  function runDesign(rawArgs) {
    const [ops, argLists] = rawArgs;
    if (rawArgs.length !== 2 || !isArray(ops) || !isArray(argLists) || ops.length !== argLists.length || !ops.length) {
      throw new HarnessError('a design test\'s args are [operations, arguments] of equal length');
    }
    const instance = new cls(...argLists[0].map((a, j) => (design.ctor[j] ? design.ctor[j](a) : a)));
    const results = [null];
    for (let i = 1; i < ops.length; i++) {
      const m = design.methods.get(ops[i]);
      if (!m) throw new HarnessError(`unknown operation ${jsonStringify(ops[i])}`);
      const value = instance[ops[i]](...argLists[i].map((a, j) => (m.converters[j] ? m.converters[j](a) : a)));
      results.push(!m.returns ? null : m.output ? m.output(value) : value);
    }
    return results;
  }

  // What a Node module sees besides the globals (`node solution.js` in stdio problems has them too).
  function defineModuleGlobals() {
    const userModule = { exports: {}, filename: STDIO_PATH, id: '.', loaded: false };
    const values = {
      require: createRequire(STDIO_PATH), module: userModule, exports: userModule.exports,
      __filename: STDIO_PATH, __dirname: WORK_DIR, ListNode, TreeNode,
    };
    for (const name of Object.keys(values)) {
      Object.defineProperty(globalThis, name, { value: values[name], writable: true, configurable: true, enumerable: false });
    }
  }

  function resultError(idJson, error, message, line, out, extra) {
    return `{"type":"result","id":${idJson},"ok":false,"error":${jsonStringify(error)},` +
      `"message":${jsonStringify(message)},"line":${line == null ? 'null' : Number(line)}${extra || ''},` +
      `"stdout":${jsonStringify(out.text)},"outputLimit":${out.dropped}}`;
  }

  // The test is over: from here on only the worker answers for it. If the main thread already has (output
  // limit), this thread must not write a second result: it stops for good and the process ends.
  function finishTest() {
    if (atomicsCompareExchange(ints, 0, TESTING, IDLE) !== TESTING) stopForGood();
  }

  function testFunction(idJson, rawArgs) {
    installCapture();
    takeOutput(); // forget output since the last test (by processes the submission left running)
    let encoded;
    try {
      if (!isArray(rawArgs)) throw new HarnessError('args must be an array');
      let value;
      if (design) {
        value = runDesign(rawArgs);
      } else {
        if (converters.length && rawArgs.length !== converters.length) {
          throw new HarnessError(`expected ${converters.length} arguments, got ${rawArgs.length}`);
        }
        const args = converters.length ? rawArgs.map((a, i) => converters[i](a)) : rawArgs;
        value = cls ? new cls()[methodName](...args) : fn(...args);
        if (output) value = output(value);
      }
      encoded = toJson(value, 0);
    } catch (e) {
      finishTest();
      if (e instanceof HarnessError) return resultError(idJson, 'RuntimeError', `harness: ${e.message}`, null, takeOutput());
      const kind = errorKind(e);
      return resultError(idJson, kind, errorMessage(e), userLine(e), takeOutput());
    }
    finishTest();
    const out = takeOutput();
    return `{"type":"result","id":${idJson},"ok":true,"value":${encoded},"stdout":${jsonStringify(out.text)},"outputLimit":${out.dropped}}`;
  }

  class HarnessError extends Error {}

  function stackSizeKb() {
    // 3/4 of the soft stack rlimit of this process (inherited by the child), at most 256 MiB.
    let soft = 8 * 1024 * 1024;
    try {
      const m = /^Max stack size\s+(\S+)/m.exec(fs.readFileSync('/proc/self/limits', 'utf8'));
      if (m) soft = m[1] === 'unlimited' ? 256 * 1024 * 1024 : Number(m[1]);
    } catch (e) { /* keep 8 MiB */ }
    return Math.max(984, Math.floor(Math.min(soft, 256 * 1024 * 1024) * 0.75 / 1024));
  }
  const childArgs = [`--stack-size=${stackSizeKb()}`];
  if (heapMb) childArgs.push(`--max-old-space-size=${heapMb}`);

  function testStdio(idJson, stdinText) {
    return new Promise((resolveOnce) => {
      let settled = false;
      const resolve = (line) => {
        if (settled) return;
        settled = true;
        resolveOnce(line);
      };
      let child;
      try {
        child = childProcess.spawn(process.execPath, [...childArgs, STDIO_PATH], {
          cwd: WORK_DIR, stdio: ['pipe', 'pipe', 'pipe'],
        });
      } catch (e) {
        resolve(resultError(idJson, 'RuntimeError', `could not start the program: ${e.message}`, null, { text: '', dropped: false }));
        return;
      }
      const outParts = [];
      let outLen = 0;
      const errHead = [];
      let errHeadLen = 0;
      let errTail = Buffer.alloc(0);
      child.stdout.on('data', (b) => {
        if (settled) return;
        outLen += b.length;
        if (outLen > STDIO_VALUE_LIMIT) {
          // Killed on the spot; no waiting for 'close': processes the program started may hold the pipes open.
          try { child.kill('SIGKILL'); } catch (e) { /* gone */ }
          for (const s of [child.stdin, child.stdout, child.stderr]) s.destroy();
          resolve(resultError(idJson, 'OutputLimit', STDIO_LIMIT_MESSAGE, null,
            { text: Buffer.concat(errHead).toString('utf8'), dropped: false }));
          return;
        }
        outParts.push(b);
      });
      child.stderr.on('data', (b) => {
        if (errHeadLen < CAPTURE_LIMIT) {
          const keep = b.subarray(0, CAPTURE_LIMIT - errHeadLen);
          errHead.push(keep);
          errHeadLen += keep.length;
        }
        errTail = Buffer.concat([errTail, b]);
        if (errTail.length > STDERR_TAIL) errTail = errTail.subarray(errTail.length - STDERR_TAIL);
      });
      child.stdin.on('error', () => { /* the program did not read all of its input */ });
      child.on('error', (e) => {
        resolve(resultError(idJson, 'RuntimeError', `could not start the program: ${e.message}`, null, { text: '', dropped: false }));
      });
      child.on('close', (code, signal) => {
        if (settled) return;
        const value = Buffer.concat(outParts).toString('utf8');
        const errText = Buffer.concat(errHead).toString('utf8');
        if (code === 0) {
          resolve(`{"type":"result","id":${idJson},"ok":true,"value":${jsonStringify(value)},"stdout":${jsonStringify(errText)},"outputLimit":false}`);
          return;
        }
        const exitCode = code != null ? code : 128 + (os.constants.signals[signal] || 0);
        let tail = errTail.toString('utf8').trim();
        if (signal) tail = (tail ? tail + '\n' : '') + `killed by ${signal}`;
        const m = /solution\.js:(\d+)/.exec(tail);
        resolve(resultError(idJson, 'RuntimeError', tail || `exit code ${exitCode}`, m ? Number(m[1]) : null,
          { text: errText, dropped: false }, `,"exitCode":${exitCode},"value":${jsonStringify(value)}`));
      });
      child.stdin.end(Buffer.from(typeof stdinText === 'string' ? stdinText : '', 'utf8'));
    });
  }

  function setTestId(idJson) {
    const b = Buffer.from(idJson, 'utf8');
    const n = Math.min(b.length, idBytes.length);
    idBytes.set(b.subarray(0, n));
    Atomics.store(ints, 1, n);
    Atomics.store(ints, 0, TESTING);
  }

  function warmUp() {
    // Compile and run the harness' own hot paths once, before the first message.
    toJson([1, 2.5, NaN, -Infinity, 'x', [true, null], new Int32Array(2), undefined], 0);
    jsonParse('{"type":"test","id":0,"args":[[1,2,3],4]}');
    util.format('%s %d', 'x', 1);
    new vm.Script('1 + 1', { filename: 'warmup.js' }).runInThisContext();
  }

  async function serve() {
    warmUp();
    if (replay) {
      // Restarted after the previous worker ran out of heap: load the same submission silently.
      const msg = jsonParse(replay);
      nonce = typeof msg.nonce === 'string' ? jsonStringify(msg.nonce) : null;
      const r = load(msg);
      if (r !== '{"type":"loaded"}') diag(`reloading after out-of-memory gave ${r}`);
    } else if (announce) {
      // Warm: the judge may now hand this container a submission.
      send(`{"type":"ready","protocol":${PROTOCOL_VERSION}}`);
    }
    for (;;) {
      Atomics.store(ints, 0, IDLE);
      const line = nextLine();
      if (line === null) return;
      if (!line.trim()) continue;
      let msg;
      try {
        msg = jsonParse(line);
      } catch (e) {
        diag(`bad message: ${e.message}`);
        send(jsonStringify({ type: 'error', message: `harness: bad message: ${e.message}` }));
        continue;
      }
      const kind = msg && msg.type;
      if (kind === 'load') {
        nonce = typeof msg.nonce === 'string' ? jsonStringify(msg.nonce) : null;
        parentPort.postMessage({ kind: 'load', line });
        Atomics.store(ints, 0, LOADING);
        send(load(msg));
      } else if (kind === 'test') {
        const idJson = jsonStringify(msg.id === undefined ? null : msg.id);
        setTestId(idJson);
        if (!loaded) {
          finishTest();
          send(resultError(idJson, 'RuntimeError', 'harness: no submission loaded', null, { text: '', dropped: false }));
        } else if (ioMode === 'stdio') {
          const result = await testStdio(idJson, msg.stdin);
          finishTest();
          send(result);
        } else {
          send(testFunction(idJson, msg.args));
        }
      } else {
        diag(`unknown message type ${jsonStringify(kind)}`);
        send(jsonStringify({ type: 'error', message: `harness: unknown message type ${jsonStringify(kind)}` }));
      }
    }
  }

  serve().then(
    () => exitWorker(0),
    (e) => { diag(`crashed: ${e && e.stack ? e.stack : e}`); exitWorker(1); },
  );
}

if (isMainThread) mainThread();
else workerThread();
