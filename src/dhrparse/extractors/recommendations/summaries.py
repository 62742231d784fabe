"""A summary's list of labelled recommendations printed outside the recommendations chapter:
an executive summary's "The panel makes five recommendations. In summary they are:" then
"R1 – the Trust: interpreters ...", one short line each. They restate the chapter's full
recommendations in other words, so they are kept as other wordings (aliases) of them."""

from __future__ import annotations

import re

from dhrparse.extractors.recommendations.reading import Reading

# a sentence's start, past a paragraph number the reader joined in ("... for. 1.4 The panel")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])\s+(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?)(?=[A-Z])")
_INTRO_REACH = 240  # the lead-in may close a longer paragraph the reader joined it to


def summarised(r: Reading, i: int, regions) -> bool:
    """Is block i (a labelled paragraph or bullet outside any recommendations chapter) one of
    a run of labelled lines under a summary's lead-in?"""
    if regions[i][0] != "":
        return False
    k = i - 1
    while k >= 0 and regions[k][0] == "" and _labelled_line(r, k):
        k -= 1
    if k < 0 or regions[k][0] != "" or r.blocks[k].kind != "paragraph":
        return False
    return _ends_with_intro(r, r.blocks[k].text)


def _labelled_line(r: Reading, k: int) -> bool:
    b = r.blocks[k]
    return b.kind in ("paragraph", "bullet") and r.label_match(b.text, False) is not None


def _ends_with_intro(r: Reading, text: str) -> bool:
    """The paragraph ends in a summary's lead-in ("... In summary they are:"), tried from each
    sentence start near its end."""
    text = " ".join(text.split())
    if not text.endswith(":"):
        return False
    tail = text[-_INTRO_REACH:]
    starts = [m.end() for m in _SENTENCE_START.finditer(tail)]
    return any(p.search(tail[s:]) for s in starts for p in r.vocab.summary_intro)


def summary_section(r: Reading, source: int) -> bool:
    """Does the recommendations region opened at line `source` sit under a summary's heading
    ("5. Summary of recommendations"), listing in short what a later chapter sets out in full?"""
    heads = (r.blocks[k] for k in r.starting_on(source))
    heading = next((b for b in heads if b.kind == "heading"), None)
    if heading is None:
        return False
    return any(p.search(heading.text.strip()) for p in r.ctx.patterns.regexes(_SUMMARY_HEADING))


_SUMMARY_HEADING = "recommendations.summary_section_heading"
