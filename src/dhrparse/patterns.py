"""Pattern data (headings, bullets, status words, date forms, agency names...).

Patterns live in TOML files under `patterns/`: each file becomes one namespace
named after the file (`headings.toml` -> `patterns["headings"]`). A user's own
directory (`--patterns DIR`) is merged on top: lists are extended (the user's
entries first, so they win ties), tables merged key by key, scalars replaced.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from dhrparse.vocab.alternation import expression_alternation
from dhrparse.vocab.engines import Expression, PlainTexts

PACKAGE_DIR = Path(__file__).resolve().parent


def default_patterns_dir() -> Path:
    """`patterns/` shipped in the wheel, or at the top of a source checkout."""
    for candidate in (PACKAGE_DIR / "patterns", PACKAGE_DIR.parents[1] / "patterns"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("dhrparse pattern files not found (expected a patterns/ directory)")


class PatternError(ValueError):
    """A pattern file could not be read or holds an invalid regular expression."""


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return extra + [item for item in base if item not in extra]
    return extra


def _load_dir(directory: Path) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for path in sorted(directory.glob("*.toml")):
        try:
            data[path.stem] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise PatternError(f"{path}: {exc}") from exc
    return data


class Patterns:
    def __init__(self, data: dict[str, Any]):
        self.data = data
        self._compiled: dict[tuple[str, int], list[regex.Pattern]] = {}
        self._derived: dict[str, Any] = {}
        self._expressions: dict[tuple[str, int], list[Expression]] = {}
        self._plain_texts = PlainTexts()

    def get(self, dotted: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def list(self, dotted: str) -> list[Any]:
        value = self.get(dotted, [])
        return list(value) if isinstance(value, list) else [value]

    def regexes(self, dotted: str, flags: int = regex.IGNORECASE) -> list[regex.Pattern]:
        """Compile (once) the list of regular expressions at `dotted`."""
        key = (dotted, flags)
        if key not in self._compiled:
            compiled = []
            for source in self.list(dotted):
                try:
                    compiled.append(regex.compile(source, flags))
                except regex.error as exc:
                    raise PatternError(f"pattern {dotted}: {source!r}: {exc}") from exc
            self._compiled[key] = compiled
        return self._compiled[key]

    def joined(self, dotted: str, flags: int = regex.IGNORECASE) -> regex.Pattern:
        """One alternation of every expression at `dotted`."""
        key = (dotted + "#joined", flags)
        if key not in self._compiled:
            sources = self.list(dotted)
            joined = expression_alternation(sources)
            try:
                self._compiled[key] = [regex.compile(joined, flags)]
            except regex.error as exc:
                raise PatternError(f"pattern {dotted}: {exc}") from exc
        return self._compiled[key][0]

    def any_match(self, dotted: str, text: str, flags: int = regex.IGNORECASE) -> bool:
        """Whether any expression at `dotted` is found in `text`: run by `re` where both engines
        read the expression and the text alike, since `regex` compiles at several times the cost
        and these lists are asked of one line at a time."""
        key = (dotted, flags)
        if key not in self._expressions:
            self._expressions[key] = [self._expression(dotted, s, flags) for s in self.list(dotted)]
        plain = self._plain_texts.plain(text)
        return any(e.search(text, plain) for e in self._expressions[key])

    @staticmethod
    def _expression(dotted: str, source: str, flags: int) -> Expression:
        try:
            return Expression(source, flags)
        except regex.error as exc:
            raise PatternError(f"pattern {dotted}: {source!r}: {exc}") from exc

    def derived(self, key: str, build: Callable[[Patterns], Any]) -> Any:
        """A structure built once from these patterns (a compiled vocabulary), kept with them."""
        if key not in self._derived:
            self._derived[key] = build(self)
        return self._derived[key]


@lru_cache(maxsize=8)
def _load(extra_dirs: tuple[str, ...]) -> Patterns:
    data = _load_dir(default_patterns_dir())
    for directory in extra_dirs:
        path = Path(directory)
        if not path.is_dir():
            raise PatternError(f"patterns directory not found: {directory}")
        extra = _load_dir(path)
        _check_expressions(extra, path)
        data = _merge(data, extra)
    return Patterns(data)


def _check_expressions(node: Any, where: Path, trail: str = "") -> None:
    """Fail at start-up, with the file and key, on a user's expression that does not compile."""
    if isinstance(node, dict):
        for key, value in node.items():
            _check_expressions(value, where, f"{trail}.{key}" if trail else key)
    elif isinstance(node, list):
        for item in node:
            _check_expressions(item, where, trail)
    elif isinstance(node, str):
        try:
            regex.compile(node)
        except regex.error as exc:
            raise PatternError(f"{where}: {trail}: {node!r}: {exc}") from None


def load_patterns(*extra_dirs: str | Path) -> Patterns:
    """The shipped patterns, with any user directories merged on top (cached)."""
    return _load(tuple(str(d) for d in extra_dirs))
