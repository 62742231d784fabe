"""Output: records written as JSON, JSON Lines, CSV and XLSX, safely.

`columns` declares each table's columns, `writers` and `xlsx` write them, `frames` loads
them back with the right types, `target` opens output paths without harming inputs, and
`terminal` escapes text before it reaches a terminal.
"""
