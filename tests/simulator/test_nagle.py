"""The simulator's connections send small SSE frames at once (TCP_NODELAY): with Nagle on, a
frame written while the previous one is unacknowledged waited ~40 ms for a delayed ACK."""

import asyncio
import socket

from console.simulator.server import bind_socket


def test_accepted_connections_have_nagle_off() -> None:
    async def accepted_nodelay() -> int:
        seen: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            sock = writer.get_extra_info("socket")
            seen.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        listening = bind_socket("127.0.0.1", 0)
        server = await asyncio.start_server(on_connect, sock=listening)
        async with server:
            host, port = listening.getsockname()[:2]
            _, writer = await asyncio.open_connection(host, port)
            try:
                return await asyncio.wait_for(seen, 5)
            finally:
                writer.close()
                await writer.wait_closed()

    assert asyncio.run(accepted_nodelay()) != 0
