"""A Word document's styles, read once.

python-docx finds a paragraph's or run's style by searching every style definition each
time it is asked; the reader asks several times per paragraph, so a document defining
10,000 styles took minutes. `StyleBook` stands in for the document as the parent of the
paragraphs and tables the reader wraps: their `part.get_style` answers from a table of
the style definitions built in one pass, with python-docx's own rules (an unknown id,
or one of another type, means the default style of that type).
"""

from __future__ import annotations

from docx.styles.style import StyleFactory

WORDML = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"  # (the tag prefix)
# how far a style's "based on" chain is followed (Word's own chains are a few links; a
# crafted file may loop)
MAX_STYLE_DEPTH = 16


class StyleBook:
    """The parent handed to python-docx's Paragraph and Table: its `part` answers style
    look-ups from a table; everything else is the document's."""

    def __init__(self, document):
        self.document = document
        self.part = _StyledPart(document.part)


class _StyledPart:
    def __init__(self, part):
        self._part = part
        self._by_id: dict[str, object] | None = None
        self._styles: dict[tuple[str | None, object], object] = {}

    def __getattr__(self, name):  # every other question goes to the document's part
        return getattr(self._part, name)

    def get_style(self, style_id, style_type):
        key = (style_id, style_type)
        if key not in self._styles:
            self._styles[key] = self._look_up(style_id, style_type)
        return self._styles[key]

    def _look_up(self, style_id, style_type):
        element = self._definitions().get(style_id) if style_id else None
        if element is None or element.type != style_type:
            return self._part.get_style(None, style_type)  # the default of that type
        return StyleFactory(element)

    def _definitions(self) -> dict[str, object]:
        if self._by_id is None:
            self._by_id = {}
            try:
                root = self._part.styles.element
            except (KeyError, AttributeError, NotImplementedError):
                return self._by_id
            for element in root.iterchildren(f"{WORDML}style"):
                self._by_id.setdefault(element.get(f"{WORDML}styleId"), element)
        return self._by_id
