"""Python runner of the sandbox protocol (docs/sandbox-protocol.md).

Run as `python3 -I -S /opt/harness/python/harness.py` inside the sandbox container. It reads one JSON message per
line from stdin (`load`, then `test`s) and answers one JSON line each on the real stdout. Everything the user's
code prints (print, sys.stdout/stderr, os.write(1/2, ...)) goes to a per-test capture, never to the protocol. A test
that prints more than 64 KiB is ended on the spot: the capture itself writes its `OutputLimit` result and the
process exits (os._exit, so no `except:` in the user's code can stop it).

Honest-code notes (what a normal submission gets):
- LeetCode's ListNode and TreeNode classes are in the module's globals (a submission may define its own).
- LeetCode's implicit imports are in the module's globals: typing's names (List, Optional, ...), collections'
  (deque, defaultdict, Counter, ...), heapq's, bisect's, itertools', functools' (lru_cache, cache, reduce, ...),
  and the modules math, string, re, random, operator, sys, collections, heapq, bisect, itertools, functools.
- Recursion: the limit is 100000 and the code runs on a thread with a 512 MiB stack (only touched pages cost
  memory), so depth 10^4 recursion passes (also through lru_cache), and an endless recursion ends in
  RecursionError (StackOverflow) rather than a crash.
- numpy is imported during warm-up (about 0.1 s), so ML submissions do not pay for it in test time.
"""

import os
import sys

# -S leaves out site-packages; numpy lives in Debian's dist-packages. Add those paths without running site.main().
if sys.flags.no_site:
    import site as _site

    for _p in _site.getsitepackages():
        if os.path.isdir(_p) and _p not in sys.path:
            sys.path.append(_p)
    del _site, _p

sys.dont_write_bytecode = True  # -I ignores PYTHONDONTWRITEBYTECODE
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import io  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import selectors  # noqa: E402
import subprocess  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from collections import deque  # noqa: E402

PROTOCOL_VERSION = 3  # docs/sandbox-protocol.md: announced in the ready line; the judge refuses another version
SOLUTION_FILE = "solution.py"  # filename of the user's code in tracebacks and compile errors
WORK_DIR = "/tmp"
STDIO_PATH = os.path.join(WORK_DIR, "solution.py")
CAPTURE_LIMIT = 64 * 1024  # bytes of print output kept per test
STDIO_VALUE_LIMIT = 8 * 1024 * 1024  # bytes of a stdio program's stdout kept
STDERR_TAIL = 4 * 1024  # bytes of a stdio program's stderr in an error message
STDIO_LIMIT_MESSAGE = "The program wrote more than 8 MiB to stdout."
MESSAGE_LIMIT = 4 * 1024  # characters of an exception message
RECURSION_LIMIT = 100_000
THREAD_STACK = 512 * 1024 * 1024

# --------------------------------------------------------------------------------------------------------------
# Protocol stream and output capture
# --------------------------------------------------------------------------------------------------------------

# Private copies of the real stdin/stdout/stderr; os.dup makes them non-inheritable (close-on-exec), so child
# processes never see them. Code in this process can still find them (/proc/self/fd): hence the nonce below.
PROTO_IN = os.dup(0)
PROTO_OUT = os.dup(1)
DIAG = os.dup(2)  # harness diagnostics (bugs), ends up in the container log


def _open_capture_fd():
    for d in (WORK_DIR, os.getcwd()):
        try:
            return os.open(d, os.O_TMPFILE | os.O_RDWR | os.O_APPEND, 0o600)
        except (OSError, AttributeError):
            pass
    import tempfile

    fd, path = tempfile.mkstemp()
    os.unlink(path)
    return fd


CAPTURE_FD = _open_capture_fd()  # fd-level output (os.write(1, ...), C extensions) lands in this anonymous file
os.dup2(CAPTURE_FD, 1)
os.dup2(CAPTURE_FD, 2)
_devnull = os.open(os.devnull, os.O_RDONLY)
os.dup2(_devnull, 0)  # user code reading stdin gets EOF, never the protocol
os.close(_devnull)


