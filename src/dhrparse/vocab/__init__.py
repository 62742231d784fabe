"""Vocabulary: recognisers compiled from the pattern files.

Dates and relative dates, agency names, who a recommendation addresses, reference numbers,
and the quick tests that let a long text be searched only where an expression can start.
Each recogniser is built once per `Patterns` object and kept on it (`Patterns.derived`).
"""
