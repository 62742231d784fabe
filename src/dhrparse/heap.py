"""The C heap under a long run: large freed blocks go back to the system.

glibc's malloc raises its mmap threshold each time a large block is freed, after which
blocks of that size come from the heap, where a freed block stays resident. A long text
report makes exactly such blocks (the report joined to one string to search it, lists
of its ~1 M lines), each used by one stage and freed: with the threshold raised, every
stage's working copies stay resident to the end (issue 17). Fixing the threshold at its
starting value keeps large blocks mapped apart, so freeing one returns it.
"""

from __future__ import annotations

import ctypes

_M_MMAP_THRESHOLD = -3  # mallopt's parameter number in glibc's malloc.h
_LARGE_BLOCK = 128 * 1024  # glibc's own starting threshold


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
    return bool(mallopt(_M_MMAP_THRESHOLD, _LARGE_BLOCK))