OUTPUT_LIMIT_MESSAGE = "The program printed more than 64 KiB."

# Taken by whoever ends a test: the runner thread when the user's function returns or raises, or the output-limit
# exit (from whatever thread printed, or the descriptor watcher). Only one of them writes the test's result line.
_gate = threading.Lock()


class Capture(io.TextIOBase):
    """sys.stdout and sys.stderr: keeps what is printed in memory. While a test runs (begin() .. end()), printing
    past CAPTURE_LIMIT bytes (with what went to descriptors 1/2) ends the test and the process at once; outside a
    test (module top level, threads left running between tests), output past the limit is dropped."""

    def __init__(self):
        super().__init__()
        self._parts = []
        self._bytes = 0
        self.dropped = False
        self.test_id = None
        self.testing = False
        self.buffer = _CaptureBuffer(self)

    @property
    def encoding(self):
        return "utf-8"

    @property
    def errors(self):
        return "replace"

    def writable(self):
        return True

    def isatty(self):
        return False

    def fileno(self):
        return 1

    def write(self, s):
        if type(s) is not str:
            if not isinstance(s, str):
                raise TypeError("write() argument must be str, not " + type(s).__name__)
            s = str.__str__(s)  # a str subclass: its own methods are the user's
        n = len(s) if s.isascii() else len(s.encode("utf-8", "surrogatepass"))
        if self._bytes + n <= CAPTURE_LIMIT:
            self._parts.append(s)
            self._bytes += n
        elif self.testing:
            # At most CAPTURE_LIMIT + 1 characters are needed to fill the capture (a character is >= 1 byte).
            _output_limit_exit(s[:CAPTURE_LIMIT + 1])
        else:
            self.dropped = True
        return len(s)

    def flush(self):
        pass

    def size(self):
        return self._bytes

    def take(self):
        text = "".join(self._parts)
        self._parts = []
        self._bytes = 0
        dropped, self.dropped = self.dropped, False
        return text, dropped

    def begin(self, test_id):
        """A test starts: forget what was printed since the last one (by threads left running)."""
        with _gate:
            self.take()
            _truncate_fd_capture()
            self.test_id = test_id
            self.testing = True

    def end(self):
        """The test's own result follows: from here on no output-limit exit may answer for it."""
        with _gate:
            self.testing = False


class _CaptureBuffer(io.RawIOBase):
    """sys.stdout.buffer: bytes written there join the same capture."""

    def __init__(self, owner):
        super().__init__()
        self._owner = owner

    def writable(self):
        return True

    def write(self, b):
        self._owner.write(bytes(b).decode("utf-8", "replace"))
        return len(b)


CAPTURE = Capture()


def _install_capture():
    sys.stdout = sys.stderr = sys.__stdout__ = sys.__stderr__ = CAPTURE


def _fd_capture_size():
    try:
        return os.fstat(CAPTURE_FD).st_size
    except OSError:
        return 0


def _truncate_fd_capture():
    try:
        os.ftruncate(CAPTURE_FD, 0)
    except OSError:
        pass


def _collect(text, dropped):
    """text (from CAPTURE) plus what went to descriptors 1/2 (emptied), cut to CAPTURE_LIMIT bytes."""
    size = _fd_capture_size()
    if size:
        raw = os.pread(CAPTURE_FD, CAPTURE_LIMIT + 1, 0)
        _truncate_fd_capture()
        if size > CAPTURE_LIMIT:
            dropped = True
        text += raw.decode("utf-8", "replace")
    data = text.encode("utf-8", "replace")
    if len(data) > CAPTURE_LIMIT:
        dropped = True
        text = data[:CAPTURE_LIMIT].decode("utf-8", "ignore")
    return text, dropped


def _take_output():
    """Everything printed since the last call, capped: (text, outputLimit)."""
    try:
        sys.stdout.flush()  # in case the user replaced sys.stdout with something buffered
    except Exception:  # noqa: BLE001 - user's object
        pass
    text, dropped = CAPTURE.take()
    return _collect(text, dropped)


