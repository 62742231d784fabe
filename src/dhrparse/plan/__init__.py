"""Plan: action-plan tables read once, by one interpreter.

One table model: readers give raw tables (`document.Table`, rows of printed cells, and
Lines with `cells`); the plan reader interprets them, and plans printed as text, into
`tables.PlanTable` (one printed table read as a plan, pointing at its raw `document.Table`)
holding `tables.PlanRow`s (one interpreted plan row, cells keyed by field), from which
extractors.actions makes Action records.

`tables` is the interpreted model and header mapping, `column_roles` decides each column's role
from its header and its cells, `layouts` turns plans printed without cells into rows,
`interleaved` and `cell_segments` rebuild cells from text exports, `status` reads progress
cells, and `reader` walks a document and returns the `Plan` the extractors receive.
"""
