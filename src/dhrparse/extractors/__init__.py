"""Extractors: each reads the segmented SourceDocument and returns records.

An extractor is a module with `extract(doc, ctx, ...) -> records`: it takes what it needs
as arguments (the review's reading, the plan stage's Plan) and returns what it found.
`ctx` is only the ledger (`dhrparse.ledger.Ledger`) every stage writes to: warnings (`ctx.warn`) for what could not
be parsed, the regions each extractor claims (`ctx.claim`, checked by coverage.py) and the
lines read as structure. `pipeline.run_extractors` runs them in order.
"""
