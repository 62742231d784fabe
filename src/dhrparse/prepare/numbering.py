"""The numbering a report has shown so far: the last numbered heading and the last
numbered paragraph. It tells "4. CHRONOLOGY" (the next heading) from "4. On 3 May ..."
(the next paragraph), and a paragraph's wrapped number from a new paragraph."""

from __future__ import annotations

from dataclasses import dataclass, field


def parts(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.split(".") if p)


@dataclass
class Numbering:
    headings: list[tuple[int, ...]] = field(default_factory=list)
    last_para: tuple[int, ...] | None = None

    def heading_fits(self, number: tuple[int, ...], upper: bool) -> bool:
        """Is this the next heading number (a sibling, a parent's sibling or a first child);
        a capitalised title may skip one."""
        if not self.headings:
            return number[0] <= 3 and len(number) <= 2
        last = self.headings[-1]
        candidates = set()
        for depth in range(1, len(last) + 1):
            prefix = last[: depth - 1]
            candidates.add(prefix + (last[depth - 1] + 1,))
            if upper:
                candidates.add(prefix + (last[depth - 1] + 2,))
        candidates.add(last + (1,))
        return number in candidates

    def para_fits(self, number: tuple[int, ...]) -> bool:
        last = self.last_para
        if last is None:
            return True
        if len(number) == 1 and len(last) >= 1 and number[0] in (last[0] + 1, last[0] + 2, 1):
            return True
        return len(number) >= 2

    def runs_on(self, number: tuple[int, ...]) -> bool:
        """The next number of a run of numbered paragraphs ("2.1 ...", "2.2 ...")."""
        last = self.last_para
        return last is not None and len(number) == len(last) and number == last[:-1] + (last[-1] + 1,)
