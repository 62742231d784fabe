"""The C heap under a long run: large freed blocks go back to the system.

glibc's malloc raises its mmap threshold each time a large block is freed, after which
blocks of that size come from the heap, where a freed block stays resident. A long text
report makes exactly such blocks (the report joined to one string to search it, lists
of its ~1 M lines), each used by one stage and freed: with the threshold raised, every
stage's working copies stay resident to the end (issue 17). Fixing the threshold keeps
large blocks mapped apart, so freeing one returns it.

The threshold is fixed at 1 MB, not glibc's starting 128 KB: PDFium makes and frees blocks
of a few hundred KB for every page it loads, and each one mapped apart was zeroed page by
page again for the next page (on a 630-page PDF some 45,000 page faults, a tenth of a second
of the read). Fixing the threshold also fixes the heap-top trim threshold at 128 KB, which
gave the freed space back to the system after nearly every page; 4 MB is kept instead. A
report's working copies (its joined text, its lists of lines) are megabytes and still go.
"""

from __future__ import annotations

import ctypes

_M_TRIM_THRESHOLD = -1  # mallopt's parameter numbers in glibc's malloc.h
_M_MMAP_THRESHOLD = -3
_LARGE_BLOCK = 1024 * 1024  # above a PDF page's blocks, below a report's working copies
_KEPT_TOP = 4 * 1024 * 1024  # free space at the heap's top kept for the next page


def return_large_blocks() -> bool:
    """Ask glibc to map large blocks apart for the rest of the run; False where the C
    library is not glibc (the setting is then left as it is)."""
    # the process's own symbols hold the C library's mallopt: finding the library by name
    # (ctypes.util.find_library) runs ldconfig in a child process on every start-up
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, _LARGE_BLOCK)) and bool(mallopt(_M_TRIM_THRESHOLD, _KEPT_TOP))
