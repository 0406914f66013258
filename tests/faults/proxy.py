"""A loopback TCP proxy that can cut, stall or slow the console's connections to the simulator.

Runs on its own thread and event loop, listens on 127.0.0.1 only, forwards to a loopback
target only, and stops with the test (a context manager). Modes:
- forward: bytes pass (after `latency_s`, if set);
- cut: every open connection is closed and new ones are closed at once (the network is gone);
- stall: connections stay open but nothing passes either way, and no FIN ever comes (a
  half-open connection: a sleeping NAT, a dead Wi-Fi access point).
With `tls`, the proxy terminates TLS with that certificate: an https backend on loopback.
"""

import asyncio
import contextlib
import ipaddress
import ssl
import threading
from types import TracebackType
from urllib.parse import urlsplit

CHUNK = 65536


class FaultProxy:
    def __init__(self, target_url: str, tls: ssl.SSLContext | None = None) -> None:
        parts = urlsplit(target_url)
        host = parts.hostname or ""
        if not ipaddress.ip_address(host).is_loopback:
            raise ValueError("the fault proxy only forwards to loopback")
        self._target = (host, parts.port or 80)
        self._tls = tls  # terminate TLS here: the console sees an https backend
        self.mode = "forward"
        self.latency_s = 0.0
        self.connections = 0
        self._writers: set[asyncio.StreamWriter] = set()
        self._resume = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, name="fault-proxy", daemon=True)
        self.url = ""

    # -------------------------------------------------------------- control

    def cut(self) -> None:
        self.mode = "cut"
        self._call(self._close_all)

    def stall(self) -> None:
        self.mode = "stall"

    def restore(self) -> None:
        self.mode = "forward"
        self.latency_s = 0.0

    def slow(self, seconds: float) -> None:
        self.latency_s = seconds

    def _call(self, action: object) -> None:
        assert self._loop is not None
        self._loop.call_soon_threadsafe(action)  # type: ignore[arg-type]

    def _close_all(self) -> None:
        for writer in list(self._writers):
            writer.close()
        self._writers.clear()

    # ------------------------------------------------------------- plumbing

    def _run(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0, ssl=self._tls)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"{'https' if self._tls else 'http'}://127.0.0.1:{port}"
        self._ready.set()
        async with self._server:
            await self._stop.wait()
            self._close_all()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(asyncio.CancelledError):  # the proxy is stopping
            await self._handle(reader, writer)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.mode == "cut":
            writer.close()
            return
        self.connections += 1
        try:
            up_reader, up_writer = await asyncio.open_connection(*self._target)
        except OSError:
            writer.close()
            return
        self._writers |= {writer, up_writer}
        await asyncio.gather(
            self._pipe(reader, up_writer), self._pipe(up_reader, writer), return_exceptions=True
        )
        for side in (writer, up_writer):
            self._writers.discard(side)
            side.close()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, asyncio.CancelledError):
            while not reader.at_eof():
                data = await reader.read(CHUNK)
                if not data:
                    break
                while self.mode == "stall":
                    await asyncio.sleep(0.05)  # hold the bytes: no data, no FIN
                if self.mode == "cut":
                    break
                if self.latency_s:
                    await asyncio.sleep(self.latency_s)
                writer.write(data)
                await writer.drain()
        with contextlib.suppress(Exception):
            writer.close()

    def start(self) -> "FaultProxy":
        self._thread.start()
        if not self._ready.wait(timeout=10):
            raise RuntimeError("the fault proxy did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=10)

    def __enter__(self) -> "FaultProxy":
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