def _output_limit_exit(last=""):
    """The running test printed more than CAPTURE_LIMIT bytes: answer for it with an OutputLimit result and end
    the process (the judge stops at the first failure). Runs in whichever thread printed; no exception is
    involved, so the user's code cannot catch it. Does nothing if the test already ended."""
    with _gate:
        if not CAPTURE.testing:
            return
        CAPTURE.testing = False  # whatever prints from here on (a __del__, say) is dropped, never re-enters
        try:
            text, _ = CAPTURE.take()
            out, _ = _collect(text + last, True)
            send({"type": "result", "id": CAPTURE.test_id, "ok": False, "error": "OutputLimit",
                  "message": OUTPUT_LIMIT_MESSAGE, "line": None, "stdout": out, "outputLimit": True})
        except BaseException as e:  # noqa: BLE001 - still exit: the judge sees the stream end
            try:
                diag("output limit: %s: %s" % (type(e).__name__, e))
            except BaseException:  # noqa: BLE001
                pass
        os._exit(0)


WATCH_INTERVAL = 0.02  # seconds between looks at the descriptor capture's size during a test


def _watch_fd_capture():
    """Output written to descriptors 1/2 (os.write, child processes, C code) bypasses CAPTURE.write: this thread
    polls its size while a test runs, so a flood there ends the test too instead of running into the time limit."""
    while True:
        _watching.wait()
        time.sleep(WATCH_INTERVAL)
        if CAPTURE.testing and _fd_capture_size() + CAPTURE.size() > CAPTURE_LIMIT:
            _output_limit_exit()


_watching = threading.Event()  # set while a function test runs


_proto_reader = os.fdopen(PROTO_IN, "rb", buffering=1 << 16)


def read_message():
    while True:
        line = _proto_reader.readline()
        if not line:
            return None
        if line.strip():
            return json.loads(line)


# The current load's nonce, JSON-encoded (None before any load): every answer carries it, and the judge believes no
# line without it. Code in this process can read it from memory; it can then only forge its own results.
_nonce_json = None


def _stamp(text):
    return text if _nonce_json is None else '{"nonce":' + _nonce_json + "," + text[1:]


def send(obj):
    _write_all(PROTO_OUT, (_stamp(json.dumps(obj, ensure_ascii=True, allow_nan=False, separators=(",", ":"))) + "\n").encode("ascii"))


def send_raw(text):
    _write_all(PROTO_OUT, (_stamp(text) + "\n").encode("ascii"))


def _write_all(fd, data):
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def diag(text):
    try:
        _write_all(DIAG, ("harness.py: " + text + "\n").encode("utf-8", "replace"))
    except OSError:
        pass


# --------------------------------------------------------------------------------------------------------------
# Values: arguments in, return values out
# --------------------------------------------------------------------------------------------------------------


def _identity(v):
    return v


def _to_int(v):
    return v if type(v) is int else int(v)


def _to_float(v):
    return v if type(v) is float else float(v)


def _to_bool(v):
    return v if type(v) is bool else bool(v)


def _to_str(v):
    return v if type(v) is str else str(v)


_SCALARS = {"int": _to_int, "long": _to_int, "double": _to_float, "bool": _to_bool, "string": _to_str, "char": _to_str}


class ListNode:
    """LeetCode's singly linked list node; the name is in the submission's globals, as on LeetCode."""

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    """LeetCode's binary tree node; the name is in the submission's globals, as on LeetCode."""

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def _build_list(values, node_class):
    """[1,2,3] -> 1 -> 2 -> 3 (None for []). node_class(val) works for LeetCode's old and new definitions."""
    head = None
    for v in reversed(values):
        node = node_class(v)
        node.next = head
        head = node
    return head


def _build_tree(values, node_class):
    """Level order with None for missing children ([3,9,20,None,None,15,7]) -> the tree (None for [])."""
    if not values:
        return None

    def make(v):
        node = node_class(v)
        node.left = node.right = None
        return node

    root = make(values[0])
    level = deque([root])
    i = 1
    while level and i < len(values):
        node = level.popleft()
        for side in ("left", "right"):
            if i < len(values) and values[i] is not None:
                child = make(values[i])
                setattr(node, side, child)
                level.append(child)
            i += 1
    return root


