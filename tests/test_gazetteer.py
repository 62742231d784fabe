"""The gazetteer's word and substring look-ups (vocab/term_index.py) name the agencies a
search for every term names."""

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.patterns import load_patterns
from dhrparse.vocab.agencies import Gazetteer

_PATTERNS = load_patterns()
_LOCAL = {"WMP": "West Midlands Police", "CSC": "Children's Social Care", "ÉCS": "Équipe Care Service"}
_GAZETTEER = Gazetteer(_PATTERNS, _LOCAL)
_TERMS = sorted(
    {a["canonical"] for a in _PATTERNS.list("agencies.agency")}
    | {
        t
        for a in _PATTERNS.list("agencies.agency")
        for t in a.get("aliases", []) + a.get("abbreviations", [])
    }
    | set(_LOCAL)
    | set(_LOCAL.values())
)


def _mangled(term: str) -> st.SearchStrategy[str]:
    """A term as reports print it, or nearly: recased, cut short, glued to a word, hyphenated,
    with a letter that case-folds oddly (ı, ſ, İ) in it."""
    return st.sampled_from(
        [
            term,
            term.upper(),
            term.lower(),
            term.title(),
            term[: max(1, len(term) // 2)],
            term + "s",
            "x" + term,
            term.replace(" ", "-"),
            term.replace("i", "ı", 1),
            term.replace("s", "ſ", 1),
            term.replace("I", "İ", 1),
        ]
    )


_TEXT = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(_TERMS).flatmap(_mangled), st.text(max_size=5)),
        st.sampled_from([" ", "", "-", ", ", " (", ") ", "\n", "'s "]),
    ),
    max_size=8,
).map(lambda parts: "".join(p + s for p, s in parts))


@settings(max_examples=max(200, settings.default.max_examples))
@given(_TEXT)
def test_find_names_what_a_search_for_every_term_names(text):
    assert _GAZETTEER.find(text) == _GAZETTEER.plain_find(text)


def test_the_plain_search_finds_terms_in_any_case_but_abbreviations():
    text = "referred by west midlands police (wmp) to the WMP and CSC"
    assert _GAZETTEER.plain_find(text) == ["West Midlands Police", "Children's Social Care"]
    assert _GAZETTEER.plain_find("the wmp and csc") == []
