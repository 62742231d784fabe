"""Recommendations that different reviews make again.

Two recommendations repeat each other when their wording is near enough: the
cosine similarity of their TF-IDF vectors (words lower-cased, common words
dropped, plural and -ing/-ed endings folded; weights computed over the whole
library, so words every review uses count for little) is at least
`min_similarity` (default 0.35: a second review asking for
the same change in its own words scored 0.45 in our test library, while wordings about different things
that share the usual vocabulary of reviews stay below 0.3). Only recommendations
of *different* reviews are compared: a review restating its own recommendation
in its summary and plan is an alias, not a repeat. Groups are the connected
recommendations, kept when they span two reviews or more, and sorted by how many
reviews make them.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import regex

from dhrparse.library._sqlite_utils import sqlite_utils

MIN_SIMILARITY = 0.35
_WORD = regex.compile(r"[a-z]{3,}")
STOPWORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "that",
        "this",
        "with",
        "from",
        "are",
        "was",
        "were",
        "will",
        "would",
        "should",
        "shall",
        "could",
        "can",
        "may",
        "must",
        "have",
        "has",
        "had",
        "been",
        "being",
        "their",
        "there",
        "they",
        "them",
        "these",
        "those",
        "its",
        "his",
        "her",
        "our",
        "your",
        "all",
        "any",
        "each",
        "other",
        "such",
        "into",
        "onto",
        "upon",
        "than",
        "then",
        "also",
        "not",
        "but",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "while",
        "how",
        "why",
        "within",
        "without",
        "between",
        "about",
        "above",
        "below",
        "under",
        "over",
        "more",
        "most",
        "some",
        "very",
        "only",
        "own",
        "same",
        "both",
        "few",
        "many",
        "much",
        "one",
        "two",
        "three",
        "ensure",
        "ensures",
        "review",
        "reviews",
        "recommendation",
        "recommendations",
        "recommend",
        "recommends",
        "consider",
        "considers",
        "considered",
        "including",
        "include",
        "includes",
        "make",
        "makes",
        "made",
        "take",
        "takes",
        "taken",
        "use",
        "used",
        "well",
        "where",
        "appropriate",
        "relevant",
        "local",
        "partnership",
        "partnerships",
    ]
)
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ed", "es", "s")
# a word more reviews use than this fraction of recommendations finds no candidates (it still counts)
COMMON = 0.05


def terms(text: str) -> list[str]:
    out = []
    for word in _WORD.findall(text.casefold()):
        if word in STOPWORDS:
            continue
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
                break
        out.append(word)
    return out


@dataclass
class Wording:
    """One review's wording of a recommendation (its copies and restatements of
    the same text are one wording)."""

    review: str
    text: str
    members: list[dict[str, Any]] = field(default_factory=list)
    vector: dict[str, float] = field(default_factory=dict)


def _wordings(db: sqlite_utils.Database) -> list[Wording]:
    found: dict[tuple[str, str], Wording] = {}
    sql = (
        "select r.id, r.document, r.review, r.ref, r.text, r.agency, coalesce(rv.review_id, rv.id) as review_id, "
        "rv.area, rv.year from recommendations r join reviews rv on rv.id = r.review order by r.id"
    )
    for row in db.query(sql):
        key = (row["review"], " ".join(terms(row["text"] or "")))
        if not key[1]:
            continue
        found.setdefault(key, Wording(row["review"], row["text"])).members.append(row)
    return list(found.values())


def _weigh(wordings: list[Wording]) -> dict[str, int]:
    df: Counter[str] = Counter()
    counts = []
    for w in wordings:
        tf = Counter(terms(w.text))
        counts.append(tf)
        df.update(tf.keys())
    n = len(wordings)
    for w, tf in zip(wordings, counts):
        vec = {t: (1 + math.log(c)) * (math.log((n + 1) / (df[t] + 1)) + 1) for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        w.vector = {t: v / norm for t, v in vec.items()}
    return df


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _pairs(wordings: list[Wording], df: dict[str, int], min_similarity: float):
    """Pairs of wordings from different reviews at or above the threshold, found
    through the words they share (a word most recommendations use finds none)."""
    cap = max(50, int(COMMON * len(wordings)))
    postings: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(wordings):
        for t in w.vector:
            if df[t] <= cap:
                postings[t].append(i)
    for i, w in enumerate(wordings):
        candidates = {j for t in w.vector if df[t] <= cap for j in postings[t] if j > i}
        for j in sorted(candidates):
            if wordings[j].review != w.review:
                score = cosine(w.vector, wordings[j].vector)
                if score >= min_similarity:
                    yield i, j, score


def find(db: sqlite_utils.Database, min_similarity: float = MIN_SIMILARITY) -> list[dict[str, Any]]:
    """Groups of repeated recommendations, most reviews first."""
    wordings = _wordings(db)
    df = _weigh(wordings)
    parent = list(range(len(wordings)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j, _ in _pairs(wordings, df, min_similarity):
        parent[root(i)] = root(j)
    clusters: dict[int, list[Wording]] = defaultdict(list)
    for i, w in enumerate(wordings):
        clusters[root(i)].append(w)
    groups = [_group(c, min_similarity) for c in clusters.values() if len({w.review for w in c}) > 1]
    groups.sort(key=lambda g: (-len(g["reviews"]), -len(g["members"]), g["text"]))
    for number, group in enumerate(groups, 1):
        group["group"] = number
    return groups


def _group(cluster: list[Wording], min_similarity: float) -> dict[str, Any]:
    # the representative wording is the one nearest all the others
    def centrality(w: Wording) -> float:
        return sum(cosine(w.vector, o.vector) for o in cluster if o is not w)

    central = max(cluster, key=lambda w: (centrality(w), -len(w.text)))
    members = [
        {**m, "similarity": round(cosine(w.vector, central.vector), 3)} for w in cluster for m in w.members
    ]
    members.sort(key=lambda m: (m["review_id"], m["document"], m["id"]))
    reviews = sorted({m["review_id"] for m in members})
    return {
        "group": 0,
        "text": central.text,
        "reviews": reviews,
        "members": members,
        "areas": sorted({m["area"] for m in members if m["area"]}),
        "years": sorted({m["year"] for m in members if m["year"]}),
        "agencies": sorted({m["agency"] for m in members if m["agency"]}),
        "min_similarity": min_similarity,
    }


def store(db: sqlite_utils.Database, groups: list[dict[str, Any]]) -> None:
    """Replace the library's repeat groups with these."""
    with db.atomic():
        db.execute("delete from repeat_members")
        db.execute("delete from repeat_groups")
        db["repeat_groups"].insert_all(
            (
                {
                    "id": g["group"],
                    "reviews_count": len(g["reviews"]),
                    "members_count": len(g["members"]),
                    "text": g["text"],
                    "reviews": json.dumps(g["reviews"]),
                    "areas": json.dumps(g["areas"]),
                    "years": json.dumps(g["years"]),
                    "agencies": json.dumps(g["agencies"]),
                    "min_similarity": g["min_similarity"],
                }
                for g in groups
            ),
            pk="id",
        )
        db["repeat_members"].insert_all(
            (
                {
                    "group_id": g["group"],
                    "recommendation": m["id"],
                    "document": m["document"],
                    "review": m["review"],
                    "ref": m["ref"],
                    "text": m["text"],
                    "similarity": m["similarity"],
                }
                for g in groups
                for m in g["members"]
            ),
            pk="id",
        )