def _node_attr(node, name, kind):
    try:
        return getattr(node, name)
    except AttributeError:
        raise TypeError("the return value should be a %s (or None), not a %s" % (kind, type(node).__name__)) from None


def _list_values(head):
    """A returned linked list as its values; a cycle is the submission's error, not an endless loop."""
    values, seen = [], set()
    node = head
    while node is not None:
        if id(node) in seen:
            raise ValueError("the returned linked list has a cycle")
        seen.add(id(node))
        values.append(_node_attr(node, "val", "ListNode"))
        node = _node_attr(node, "next", "ListNode")
    return values


def _tree_values(root):
    """A returned tree as LeetCode writes it: level order, None for missing children, no trailing None."""
    values, seen = [], set()
    level = deque([root])
    while level:
        node = level.popleft()
        if node is None:
            values.append(None)
            continue
        if id(node) in seen:
            raise ValueError("the returned tree has a cycle or a node reached twice")
        seen.add(id(node))
        values.append(_node_attr(node, "val", "TreeNode"))
        level.append(_node_attr(node, "left", "TreeNode"))
        level.append(_node_attr(node, "right", "TreeNode"))
    while values and values[-1] is None:
        values.pop()
    return values


def make_converter(type_name, namespace=None):
    """Converter of a JSON argument to a declared type: int, long, double, bool, string, char, ListNode,
    TreeNode, T? and arrays T[] and T[][]. Nodes are made of the submission's ListNode/TreeNode (its own
    definition if it has one, else LeetCode's, which the prelude put in its globals)."""
    t = (type_name or "").strip()
    if t.endswith("[]"):
        inner_name = t[:-2].strip()
        inner = make_converter(inner_name, namespace)
        if inner_name in ("int", "long", "bool", "string", "char", "int?", "long?", "bool?", "char?") or inner is _identity:
            # JSON already gives these types; the parsed list is a fresh object the user may mutate.
            return _identity
        if inner_name == "double":
            return lambda v: v if v is None else list(map(_to_float, v))
        return lambda v: v if v is None else [inner(x) for x in v]
    if t in ("ListNode", "TreeNode"):
        node_class = (namespace or {}).get(t)
        if not isinstance(node_class, type):
            node_class = ListNode if t == "ListNode" else TreeNode
        build = _build_list if t == "ListNode" else _build_tree
        return lambda v: None if v is None else build(v, node_class)
    if t.endswith("?"):
        scalar = _SCALARS.get(t[:-1], _identity)
        return lambda v: None if v is None else scalar(v)
    return _SCALARS.get(t, _identity)


def make_output(type_name):
    """What a return value of a declared type is turned into before JSON: nodes into their LeetCode lists."""
    t = (type_name or "").strip()
    if t.endswith("[]"):
        inner = make_output(t[:-2])
        return _identity if inner is _identity else (lambda v: v if v is None else [inner(x) for x in v])
    if t == "ListNode":
        return _list_values
    if t == "TreeNode":
        return _tree_values
    return _identity


def _json_default(o):
    """Values json cannot encode itself: numpy arrays/scalars, sets, other iterables, Decimal/Fraction."""
    tolist = getattr(o, "tolist", None)
    if tolist is not None and type(o).__module__.split(".")[0] == "numpy":
        return tolist()
    if isinstance(o, (set, frozenset)):
        return list(o)
    if isinstance(o, complex):
        raise TypeError("cannot return a complex number")
    if hasattr(o, "__index__"):
        return o.__index__()
    if hasattr(o, "__float__") and not hasattr(o, "__iter__"):
        return float(o)
    if hasattr(o, "__iter__") and not isinstance(o, (str, bytes, bytearray)):
        return list(o)
    raise TypeError("the return value contains a %s, which has no JSON form" % type(o).__name__)


