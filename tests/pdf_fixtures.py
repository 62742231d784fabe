"""Small PDFs built in the tests: plain text pages, encrypted (RC4, standard security
handler revision 2: nothing installed can write encrypted PDFs, so it is done here
from the PDF specification, 7.6.3), and image-only ("scanned") pages."""

from __future__ import annotations

import hashlib
import io

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(pages: list[list[str]], *, password: str | None = None) -> bytes:
    """A PDF whose pages print the given lines (Helvetica 11pt), optionally encrypted
    with a user password."""
    file_id = hashlib.md5(repr(pages).encode()).digest()
    objects: dict[int, bytes] = {}
    n_pages = len(pages)
    page_ids = [4 + 2 * k for k in range(n_pages)]
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = (
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % n_pages
    )
    objects[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    streams: dict[int, bytes] = {}
    for k, lines in enumerate(pages):
        ops = ["BT /F1 11 Tf 14 TL 72 740 Td"] + [f"({_escape(t)}) Tj T*" for t in lines] + ["ET"]
        streams[page_ids[k] + 1] = "\n".join(ops).encode("cp1252")
        objects[page_ids[k]] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page_ids[k] + 1)
        )
    key = None
    encrypt = b""
    if password is not None:
        owner_key = hashlib.md5((b"owner-" + password.encode())[:32].ljust(32, b"\0")).digest()[:5]
        o_entry = _rc4(owner_key, (password.encode() + _PAD)[:32])
        p_flags = -44
        key = hashlib.md5(
            (password.encode() + _PAD)[:32] + o_entry + p_flags.to_bytes(4, "little", signed=True) + file_id
        ).digest()[:5]
        u_entry = _rc4(key, _PAD)
        enc_id = max(list(objects) + list(streams)) + 1
        objects[enc_id] = (
            b"<< /Filter /Standard /V 1 /R 2 /O <"
            + o_entry.hex().encode()
            + b"> /U <"
            + u_entry.hex().encode()
            + b"> /P %d >>" % p_flags
        )
        encrypt = b" /Encrypt %d 0 R" % enc_id
    for obj_id, data in streams.items():
        if key is not None:
            obj_key = hashlib.md5(key + obj_id.to_bytes(3, "little") + b"\0\0").digest()[:10]
            data = _rc4(obj_key, data)
        objects[obj_id] = b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
    return serialise(
        objects, b" /ID [<%s> <%s>]%s" % (file_id.hex().encode(), file_id.hex().encode(), encrypt)
    )


def with_scanned_pages(pdf_bytes: bytes | None, scanned: int, at_end: bool = True) -> bytes:
    """`pdf_bytes` (or nothing) plus `scanned` pages holding only an image."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    doc = pdfium.PdfDocument(pdf_bytes) if pdf_bytes else pdfium.PdfDocument.new()
    for _ in range(scanned):
        page = doc.new_page(612, 792)
        picture = Image.new("RGB", (200, 260), "white")
        ImageDraw.Draw(picture).text((20, 20), "Scanned text", fill="black")
        image = pdfium.PdfImage.new(doc)
        image.set_bitmap(pdfium.PdfBitmap.from_pil(picture))
        image.set_matrix(pdfium.PdfMatrix().scale(612, 792))
        page.insert_obj(image)
        page.gen_content()
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def styled_pdf(lines: list[tuple[str, dict]]) -> bytes:
    """A one-column PDF laid out like a word processor's: each line (text, style) with
    style keys x (left edge, default 72), gap (points above the line, default 14: the
    line spacing; more is paragraph spacing), bold, size (default 11). Pages break at
    the foot margin."""
    fonts = {False: "/F1", True: "/F2"}
    pages: list[list[str]] = [[]]
    y = 740.0
    for text, style in lines:
        gap = style.get("gap", 14)
        if y - gap < 72:
            pages.append([])
            y = 740.0 + gap
        y -= gap
        size = style.get("size", 11)
        pages[-1].append(
            f"BT {fonts[bool(style.get('bold'))]} {size} Tf 1 0 0 1 {style.get('x', 72)} {y:.1f} Tm "
            f"({_escape(text)}) Tj ET"
        )
    objects: dict[int, bytes] = {1: b"<< /Type /Catalog /Pages 2 0 R >>"}
    page_ids = [5 + 2 * k for k in range(len(pages))]
    objects[2] = (
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % p for p in page_ids)
        + b"] /Count %d >>" % len(pages)
    )
    objects[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    for k, ops in enumerate(pages):
        data = "\n".join(ops).encode("cp1252")
        objects[page_ids[k] + 1] = b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
        objects[page_ids[k]] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (page_ids[k] + 1)
        )
    return serialise(objects)


def serialise(objects: dict[int, bytes], trailer_extra: bytes = b"", *, version: bytes = b"1.4") -> bytes:
    """Numbered objects, cross-reference table and trailer: a complete PDF file (an object
    number left out is a free entry). The one writer of PDF files in the tests."""
    out = io.BytesIO()
    out.write(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for obj_id in sorted(objects):
        offsets[obj_id] = out.tell()
        out.write(b"%d 0 obj\n" % obj_id + objects[obj_id] + b"\nendobj\n")
    xref = out.tell()
    size = max(objects) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for obj_id in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[obj_id] if obj_id in offsets else b"0000000000 65535 f \n")
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (size, trailer_extra, xref)
    )
    return out.getvalue()
