"""Plan: action-plan tables read once, by one interpreter.

`tables` is the table model and header mapping, `column_roles` decides each column's role
from its header and its cells, `layouts` turns plans printed without cells into rows,
`interleaved` and `cell_segments` rebuild cells from text exports, `status` reads progress
cells, and `reader` walks a document and returns the `Plan` the extractors receive.
"""