def _normalise(o):
    """Slow path, only when NaN/Infinity occur: a plain-JSON copy with them as strings."""
    if isinstance(o, float):
        if math.isnan(o):
            return "NaN"
        if math.isinf(o):
            return "Infinity" if o > 0 else "-Infinity"
        return o
    if o is None or isinstance(o, (bool, int, str)):
        return o
    if isinstance(o, (list, tuple)):
        return [_normalise(x) for x in o]
    if isinstance(o, dict):
        return {(k if isinstance(k, str) else json.dumps(_normalise(k))): _normalise(v) for k, v in o.items()}
    return _normalise(_json_default(o))


def to_json(value):
    try:
        return json.dumps(value, ensure_ascii=True, allow_nan=False, default=_json_default, separators=(",", ":"))
    except ValueError as e:
        if "Out of range float values" not in str(e):
            raise
    return json.dumps(_normalise(value), ensure_ascii=True, allow_nan=False, separators=(",", ":"))


# --------------------------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------------------------


def _exc_message(e):
    try:
        text = str(e)
    except Exception:  # noqa: BLE001 - user's __str__
        text = ""
    msg = type(e).__name__ + (": " + text if text else "")
    if len(msg) > MESSAGE_LIMIT:
        msg = msg[:MESSAGE_LIMIT] + "..."
    return msg


def _user_line(e):
    """The deepest line of the user's code in the exception's traceback, or None."""
    line = None
    tb = e.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == SOLUTION_FILE:
            line = tb.tb_lineno
        tb = tb.tb_next
    if line is None and isinstance(e, SyntaxError) and e.filename == SOLUTION_FILE:
        line = e.lineno
    return line


def _error_kind(e):
    if isinstance(e, RecursionError):
        return "StackOverflow"
    if isinstance(e, MemoryError):
        return "MemoryError"
    return "RuntimeError"


# --------------------------------------------------------------------------------------------------------------
# The submission
# --------------------------------------------------------------------------------------------------------------

PRELUDE = """
import sys, math, string, re, random, operator, collections, heapq, bisect, itertools, functools
from typing import *
from collections import *
from heapq import *
from bisect import *
from itertools import *
from functools import *
"""
_prelude_code = compile(PRELUDE, "<prelude>", "exec")


