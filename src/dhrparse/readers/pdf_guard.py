"""Resource guard for PDFs: decompression bombs and object fan-out.

A small PDF can hold streams that decode to gigabytes, and PDFium would decode them all
while reading text. Before PDFium sees the file, every stream is decoded here through
its whole filter chain (hex, ASCII85, run-length, LZW, Flate, in any order, named in
full or abbreviated, the chain written inline or in another object), in bounded chunks,
counting bytes and stopping at the limit; a stream's end is found by its own decoder,
not by its /Length (which may be indirect, wrong, or padded). Images are not decoded
when text is read, so their declared size is what is checked. So a bomb costs at most
`limit` bytes of work and ends in one clear message.

Object fan-out is bounded too: the objects a file declares (its cross-reference size,
the objects written out, the objects packed in object streams) and, while pages are
read, the drawing objects on them (`ObjectBudget`).
"""

from __future__ import annotations

import base64
import re
import zlib

from dhrparse.readers import ReadError

_CHUNK = 1 << 16  # compressed bytes fed to a decoder at a time
_OUT = 1 << 20  # decoded bytes taken from it at a time
_STREAM = re.compile(rb"(?<![a-z])stream(?:\r\n|\r|\n)")  # what _streams finds (its test oracle)
_IMAGE = re.compile(rb"/Subtype\s*/Image")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]{0,4096}\]|/[A-Za-z0-9]{1,64}|\d{1,10}\s+\d{1,10}\s+R)")
_NAME = re.compile(rb"/([A-Za-z0-9]{1,64})")
_NUMBER = re.compile(rb"/(Width|Height|BitsPerComponent)\s+(\d{1,10})")
_OBJSTM_N = re.compile(rb"/N\s+(\d{1,12})")
_SIZE = re.compile(rb"/Size\s+(\d{1,15})")
_HEX_JUNK = re.compile(rb"[^0-9A-Fa-f]+")
_FILTERS = {
    b"FlateDecode": "flate",
    b"Fl": "flate",
    b"ASCIIHexDecode": "hex",
    b"AHx": "hex",
    b"ASCII85Decode": "a85",
    b"A85": "a85",
    b"LZWDecode": "lzw",
    b"LZW": "lzw",
    b"RunLengthDecode": "rl",
    b"RL": "rl",
}
IMAGE_FACTOR = 8  # an image may declare this many times the stream limit


class _Over(Exception):
    pass


def check_pdf(data: bytes, limits) -> None:
    """Raise ReadError when the PDF declares too many objects or its streams decode to
    more than the limit."""
    check_objects(data, limits.max_objects)
    packed = check_inflation(data, limits.max_inflate)
    if packed:  # objects packed in object streams count with the ones written out
        check_objects(data, limits.max_objects, packed)


def _too_many(count: int, limit: int, what: str) -> ReadError:
    return ReadError(
        f"the PDF {what} {count:,} objects, over the limit of {limit:,} "
        f"(raise it with --max-objects if the file is genuine)"
    )


def check_objects(data: bytes, limit: int, packed: int = 0) -> None:
    written = data.count(b"obj") - data.count(b"endobj") + packed  # "N G obj" headers
    if written > limit:
        raise _too_many(written, limit, "holds")
    for m in _SIZE.finditer(data):
        if int(m.group(1)) > limit:
            raise _too_many(int(m.group(1)), limit, "declares")


def check_inflation(data: bytes, limit: int) -> int:
    """Raise ReadError when the PDF's streams decode to more than `limit` bytes. Returns
    how many objects its object streams say they hold."""
    total = 0
    packed = 0
    for start, pos in _streams(data):
        head = _dictionary(data, start)
        if b"/ObjStm" in head:
            m = _OBJSTM_N.search(head)
            packed += int(m.group(1)) if m else 0
        if _IMAGE.search(head):
            _check_image(head, limit)
            continue
        chain = _filters(data, head)
        if not chain:
            continue
        try:
            total += _decoded_size(data, pos, chain, limit - total)
        except _Over:
            total = limit + 1
        if total > limit:
            raise ReadError(
                f"the PDF's compressed streams expand to more than {limit // (1 << 20):,} MB "
                f"(a decompression bomb?); raise the limit with --max-inflate-mb if the "
                f"file is genuine"
            )
    return packed


