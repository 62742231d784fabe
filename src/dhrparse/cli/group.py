"""The `dhrparse` group: every command is imported only when asked for (or listed by --help),
so a single `extract` does not pull in the process pool, rich or matplotlib."""

from __future__ import annotations

import importlib

import click

from dhrparse import __version__


class _Commands(click.Group):
    lazy = {
        "extract": ("dhrparse.cli.extract", "extract"),
        "inspect": ("dhrparse.cli.inspect", "inspect"),
        "themes": ("dhrparse.cli.themes", "themes"),
        "timeline": ("dhrparse.timeline.command", "timeline"),
        "schema": ("dhrparse.cli.schema", "schema"),
        "batch": ("dhrparse.batch", "batch"),
        # reading a library of reviews (dhrparse.library.commands)
        "repeats": ("dhrparse.library.commands", "repeats"),
        "outstanding": ("dhrparse.library.commands", "outstanding"),
        "progress": ("dhrparse.library.commands", "progress"),
    }

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx, name):
        if name in self.lazy and name not in self.commands:
            module, attr = self.lazy[name]
            self.add_command(getattr(importlib.import_module(module), attr), name)
        return super().get_command(ctx, name)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dhrparse")
def main() -> None:
    """Turn Domestic Homicide Reviews, Serious Case Reviews and their action plans
    into structured data: recommendations, action-plan rows, chronology events and
    review metadata.

    \b
    Examples:
      dhrparse extract report.pdf                       # JSON to stdout
      dhrparse extract report.txt --format csv --records actions > actions.csv
      dhrparse extract *.pdf --format csv -o out/       # one CSV per record type
      cat report.txt | dhrparse extract - --format jsonl
      dhrparse inspect report.pdf                       # where did each record come from?
      dhrparse batch reviews/ -o out/ --format xlsx
    """