class Runner:
    def __init__(self):
        self.loaded = False
        self.io = "function"
        self.func = None  # top-level function, or None when cls is used
        self.cls = None
        self.method = None
        self.converters = []
        self.output = _identity
        self.design = None  # design problems: {"ctor": converters, "methods": {name: (converters, output or None)}}

    # ---- load ----
    def load(self, msg):
        if self.loaded:
            return {"type": "runtime_error", "message": "harness: the submission is already loaded", "line": None}
        self.io = msg.get("io") or "function"
        code = msg.get("code")
        if not isinstance(code, str):
            return {"type": "compile_error", "message": "No source code was given", "line": None, "column": None}
        try:
            compiled = compile(code, SOLUTION_FILE, "exec", dont_inherit=True)
        except SyntaxError as e:
            line = e.lineno if isinstance(e.lineno, int) else None
            col = e.offset if isinstance(e.offset, int) and e.offset > 0 else None
            return {"type": "compile_error", "message": "%s: %s" % (type(e).__name__, e.msg), "line": line, "column": col}
        except (ValueError, OverflowError, MemoryError, RecursionError) as e:
            return {"type": "compile_error", "message": _exc_message(e), "line": None, "column": None}

        if self.io == "stdio":
            with open(STDIO_PATH, "w", encoding="utf-8") as f:
                f.write(code)
            self.loaded = True
            return {"type": "loaded"}

        namespace = {"__name__": "__main__", "__builtins__": __builtins__, "__file__": SOLUTION_FILE}
        exec(_prelude_code, namespace)
        namespace["ListNode"], namespace["TreeNode"] = ListNode, TreeNode  # predefined, as on LeetCode
        _install_capture()
        try:
            exec(compiled, namespace)
        except BaseException as e:  # noqa: BLE001 - anything the top level raises is the user's runtime error
            out, _ = _take_output()
            return {"type": "runtime_error", "message": _exc_message(e), "line": _user_line(e)}
        _take_output()  # top-level prints belong to no test

        design = msg.get("design")
        if isinstance(design, dict):
            return self._load_design(design, namespace)
        function = msg.get("function") or ""
        class_name = msg.get("className") or "Solution"
        params = msg.get("params") or []
        names = [str(p.get("name", "arg%d" % i)) for i, p in enumerate(params)]
        self.converters = [make_converter(p.get("type"), namespace) for p in params]
        self.output = make_output(msg.get("returns"))
        cls = namespace.get(class_name)
        if isinstance(cls, type):
            if not callable(getattr(cls, function, None)):
                return {
                    "type": "compile_error",
                    "message": "Class %s has no method %s(%s)" % (class_name, function, ", ".join(["self"] + names)),
                    "line": None,
                    "column": None,
                }
            self.cls, self.method = cls, function
        elif callable(namespace.get(function)):
            self.func = namespace[function]
        else:
            return {
                "type": "compile_error",
                "message": "Expected a class %s with a method %s(%s)"
                % (class_name, function, ", ".join(["self"] + names)),
                "line": None,
                "column": None,
            }
        self.loaded = True
        return {"type": "loaded"}

    def _load_design(self, design, namespace):
        """A design problem: the class named, with a method per operation (LeetCode's LRUCache)."""
        class_name = str(design.get("className") or "")
        cls = namespace.get(class_name)
        methods = design.get("methods") or []
        if not isinstance(cls, type):
            return {"type": "compile_error", "message": "Expected a class %s with methods %s" % (
                class_name, ", ".join(str(m.get("name")) for m in methods)), "line": None, "column": None}
        table = {}
        for m in methods:
            name = str(m.get("name") or "")
            params = m.get("params") or []
            if not callable(getattr(cls, name, None)):
                return {"type": "compile_error", "message": "Class %s has no method %s(%s)" % (
                    class_name, name, ", ".join(["self"] + [str(p.get("name")) for p in params])), "line": None, "column": None}
            returns = m.get("returns")
            table[name] = ([make_converter(p.get("type"), namespace) for p in params], None if returns is None else make_output(returns))
        self.cls = cls
        self.design = {"ctor": [make_converter(p.get("type"), namespace) for p in design.get("constructor") or []], "methods": table}
        self.loaded = True
        return {"type": "loaded"}

    def _run_design(self, raw_args):
        """args = [operations, arguments]: the constructor, then each method; one result per operation."""
        if len(raw_args) != 2 or not isinstance(raw_args[0], list) or not isinstance(raw_args[1], list) \
                or len(raw_args[0]) != len(raw_args[1]) or not raw_args[0]:
            raise _HarnessError("a design test's args are [operations, arguments] of equal length")
        operations, arguments = raw_args
        ctor = self.design["ctor"]
        instance = self.cls(*[conv(a) for conv, a in zip(ctor, arguments[0])])
        results = [None]
        methods = self.design["methods"]
        for op, args in zip(operations[1:], arguments[1:]):
            if op not in methods:
                raise _HarnessError("unknown operation %r" % (op,))
            converters, output = methods[op]
            value = getattr(instance, op)(*[conv(a) for conv, a in zip(converters, args)])
            results.append(None if output is None else output(value))
        return results

    # ---- test ----
    def test(self, msg):
        test_id = msg.get("id")
        if not self.loaded:
            return {"type": "result", "id": test_id, "ok": False, "error": "RuntimeError",
                    "message": "harness: no submission loaded", "line": None, "stdout": "", "outputLimit": False}
        if self.io == "stdio":
            return self._test_stdio(test_id, msg.get("stdin") or "")
        return self._test_function(test_id, msg.get("args") or [])

    def _test_function(self, test_id, raw_args):
        _install_capture()
        CAPTURE.begin(test_id)
        _watching.set()
        try:
            if self.design is not None:
                value = self._run_design(raw_args)
            else:
                if len(raw_args) != len(self.converters) and self.converters:
                    raise _HarnessError("expected %d arguments, got %d" % (len(self.converters), len(raw_args)))
                args = [conv(a) for conv, a in zip(self.converters, raw_args)] if self.converters else list(raw_args)
                if self.cls is not None:
                    fn = getattr(self.cls(), self.method)
                else:
                    fn = self.func
                value = self.output(fn(*args))
                del args
            encoded = to_json(value)
            del value
            CAPTURE.end()
        except _HarnessError as e:
            CAPTURE.end()
            out, limit = _take_output()
            return {"type": "result", "id": test_id, "ok": False, "error": "RuntimeError",
                    "message": "harness: " + str(e), "line": None, "stdout": out, "outputLimit": limit}
        except BaseException as e:  # noqa: BLE001 - the user's exception, whatever it is
            CAPTURE.end()
            kind = _error_kind(e)
            message = _exc_message(e)
            line = _user_line(e)
            del e
            out, limit = _take_output()
            return {"type": "result", "id": test_id, "ok": False, "error": kind, "message": message,
                    "line": line, "stdout": out, "outputLimit": limit}
        finally:
            _watching.clear()
        out, limit = _take_output()
        # The value is already JSON; splice it in rather than decoding and encoding it again.
        head = json.dumps({"type": "result", "id": test_id, "ok": True}, separators=(",", ":"))[:-1]
        tail = json.dumps({"stdout": out, "outputLimit": limit}, ensure_ascii=True, separators=(",", ":"))[1:]
        return head + ',"value":' + encoded + "," + tail

    def _test_stdio(self, test_id, stdin_text):
        data = stdin_text.encode("utf-8", "replace") if isinstance(stdin_text, str) else b""
        try:
            proc = subprocess.Popen(
                [sys.executable, "-I", STDIO_PATH],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                cwd=WORK_DIR, close_fds=True,
            )
        except OSError as e:
            return {"type": "result", "id": test_id, "ok": False, "error": "RuntimeError",
                    "message": "could not start the program: %s" % e, "line": None, "stdout": "",
                    "outputLimit": False}
        out, flooded, err_head, err_tail = run_child_io(proc, data)
        code = proc.wait()
        err_text = err_head.decode("utf-8", "replace")
        if flooded:
            return {"type": "result", "id": test_id, "ok": False, "error": "OutputLimit",
                    "message": STDIO_LIMIT_MESSAGE, "line": None, "stdout": err_text, "outputLimit": False}
        value = out.decode("utf-8", "replace")
        if code == 0:
            return {"type": "result", "id": test_id, "ok": True, "value": value, "stdout": err_text,
                    "outputLimit": False}
        exit_code = code if code > 0 else 128 + (-code)
        tail = err_tail.decode("utf-8", "replace").strip()
        if code < 0:
            import signal

            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = "signal %d" % -code
            tail = (tail + "\n" if tail else "") + "killed by %s" % name
        return {"type": "result", "id": test_id, "ok": False, "error": "RuntimeError",
                "message": tail or "exit code %d" % exit_code, "line": _traceback_line(tail),
                "exitCode": exit_code, "value": value, "stdout": err_text, "outputLimit": False}


