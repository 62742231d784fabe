"""The combined outputs a batch wrote into OUTDIR, remembered in OUTDIR/.dhrparse/outputs.json
with their sha256, so the next run into the same folder leaves only fresh outputs.

A file an earlier run wrote and this run does not (another --format or --records) is
removed, but only while its content is what dhrparse wrote: a file the user edited,
or one dhrparse never wrote, is never touched.
"""

from __future__ import annotations

import json
from pathlib import Path

from dhrparse.output.writers import atomic_write
from dhrparse.batch.store import STORE_DIR, file_sha256

OWNED_FILE = "outputs.json"


class OwnedOutputs:
    def __init__(self, outdir: Path):
        self.outdir = Path(outdir)
        self.path = self.outdir / STORE_DIR / OWNED_FILE

    def load(self) -> dict[str, str]:
        """name -> sha256 of the outputs the last run wrote ({} when unknown)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return {str(k): str(v) for k, v in data.get("files", {}).items()}
        except (OSError, ValueError, AttributeError):
            return {}

    def replace(self, written: list[Path]) -> tuple[list[Path], list[Path]]:
        """Record this run's outputs; remove the earlier run's that this one did not write.
        Returns (removed, kept because changed since dhrparse wrote them)."""
        before = self.load()
        now = {p.name: file_sha256(p) for p in written if p.parent == self.outdir and p.is_file()}
        removed, kept = [], []
        for name, sha in before.items():
            stale = self.outdir / name
            if name in now or Path(name).name != name or not stale.is_file() or stale.is_symlink():
                continue
            if file_sha256(stale) == sha:
                stale.unlink()
                removed.append(stale)
            else:
                kept.append(stale)
        atomic_write(self.path, json.dumps({"files": now}, indent=1, sort_keys=True) + "\n")
        return removed, kept
