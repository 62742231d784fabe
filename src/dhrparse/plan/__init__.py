"""Plan: action-plan tables read once, by one interpreter.

One table model: readers give raw tables (`document.Table`, rows of printed cells, and
Lines with `cells`); the plan reader interprets them, and plans printed as text, into
`tables.PlanTable` (one printed table read as a plan, pointing at its raw `document.Table`)
holding `tables.PlanRow`s (one interpreted plan row, cells keyed by field), from which
extractors.actions makes Action records.

`tables` is the interpreted model and header mapping, `column_roles` decides each column's
role from its header and its cells, `layouts` turns plans printed without cells into rows,
`interleaved`, `cell_runs` and `cell_segments` rebuild cells from text exports (`line_rounds`
with `round_header` and `round_fit`: a table plain pdftotext printed a line at a time across
its cells, `spaced_rounds` its rows in the house style with space after every paragraph, each
row read only where its lines fit its cells, the others warned of, not guessed;
`column_blocks` with `block_cells` and `recommendation_cells`: a table with merged cells it
printed as column blocks, `row_bands` reading the cells after a run of actions by their column's
place and `column_order` pairing the statuses left over by the status column's print order; `label_columns`: key/value tables whose label column plain
pdftotext printed before the values; `unplaced_statements`: merged recommendation cells it
printed away from their rows), `status`
reads progress cells. `reader` walks a document and returns the `Plan` the extractors
receive: `plan_lines` (headers, where the plan starts, agency headings) and `vocabulary`
(the plan's compiled words) say what each line is; `walk` holds the state one walk shares
and its moves, driven by `tab_rows` (rows of cells) and `printed_rows` (plain lines);
`sections`, `statements`, `updates` and `row_numbers` each keep one thread of it; `ledger`
accounts for every line not read; `statement_records` links rows to recommendations and
makes the plan's Recommendation records.
"""
