"""One asyncio event loop on its own thread: all network I/O, the stream and auth live here.

The GUI thread never blocks on it: it submits coroutines and receives the outcome through
callbacks (the Qt bridge turns those into queued signals). Stopping cancels every task,
closes the loop's executor and joins the thread, so nothing is left behind.
"""

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


class CoreRuntime:
    """The core's asyncio loop and thread: `start` and `stop` are called on the GUI thread by the
    composition root, `submit` from any thread; every coroutine then runs on the core thread.
    """

    def __init__(self, name: str = "console-core") -> None:
        self._name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._futures: set[concurrent.futures.Future[Any]] = set()
        self._lock = threading.Lock()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            raise RuntimeError("the core runtime is not running")
        return self._loop

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> "CoreRuntime":
        if self.running:
            return self
        self._ready.clear()
        self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
        self._thread.start()
        self._ready.wait()
        return self

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        loop.call_soon(self._ready.set)
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self._cancel_all(loop))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()
            self._loop = None

    @staticmethod
    async def _cancel_all(loop: asyncio.AbstractEventLoop) -> None:
        current = asyncio.current_task(loop)
        tasks = [t for t in asyncio.all_tasks(loop) if t is not current]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Run a coroutine on the core loop from any thread."""
        future = asyncio.run_coroutine_threadsafe(coro, self.loop)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._forget)
        return future

    def _forget(self, future: concurrent.futures.Future[Any]) -> None:
        with self._lock:
            self._futures.discard(future)

    def stop(self, timeout_s: float = 10.0) -> None:
        """Cancel what is running, then stop the loop and join its thread."""
        thread, loop = self._thread, self._loop
        if thread is None or loop is None:
            return
        with self._lock:
            futures = list(self._futures)
        for future in futures:
            future.cancel()
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout_s)
        if thread.is_alive():
            log.error("core thread did not stop within %.0f s", timeout_s)
        self._thread = None
