"""Run the simulator on a loopback socket: in a background thread (demo, tests) or as a process."""

import asyncio
import ipaddress
import socket
import threading
import time
from types import TracebackType

import uvicorn

from console.simulator.app import create_app
from console.simulator.config import SimConfig
from console.simulator.runtime import Simulator


class NotLoopbackError(ValueError):
    pass


def is_loopback_host(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def check_bind_host(host: str, allow_non_loopback: bool) -> None:
    if allow_non_loopback:
        return
    if not is_loopback_host(host):
        raise NotLoopbackError(
            f"refusing to listen on {host}: the simulator binds loopback only "
            "(pass --allow-non-loopback to override)"
        )


def bind_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto IPPROTO_TCP, not 0: asyncio switches Nagle off (TCP_NODELAY) only on sockets that
    # say they are TCP. With Nagle on, a small SSE frame written while the previous one is
    # unacknowledged waits for the client's delayed ACK: about 40 ms (docs/design-core.md).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    # Listening at once: whoever reads the printed URL may connect while the app is still
    # being built; the kernel holds those connections until the server accepts them.
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


class SimulatorServer:
    """A simulator serving on its own thread and event loop; a context manager.

    The socket is bound before the thread starts, so `url` is valid at once and a port of 0
    gives a free port without races.
    """

    def __init__(
        self, config: SimConfig | None = None, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        check_bind_host(host, allow_non_loopback=False)
        self.sim = Simulator.create(config or SimConfig())
        self._socket = bind_socket(host, port)
        self.url = url_of(self._socket)
        self._server = self._new_server()
        self._thread = threading.Thread(target=self._run, name="routing-simulator", daemon=True)
        self.loop: asyncio.AbstractEventLoop | None = None

    def _new_server(self) -> uvicorn.Server:
        return uvicorn.Server(
            uvicorn.Config(
                create_app(self.sim),
                log_level="warning",
                access_log=False,
                lifespan="on",
                timeout_graceful_shutdown=2,
            )
        )

    def _run(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        self.loop = asyncio.get_running_loop()
        await self._server.serve(sockets=[self._socket])

    def start(self, timeout: float = 10.0) -> "SimulatorServer":
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the simulator did not start")
            time.sleep(0.005)  # start-up takes a few ms; uvicorn offers no event to wait on
        return self

    def stop(self) -> None:
        if self.loop is not None and self._thread.is_alive():
            # Close event streams first: uvicorn waits for open responses before it exits.
            self.loop.call_soon_threadsafe(self.sim.engine.hub.drop_all)
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._socket.close()

    def restart(self) -> None:
        """Stop serving, then serve again on the same address with the same state: what a
        backend restart looks like to a client (every connection drops, nothing is forgotten)."""
        host, port = self._socket.getsockname()[:2]
        self.stop()
        self._socket = bind_socket(host, port)
        self._server = self._new_server()
        self._thread = threading.Thread(target=self._run, name="routing-simulator", daemon=True)
        self.start()

    def __enter__(self) -> "SimulatorServer":
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
