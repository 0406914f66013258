"""The call panel's voice line: where the audio is, the agent leg, failures, mute by key."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.contract.voice import AgentLeg
from console.core.voice.softphone import PhoneState, PhoneWarning, SoftphoneStatus
from console.ui.voice_line import VoiceLine


def test_phone_mode_shows_the_masked_number_and_the_leg(qtbot: QtBot) -> None:
    line = VoiceLine()
    qtbot.addWidget(line)
    line.set_mode("phone", "+4791234567")
    assert line.where.text() == "On your phone +47 … 67"
    assert "91234567" not in line.where.text()
    line.set_leg(AgentLeg.RINGING)
    assert "ringing" in line.leg.text()
    line.set_leg(AgentLeg.FAILED)
    assert "went back to the queue" in line.leg.text()
    assert line.mute.isHidden()


def test_mute_button_and_failures_said_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    muted: list[bool] = []
    line = VoiceLine(on_mute=muted.append)
    qtbot.addWidget(line)
    line.resize(1366, 40)
    line.show()
    qtbot.waitExposed(line)
    line.set_status(SoftphoneStatus(state=PhoneState.CONNECTED))
    assert line.where.text() == "In the console" and line.problem.isHidden()
    qtbot.mouseClick(line.mute, Qt.MouseButton.LeftButton)
    assert "Ctrl+Shift+M" in line.mute.toolTip()
    assert muted == [True] and line.mute.text() == "Muted"
    line.set_status(SoftphoneStatus(state=PhoneState.FAILED, muted=True))
    assert "failed" in line.problem.text() and not line.problem.isHidden()
    line.set_status(SoftphoneStatus(state=PhoneState.CONNECTED, warning=PhoneWarning.DEVICE_LOST))
    assert "Headset disconnected" in line.problem.text()
    assert line.mute.text() == "Mute"  # the status says unmuted: the button follows
    line.set_status(SoftphoneStatus(state=PhoneState.NO_DEVICE))
    assert "switch to your phone" in line.problem.text()
    line.grab().save(str(tmp_path / "voice_line.png"))
