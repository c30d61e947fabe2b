"""Python console of the sandbox protocol (docs/sandbox-protocol.md, "Console containers").

Run as `python3 -I -S /opt/harness/python/console.py` inside a sandbox container. It reads one `eval` per line from
stdin and answers one `evaluated` line each on the real stdout. Every snippet runs in the same namespace, so what one
defines the next can use, as in Python's own REPL; a snippet ending in an expression shows its repr (None shows
nothing), like the REPL's display hook, and `_` is the last value shown.

What a snippet prints (print, sys.stdout/stderr, os.write(1/2, ...), child processes) is captured, never written to
the protocol. Printing more than 64 KiB answers for the snippet with `outputLimit` and ends the process at once
(os._exit: no `except` in the snippet can keep a flood going); the judge starts the session again.
"""

import os
import sys

if sys.flags.no_site:  # numpy lives in Debian's dist-packages
    import site as _site

    for _p in _site.getsitepackages():
        if os.path.isdir(_p) and _p not in sys.path:
            sys.path.append(_p)
    del _site, _p

sys.dont_write_bytecode = True

import ast  # noqa: E402
import builtins  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402

PROTOCOL_VERSION = 3  # docs/sandbox-protocol.md; the same in harness.py, harness.js and console.js
SNIPPET_FILE = "<console>"
CAPTURE_LIMIT = 64 * 1024
VALUE_LIMIT = 8 * 1024  # characters of a shown value
OUTPUT_LIMIT_MESSAGE = "OutputLimit: the snippet printed more than 64 KiB."
WATCH_INTERVAL = 0.02
RECURSION_LIMIT = 10_000
THREAD_STACK = 256 * 1024 * 1024

# The real stdin/stdout on private descriptors (close-on-exec); descriptors 1 and 2 go to an anonymous file.
PROTO_IN = os.dup(0)
PROTO_OUT = os.dup(1)
DIAG = os.dup(2)
CAPTURE_FD = os.open("/tmp", os.O_TMPFILE | os.O_RDWR | os.O_APPEND, 0o600)
os.dup2(CAPTURE_FD, 1)
os.dup2(CAPTURE_FD, 2)
_devnull = os.open(os.devnull, os.O_RDONLY)
os.dup2(_devnull, 0)
os.close(_devnull)

MAIN_PID = os.getpid()  # a snippet's forked children end with it, never serving the protocol
_gate = threading.Lock()
_current = {"id": None, "nonce": None}  # the snippet running now; None between snippets


def _write_line(obj):
    data = (json.dumps(obj, ensure_ascii=True, separators=(",", ":")) + "\n").encode("ascii")
    view = memoryview(data)
    while view:
        view = view[os.write(PROTO_OUT, view):]


def _answer(obj):
    """Answers for the running snippet unless something else already did (the output limit)."""
    with _gate:
        if _current["id"] is None:
            return
        obj = {"type": "evaluated", "id": _current["id"], "nonce": _current["nonce"], **obj}
        _current["id"] = None
        _write_line(obj)


def _fd_output():
    size = os.fstat(CAPTURE_FD).st_size
    if not size:
        return "", False
    raw = os.pread(CAPTURE_FD, CAPTURE_LIMIT + 1, 0)
    os.ftruncate(CAPTURE_FD, 0)
    return raw.decode("utf-8", "replace"), size > CAPTURE_LIMIT


def _limit_exit(text):
    with _gate:
        if _current["id"] is not None:
            fd_text, _ = _fd_output()
            out = (text + fd_text).encode("utf-8", "replace")[:CAPTURE_LIMIT].decode("utf-8", "ignore")
            _write_line({"type": "evaluated", "id": _current["id"], "nonce": _current["nonce"], "stdout": out,
                         "error": OUTPUT_LIMIT_MESSAGE, "outputLimit": True})
        os._exit(0)


class Capture(io.TextIOBase):
    """sys.stdout and sys.stderr of the snippets."""

    def __init__(self):
        super().__init__()
        self._parts = []
        self._bytes = 0

    @property
    def encoding(self):
        return "utf-8"

    def writable(self):
        return True

    def isatty(self):
        return False

    def fileno(self):
        return 1

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        s = str.__str__(s)
        self._parts.append(s)
        self._bytes += len(s.encode("utf-8", "replace"))
        if self._bytes > CAPTURE_LIMIT:
            _limit_exit(self.take())
        return len(s)

    def flush(self):
        pass

    def size(self):
        return self._bytes

    def take(self):
        text = "".join(self._parts)
        self._parts, self._bytes = [], 0
        return text