def _dictionary(data: bytes, start: int) -> bytes:
    """The stream's dictionary: back from the "stream" keyword to its object's "obj"."""
    head_start = data.rfind(b"obj", max(0, start - (1 << 20)), start)
    return data[head_start + 3 if head_start != -1 else max(0, start - 4096) : start]


def _filters(data: bytes, head: bytes) -> list[str]:
    m = _FILTER.search(head)
    if not m:
        return []
    spec = m.group(1)
    if spec.endswith(b"R"):  # the chain is written in another object
        num, gen = spec.split()[:2]
        target = re.search(
            rb"(?<!\d)" + num + rb"\s+" + gen + rb"\s+obj\s*(\[[^\]]{0,4096}\]|/[A-Za-z0-9]{1,64})", data
        )
        if not target:
            return []
        spec = target.group(1)
    chain = []
    for name in _NAME.findall(spec):
        kind = _FILTERS.get(name)
        if kind is None:
            break  # an image codec or encryption: nothing text reading decodes
        chain.append(kind)
    return chain


def _check_image(head: bytes, limit: int) -> None:
    values = {k: int(v) for k, v in _NUMBER.findall(head)}
    components = 4 if b"CMYK" in head else 3 if b"RGB" in head else 1
    size = (
        values.get(b"Width", 0)
        * values.get(b"Height", 0)
        * components
        * values.get(b"BitsPerComponent", 8)
        // 8
    )
    if size > limit * IMAGE_FACTOR:
        raise ReadError(
            f"the PDF holds an image of {values.get(b'Width', 0):,} x {values.get(b'Height', 0):,} "
            f"pixels, {size // (1 << 20):,} MB when decoded (a decompression bomb?); raise the limit "
            f"with --max-inflate-mb if the file is genuine"
        )


def _decoded_size(data: bytes, pos: int, chain: list[str], budget: int) -> int:
    """Bytes the stream at `pos` decodes to through `chain`; raises _Over past `budget`.
    Every stage but the last is held (it feeds the next); the last is only counted."""
    if chain[0] in _ENDS:  # text encodings end at their own end-of-data mark
        end = data.find(_ENDS[chain[0]], pos)
        source: memoryview | bytes = data[pos : end if end != -1 else len(data)]
    else:  # binary ones are read until their decoder stops
        source = memoryview(data)[pos:]
    for i, kind in enumerate(chain):
        last = i == len(chain) - 1
        out = _DECODERS[kind](source, budget, last)
        if last:
            return out
        source = out
    return 0


def _flate(source, budget: int, count: bool):
    inflater = zlib.decompressobj()
    parts: list[bytes] = []
    produced = 0
    offset = 0
    try:
        while offset < len(source) and not inflater.eof:
            out = inflater.decompress(source[offset : offset + _CHUNK], _OUT)
            offset += _CHUNK
            while True:
                produced += len(out)
                if produced > budget:
                    raise _Over()
                if not count:
                    parts.append(out)
                if not inflater.unconsumed_tail or inflater.eof:
                    break
                out = inflater.decompress(inflater.unconsumed_tail, _OUT)
    except zlib.error:
        pass  # a damaged stream is PDFium's to report; what came out so far counts
    return produced if count else b"".join(parts)


def _hex(source, budget: int, count: bool):
    raw = _upto(source, b">")
    digits = _HEX_JUNK.sub(b"", raw)
    size = (len(digits) + 1) // 2
    if size > budget:
        raise _Over()
    if count:
        return size
    return bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii"))


