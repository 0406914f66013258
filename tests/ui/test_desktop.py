"""Desktop integration: the tray shows presence in words and shapes and changes it."""

import httpx
from pytestqt.qtbot import QtBot

from console.app import Console
from console.contract.enums import Presence
from console.simulator.server import SimulatorServer
from console.ui.tray import presence_icon
from tests.ui.test_shift_workflow import WAIT_MS


def test_the_tray_shows_presence_and_changes_it(
    qtbot: QtBot, console: Console, admin: httpx.Client, simulator: SimulatorServer
) -> None:
    tray = console.window.tray
    qtbot.waitUntil(lambda: tray.presence is Presence.BUSY, timeout=WAIT_MS)
    assert tray.tooltip() == "Helpline Console: Busy"
    assert not tray.presence_actions[Presence.BUSY].isEnabled()  # already busy
    tray.presence_actions[Presence.AVAILABLE].trigger()
    engine = simulator.sim.engine
    qtbot.waitUntil(
        lambda: engine.agents["demo-volunteer"].presence == "available", timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: tray.presence is Presence.AVAILABLE, timeout=WAIT_MS)
    console.languages.switch("nb_NO")
    assert tray.tooltip() == "Helpline Console: Tilgjengelig"
    assert tray.show_action.text() != "Show the console"
    console.languages.switch("en")


def test_presence_icons_differ_in_shape_not_only_colour() -> None:
    """Each presence has its own shape (offline and not connected share the cross)."""
    images = {p: presence_icon(p).pixmap(32, 32).toImage() for p in Presence}
    masks = {p: image.createAlphaMask() for p, image in images.items()}
    shapes = {bytes(mask.constBits()) for mask in masks.values()}  # transparency only
    assert len(shapes) == len(masks)
