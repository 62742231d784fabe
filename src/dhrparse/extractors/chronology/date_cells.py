"""A chronology table's date cell as agencies' record systems print it ("Mon 14/01/2019",
"00/05/2019", "2019-04-18", "Between 1 and 8 June 2019", "22 Jun 19"): part of the shared date
grammar now, vocab/date_cells (an action plan's target dates read the same forms)."""

from __future__ import annotations

from dhrparse.vocab.date_cells import DateCells, cell_date

__all__ = ["DateCells", "cell_date"]
