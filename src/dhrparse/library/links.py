"""Actions that name a recommendation printed in another document of the same
review (a plan published apart from its report) point at it once both are in the
library, whichever arrived first. The matching rule is the pipeline's own
`link_actions`, with the batch linker's order of providers (overview reports first)."""

from __future__ import annotations

from types import SimpleNamespace

from dhrparse.batch.link import KIND_ORDER
from dhrparse.library._sqlite_utils import sqlite_utils
from dhrparse.pipeline import link_actions


def relink(db: sqlite_utils.Database, review: str) -> int:
    waiting = [
        SimpleNamespace(
            id=row[0],
            document=row[1],
            recommendation_ref=row[2],
            agency_section=row[3],
            recommendation_id=None,
        )
        for row in db.execute(
            "select id, document, recommendation_ref, agency_section from actions "
            "where review = ? and recommendation is null and recommendation_ref is not null",
            [review],
        )
    ]
    linked = 0
    if waiting:
        providers: dict[str, list[SimpleNamespace]] = {}
        kinds = dict(db.execute("select source, doc_kind from documents where review = ?", [review]))
        for rid, document, ref, level, agency in db.execute(
            "select id, document, ref, level, agency from recommendations where review = ?", [review]
        ):
            providers.setdefault(document, []).append(
                SimpleNamespace(id=rid, ref=ref, level=level, agency=agency)
            )
        order = sorted(providers, key=lambda d: (KIND_ORDER.get(kinds.get(d) or "", 2), d))
        for document in order:
            pending = [a for a in waiting if a.recommendation_id is None and a.document != document]
            if pending:
                link_actions(providers[document], pending)
        for action in waiting:
            if action.recommendation_id is not None:
                db.execute(
                    "update actions set recommendation = ? where id = ?",
                    [action.recommendation_id, action.id],
                )
                linked += 1
    # the agency an overview action answers to is its recommendation's addressee
    db.execute(
        "update actions set agency = coalesce(nullif(agency_section, 'overview'), "
        "(select r.agency from recommendations r where r.id = actions.recommendation)) where review = ?",
        [review],
    )
    return linked
