"""python -m console.simulator: run the routing simulator until stopped.

The first line printed is the URL it listens on (scripts and tests read it).
"""

import argparse
import asyncio
import contextlib
import os
import sys
from collections.abc import Mapping

import uvicorn

from console.simulator.app import create_app
from console.simulator.config import SimConfig
from console.simulator.runtime import Simulator
from console.simulator.scenario import SCENARIOS
from console.simulator.server import (
    NotLoopbackError,
    bind_socket,
    check_bind_host,
    is_loopback_host,
    url_of,
)
from console.simulator.trust import ADMIN_TOKEN_ENV, ADMIN_TOKEN_MIN_CHARS

TRUST_HELP = f"""\
who may drive the simulator:
  On loopback (the default) the admin API (/_sim) and login_hint sign-in are open: only this
  machine can reach them. Listening beyond loopback (--allow-non-loopback, e.g. a training
  room), both are OFF unless an admin token is set with --admin-token or {ADMIN_TOKEN_ENV};
  then every /_sim call and every login_hint sign-in must send
  'Authorization: Bearer <token>'. A token, once set, is required on loopback too. Trainees
  sign in through the sign-in page in their browser, which stays open. Prefer the environment
  variable: a command-line argument is visible to other users of this machine.
"""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m console.simulator",
        description="Helpline routing simulator (contract v1)",
        epilog=TRUST_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
        help="listen on a non-loopback address (the simulator has demo users and no real auth); "
        "the admin API and login_hint sign-in are then off unless --admin-token is set",
    )
    parser.add_argument(
        "--admin-token",
        metavar="TOKEN",
        help=f"required as 'Authorization: Bearer TOKEN' by /_sim and login_hint sign-in "
        f"(at least {ADMIN_TOKEN_MIN_CHARS} characters; default: ${ADMIN_TOKEN_ENV})",
    )
    external = parser.add_argument_group(
        "an external identity provider",
        "accept access tokens from a real OpenID provider (docs/it-guide.md): /v1/meta names "
        "it, and its role claim makes the person the demo volunteer or supervisor",
    )
    external.add_argument("--external-issuer", metavar="URL", help="the issuer, exactly")
    external.add_argument("--external-client-id", default="helpline-console", metavar="ID")
    external.add_argument(
        "--external-audience", metavar="AUD", help="access-token audience (default: client id)"
    )
    external.add_argument("--external-role-claim", default="helpline_role", metavar="CLAIM")
    external.add_argument(
        "--external-scopes",
        default="openid profile offline_access",
        metavar="SCOPES",
        help="space-separated scopes the console asks for",
    )
    return parser.parse_args(argv)


def config_from_args(args: argparse.Namespace, environ: Mapping[str, str]) -> SimConfig:
    """The simulator's config; raises ValueError for an admin token too short to be one."""
    token = args.admin_token or environ.get(ADMIN_TOKEN_ENV) or None
    if token is not None and len(token) < ADMIN_TOKEN_MIN_CHARS:
        raise ValueError(f"the admin token needs at least {ADMIN_TOKEN_MIN_CHARS} characters")
    return SimConfig(
        seed=args.seed,
        scenario=args.scenario,
        offer_timeout_s=args.offer_timeout,
        ping_interval_s=args.ping_interval,
        arrivals_per_minute=args.arrivals_per_minute,
        beyond_loopback=not is_loopback_host(args.host),
        admin_token=token,
        external_issuer=args.external_issuer,
        external_client_id=args.external_client_id,
        external_audience=args.external_audience,
        external_role_claim=args.external_role_claim,
        external_scopes=tuple(args.external_scopes.split()),
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        check_bind_host(args.host, args.allow_non_loopback)
    except NotLoopbackError as error:
        print(error, file=sys.stderr)
        return 2
    try:
        config = config_from_args(args, os.environ)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    if config.beyond_loopback and config.admin_token is None:
        print(
            "listening beyond loopback without an admin token: /_sim and login_hint sign-in "
            "are off (see --help)",
            file=sys.stderr,
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
