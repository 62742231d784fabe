"""Bytes in, never more than the limit: the size of a file is checked with `stat` before
it is read, and every read (a file, a device such as /dev/zero, a pipe, standard input)
stops one byte past the limit, so `--max-bytes` holds whatever the input is and a 3 GB
file costs nothing to refuse."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from dhrparse.readers import ReadError


def over_limit(size: int, limit: int) -> ReadError:
    return ReadError(f"file is {size:,} bytes, over the limit of {limit:,} (raise it with --max-bytes)")


def _stream_over(limit: int) -> ReadError:
    return ReadError(f"input is over the limit of {limit:,} bytes (raise it with --max-bytes)")


def read_file(path: Path, limit: int) -> bytes:
    """The file's bytes, refused before reading when `stat` says it is too large."""
    try:
        with open(path, "rb") as fh:
            info = os.fstat(fh.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise over_limit(info.st_size, limit)
            data = fh.read(limit + 1)
    except IsADirectoryError:
        raise ReadError("is a directory (use `dhrparse batch` for folders)") from None
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as exc:
        raise ReadError(str(exc.strerror or exc)) from None
    if len(data) > limit:
        raise _stream_over(limit)
    return data


def read_stdin(limit: int) -> bytes:
    """Standard input's bytes, up to the limit; a closed standard input is one clear error."""
    stream = sys.stdin
    if stream is None:  # the shell closed it (`<&-`)
        raise ReadError("standard input is closed")
    try:
        data = stream.buffer.read(limit + 1)
    except (OSError, ValueError) as exc:
        raise ReadError(
            f"standard input could not be read ({getattr(exc, 'strerror', None) or exc})"
        ) from None
    if len(data) > limit:
        raise _stream_over(limit)
    return data
