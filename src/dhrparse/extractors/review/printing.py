"""How title pages print what the review fields are read from: the lines each field is read
in, and names and places printed in capitals read as they are elsewhere."""

from __future__ import annotations

from functools import lru_cache

import regex

from dhrparse.vocab.engines import TextPattern

TITLE_LINES = 40
COVER_LINES = 15
# Who died, how old they were and which partnership commissioned the review are stated in
# the opening pages; reading further only finds other people and other partnerships.
FRONT_LINES = 1500


@lru_cache(maxsize=256)
def compiled(source: str, flags: int = regex.IGNORECASE) -> TextPattern:
    """The expression, run by `re` on the title-page lines both engines read alike: most of the
    review vocabularies are asked of a few lines, and `regex` compiles at several times the cost."""
    return TextPattern(source, flags)


def uncapitalised(line: str) -> str:
    """A line printed in capitals, in title case, so names and places read as they do elsewhere."""
    if line.isupper() and sum(c.isalpha() for c in line) >= 4:
        return regex.sub(
            r"[A-Za-z’'-]+",
            lambda m: (
                m.group(0).title()
                if len(m.group(0)) > 3
                or m.group(0).lower() not in ("and", "of", "on", "in", "upon", "the", "by", "le")
                else m.group(0).lower()
            ),
            line,
        )
    return line


# a title set in spaced-out capitals, "D O M E S T I C   H O M I C I D E   R E V I E W": single
# letters a space apart, words two or more spaces apart
_LETTER_SPACED = regex.compile(r"^\p{L}(?: \p{L}){3,}(?:\s{2,}\p{L}(?: \p{L})*)*$")


def closed_up(line) -> str:
    """A line's text, a letter-spaced title with its letters closed up into words ("D O M E S T I C
    H O M I C I D E" read as printed, "DOMESTIC HOMICIDE"): cleaning has already closed the spaces
    between its words, so the line as read says where they are."""
    raw = line.raw.strip()
    if not _LETTER_SPACED.match(raw):
        return line.text.strip()
    return " ".join(word.replace(" ", "") for word in regex.split(r"\s{2,}", raw))


def capitals_name(line: str, post_words: set[str]) -> str:
    """A name printed in capitals, read as it is elsewhere; its letters after it, whatever their case
    ("QPM MSt (Cantab)"), are set aside so the name's own capitals are seen."""
    words = line.split()
    own = [w for w in words if w.strip("().,").lower() not in post_words]
    if own and len(own) < len(words) and " ".join(own).isupper():
        return uncapitalised(" ".join(own))
    while len(words) > 2 and words[-1].strip("().,").lower() in post_words and words[-1][1:].islower():
        words.pop()  # (a capitals cover another reader already set in title case: "Jo Roe Msc Phd")
    return uncapitalised(" ".join(words))


# one given name, then a surname printed in capitals ("Miriam OKAFOR-LEE", "Dr Jo O'HARA"): the surname
# is the name's own; with two words in ordinary case before it ("Jo Roe MBE") the capitals are letters
_GIVEN_THEN_CAPITALS = regex.compile(
    r"^(?P<given>(?:\p{Lu}[\p{Ll}]*\.?\s+)?\p{Lu}\p{Ll}+\s+)(?P<surname>(?:\p{Lu}[’'])?\p{Lu}{2,}(?:[-’']\p{Lu}{2,})*)(?![\w’'-])"
)

# a body's letters after a place are no surname ("Tarrow CSP", "Hartsby SAB", "Kentmere ICB"): a surname
# in capitals is read only with four letters or more and a vowel ("Jo LEE" stays unread rather than guessed)
_SURNAME_NOT_ACRONYM = regex.compile(r"^(?=(?:[’'-]?\p{Lu}){4})(?=.*[AEIOUY])")


def capitals_surname(text: str, post_words: set[str], honorifics: set[str]) -> str:
    """ "Miriam OKAFOR-LEE": a name whose surname alone is printed in capitals, the surname read as
    it is elsewhere ("Okafor-Lee"); letters after a name ("MBE"), a body's letters after its place
    ("Tarrow CSP") and a name in ordinary case are left as printed."""
    m = _GIVEN_THEN_CAPITALS.match(text)
    if (
        m is None
        or m.group("surname").lower() in post_words
        or not _SURNAME_NOT_ACRONYM.match(m.group("surname"))
    ):
        return text
    given = m.group("given").split()
    if len(given) == 2 and given[0].rstrip(".").lower() not in honorifics:
        return text  # ("Jo Roe LCSP": two names in ordinary case, then letters)
    return m.group("given") + m.group("surname").title() + text[m.end() :]
