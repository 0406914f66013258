"""console/heap.py: free heap pages go back to the operating system where glibc allows it, and
nothing happens elsewhere."""

import ctypes
import os
import sys
from collections.abc import Iterator

import pytest

from console import heap

BLOCK = 16 * 1024  # under glibc's mmap threshold: from the heap itself, past its small-block bins
BLOCKS = 4096  # 64 MB
PAGE = os.sysconf("SC_PAGE_SIZE")


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE


@pytest.fixture
def fresh_lookup() -> Iterator[None]:
    heap._malloc_trim.cache_clear()
    yield
    heap._malloc_trim.cache_clear()


@pytest.mark.skipif(heap._malloc_trim() is None, reason="glibc's malloc_trim only (Linux)")
def test_free_pages_between_blocks_in_use_go_back_to_the_system() -> None:
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    blocks = [libc.malloc(BLOCK) for _ in range(BLOCKS)]
    fence = libc.malloc(BLOCK)  # still in use above them: free() alone cannot give them back
    try:
        for block in blocks:
            ctypes.memset(block, 0x41, BLOCK)  # resident, as a transcript's text would be
        for block in blocks:
            libc.free(block)
        before = resident_bytes()
        assert heap.return_free_heap()
        given_back = before - resident_bytes()
    finally:
        libc.free(fence)
    assert given_back > BLOCKS * BLOCK // 2


def test_nothing_is_done_where_there_is_no_malloc_trim(
    monkeypatch: pytest.MonkeyPatch, fresh_lookup: None
) -> None:
    for platform in ("win32", "darwin"):
        heap._malloc_trim.cache_clear()
        monkeypatch.setattr(sys, "platform", platform)
        assert heap._malloc_trim() is None
        assert heap.return_free_heap() is False
