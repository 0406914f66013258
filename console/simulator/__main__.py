"""python -m console.simulator: run the routing simulator until stopped.

The first line printed is the URL it listens on (scripts and tests read it).
"""

import argparse
import asyncio
import contextlib
import sys

import uvicorn

from console.simulator.app import create_app
from console.simulator.config import SimConfig
from console.simulator.runtime import Simulator
from console.simulator.scenario import SCENARIOS
from console.simulator.server import NotLoopbackError, bind_socket, check_bind_host, url_of


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m console.simulator", description="Helpline routing simulator (contract v1)"
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scenario", choices=SCENARIOS, default="demo")
    parser.add_argument("--offer-timeout", type=float, default=20.0, metavar="SECONDS")
    parser.add_argument("--ping-interval", type=float, default=15.0, metavar="SECONDS")
    parser.add_argument("--arrivals-per-minute", type=float, default=6.0)
    parser.add_argument(
        "--allow-non-loopback",
        action="store_true",
        help="listen on a non-loopback address (the simulator has demo users and no real auth)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        check_bind_host(args.host, args.allow_non_loopback)
    except NotLoopbackError as error:
        print(error, file=sys.stderr)
        return 2
    config = SimConfig(
        seed=args.seed,
        scenario=args.scenario,
        offer_timeout_s=args.offer_timeout,
        ping_interval_s=args.ping_interval,
        arrivals_per_minute=args.arrivals_per_minute,
    )
    sock = bind_socket(args.host, args.port)
    print(url_of(sock), flush=True)
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(Simulator.create(config)),
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=2,
        )
    )
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(server.serve(sockets=[sock]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
