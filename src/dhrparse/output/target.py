"""Where output goes, safely: an output never overwrites an input, never replaces a
device, a FIFO or a symbolic link with a regular file, never leaves a half-written file
in place of a good one, and never reports success it did not have.

- `refuse_inputs`: the output path resolves (links followed) to one of the inputs.
- `delivered`: the writers write to a staging path; a regular file is staged in the
  target's own folder, flushed and fsynced, then renamed over the target (the target a
  link points to, so the link stays); a character device or FIFO is written through, as
  `>` in a shell would, instead of being replaced.
- `run_cli`: the command line's entry point; a write to standard output that fails (a
  full disk, a closed stdout) is one line on stderr and exit status 1, and a broken pipe
  (`| head`) stays quiet.
"""

from __future__ import annotations

import errno
import gc
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from dhrparse.output.terminal import printable


class OutputError(Exception):
    """The output could not be written; the message is one line for the user."""


def _identity(path: str | Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)  # follows links: a link to the input is the input
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


def refuse_inputs(
    output: str | Path | None, inputs: Iterable[str | Path], *, names: Iterable[str] = ()
) -> None:
    """Raise OutputError when `output` (or, for a folder, any of `names` inside it) is
    one of `inputs`."""
    if output is None or str(output) == "-":
        return
    targets = {Path(output)} | {Path(output) / n for n in names}
    wanted = {ident: t for t in targets if (ident := _identity(t)) is not None}
    if not wanted:
        return
    for item in inputs:
        if str(item) == "-":
            continue
        ident = _identity(item)
        if ident in wanted:
            raise OutputError(
                f"{wanted[ident]}: is the input {item}; refusing to overwrite it (choose another output)"
            )


def _message(target: str | Path, exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOTDIR:
        reason = "a part of the path is a file, not a folder"
    elif exc.errno == errno.EISDIR:
        reason = "is a folder (name a file)"
    elif exc.errno == errno.ENOENT:
        reason = "its folder does not exist"
    elif exc.errno == errno.ENOSPC:
        reason = "no space left on the device"
    elif exc.errno == errno.EEXIST:
        reason = "exists and is not a folder"
    return f"{target}: cannot write the output: {reason}"


@contextmanager
def delivered(output: str | Path | None, *, folder: bool = False) -> Iterator[Path | None]:
    """The path the writers should write `output` to; on a clean exit the output is in
    place, complete and on disk. `None` (stdout) and folders (`folder=True`: the writers
    put several files there, each atomically) are passed through, with errors reworded."""
    if output is None or folder:
        try:
            yield None if output is None else Path(output)
        except BrokenPipeError:
            raise  # `| head`: the caller stays quiet
        except OSError as exc:
            raise OutputError(_message(output or "standard output", exc)) from None
        return
    target = Path(output)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(_message(target, exc)) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(_message(target, IsADirectoryError(errno.EISDIR, "is a directory")))
    if info is not None and not stat.S_ISREG(info.st_mode):
        with _through_device(target) as staging:
            yield staging
        return
    final = target.resolve() if target.is_symlink() else target  # keep the link, replace what it names
    with _staged_beside(final, info) as staging:
        yield staging


@contextmanager
def _staged_beside(final: Path, info: os.stat_result | None) -> Iterator[Path]:
    try:
        final.parent.mkdir(parents=True, exist_ok=True)  # as the writers do
        fd, name = tempfile.mkstemp(
            prefix=f".{final.stem}-", suffix=f".dhrparse-tmp{final.suffix}", dir=final.parent or Path(".")
        )
        os.close(fd)
    except OSError as exc:
        raise OutputError(_message(final, exc)) from None
    staging = Path(name)
    try:
        yield staging
        _fsync(staging)
        if info is not None:
            os.chmod(staging, stat.S_IMODE(info.st_mode))  # keep the file's permissions
        os.replace(staging, final)
        _fsync_folder(final.parent)
    except OSError as exc:
        raise OutputError(_message(final, exc)) from None
    finally:
        if staging.exists():
            staging.unlink()


@contextmanager
def _through_device(target: Path) -> Iterator[Path]:
    """A device or FIFO: the output is staged privately, then written into it."""
    folder = Path(tempfile.mkdtemp(prefix="dhrparse-"))
    staging = folder / f"output{target.suffix}"
    try:
        yield staging
        with open(staging, "rb") as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
    except OSError as exc:
        raise OutputError(_message(target, exc)) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename is done
    finally:
        os.close(fd)


class _ClosedStdout:
    """Stands in for a standard output the shell closed (`>&-`): writing to it is an
    error, reported once, instead of output silently lost."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def _quiet_stdout() -> None:
    """Point file descriptor 1 at /dev/null so the interpreter's last flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:
        pass


def _say(message: str) -> None:
    try:
        if sys.stderr is not None:
            sys.stderr.write(f"dhrparse: error: {printable(message)}\n")
            sys.stderr.flush()
    except OSError:
        pass  # no stderr either: the exit status still tells


def run_cli() -> None:
    """`dhrparse`: the click group, with failures of standard output made one line."""
    from dhrparse.cli import main
    from dhrparse.heap import return_large_blocks

    return_large_blocks()  # (a long report's working copies freed stage by stage, not kept)
    if sys.stdout is None:
        sys.stdout = _ClosedStdout()  # type: ignore[assignment]
    code: int | str | None = 0
    try:
        main(standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(1)
    except OSError as exc:
        _say(
            _message("standard output", exc)
            if exc.errno in (errno.ENOSPC, errno.EBADF, errno.EIO)
            else f"{exc.strerror or exc}"
        )
        _quiet_stdout()
        sys.exit(1)
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        code = code or 1
    except OSError as exc:
        _say(_message("standard output", exc))
        _quiet_stdout()
        code = 1
    # The process ends here, its output written and flushed. While the interpreter shuts down,
    # the cycle collector would walk everything still alive several times over (the program,
    # its vocabularies' kept answers, the reports' records: 0.14 s of the 630-page bench PDF's
    # run) to free memory the operating system takes back at once; set apart, it walks nothing.
    gc.freeze()
    sys.exit(code)
