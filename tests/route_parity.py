"""What must agree between the routes a document is read by (.txt, .pdf, .docx): each kind's
records reduced to the fields a rendering must not change, sorted so order does not count.
Shared by the zoo's parity test and the README's route-parity table (tests/zoo/parity_table.py)."""

from __future__ import annotations


def record_keys(doc: dict) -> dict[str, list]:
    return {
        "recommendations": sorted(
            (r.get("ref") or "", r.get("level"), (r.get("agency") or "").lower())
            for r in doc["recommendations"]
        ),
        "actions": sorted(
            (
                a.get("ref") or "",
                a.get("recommendation_ref") or "",
                (a.get("lead") or "").lower(),
                a["status"]["value"],
            )
            for a in doc["actions"]
        ),
        "chronology": sorted(((e.get("date") or {}).get("start") or "") for e in doc["chronology"]),
    }
