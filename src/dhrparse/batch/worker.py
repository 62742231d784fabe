"""Convert files in worker processes.

`convert` runs in a worker: it takes a path, returns an Outcome (the Document as
JSON, or an error message) and never raises. Each worker converts one file at a time
and the parent knows which, so a worker that dies outright (a crash in a PDF library,
the OOM killer) fails that file only, and a file that takes longer than the time budget
(`--timeout`) has its worker stopped and is reported "timed out" while the rest carry
on. Workers end themselves when the parent dies (a parent-death signal, and a watch on
the parent's id where that signal is missing), so a killed batch leaves nothing behind.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
import traceback
import warnings
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import wait

CRASHED = "the worker process converting this file died (crash or out of memory)"


def timed_out(seconds: float) -> str:
    return f"timed out after {seconds:g} s (raise the budget with --timeout)"


@dataclass(frozen=True)
class Settings:
    patterns_dirs: tuple[str, ...] = ()
    password: str | None = None
    max_bytes: int = 200 * 1024 * 1024
    max_pages: int = 5000
    debug: bool = False
    max_inflate_mb: int = 128
    max_objects: int = 1_000_000
    timeout: float = 600.0  # seconds one file may take (0: no limit)


@dataclass
class Outcome:
    ok: bool
    document: str | None = None  # Document JSON
    error: str | None = None  # one line, for the manifest
    seconds: float = 0.0
    detail: str | None = None  # traceback, shown with --debug


_state: dict = {}


def init_worker(settings: Settings) -> None:
    from dhrparse.patterns import load_patterns
    from dhrparse.readers import Limits

    if not settings.debug:
        # library chatter (pdfminer warnings...) would scribble over the progress bar
        logging.getLogger().setLevel(logging.ERROR)
        warnings.simplefilter("ignore")
    _state["settings"] = settings
    _state["patterns"] = load_patterns(*settings.patterns_dirs)
    _state["limits"] = Limits(
        max_bytes=settings.max_bytes,
        max_pages=settings.max_pages,
        max_inflate=settings.max_inflate_mb * 1024 * 1024,
        max_objects=settings.max_objects,
    )


def convert(path: str) -> Outcome:
    start = time.perf_counter()
    try:
        if "patterns" not in _state:
            init_worker(Settings())
        from dhrparse.pipeline import analyse
        from dhrparse.readers import ReadError

        settings = _state["settings"]
        try:
            analysis = analyse(
                path, patterns=_state["patterns"], password=settings.password, limits=_state["limits"]
            )
        except ReadError as exc:
            return Outcome(False, error=str(exc), seconds=time.perf_counter() - start)
        return Outcome(
            True, document=analysis.document.model_dump_json(), seconds=time.perf_counter() - start
        )
    except Exception as exc:  # anything else is our bug or the file's, never the pool's
        message = " ".join(f"internal error: {type(exc).__name__}: {exc}".split())
        return Outcome(
            False, error=message, seconds=time.perf_counter() - start, detail=traceback.format_exc()
        )


OnDone = Callable[[str, Outcome], None]


def _die_with_parent(parent: int) -> None:
    """End this worker when the batch that started it dies, however it died."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # died before the signal was asked for
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _serve(conn, settings: Settings, fn: Callable, parent: int) -> None:
    """A worker's life: convert the paths the parent sends, one at a time, until told
    to stop (None) or the parent goes away."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    init_worker(settings)
    conn.send("ready")  # the time budget of a file starts when a worker can take it
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return
        if path is None:
            return
        outcome = fn(path)
        try:
            conn.send(outcome)
        except (OSError, ValueError):
            return


class _Worker:
    """One worker process and the file it is converting."""

    def __init__(self, context, settings: Settings, fn: Callable):
        self.conn, child = context.Pipe()
        # spawn, not fork: the parent runs rich's refresh thread, and forking a
        # threaded process can deadlock
        self.proc = context.Process(target=_serve, args=(child, settings, fn, os.getpid()), daemon=True)
        self.proc.start()
        child.close()
        self.path: str | None = None
        self.started = 0.0
        self.ready = False

    def give(self, path: str) -> None:
        self.path, self.started = path, time.monotonic()
        self.conn.send(path)

    def stop(self, now: bool = False) -> None:
        if now:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                self.proc.kill()
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def run_all(
    paths: list[str],
    settings: Settings,
    jobs: int,
    on_done: OnDone,
    fn: Callable = convert,
    on_start: Callable[[str], None] | None = None,
) -> None:
    """Convert every path, calling `on_start(path)` as its conversion is handed to a worker
    and `on_done(path, outcome)` once for each, in the order they finish. `fn` (a
    top-level function, for spawn) replaces `convert` in tests."""
    pool = _Pool(paths, settings, jobs, fn, on_done, on_start)
    try:
        while pool.busy():
            pool.staff()
            pool.hand_out()
            pool.collect()
    except BaseException:
        # Ctrl-C, or a signal turned into an exception: stop the workers we started
        for w in pool.workers:
            w.proc.kill()
        raise
    for w in pool.workers:
        w.stop()


class _Pool:
    """The files still to convert and the worker processes converting them: each worker takes one
    file at a time; one that dies, hangs past the time budget or never starts is replaced."""

    def __init__(self, paths, settings: Settings, jobs: int, fn: Callable, on_done: OnDone, on_start):
        self.queue = deque(paths)
        self.settings, self.jobs, self.fn = settings, jobs, fn
        self.on_done, self.on_start = on_done, on_start
        self.context = multiprocessing.get_context("spawn")
        self.workers: list[_Worker] = []
        self.budget = settings.timeout or None
        self.stillborn = 0

    def busy(self) -> bool:
        return bool(self.queue or any(w.path for w in self.workers))

    def staff(self) -> None:
        """No more workers than jobs, nor than files left to convert."""
        while len(self.workers) < min(self.jobs, len(self.queue) + sum(1 for w in self.workers if w.path)):
            self.workers.append(_Worker(self.context, self.settings, self.fn))

    def hand_out(self) -> None:
        for w in list(self.workers):
            if w.ready and w.path is None and self.queue:
                try:
                    w.give(self.queue.popleft())
                except (OSError, ValueError):  # the worker died between files
                    self.queue.appendleft(w.path)
                    _retire(self.workers, w)
                    continue
                if self.on_start is not None:
                    self.on_start(w.path)

    def collect(self) -> None:
        """Wait for a result, a worker's start or death, or the time budget of the oldest file."""
        watched = [w for w in self.workers if w.path or not w.ready]
        if not watched:
            return
        timeout = None
        if self.budget and any(w.path for w in watched):
            timeout = max(0.0, min(w.started + self.budget for w in watched if w.path) - time.monotonic())
        ready = wait([w.conn for w in watched] + [w.proc.sentinel for w in watched], timeout=timeout)
        now = time.monotonic()
        for w in watched:
            if w.conn in ready:
                self._message(w, now)
            elif w.proc.sentinel in ready:
                self._died(w, now)
            elif self.budget and w.path and now - w.started >= self.budget:
                path = w.path
                _retire(self.workers, w)
                self.on_done(path, Outcome(False, error=timed_out(self.budget), seconds=now - w.started))

    def _message(self, w: _Worker, now: float) -> None:
        """A worker's first message says it is ready; each after that is a file's outcome."""
        path = w.path
        try:
            message = w.conn.recv()
        except (EOFError, OSError):
            _retire(self.workers, w)
            if path:
                self.on_done(path, Outcome(False, error=CRASHED, seconds=now - w.started))
            return
        except Exception as exc:  # e.g. a result that could not be unpickled
            message = Outcome(False, error=f"could not collect the result: {type(exc).__name__}: {exc}")
        if not w.ready:
            w.ready = True
            return
        w.path = None
        self.on_done(path, message)

    def _died(self, w: _Worker, now: float) -> None:
        path = w.path
        _retire(self.workers, w)
        if not w.ready:
            self.stillborn += 1
            if self.stillborn > 3:  # workers cannot start at all: fail what is left
                while self.queue:
                    self.on_done(self.queue.popleft(), Outcome(False, error="no worker process could start"))
        if path:
            self.on_done(path, Outcome(False, error=CRASHED, seconds=now - w.started))


def _retire(workers: list[_Worker], dead: _Worker) -> None:
    """Take a dead, stuck or timed-out worker out; a fresh one is started when needed."""
    dead.path = None
    dead.stop(now=True)
    if dead in workers:
        workers.remove(dead)
