"""How a review's action plan moved between its published versions, read from
`action_history` (see versions.py): every row whose status changed ("moved"),
stayed short of complete ("stalled"), stayed complete ("done"), first appeared
in a later version ("appeared") or was dropped from one ("disappeared")."""

from __future__ import annotations

from typing import Any

from dhrparse.batch.link import review_key
from dhrparse.library._sqlite_utils import sqlite_utils


def find_reviews(db: sqlite_utils.Database, wanted: str | None) -> list[str]:
    """Review keys with more than one plan version, or the one the user named (by
    library key, printed review id or label)."""
    sql = "select review from action_history group by review having max(version) > 1 order by review"
    keys = [r[0] for r in db.execute(sql)]
    if wanted is None:
        return keys
    norm = review_key(wanted)
    return [
        row["id"]
        for row in db.query("select id, id_key, label from reviews order by id")
        if wanted in (row["id"], row["label"]) or (norm and norm == row["id_key"])
    ]


def _change(history: list[dict[str, Any]]) -> str:
    present = [h for h in history if h["change"] != "disappeared"]
    if history[-1]["change"] == "disappeared":
        return "disappeared"
    if history[0]["version"] > 1:
        return "appeared"
    if len({h["status"] for h in present}) > 1:
        return "moved"
    return "done" if present[-1]["status"] == "complete" else "stalled"


def tracks(db: sqlite_utils.Database, review: str | None = None) -> list[dict[str, Any]]:
    """One entry per plan row: its versions in date order and what happened to it."""
    out = []
    for key in find_reviews(db, review):
        rows = list(
            db.query(
                "select h.*, coalesce(rv.review_id, rv.id) as review_id from action_history h "
                "join reviews rv on rv.id = h.review where h.review = ? order by h.track, h.version",
                [key],
            )
        )
        by_track: dict[int, list[dict[str, Any]]] = {}
        for row in rows:
            by_track.setdefault(row["track"], []).append(row)
        for history in by_track.values():
            last = next(h for h in reversed(history) if h["change"] != "disappeared")
            out.append(
                {
                    "review_id": last["review_id"],
                    "review": key,
                    "ref": last["ref"],
                    "action": last["action_text"],
                    "lead": last["lead"],
                    "change": _change(history),
                    "first_status": history[0]["status"],
                    "last_status": history[-1]["status"],
                    "versions": [
                        {
                            "source": h["document"],
                            "status": h["status"],
                            "progress": h["progress"],
                            "plan_date": h["plan_date"],
                        }
                        for h in history
                    ],
                }
            )
    return out
