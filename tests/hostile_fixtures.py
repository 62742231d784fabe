"""Hostile inputs, built on demand: text that makes regular expressions backtrack, Word
documents with thousands of styles or parts that unpack to hundreds of megabytes, PDFs
whose streams hide a decompression bomb behind an encoding chain, and PDFs whose
object or page-object counts fan out. The tests build them small; bench/hostile.py
builds them at the sizes the robustness issue measured."""

from __future__ import annotations

import base64
import io
import zipfile
import zlib

from pdf_fixtures import serialise

# --- text -------------------------------------------------------------------------------


def text_runs(size: int) -> dict[str, bytes]:
    """A short report with one long line of each kind a pattern may meet: runs that an
    unbounded quantifier followed by a required token backtracks over, set inside a
    recommendation, a table row and a heading-like line."""
    runs = {
        "tabs": b"\t" * size,
        "spaces_tabs": b" \t" * (size // 2),
        "spaces": b" " * size,
        "dots": b"." * size,
        "digits": b"1" * size,
        "lt": b"<" * size,
        "unclosed_tag": b"<tag " * (size // 5),
        "recommendation": b"Recommendation " * (size // 15),
        "digit_dots": b"1." * (size // 2),
        "words": b"the review " * (size // 11),
    }
    return {kind: _report_around(run) for kind, run in runs.items()}


def _report_around(run: bytes) -> bytes:
    return (
        b"Domestic Homicide Review into the death of Ann\n\nRecommendations\n\n"
        b"1. The agency should " + run + b" review its policy.\n"
        b"Recommendation 2\t"
        + run
        + b"\tPolice\tMarch 2020\n"
        + run
        + b"\n2 Chronology\n12 March 2019 "
        + run
        + b" the GP saw her.\n"
    )


def big_text(samples: list[bytes], size: int) -> bytes:
    """About `size` bytes of report text: the samples repeated, each copy renumbered so
    records do not collapse into duplicates."""
    out = bytearray()
    copy = 0
    while len(out) < size:
        for sample in samples:
            out += sample.replace(b"Recommendation ", b"Recommendation %d." % copy) + b"\n\f\n"
            copy += 1
    return bytes(out)


# --- Word ------------------------------------------------------------------------------

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
_DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'styles" Target="styles.xml"/></Relationships>'
)


def docx(body_xml: bytes | str, styles_xml: str | None = None, doctype: str = "") -> bytes:
    """A minimal Word package around `body_xml` (the children of w:body)."""
    if isinstance(body_xml, str):
        body_xml = body_xml.encode()
    document = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + doctype.encode()
        + b'<w:document xmlns:w="'
        + _W_NS.encode()
        + b'"><w:body>'
        + body_xml
        + b"</w:body></w:document>"
    )
    styles = styles_xml or f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{_W_NS}"/>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("word/_rels/document.xml.rels", _DOC_RELS)
        zf.writestr("word/document.xml", document)
        zf.writestr("word/styles.xml", styles)
    return buf.getvalue()


def _para(text: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def docx_many_styles(styles: int, paragraphs: int) -> bytes:
    """Thousands of styles, each paragraph in one of the last ones defined."""
    defs = "".join(
        f'<w:style w:type="paragraph" w:styleId="S{i}"><w:name w:val="Style {i}"/>'
        f'<w:basedOn w:val="S{max(0, i - 1)}"/><w:rPr><w:b/></w:rPr></w:style>'
        for i in range(styles)
    )
    styles_xml = f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{_W_NS}">{defs}</w:styles>'
    body = "".join(
        _para(f"Paragraph {i} of a report about the review of services.", f"S{styles - 1 - i % 7}")
        for i in range(paragraphs)
    )
    return docx(body, styles_xml)


def docx_large_body(size: int) -> bytes:
    """document.xml of about `size` bytes: ordinary paragraphs, many of them."""
    para = _para(
        "The panel considered how agencies shared information about the family at that time."
    ).encode()
    return docx(para * (size // len(para)))


def docx_text_bomb(size: int) -> bytes:
    """One run of `size` letters: a part that unpacks to `size` bytes from a few hundred KB."""
    return docx(b"<w:p><w:r><w:t>" + b"a" * size + b"</w:t></w:r></w:p>")


def docx_entity_expansion(levels: int = 9) -> bytes:
    """ "Billion laughs": nested entities that expand exponentially if the parser resolves them."""
    ents = '<!ENTITY e0 "lol">' + "".join(
        f'<!ENTITY e{i} "{("&e%d;" % (i - 1)) * 10}">' for i in range(1, levels)
    )
    doctype = f"<!DOCTYPE w:document [{ents}]>"
    return docx(_para(f"&e{levels - 1};"), doctype=doctype)


# --- PDF -------------------------------------------------------------------------------


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _one_page(content_ref: bytes, extra_resources: bytes = b"") -> dict[int, bytes]:
    return {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> "
        + extra_resources
        + b">> /Contents "
        + content_ref
        + b" >>",
        5: _FONT,
    }


def _bomb_body(inflated: int) -> bytes:
    """Content-stream bytes that compress about a thousandfold: a text line, then spaces."""
    head = b"BT /F1 12 Tf 72 720 Td (Recommendations) Tj ET\n"
    return head + b" " * (inflated - len(head))


def _flate(data: bytes) -> bytes:
    return zlib.compress(data, 9)


def pdf_bomb(kind: str, inflated: int) -> bytes:
    """A page whose content (or image) inflates to `inflated` bytes, its compressed
    stream hidden in the way `kind` names."""
    body = _bomb_body(inflated)
    if kind == "flate":
        data, head = _flate(body), b"/Filter /FlateDecode"
    elif kind == "hex":
        data, head = _flate(body).hex().encode() + b">", b"/Filter [/ASCIIHexDecode /FlateDecode]"
    elif kind == "ascii85":
        data, head = base64.a85encode(_flate(body)) + b"~>", b"/Filter [/A85 /Fl]"
    elif kind == "indirect_length":
        data = _flate(body)
        objs = _one_page(b"4 0 R")
        objs[4] = b"<< /Filter /FlateDecode /Length 6 0 R >>\nstream\n" + data + b"\nendstream"
        objs[6] = b"%d" % len(data)
        return serialise(objs, version=b"1.5")
    elif kind == "padded":
        # the stream's dictionary pushed far from its keyword by whitespace and a comment
        data = _flate(body)
        head = b"/Filter /FlateDecode" + b" " * 8192 + b"\n% " + b"x" * 4096 + b"\n"
    elif kind == "filter_reference":
        data = _flate(body)
        objs = _one_page(b"4 0 R")
        objs[4] = b"<< /Length %d /Filter 6 0 R >>\nstream\n" % len(data) + data + b"\nendstream"
        objs[6] = b"[/FlateDecode]"
        return serialise(objs, version=b"1.5")
    elif kind == "image":
        side = int(inflated**0.5)
        data = _flate(b"\0" * (side * side))
        objs = _one_page(b"4 0 R", b"/XObject << /Im1 6 0 R >> ")
        content = b"q 500 0 0 500 50 50 cm /Im1 Do Q BT /F1 12 Tf 72 720 Td (Recommendations) Tj ET"
        objs[4] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
        objs[6] = (
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Length %d /Filter /FlateDecode >>\nstream\n"
            % (side, side, len(data))
            + data
            + b"\nendstream"
        )
        return serialise(objs, version=b"1.5")
    else:
        raise ValueError(kind)
    objs = _one_page(b"4 0 R")
    objs[4] = b"<< /Length %d " % len(data) + head + b" >>\nstream\n" + data + b"\nendstream"
    return serialise(objs, version=b"1.5")


def pdf_page_fanout(pages: int) -> bytes:
    """A page tree whose root holds `pages` leaf pages, each its own object."""
    first = 4
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Count %d /Kids [" % pages
        + b" ".join(b"%d 0 R" % (first + i) for i in range(pages))
        + b"] >>",
        3: b"<< /Length 0 >>\nstream\n\nendstream",
    }
    for i in range(pages):
        objs[first + i] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>"
    return serialise(objs, version=b"1.5")


def pdf_object_heavy_pages(pages: int, objects_per_page: int) -> bytes:
    """`pages` pages sharing one content stream that draws `objects_per_page` paths, plus a
    line of text: a small file whose pages hold millions of drawing objects in all."""
    ops = b"BT /F1 12 Tf 72 720 Td (Recommendations) Tj ET\n" + b"1 1 m 2 2 l S\n" * objects_per_page
    data = _flate(ops)
    first = 6
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Count %d /Kids [" % pages
        + b" ".join(b"%d 0 R" % (first + i) for i in range(pages))
        + b"] >>",
        4: b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
        5: _FONT,
    }
    for i in range(pages):
        objs[first + i] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
        )
    return serialise(objs, version=b"1.5")


def hang_on_marked_files(path: str):
    """A batch worker function that never returns for files named "hang..." (imported by
    spawned workers, so it lives at the top of a module). It leaves PATH.hanging beside such a
    file first: a test waiting for it knows the worker is past its start-up and in a conversion."""
    import time
    from pathlib import Path

    from dhrparse.batch.worker import convert

    if Path(path).name.startswith("hang"):
        Path(path + ".hanging").touch()
        while True:
            time.sleep(1)
    return convert(path)
