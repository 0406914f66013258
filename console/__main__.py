"""python -m console: start the Helpline Console.

--demo                   start the embedded routing simulator with demo traffic and sign in
                         as the demo volunteer (or --demo-role supervisor)
--training               practise scripted scenarios against the embedded simulator
--backend URL            a routing backend; shows "Sign in with your organisation"
--backend URL --login-hint USER
                         sign in without a browser (a simulator started separately)
--screenshot PATH        render the window to PATH after --screenshot-after seconds and exit
--build-info [FILE]      what is installed, as JSON (to FILE where there is no terminal)
--check-config           the settings files read (and looked for), the effective settings,
                         where each came from and which are locked
"""

import argparse
import importlib
import signal
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from console.languages import LANGUAGE_CODES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from console.app import Console

DEMO_USERS = {
    "volunteer": "demo-volunteer",
    "supervisor": "demo-supervisor",
    "sami": "demo-sami",
    "coordinator": "demo-coordinator",
}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m console", description="Helpline Console")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--demo", action="store_true", help="run against the embedded simulator")
    source.add_argument("--backend", metavar="URL", help="routing backend base URL")
    source.add_argument(
        "--training",
        action="store_true",
        help="practise scripted situations against the embedded simulator (never a real backend)",
    )
    parser.add_argument("--login-hint", metavar="USER", help="sign in without a browser")
    # Set by a live console that starts practice: quit when its pipe on stdin closes.
    parser.add_argument("--parent-pipe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--demo-role", choices=sorted(DEMO_USERS), default="volunteer")
    parser.add_argument("--language", metavar="CODE", help=", ".join(LANGUAGE_CODES))
    parser.add_argument("--remember", action="store_true", help="keep the sign-in in the keychain")
    parser.add_argument("--screenshot", metavar="PATH")
    parser.add_argument("--screenshot-after", type=float, default=3.0, metavar="SECONDS")
    parser.add_argument("--seed", type=int, default=1, help="demo traffic seed")
    parser.add_argument(
        "--build-info",
        nargs="?",
        const="-",
        metavar="FILE",
        help="print what is installed (version, commit, libraries) as JSON, or write it to FILE",
    )
    parser.add_argument(
        "--check-config",
        nargs="?",
        const="-",
        metavar="FILE",
        help="print the effective settings, where each came from and which are locked "
        "(or write them to FILE), then exit",
    )
    return parser.parse_args(argv)


def new_application() -> "QApplication":
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from console.ui.qt_messages import route_qt_messages  # noqa: PLC0415

    route_qt_messages()  # Qt's warnings can quote anything: through the redacting log
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Helpline Console")
    app.setOrganizationName("HelplineConsole")
    return app


def window_memory_path() -> Path:
    """Where the window's place and size are kept (never anything about a caller)."""
    import platformdirs  # noqa: PLC0415

    return Path(platformdirs.user_config_dir("HelplineConsole", appauthor=False)) / "window.ini"


