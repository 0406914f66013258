"""Give the heap's free pages back to the operating system: glibc's malloc_trim, on Linux only.

Why: every contact builds a few hundred widgets, a transcript and its forms, and deletes them
when it is wrapped up. glibc keeps what was freed for reuse and on its own returns only what
lies at the very top of the heap: free pages between blocks still in use stay in the process's
resident memory, about 1.3 MB after each contact. malloc_trim(0) hands every whole free page
back (madvise MADV_DONTNEED), so that between contacts the console holds what it uses; and a
page given back comes back zero-filled, so what the freed pages held (the closed contact's
transcript text in Qt's document among it) does not linger in the process. It takes about
1 ms, once per closed contact (console/ui/after_contact.py). It does not stop growth that is
really in use: the next contact takes those pages again.

Elsewhere there is no such call (Windows, macOS, and musl on Linux) and nothing is done: those
allocators give memory back on their own terms.

Any thread may call it (glibc locks each arena while it trims it).
"""

import ctypes
import functools
import sys
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library already loaded into the process
    except (OSError, AttributeError):  # no glibc (musl)
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def return_free_heap() -> bool:
    """Hand the heap's free pages back to the operating system. True when some were; False
    when none were free, or where the C library has no malloc_trim (nothing is done)."""
    trim = _malloc_trim()
    return trim is not None and bool(trim(0))
