"""Per-file results kept in OUTDIR/.dhrparse/<sha256>.json.

Every converted file is saved as soon as it is done, so an interrupted run loses
nothing, and `--resume` rebuilds complete combined outputs from these files
without converting again. A saved result is only reused when it was made by the
same dhrparse code and patterns (the fingerprint); names are sha256 digests, so
nothing derived from an input's name is ever written.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from dhrparse import __version__
from dhrparse.models import Document
from dhrparse.patterns import PACKAGE_DIR, Patterns
from dhrparse.output.writers import atomic_write

STORE_DIR = ".dhrparse"


def file_sha256(path: Path, limit: int | None = None) -> str:
    """The file's digest; a file over `limit` bytes (by stat, or by reading a device
    such as /dev/zero that never ends) raises ReadError instead of being read on."""
    from dhrparse.readers.intake import over_limit
    digest = hashlib.sha256()
    read = 0
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if limit is not None and size > limit:
            raise over_limit(size, limit)
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            read += len(chunk)
            if limit is not None and read > limit:
                raise over_limit(read, limit)
            digest.update(chunk)
    return digest.hexdigest()


def fingerprint(patterns: Patterns) -> str:
    """Changes whenever the code or the pattern data that made a result changes."""
    digest = hashlib.sha256(__version__.encode())
    for source in sorted(PACKAGE_DIR.rglob("*.py")):
        digest.update(source.relative_to(PACKAGE_DIR).as_posix().encode())
        digest.update(source.read_bytes())
    digest.update(json.dumps(patterns.data, sort_keys=True, default=str).encode())
    return digest.hexdigest()


class Store:
    def __init__(self, outdir: Path, fingerprint: str):
        self.dir = Path(outdir) / STORE_DIR
        self.fingerprint = fingerprint

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a sha256 digest: {sha256!r}")
        return self.dir / f"{sha256}.json"

    def save(self, sha256: str, document_json: str, seconds: float) -> None:
        head = json.dumps({"fingerprint": self.fingerprint, "seconds": round(seconds, 3)})
        atomic_write(self.path(sha256), head[:-1] + ', "document": ' + document_json + "}\n")

    def load(self, sha256: str) -> tuple[Document, float] | None:
        """The saved result, or None when there is none usable (missing, made by other
        code or patterns, or unreadable)."""
        try:
            data = json.loads(self.path(sha256).read_text(encoding="utf-8"))
            if data.get("fingerprint") != self.fingerprint:
                return None
            return Document.model_validate(data["document"]), float(data.get("seconds") or 0.0)
        except (OSError, ValueError, KeyError, TypeError):
            return None
