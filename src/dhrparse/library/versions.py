"""A review's action plan across its published versions.

Councils publish a plan, then the same plan again with new progress and statuses.
Each version's rows are matched to the rows of the versions before it: by the row's
ref within its agency section when both versions print refs, else by the action's
wording. `action_history` then holds, for every row (a "track"), its status and
progress in each version, in date order. Copies of one file (same sha256) are one
version, not two.

The date of a version is the latest date its progress and status cells mention
(an update says "Update March 2024: ..."); versions with no such date come first,
then by source name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from dhrparse.library._sqlite_utils import sqlite_utils
from dhrparse.library.periods import period_end
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.refs import norm_ref

SAME_ACTION = 85  # token-set ratio at which two rows' wording is the same action


def plan_date(texts) -> str | None:
    """The latest day that the progress and status cells of one version mention."""
    latest = None
    for text in texts:
        for found in find_dates(text or ""):
            if found.value.relative:
                continue
            end = period_end(found.value.end or found.value.start)
            if end and (latest is None or end > latest):
                latest = end
    return latest


@dataclass
class Track:
    id: int
    key: tuple[str, str] | None
    text: str
    seen: list[int] = field(default_factory=list)  # versions it appears in


def _key(row: dict[str, Any]) -> tuple[str, str] | None:
    ref = norm_ref(row["ref"])
    return ((row["agency_section"] or "overview").casefold(), ref) if ref else None


def _unique(keys: list) -> set:
    counts = Counter(keys)
    return {k for k, n in counts.items() if k is not None and n == 1}


def match(tracks: list[Track], rows: list[dict[str, Any]]) -> dict[int, Track]:
    """Row index -> the track it continues."""
    found: dict[int, Track] = {}
    if not tracks:
        return found
    row_keys = [_key(r) for r in rows]
    unique_tracks, unique_rows = _unique([t.key for t in tracks]), _unique(row_keys)
    by_key = {t.key: t for t in tracks if t.key in unique_tracks}
    for i, key in enumerate(row_keys):
        if key in unique_rows and key in by_key:
            found[i] = by_key[key]
    taken = {t.id for t in found.values()}
    pairs = []
    for i, row in enumerate(rows):
        if i in found or not row["action"]:
            continue
        for track in tracks:
            if track.id not in taken and track.text:
                score = fuzz.token_set_ratio(row["action"], track.text)
                if score >= SAME_ACTION:
                    pairs.append((score, i, track))
    for _score, i, track in sorted(pairs, key=lambda p: (-p[0], p[1], p[2].id)):
        if i not in found and track.id not in taken:
            found[i] = track
            taken.add(track.id)
    return found


def rebuild(db: sqlite_utils.Database, review: str) -> None:
    """The review's `action_history` from its plan's versions, in date order (none for one version)."""
    db.execute("delete from action_history where review = ?", [review])
    versions = _versions(db, review)
    if len(versions) < 2:
        return  # one version: no history to keep (and nothing superseded)
    _date_versions(db, review, versions)
    history = History(review)
    for number, version in enumerate(versions, 1):
        rows = list(
            db.query(
                "select id, ref, agency_section, action, lead, status, status_raw, progress "
                "from actions where document = ? order by id",
                [version["source"]],
            )
        )
        history.add(number, version, rows)
    db["action_history"].insert_all(history.rows, pk="id")


def _versions(db: sqlite_utils.Database, review: str) -> list[dict[str, Any]]:
    """The review's documents holding actions, one per content (copies of a file are one version)."""
    versions, seen_sha = [], set()
    for doc in db.query(
        "select source, sha256 from documents where review = ? and status = 'ok' "
        "and actions > 0 order by source",
        [review],
    ):
        if doc["sha256"] not in seen_sha:
            seen_sha.add(doc["sha256"])
            versions.append(doc)
    return versions


def _date_versions(db: sqlite_utils.Database, review: str, versions: list[dict[str, Any]]) -> None:
    """Date each version (kept on its documents rows) and put the versions in date order."""
    for version in versions:
        version["plan_date"] = plan_date(
            text
            for row in db.execute(
                "select progress, status_raw from actions where document = ?", [version["source"]]
            )
            for text in row
        )
        db.execute(
            "update documents set plan_date = ? where sha256 = ? and review = ?",
            [version["plan_date"], version["sha256"], review],
        )
    versions.sort(key=lambda v: (v["plan_date"] or "", v["source"]))


class History:
    """The rows of `action_history` for one review, built a version at a time: each row of a
    version continues a track (first, same, moved) or starts one (appeared); a track missing
    from the version after the one it was last in is recorded as disappeared."""

    def __init__(self, review: str):
        self.review = review
        self.tracks: list[Track] = []
        self.rows: list[dict[str, Any]] = []
        self.last: dict[int, int] = {}  # track -> its latest row in history

    def add(self, number: int, version: dict[str, Any], rows: list[dict[str, Any]]) -> None:
        continued = match(self.tracks, rows)
        present = set()
        for i, row in enumerate(rows):
            track = continued.get(i)
            if track is None:
                track = Track(len(self.tracks) + 1, _key(row), row["action"] or "")
                self.tracks.append(track)
                change = "first" if number == 1 else "appeared"
            else:
                before = self.rows[self.last[track.id]]
                change = "same" if before["status"] == row["status"] else "moved"
                track.text = row["action"] or track.text
            track.seen.append(number)
            present.add(track.id)
            self.last[track.id] = len(self.rows)
            self.rows.append(self._row(track, number, version, row, change))
        for track in self.tracks:
            if track.id not in present and track.seen and track.seen[-1] == number - 1:
                self.rows.append(self._gone(track, number, version))

    def _row(self, track: Track, number: int, version: dict[str, Any], row: dict[str, Any], change: str):
        return {
            "review": self.review,
            "track": track.id,
            "version": number,
            "document": version["source"],
            "action": row["id"],
            "ref": row["ref"],
            "action_text": row["action"],
            "lead": row["lead"],
            "status": row["status"],
            "status_raw": row["status_raw"],
            "progress": row["progress"],
            "plan_date": version["plan_date"],
            "change": change,
        }

    def _gone(self, track: Track, number: int, version: dict[str, Any]) -> dict[str, Any]:
        return {
            **self.rows[self.last[track.id]],
            "version": number,
            "document": version["source"],
            "action": None,
            "status": None,
            "status_raw": None,
            "progress": None,
            "plan_date": version["plan_date"],
            "change": "disappeared",
        }
