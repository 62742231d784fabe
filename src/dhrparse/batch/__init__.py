"""`dhrparse batch`: convert folders of reviews with worker processes.

discover (which files) -> worker (convert in a process pool) -> store (per-file
results, for --resume) -> link (actions to another file's recommendations) ->
report (manifest, progress, summary). `command` wires them to the CLI.

The click command is imported lazily so that worker processes, which import
`dhrparse.batch.worker`, do not pull in the CLI.
"""


def __getattr__(name: str):
    if name == "batch":
        from dhrparse.batch.command import batch
        return batch
    raise AttributeError(name)
