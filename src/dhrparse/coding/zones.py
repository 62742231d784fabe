"""The parts of an ask as theme cues are tried on them: how much a cue found in each counts,
the cue words each holds, and its text with organisation names blanked out.

A recommendation's few parts are tried by every cue whose words it holds, some two dozen
cues; what a part weighs and holds is the same for all of them, so it is worked out once
per part (the blanked text only when a cue of a theme that ignores names is tried there).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from dhrparse.coding.asks import ADDRESSEE, Ask, Part
from dhrparse.vocab.engines import Expression


@dataclass
class Zone:
    index: int
    part: Part
    words: set[str]  # the cue words the part holds (vocab.cue_words)
    plain: bool  # both engines read its text alike (vocab.engines); blanking keeps that
    weight: float  # what a cue found here counts, by the part's role
    client_weight: float  # the same for a client-group theme, which the addressee never is
    organisation: Expression

    @property
    def text(self) -> str:
        return self.part.text

    @cached_property
    def masked(self) -> str:
        """The text with the words of organisation names blanked out."""
        return blank_out(self.organisation, self.part.text, self.plain)


def blank_out(names: Expression, text: str, plain: bool) -> str:
    """`text` with every match of `names` replaced by as many spaces, as `regex`'s `sub` would
    replace them: `re` finds the matches on a text both engines read alike, unless one is
    empty (after which the engines go on differently)."""
    found = list(names.finditer(text, plain)) if plain and names.std is not None else None
    if found is None or any(m.start() == m.end() for m in found):
        return names.rx().sub(lambda m: " " * len(m.group(0)), text)
    pieces, last = [], 0
    for m in found:
        pieces += [text[last : m.start()], " " * (m.end() - m.start())]
        last = m.end()
    return "".join(pieces) + text[last:]


def zones(ask: Ask, vocabulary) -> list[Zone]:
    """The ask's parts as zones, with `vocabulary`'s (themes.Vocabulary) weights and words."""
    found = []
    for i, part in enumerate(ask.parts):
        weight = vocabulary.zone_weights.get(part.role, 0.0)
        found.append(
            Zone(
                i,
                part,
                vocabulary.word_index.present([part.text]),
                vocabulary.plain_texts.plain(part.text),
                weight,
                0.0 if part.role == ADDRESSEE else weight,
                vocabulary.organisation,
            )
        )
    return found
