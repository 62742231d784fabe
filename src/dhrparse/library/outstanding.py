"""Actions still outstanding: not complete, and their target period over.

A target of a month or a year is met on time until the period ends (`target_due`
is the period's last day), so "March 2024" is overdue from 1 April 2024. When a
review's plan was published more than once, only each row's latest version
counts, and the same file under two names is counted once.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dhrparse.library._sqlite_utils import sqlite_utils

BY = {
    "lead": "coalesce(a.lead, '(no lead)')",
    "review": "coalesce(rv.review_id, rv.id)",
    "agency": "coalesce(a.agency, a.lead, '(no agency)')",
}

_LATEST = """
with canonical as (select min(source) as source from documents where status = 'ok' group by review, sha256),
superseded as (
    select h.action from action_history h
    where h.action is not null and exists (
        select 1 from action_history later where later.review = h.review and later.track = h.track
        and later.version > h.version))
"""

_SELECT = (
    _LATEST
    + """
select a.document as source, coalesce(rv.review_id, rv.id) as review_id, a.review as review, a.ref, a.action,
       a.lead, a.agency, a.target_date as target_date_raw, a.target_due as target_date, a.status,
       a.status_raw, r.ref as recommendation_ref, r.text as recommendation,
       cast(julianday(:as_of) - julianday(a.target_due) as integer) as days_overdue
from actions a
join reviews rv on rv.id = a.review
left join recommendations r on r.id = a.recommendation
where a.status != 'complete'
  and a.document in (select source from canonical)
  and a.id not in (select action from superseded)
  and (a.target_due < :as_of or (:undated and a.target_due is null))
"""
)


def outstanding(db: sqlite_utils.Database, as_of: date, *, undated: bool = False) -> list[dict[str, Any]]:
    """Overdue actions, longest overdue first (undated ones last)."""
    sql = _SELECT + " order by a.target_due is null, a.target_due, a.review, a.id"
    return list(db.query(sql, {"as_of": as_of.isoformat(), "undated": int(undated)}))


def summary(
    db: sqlite_utils.Database, as_of: date, by: str, *, undated: bool = False
) -> list[dict[str, Any]]:
    """Counts of overdue actions per lead, review or agency."""
    sql = _SELECT.replace("select a.document as source,", f"select {BY[by]} as key, a.document as source,", 1)
    inner = f"select * from ({sql})"
    grouped = (
        f"select key as [{by}], count(*) as actions, count(distinct review) as reviews, "
        f"min(target_date) as oldest_target, max(days_overdue) as most_days_overdue, "
        f"sum(target_date is null) as undated from ({inner}) group by key "
        f"order by actions desc, key"
    )
    return list(db.query(grouped, {"as_of": as_of.isoformat(), "undated": int(undated)}))