class _HarnessError(Exception):
    pass


def _traceback_line(text):
    """Last 'File ".../solution.py", line N' of a traceback text."""
    line = None
    marker = 'solution.py", line '
    pos = text.find(marker)
    while pos >= 0:
        digits = ""
        for ch in text[pos + len(marker):]:
            if not ch.isdigit():
                break
            digits += ch
        if digits:
            line = int(digits)
        pos = text.find(marker, pos + 1)
    return line


def run_child_io(proc, data):
    """Feed stdin, read stdout and stderr (head and tail kept) to their ends: (stdout, flooded, stderr head,
    stderr tail). A program whose stdout passes STDIO_VALUE_LIMIT bytes is killed on the spot (flooded)."""
    out_parts, out_len = [], 0
    flooded = False
    err_head, err_tail = bytearray(), bytearray()
    sel = selectors.DefaultSelector()
    in_fd = proc.stdin.fileno()
    offset = 0
    if data:
        os.set_blocking(in_fd, False)
        sel.register(in_fd, selectors.EVENT_WRITE)
    else:
        proc.stdin.close()
    sel.register(proc.stdout.fileno(), selectors.EVENT_READ, "out")
    sel.register(proc.stderr.fileno(), selectors.EVENT_READ, "err")
    while sel.get_map():
        for key, _ in sel.select():
            fd = key.fd
            if fd == in_fd:
                try:
                    offset += os.write(fd, data[offset:offset + 65536])
                except BlockingIOError:
                    continue
                except (BrokenPipeError, OSError):
                    offset = len(data)
                if offset >= len(data):
                    sel.unregister(fd)
                    proc.stdin.close()
                continue
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                sel.unregister(fd)
                continue
            if key.data == "out":
                out_len += len(chunk)
                if out_len > STDIO_VALUE_LIMIT:
                    flooded = True
                    proc.kill()
                    break
                out_parts.append(chunk)
            else:
                if len(err_head) < CAPTURE_LIMIT:
                    err_head += chunk[:CAPTURE_LIMIT - len(err_head)]
                err_tail += chunk
                if len(err_tail) > STDERR_TAIL:
                    del err_tail[:-STDERR_TAIL]
        if flooded:
            break  # no waiting for end of file: processes the program started may hold the pipes open
    sel.close()
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        try:
            pipe.close()
        except OSError:
            pass
    return b"".join(out_parts), flooded, bytes(err_head), bytes(err_tail)


