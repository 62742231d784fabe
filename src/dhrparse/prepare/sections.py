"""The section tree: each heading opens a section under the nearest open heading of a
higher level; every other block belongs to the innermost open section."""

from __future__ import annotations

from dhrparse.document import Block, Line, Section


def build_sections(blocks: list[Block], lines: list[Line]) -> Section:
    last_line = lines[-1].number if lines else 0
    root = Section(title="", number=None, level=0, line_start=1, line_end=last_line)
    stack = [root]
    for block in blocks:
        if block.kind == "heading":
            while stack[-1].level >= block.level and len(stack) > 1:
                stack.pop()
            section = Section(
                title=block.text,
                number=block.number,
                level=block.level,
                line_start=block.line_start,
                line_end=last_line,
                page=block.page,
                parent=stack[-1],
            )
            stack[-1].children.append(section)
            stack.append(section)
            block.section = section
            section.blocks.append(block)
        else:
            block.section = stack[-1]
            stack[-1].blocks.append(block)
    _close_ranges(root, last_line)
    return root


def _close_ranges(section: Section, end: int) -> None:
    """A section runs from its heading to the last line of its last block (its own or a
    subsection's), so trailing furniture and blank lines are not counted in."""
    for child in section.children:
        _close_ranges(child, end)
    # (each list grown a block at a time with room for more, copied to its size once the tree is
    # built: a long report has thousands of sections, each with its list of blocks; most have no
    # subsections, and share the one empty tuple rather than hold an empty list each)
    section.blocks, section.children = section.blocks[:], section.children[:] or ()
    ends = [b.line_end for b in section.blocks] + [c.line_end for c in section.children]
    section.line_end = (
        max(ends) if ends and section.level > 0 else (end if section.level == 0 else section.line_start)
    )
