"""Prepare: a read document made ready for the extractors.

`cleaning` drops page furniture (running heads and footers, page numbers, footnotes) and
`segment` divides what is left into sections and blocks (headings, paragraphs, bullets,
tables, contents lines). Both work on the `SourceDocument` the readers produced.
"""