# --------------------------------------------------------------------------------------------------------------
# Main loop
# --------------------------------------------------------------------------------------------------------------


def warm_up():
    import collections, heapq, bisect, itertools, functools, random, re, string, operator, typing  # noqa: F401,E401
    import traceback  # noqa: F401

    try:
        import numpy  # noqa: F401  (about 0.1 s; ML submissions would otherwise pay it in their first test)
    except Exception:  # noqa: BLE001 - no numpy on this machine: submissions that import it fail on their own
        pass
    to_json([1, 2.5, (3, 4), float("nan")])
    json.loads('{"type":"test","id":0,"args":[[1,2,3],4]}')


def serve():
    global _nonce_json
    runner = Runner()
    send({"type": "ready", "protocol": PROTOCOL_VERSION})  # warm: the judge may now hand this container a submission
    while True:
        try:
            msg = read_message()
        except ValueError as e:
            diag("bad message: %s" % e)
            send({"type": "error", "message": "harness: bad message: %s" % e})
            continue
        if msg is None:
            return
        kind = msg.get("type") if isinstance(msg, dict) else None
        if kind == "load":
            nonce = msg.get("nonce")
            _nonce_json = json.dumps(nonce, ensure_ascii=True) if isinstance(nonce, str) else None
            send(runner.load(msg))
        elif kind == "test":
            reply = runner.test(msg)
            if isinstance(reply, str):
                send_raw(reply)
            else:
                send(reply)
        else:
            diag("unknown message type %r" % (kind,))
            send({"type": "error", "message": "harness: unknown message type %r" % (kind,)})


def main():
    warm_up()
    sys.setrecursionlimit(RECURSION_LIMIT)
    threading.stack_size(THREAD_STACK)
    failure = []

    def body():
        try:
            serve()
        except BaseException as e:  # noqa: BLE001 - a harness bug: say so on the diagnostics stream
            import traceback

            failure.append(e)
            diag("crashed:\n" + "".join(traceback.format_exception(type(e), e, e.__traceback__)))

    worker = threading.Thread(target=body, name="runner")
    worker.start()
    threading.stack_size(0)  # threads the user's code starts get the default stack
    threading.Thread(target=_watch_fd_capture, name="output-watch", daemon=True).start()
    worker.join()
    os._exit(1 if failure else 0)  # no interpreter teardown: user threads or atexit hooks cannot delay the exit


if __name__ == "__main__":
    main()