def _a85(source, budget: int, count: bool):
    raw = _upto(source, b"~>").strip()
    if raw.startswith(b"<~"):
        raw = raw[2:]
    if len(raw) * 4 > budget * 5 and raw.count(b"z") * 4 + len(raw) > budget:
        raise _Over()
    try:
        out = base64.a85decode(raw, ignorechars=b" \t\n\r\x0b\f")
    except ValueError:
        out = b""
    if len(out) > budget:
        raise _Over()
    return len(out) if count else out


def _run_length(source, budget: int, count: bool):
    out = bytearray()
    produced = 0
    i, n = 0, len(source)
    while i < n:
        length = source[i]
        if length == 128:
            break
        if length < 128:
            chunk = bytes(source[i + 1 : i + 2 + length])
            i += 2 + length
        else:
            chunk = bytes(source[i + 1 : i + 2]) * (257 - length)
            i += 2
        produced += len(chunk)
        if produced > budget:
            raise _Over()
        if not count:
            out += chunk
    return produced if count else bytes(out)


def _lzw(source, budget: int, count: bool):
    """LZW as PDF writes it (early change); counting needs only each code's length."""
    table: list[bytes] = [bytes([i]) for i in range(256)] + [b"", b""]
    out = bytearray()
    produced = 0
    bits, buffer, width = 0, 0, 9
    prev: bytes | None = None
    for byte in source:
        buffer = (buffer << 8) | byte
        bits += 8
        while bits >= width:
            bits -= width
            code = (buffer >> bits) & ((1 << width) - 1)
            buffer &= (1 << bits) - 1
            if code == 256:
                table, width, prev = table[:258], 9, None
                continue
            if code == 257:
                return produced if count else bytes(out)
            if code < len(table):
                entry = table[code]
            elif prev is not None:
                entry = prev + prev[:1]
            else:
                return produced if count else bytes(out)
            if prev is not None:
                table.append(prev + entry[:1])
            prev = entry
            produced += len(entry)
            if produced > budget:
                raise _Over()
            if not count:
                out += entry
            if len(table) + 1 >= (1 << width) and width < 12:
                width += 1
    return produced if count else bytes(out)


_DECODERS = {"flate": _flate, "hex": _hex, "a85": _a85, "rl": _run_length, "lzw": _lzw}


_ENDS = {"hex": b">", "a85": b"~>"}


def _upto(source: bytes, token: bytes) -> bytes:
    end = source.find(token)
    return source if end == -1 else source[:end]


def _streams(data: bytes):
    """(start of the "stream" keyword, start of the data) for each stream: what _STREAM
    matches, the keyword not part of a longer word ("endstream") and followed by an end
    of line."""
    pos = data.find(b"stream")
    while pos != -1:
        end = pos + 6
        if pos and 97 <= data[pos - 1] <= 122:  # "endstream" or a longer word
            pos = data.find(b"stream", pos + 1)
            continue
        if data[end : end + 1] == b"\n":
            yield pos, end + 1
            end += 1
        elif data[end : end + 2] == b"\r\n":
            yield pos, end + 2
            end += 2
        elif data[end : end + 1] == b"\r":
            yield pos, end + 1
            end += 1
        else:
            end = pos + 1
        pos = data.find(b"stream", end)


class ObjectBudget:
    """Drawing objects on a document's pages, counted as they are read: many thousands on
    each of thousands of pages (one content stream shared by every page costs the file
    nothing) is not a report, and reading it would take hours."""

    def __init__(self, limit: int):
        self.limit = limit
        self.spent = 0

    def spend(self, count: int, page_no: int) -> None:
        self.spent += count
        if self.spent > self.limit:
            raise ReadError(
                f"the PDF's pages draw more than {self.limit:,} objects by page {page_no:,} "
                f"(raise it with --max-objects if the file is genuine)"
            )
