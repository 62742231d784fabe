"""Review metadata: identifier, type, area, kind of document, author, victims, date of death.

Every field is taken from what the document prints and left null where it says
nothing; nothing is guessed. Cue words live in patterns/review.toml.
"""
from __future__ import annotations

import re
from collections import Counter

from ..dates import find_dates
from ..document import FURNITURE, SourceDocument
from ..models import Review, Victim
from . import Context

TITLE_LINES = 40
# Who died, how old they were and which partnership commissioned the review are stated in
# the opening pages; reading further only finds other people and other partnerships.
FRONT_LINES = 1500


def extract(doc: SourceDocument, ctx: Context) -> Review:
    p = ctx.patterns
    lines = [ln.text.strip() for ln in doc.content_lines()]
    # running heads are furniture for the text flow but often carry the review's title and id
    heads = list(dict.fromkeys(ln.text.strip() for ln in doc.lines if ln.kind == FURNITURE and ln.text.strip()))
    text = "\n".join(heads + lines)
    title = "\n".join(lines[:TITLE_LINES])
    review = Review(
        review_id=_review_id(text, p),
        review_type=_review_type(title, text, p),
        area=_area("\n".join(heads + lines[:FRONT_LINES]), p),
        doc_kind=_doc_kind(doc, title, text, p),
        author=_author(lines, p),
        victims=_victims(lines[:FRONT_LINES], p),
        date_of_death=_date_of_death(lines, p),
    )
    ctx.review = review
    return review


def _review_id(text: str, p) -> str | None:
    counts: Counter[str] = Counter()
    for rx in p.regexes("review.review_id", flags=0):
        for m in rx.finditer(text):
            counts[m.group(0).strip()] += 1
    return counts.most_common(1)[0][0] if counts else None


def _review_type(title: str, text: str, p) -> str | None:
    def count(where: str) -> Counter[str]:
        c: Counter[str] = Counter()
        for kind in ("DHR", "SCR", "SAR"):
            c[kind] = sum(len(rx.findall(where)) for rx in p.regexes(f"review.review_type.{kind}"))
        return c
    in_title = {k for k, v in count(title).items() if v}
    if len(in_title) >= 2 and re.search(r"\bjoint\b", title, re.I):
        return "joint"
    overall = count(text)
    if not any(overall.values()):
        return None
    kind, n = overall.most_common(1)[0]
    return kind


def _area(text: str, p) -> str | None:
    counts: Counter[str] = Counter()
    for rx in p.regexes("review.area.partnership", flags=0):
        for m in rx.finditer(text):
            counts[m.group("area")] += 1
    return counts.most_common(1)[0][0] if counts else None


def _doc_kind(doc: SourceDocument, title: str, text: str, p) -> str | None:
    paragraphs = sum(1 for b in doc.blocks if b.kind == "paragraph" and b.number)
    narrative = sum(1 for b in doc.blocks if b.kind == "paragraph" and len(b.text.split()) >= 40)
    head = "\n".join(title.splitlines()[:15])
    if p.any_match("review.doc_kind.action_plan_header", head) and not p.any_match("review.doc_kind.overview_title", head):
        return "action_plan"
    if p.any_match("review.doc_kind.action_plan_title", head) and narrative < 30:
        return "action_plan"
    if p.any_match("review.doc_kind.executive_summary_title", head):
        return "executive_summary"
    if p.any_match("review.doc_kind.points_to_main_report", text):
        return "executive_summary"
    if p.any_match("review.doc_kind.overview_title", title) or paragraphs >= 100 \
            or any(s.title.lower().startswith("chronolog") for s in doc.sections() if s.level in (1, 2)):
        return "overview_report"
    return None


_NOT_A_NAME = re.compile(r"\b(?:report|review|summary|partnership|council|board|contents|overview|executive|"
                        r"domestic|homicide|safeguarding|police|service|trust|chair|author)\b", re.I)


def _author(lines: list[str], p) -> str | None:
    for rx in p.regexes("review.author.role_then_name"):
        for line in lines:
            m = rx.search(line)
            if m and not _NOT_A_NAME.search(m.group("name")):
                return m.group("name")
    roles = p.regexes("review.author.roles")
    name_rx = re.compile(r"^(?:by\s+)?([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,3})\s*[,–-]?\s*")
    for i, line in enumerate(lines):
        for rx in roles:
            m = rx.search(line)
            if not m:
                continue
            before = line[:m.start()].strip(" ,–-()")
            nm = name_rx.match(before) if before else None
            if nm and nm.group(1) == before.strip() and not _NOT_A_NAME.search(nm.group(1)):
                return nm.group(1)
            after = line[m.end():].strip(" .,;:–-")
            if not before and not after and i > 0:
                prev = lines[i - 1].strip()
                nm = name_rx.match(prev)
                if nm and nm.group(1) == prev.rstrip(" ,") and not _NOT_A_NAME.search(nm.group(1)):
                    return nm.group(1)
    for rx in p.regexes("review.author.is_name", flags=0):
        for line in lines:
            m = rx.search(line)
            if m:
                return m.group("name")
    return None


def _victims(lines: list[str], p) -> list[Victim]:
    names: list[str] = []
    for line in lines[:TITLE_LINES]:
        for rx in p.regexes("review.victims.title_names", flags=0):
            m = rx.search(line)
            if m:
                names += [n.strip() for n in re.split(r"\s*(?:&|\band\b)\s*", m.group("names")) if n.strip()]
    ages: dict[str, int] = {}
    text = "\n".join(lines)
    for rx in p.regexes("review.victims.death_of_aged", flags=0):
        for m in rx.finditer(text):
            name, age = m.group("name").strip(), int(m.group("age"))
            if 0 < age < 120 and name not in names:
                names.append(name)
                ages.setdefault(name, age)
    for key in ("review.victims.aged_name", "review.victims.name_aged"):
        for rx in p.regexes(key, flags=0):
            for m in rx.finditer(text):
                name, age = m.group("name").strip(), int(m.group("age"))
                if 0 < age < 120 and (not names or name in names or name.lower() == "the victim"):
                    ages.setdefault(name, age)
    if not names:
        names = [n for n in ages if n.lower() == "the victim" or n in ages and re.match(r"[A-Z][a-z]+ \d", n)]
    return [Victim(pseudonym=n, age=ages.get(n)) for n in names]


def _date_of_death(lines: list[str], p):
    words = p.regexes("review.death.words")
    exclude = p.regexes("review.death.not_this_death")
    limit = max(60, len(lines) // 3)
    for i, line in enumerate(lines[:limit]):
        m = next((w.search(line) for w in words if w.search(line)), None)
        if not m or any(x.search(line) for x in exclude):
            continue
        after = line[m.start():]
        window = after + (" " + lines[i + 1] if i + 1 < len(lines) and len(line.split()) <= 12 else "")
        for found in find_dates(window, p):
            if found.value.precision in ("day", "month") and found.start <= 120:
                return found.value
    return None
