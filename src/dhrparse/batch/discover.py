"""Which files a batch converts: files named on the command line, and supported
files (.pdf, .docx, .txt, .md, ...) inside folders, optionally recursive and
filtered by glob patterns."""
from __future__ import annotations

import errno
import fnmatch
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from dhrparse.readers import SUPPORTED_SUFFIXES


@dataclass
class Input:
    path: Path
    name: str                 # source name: relative to the folder it was found in
    error: str | None = None  # set when the input could not be found


def _skipped(name: str) -> bool:
    # hidden files and Office lock files ("~$report.docx") are never reports
    return name.startswith((".", "~$"))


def _matches(rel: str, globs: list[str]) -> bool:
    if not globs:
        return True
    rel_l, name_l = rel.lower(), rel.rsplit("/", 1)[-1].lower()
    return any(fnmatch.fnmatchcase(name_l, g.lower()) or fnmatch.fnmatchcase(rel_l, g.lower()) for g in globs)


def _walk(folder: Path, recursive: bool, exclude: set[Path]) -> Iterable[Path]:
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        here = Path(dirpath)
        if recursive:
            dirnames[:] = sorted(d for d in dirnames
                                 if not _skipped(d) and (here / d).resolve() not in exclude)
        else:
            dirnames[:] = []
        for name in sorted(filenames):
            if not _skipped(name):
                yield here / name


def _unreadable(path: Path) -> str | None:
    """Why the walk cannot convert this entry (listed as failed), None when it can, or
    "skip" for an entry that is no file at all (a folder)."""
    try:
        info = path.stat()
    except OSError as exc:
        if path.is_symlink():
            return ("the link loops back on itself" if exc.errno == errno.ELOOP
                    else "the link points to nothing (a dangling link)")
        return str(exc.strerror or exc)
    if stat.S_ISDIR(info.st_mode):
        return "skip"
    if stat.S_ISFIFO(info.st_mode) or stat.S_ISSOCK(info.st_mode):
        return "not a regular file (a pipe or socket), which could wait forever"
    return None


def discover(inputs: Iterable[str], *, recursive: bool = False, globs: Iterable[str] = (),
             exclude: Iterable[Path] = ()) -> list[Input]:
    """Inputs in a stable order, each file once. Files named explicitly are always
    taken (their format is sniffed from the content); files inside folders only
    when their suffix is supported and they match a --pattern (when given)."""
    globs = list(globs)
    excluded = {Path(p).resolve() for p in exclude}
    found: list[Input] = []
    seen: set[Path] = set()

    def add(item: Input) -> None:
        try:
            key = item.path.resolve()
        except (OSError, RuntimeError):     # a link that loops
            key = item.path.absolute()
        if key not in seen:
            seen.add(key)
            found.append(item)

    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path, recursive, excluded):
                rel = file.relative_to(path).as_posix()
                if file.suffix.lower() in SUPPORTED_SUFFIXES and _matches(rel, globs):
                    problem = _unreadable(file)
                    if problem != "skip":
                        add(Input(file, rel, error=problem))
        elif path.exists():
            problem = _unreadable(path)
            add(Input(path, path.name, error=None if problem == "skip" else problem))
        else:
            add(Input(path, path.name, error=(_unreadable(path) if path.is_symlink() else None)
                      or "no such file or folder"))
    return found
