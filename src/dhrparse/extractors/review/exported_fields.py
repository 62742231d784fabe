"""A review's record exported as data, not printed as a page: a JSON object's members
('"independent_reviewer": "Jo Roe",') and an XML record's elements ('<dateOfDeath>2021-11-02
</dateOfDeath>', '<chair role="independent chair and author">Jo Roe</chair>'). Each key or tag is
the label of its value, read as a printed label is ("Independent reviewer: Jo Roe", "Date of death:
2021-11-02"): its underscores and the capitals joining its words ("dateOfDeath") are the spaces they
stand for. An element's role attribute says who the person is, so it, not the element's tag, is the
label. A record system's fixed-width export, "REVIEWER_NAME   Jo Roe", likewise: its key's words in
capitals joined by underscores. Read only on a line that is one member, one element or one field whole."""

from __future__ import annotations

import re

_MEMBER = re.compile(r'^\s*"(?P<key>[A-Za-z][\w -]{0,40})"\s*:\s*"(?P<value>(?:[^"\\]|\\.)*)"\s*,?\s*$')
_ELEMENT = re.compile(
    r"^\s*<(?P<tag>[A-Za-z][\w.-]{0,40})(?P<attrs>(?:\s+[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*>"
    r"(?P<value>[^<>]+)</(?P=tag)>\s*$"
)
# a record system's fixed-width export, one field a line: "REVIEWER_NAME   Jo Roe" (a key of words in
# capitals joined by underscores, its value after a gap, which cleaning closes to one space, or after
# a colon or an equals sign)
_FIELD_LINE = re.compile(r"^\s*(?P<key>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?:\s*[:=]\s*|\s+)(?P<value>\S.*)$")
_ROLE = re.compile(r"""\brole\s*=\s*["'](?P<role>[^"']{2,80})["']""")
# a web page's own tags, which a page's text may keep: their words are the page's, not labelled values
_PAGE_TAGS = frozenset(
    [
        "p",
        "td",
        "th",
        "tr",
        "li",
        "dt",
        "dd",
        "b",
        "i",
        "u",
        "em",
        "strong",
        "span",
        "div",
        "a",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "title",
        "font",
        "small",
        "big",
        "sup",
        "sub",
        "code",
        "pre",
        "caption",
        "label",
        "cite",
        "q",
        "mark",
        "blockquote",
        "abbr",
        "del",
        "ins",
        "s",
    ]
)
_JOINED_WORDS = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def as_printed_label(line: str) -> str:
    """A line holding one exported member or element, read as "Label: value"; any other line as it is."""
    if '"' not in line and "<" not in line:
        field = _FIELD_LINE.match(line) if "_" in line else None
        return _label(field.group("key"), field.group("value")) if field else line
    member = _MEMBER.match(line)
    if member:
        return _label(member.group("key"), member.group("value").replace('\\"', '"'))
    element = _ELEMENT.match(line)
    if element and element.group("tag").lower() not in _PAGE_TAGS:
        role = _ROLE.search(element.group("attrs"))
        return _label(role.group("role") if role else element.group("tag"), element.group("value"))
    return line


def _label(key: str, value: str) -> str:
    words = _JOINED_WORDS.sub(" ", key).replace("_", " ").strip().lower()
    return f"{words[:1].upper()}{words[1:]}: {value.strip()}"  # (a label opens its line as a capital)
