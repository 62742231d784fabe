"""Convert files in worker processes.

`convert` runs in a worker: it takes a path, returns an Outcome (the Document as
JSON, or an error message) and never raises, so one bad file cannot take the
pool down. A worker that dies outright (a crash in a PDF library, the OOM killer)
breaks the whole pool; `run_all` then re-runs only the files that were in flight,
each in a pool of its own, to find the one that crashed, and carries on with the
rest.
"""
from __future__ import annotations

import logging
import multiprocessing
import time
import traceback
import warnings
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Callable

CRASHED = "the worker process converting this file died (crash or out of memory)"


@dataclass(frozen=True)
class Settings:
    patterns_dirs: tuple[str, ...] = ()
    password: str | None = None
    max_bytes: int = 200 * 1024 * 1024
    max_pages: int = 5000
    debug: bool = False
    max_inflate_mb: int = 128


@dataclass
class Outcome:
    ok: bool
    document: str | None = None   # Document JSON
    error: str | None = None      # one line, for the manifest
    seconds: float = 0.0
    detail: str | None = None     # traceback, shown with --debug


_state: dict = {}


def init_worker(settings: Settings) -> None:
    from ..patterns import load_patterns
    from ..readers import Limits
    if not settings.debug:
        # library chatter (pdfminer warnings...) would scribble over the progress bar
        logging.getLogger().setLevel(logging.ERROR)
        warnings.simplefilter("ignore")
    _state["settings"] = settings
    _state["patterns"] = load_patterns(*settings.patterns_dirs)
    _state["limits"] = Limits(max_bytes=settings.max_bytes, max_pages=settings.max_pages,
                              max_inflate=settings.max_inflate_mb * 1024 * 1024)


def convert(path: str) -> Outcome:
    start = time.perf_counter()
    try:
        if "patterns" not in _state:
            init_worker(Settings())
        from ..pipeline import analyse
        from ..readers import ReadError
        settings = _state["settings"]
        try:
            analysis = analyse(path, patterns=_state["patterns"], password=settings.password,
                               limits=_state["limits"])
        except ReadError as exc:
            return Outcome(False, error=str(exc), seconds=time.perf_counter() - start)
        return Outcome(True, document=analysis.document.model_dump_json(), seconds=time.perf_counter() - start)
    except Exception as exc:  # anything else is our bug or the file's, never the pool's
        message = " ".join(f"internal error: {type(exc).__name__}: {exc}".split())
        return Outcome(False, error=message, seconds=time.perf_counter() - start,
                       detail=traceback.format_exc())


OnDone = Callable[[str, Outcome], None]


def _pool(settings: Settings, workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: the parent runs rich's refresh thread, and forking a
    # threaded process can deadlock
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=init_worker, initargs=(settings,))


def _run(queue: deque[str], settings: Settings, jobs: int, on_done: OnDone, fn: Callable = convert,
         on_start: Callable[[str], None] | None = None) -> list[str]:
    """Convert from `queue` until it is empty or the pool breaks. Keeps at most
    `jobs` files in flight, so after a break the suspects are few and the files
    still queued are known to be innocent. Returns the suspects."""
    pool = _pool(settings, min(jobs, len(queue)))
    inflight: dict[Future, str] = {}
    suspects: list[str] = []
    broken = False
    try:
        while queue or inflight:
            while queue and len(inflight) < jobs and not broken:
                key = queue.popleft()
                try:
                    inflight[pool.submit(fn, key)] = key
                    if on_start is not None:
                        on_start(key)
                except BrokenProcessPool:
                    queue.appendleft(key)
                    broken = True
            if not inflight:
                break
            done, _ = wait(inflight, return_when=FIRST_COMPLETED)
            if broken:
                done = set(inflight)  # every future left will settle now
            for future in done:
                key = inflight.pop(future)
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    suspects.append(key)
                    broken = True
                    continue
                except Exception as exc:  # e.g. a result that could not be unpickled
                    outcome = Outcome(False, error=f"could not collect the result: {type(exc).__name__}: {exc}")
                on_done(key, outcome)
            if broken and not inflight:
                break
    except BaseException:
        # Ctrl-C: stop the workers we started instead of waiting for them
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            proc.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return suspects


def run_all(paths: list[str], settings: Settings, jobs: int, on_done: OnDone, fn: Callable = convert,
            on_start: Callable[[str], None] | None = None) -> None:
    """Convert every path, calling `on_start(path)` as its conversion is handed to a worker
    and `on_done(path, outcome)` once for each, in the order they finish. `fn` (a
    top-level function, for spawn) replaces `convert` in tests."""
    queue = deque(paths)
    while queue:
        suspects = _run(queue, settings, jobs, on_done, fn, on_start)
        for key in suspects:
            # retry alone: if its own pool breaks too, this file is the culprit
            if _run(deque([key]), settings, 1, on_done, fn):
                on_done(key, Outcome(False, error=CRASHED))
