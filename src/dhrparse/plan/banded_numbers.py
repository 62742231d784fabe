"""The Home Office template with each recommendation printed as a band across the table
("Recommendation 2: The Police should ...") over its action rows, in corpus text (each printed
line joining its cells): under the band the Recommendation column holds the recommendation's
number alone, on its first action's row ("2 Local Issue a briefing ..."), and a later action's
row leaves it empty, opening with its scope word ("Local Dip-sample ..."). The header names a
Recommendation column and no ref column, so the tracker reader (plan.tracker_rows) would take
the numbers for the first words of recommendations; read so, that column is the rows' refs.

The family is told only where every band's number opens the one numbered row under it and no
numbered row stands outside a band: then the band's words are the recommendation's statement
(handed on as one cell across the table, as a PDF's merged row is) and each line under a
numbered row opening with a scope word and a capitalised cell opens a later action's row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

MIN_BANDS = 2  # the fewest bands that make the family


@dataclass
class Bands:
    """The bands over a table's rows: {band's first line: its whole text}, the lines its text
    carries on to, and the later actions' rows (printed lines opening with their scope word)."""

    texts: dict[int, str] = field(default_factory=dict)
    carried: set[int] = field(default_factory=set)
    later: list[int] = field(default_factory=list)


class BandedNumbers:
    def __init__(self, statement: regex.Pattern, ref: regex.Pattern, p):
        self.statement, self.ref = statement, ref
        self.scope = p.regexes("scope.row_opening.words", 0)
        self.names_after = set(p.list("scope.row_opening.names_after"))

    def read(self, texts: dict[int, str]) -> Bands | None:
        """The bands of the table whose body lines are `texts` ({line: flat text}, in order),
        or None where the table is not of this family."""
        found = Bands()
        band, numbered, open_band = None, False, None  # (the open band's number; a row under it)
        for k, text in texts.items():
            words = text.split()
            m = self.statement.match(text)
            if m is not None and m.group("ref"):
                if band is not None and not numbered:
                    return None  # (a band with no row numbered under it)
                band, numbered, open_band = m.group("ref").rstrip("."), False, k
                found.texts[k] = text
                continue
            if len(words) > 2 and self.ref.match(words[0]) and self._scoped(words[1:]):
                if band is None or numbered or words[0].rstrip(".") != band:
                    return None  # (a row numbered unlike its band, or a second one under it)
                numbered, open_band = True, None
            elif open_band is not None:
                found.texts[open_band] += " " + text  # (the band's statement carried on)
                found.carried.add(k)
            elif numbered and self._scoped(words):
                found.later.append(k)
        if len(found.texts) < MIN_BANDS or not numbered:
            return None
        return found

    def _scoped(self, words: list[str]) -> bool:
        """The words open with a scope cell ("Local") followed by the next cell's capital."""
        return (
            len(words) > 1
            and any(rx.match(words[0]) for rx in self.scope)
            and words[1].strip(",;:") not in self.names_after
            and words[1][:1].isupper()
        )


def table_bands(reader, lines, cols: list[str], printed_cols: list[str], nxt: int) -> Bands | None:
    """The bands of the table under a tracker reader's header ("Recommendation | Scope | ..."
    with no ref column), or None."""
    if cols[:2] != ["recommendation", "scope"] or "ref" in cols:
        return None
    body, _ = reader._body(lines, printed_cols, nxt)
    texts = {k: reader.pl.flat(lines[k].text) for k in body}
    return BandedNumbers(reader.pl.vocab.statement, reader.ref, reader.p).read(texts)