CAPTURE = Capture()
sys.stdout = sys.stderr = sys.__stdout__ = sys.__stderr__ = CAPTURE


def _watch():
    """Output written to descriptors 1/2 bypasses Capture.write: a flood there ends the snippet too."""
    while True:
        time.sleep(WATCH_INTERVAL)
        if _current["id"] is not None and os.fstat(CAPTURE_FD).st_size + CAPTURE.size() > CAPTURE_LIMIT:
            _limit_exit(CAPTURE.take())


# LeetCode's implicit imports, as the runner has them.
PRELUDE = """
from typing import *
from collections import *
from heapq import *
from bisect import *
from itertools import *
from functools import *
import math, string, re, random, operator, sys, collections, heapq, bisect, itertools, functools
"""
NAMESPACE = {"__name__": "__console__", "__builtins__": builtins}


def _line_of(e):
    if isinstance(e, SyntaxError) and e.filename == SNIPPET_FILE:
        return e.lineno
    lines = [f.lineno for f in traceback.extract_tb(e.__traceback__) if f.filename == SNIPPET_FILE]
    return lines[-1] if lines else None


def _shown(value):
    text = repr(value)
    return text if len(text) <= VALUE_LIMIT else text[:VALUE_LIMIT] + "..."


def evaluate(code):
    """(value or None, error or None, line or None) of one snippet, run in NAMESPACE."""
    try:
        tree = ast.parse(code, SNIPPET_FILE, "exec")
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, SNIPPET_FILE, "exec"), NAMESPACE)
        if last is None:
            return None, None, None
        value = eval(compile(ast.Expression(last.value), SNIPPET_FILE, "eval"), NAMESPACE)
        if value is None:
            return None, None, None
        NAMESPACE["_"] = value
        return _shown(value), None, None
    except BaseException as e:  # noqa: BLE001 - SystemExit and KeyboardInterrupt too: the session goes on
        message = "".join(traceback.format_exception_only(type(e), e)).strip().splitlines()[-1]
        return None, message[:VALUE_LIMIT], _line_of(e)


def _read_lines():
    reader = os.fdopen(PROTO_IN, "rb", buffering=1 << 16)
    for line in reader:
        if line.strip():
            yield line


def serve():
    for raw in _read_lines():
        try:
            request = json.loads(raw)
            rid, code, nonce = request["id"], request["code"], request["nonce"]
            if request.get("type") != "eval" or not isinstance(rid, int) or not isinstance(code, str):
                raise ValueError("expected an eval with an integer id and a string code")
        except (ValueError, KeyError, TypeError) as e:
            _write_line({"type": "error", "message": "Malformed request: %s" % e})
            continue
        CAPTURE.take()
        _fd_output()
        with _gate:
            _current["id"], _current["nonce"] = rid, nonce
        value, error, line = evaluate(code)
        if os.getpid() != MAIN_PID:
            os._exit(0)
        fd_text, cut = _fd_output()
        out = CAPTURE.take() + fd_text
        answer = {"stdout": out, "outputLimit": cut}
        if value is not None:
            answer["value"] = value
        if error is not None:
            answer["error"] = error
            answer["line"] = line
        _answer(answer)


def main():
    sys.setrecursionlimit(RECURSION_LIMIT)
    exec(PRELUDE, NAMESPACE)
    try:
        import numpy  # noqa: F401 - paid once here, not in the first snippet that uses it
    except ImportError:
        pass

    for snippet in ("xs = [3, 1, 2]\nsorted(xs)", "undefined_name", "print('x')"):
        evaluate(snippet)
    CAPTURE.take()
    _fd_output()
    NAMESPACE.pop("xs", None)
    NAMESPACE.pop("_", None)
    threading.Thread(target=_watch, daemon=True).start()
    _write_line({"type": "ready", "protocol": PROTOCOL_VERSION})
    serve()


def _main_or_report():
    try:
        main()
    except BaseException:  # noqa: BLE001 - a console bug: the judge sees the stream end, the log says why
        os.write(DIAG, ("console failed: " + traceback.format_exc()).encode("utf-8", "replace"))


if __name__ == "__main__":
    threading.stack_size(THREAD_STACK)
    worker = threading.Thread(target=_main_or_report)
    worker.start()
    worker.join()
    os._exit(0)
