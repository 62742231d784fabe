"""Decompression-bomb guard for PDFs.

A small PDF can hold Flate streams that inflate to gigabytes; PDFium would inflate
them all while reading text. Before PDFium sees the file, every Flate stream but
images (which reading text never decodes) is inflated here in bounded chunks,
counting bytes and stopping at the limit, so a bomb costs at most `limit` bytes of
work and ends in one clear message.
"""
from __future__ import annotations

import re
import zlib

from . import ReadError

_STREAM = re.compile(rb"(?<![a-z])stream\r?\n")     # what _streams finds
_IMAGE = re.compile(rb"/Subtype\s*/Image")
_CHUNK = 1 << 20


def check_inflation(data: bytes, limit: int) -> None:
    """Raise ReadError when the PDF's Flate streams inflate to more than `limit` bytes."""
    total = 0
    for start, pos in _streams(data):
        head = data[max(0, start - 2048):start]       # the stream's dictionary
        head = head[head.rfind(b"obj"):] if b"obj" in head else head
        if b"/FlateDecode" not in head or _IMAGE.search(head):
            continue    # not Flate, or an image, which reading text never decodes
        inflater = zlib.decompressobj()
        end = data.find(b"endstream", pos)
        chunk = data[pos:end if end != -1 else len(data)]
        try:
            out = inflater.decompress(chunk, _CHUNK)
            while True:
                total += len(out)
                if total > limit:
                    raise ReadError(f"the PDF's compressed streams expand to more than {limit // (1 << 20):,} MB "
                                    f"(a decompression bomb?); raise the limit with --max-inflate-mb if the "
                                    f"file is genuine")
                if inflater.eof or not inflater.unconsumed_tail or not out:
                    break
                out = inflater.decompress(inflater.unconsumed_tail, _CHUNK)
        except zlib.error:
            continue    # a damaged stream is PDFium's to report


def _streams(data: bytes):
    """(start of the "stream" keyword, start of the data) for each stream, as _STREAM
    finds them; a plain find is many times faster than the regex over a whole file."""
    pos = data.find(b"stream")
    while pos != -1:
        end = pos + 6
        if pos and 97 <= data[pos - 1] <= 122:      # "endstream" or a longer word
            pos = data.find(b"stream", pos + 1)
            continue
        if data[end:end + 1] == b"\n":
            yield pos, end + 1
            end += 1
        elif data[end:end + 2] == b"\r\n":
            yield pos, end + 2
            end += 2
        else:
            end = pos + 1
        pos = data.find(b"stream", end)
