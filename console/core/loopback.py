"""The loopback redirect listener of a native app's sign-in (RFC 8252 section 7.3).

Listens on 127.0.0.1 and a random port for exactly one redirect carrying `code` or `error`,
answers the browser with a short bilingual page and hands the query over. Runs on the core loop.
"""

import asyncio
import contextlib
from urllib.parse import parse_qs, urlsplit

_DONE_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Helpline Console</title></head>"
    "<body><p>Du er logget inn. Gå tilbake til Helpline Console.</p>"
    "<p>You are signed in. Return to Helpline Console.</p></body></html>"
)


class LoopbackReceiver:
    """Accepts exactly one redirect on 127.0.0.1:<random port> and hands over its query.

    Used on the core thread only: its server runs on the core's asyncio loop.
    """

    def __init__(self) -> None:
        self._result: asyncio.Future[dict[str, list[str]]] | None = None
        self._server: asyncio.Server | None = None
        self.redirect_uri = ""

    async def __aenter__(self) -> "LoopbackReceiver":
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.redirect_uri = f"http://127.0.0.1:{port}/callback"
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def wait(self, timeout_s: float) -> dict[str, list[str]]:
        assert self._result is not None
        return await asyncio.wait_for(asyncio.shield(self._result), timeout_s)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request_line = await asyncio.wait_for(reader.readline(), 10)
            parts = request_line.decode("latin-1").split(" ")
            target = parts[1] if len(parts) >= 2 else ""
            query = parse_qs(urlsplit(target).query)
            found = urlsplit(target).path == "/callback" and ("code" in query or "error" in query)
            status = "200 OK" if found else "404 Not Found"
            body = _DONE_PAGE.encode() if found else b""
            writer.write(
                f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                + body
            )
            await writer.drain()
            if found and self._result is not None and not self._result.done():
                self._result.set_result(query)
        except (TimeoutError, ConnectionError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()