def quit_with_parent(app: "QApplication") -> None:
    """Practice started from a live console ends with it (see console.ui.training_launch)."""
    from console.ui.parent_watch import ParentWatch  # noqa: PLC0415

    watch = ParentWatch(sys.stdin.buffer, app)
    watch.gone.connect(app.quit)
    watch.start()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # Authlib announces its httpx integration's future rename on every start: nothing a
    # volunteer or IT can act on (the dependency pin is ours to watch). Authlib installs an
    # "always" filter for its warnings when imported, so ours must come after that.
    import authlib.deprecate  # noqa: F401, PLC0415

    warnings.filterwarnings("ignore", message="The httpx module is deprecated")
    if args.build_info:
        from console.build_info import write  # noqa: PLC0415

        write(args.build_info)
        return 0
    from console.logs import configure_logging, log_uncaught_exceptions  # noqa: PLC0415

    configure_logging()
    log_uncaught_exceptions()  # a traceback can quote a chat line: type and place only
    from console.config import SettingsError, load_settings, user_settings_path  # noqa: PLC0415

    try:
        effective = load_settings(
            command_line={
                "backend_url": args.backend,
                "language": args.language,
                "remember_sign_in": True if args.remember else None,
            }
        )
    except SettingsError as error:
        # Refuse to start rather than guess: IT must see exactly what is wrong and where.
        print(f"Helpline Console cannot start: {error}", file=sys.stderr)
        from console.ui.startup_problem import display_available, show_settings_problem  # noqa: PLC0415

        if display_available() and not args.check_config:
            show_settings_problem(str(error))
        return 78  # EX_CONFIG
    if args.check_config:
        if args.check_config == "-":
            print(effective.describe())
        else:
            Path(args.check_config).write_text(effective.describe() + "\n", encoding="utf-8")
        return 0
    settings = effective.values
    if not args.demo and not args.training and not settings.backend_url:
        args.demo = True  # the embedded simulator is the default
    # The core (httpx, pydantic, sign-in) loads before Qt: PySide6 reads the source of every
    # module imported after it, looking for its __feature__ switches (napari#8584 measured it).
    importlib.import_module("console.core.session")

    # Qt is imported only now: --help stays instant and works without a display.
    from console.app import build_console, freeze_start_when_live  # noqa: PLC0415

    app = new_application()
    from console.ui.single_instance import acquire, already_open, lock_path  # noqa: PLC0415

    instance = acquire(lock_path(training=args.training))
    if instance is None:
        already_open(show_window=not args.screenshot, lock=lock_path(training=args.training))
        return 0
    simulator = None
    backend_url = settings.backend_url
    login_hint = args.login_hint
    if args.demo or args.training:
        from console.simulator.config import SimConfig  # noqa: PLC0415
        from console.simulator.server import SimulatorServer  # noqa: PLC0415

        # Training is the trainee alone with the scenario: no demo traffic, no real backend.
        scenario = "quiet" if args.training else "demo"
        simulator = SimulatorServer(SimConfig(scenario=scenario, seed=args.seed)).start()
        backend_url = simulator.url
        login_hint = DEMO_USERS["volunteer" if args.training else args.demo_role]
    assert backend_url is not None
    console = build_console(
        app,
        backend_url,
        login_hint=login_hint,
        remember=settings.remember_sign_in and not args.training,  # practice leaves no token
        language=settings.language,
        settings=effective,
        training_url=backend_url if args.training else None,
        offer_practice=not args.training,
        idle_lock_minutes=settings.idle_lock_minutes,
        window_memory=None if args.screenshot else window_memory_path(),
        user_file=None if args.screenshot or args.training else user_settings_path(),
        resource_cache=None if args.screenshot or args.training else resource_cache_path(),
    )
    if simulator is not None:
        console.on_shutdown.append(simulator.stop)
    freeze_start_when_live(console)
    return run(app, console, args)


def resource_cache_path() -> Path:
    """The resource directory's offline copy (public service data, never contact data)."""
    import platformdirs  # noqa: PLC0415

    return Path(platformdirs.user_cache_dir("HelplineConsole", appauthor=False)) / "resources.json"


def run(app: "QApplication", console: "Console", args: argparse.Namespace) -> int:
    """Show the console and run it until it quits (and shuts everything down)."""
    from console.app import schedule_screenshot  # noqa: PLC0415
    from console.ui.single_instance import ShowRequests, bring_to_front, lock_path  # noqa: PLC0415

    if args.parent_pipe:
        quit_with_parent(app)
    # A second start asks for this window instead of opening another.
    requests = ShowRequests(lock_path(training=args.training), console.window)
    requests.requested.connect(lambda: bring_to_front(console.window))
    app.aboutToQuit.connect(console.shutdown)
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    if args.screenshot:
        schedule_screenshot(console, args.screenshot, args.screenshot_after)
    console.window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
