"""The ring: a sound the volunteer chooses and can test, at a volume of its own (independent
of the system beep). Sounds are synthesised, so nothing is shipped or downloaded."""

import io
import math
import shutil
import struct
import sys
import tempfile
import wave
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

RATE = 22050
# Each sound: (frequency in Hz, seconds) notes with a soft attack and decay.
SOUNDS: dict[str, list[tuple[float, float]]] = {
    "chime": [(880.0, 0.18), (1318.5, 0.32)],
    "bell": [(659.3, 0.6)],
    "soft": [(523.3, 0.3), (659.3, 0.3), (784.0, 0.4)],
}
SYSTEM = "system"  # the system beep: no volume of its own
LINUX_PLAYERS = ("pw-play", "paplay", "aplay")


def wav_bytes(sound: str, volume: int) -> bytes:
    """A mono 16-bit WAV of the sound at `volume` percent."""
    peak = 32767 * 0.9 * max(0, min(100, volume)) / 100
    frames = bytearray()
    for frequency, seconds in SOUNDS[sound]:
        count = int(RATE * seconds)
        for i in range(count):
            envelope = min(1.0, i / (RATE * 0.01)) * (1 - i / count) ** 2
            sample = peak * envelope * math.sin(2 * math.pi * frequency * i / RATE)
            frames += struct.pack("<h", int(sample))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return buffer.getvalue()


def player_command(which: Callable[[str], str | None] = shutil.which) -> list[str] | None:
    """The program that plays a WAV file here (Windows plays from memory instead)."""
    if sys.platform == "darwin":
        return ["afplay"]
    for name in LINUX_PLAYERS:
        path = which(name)
        if path:
            return [path, "-q"] if name == "aplay" else [path]
    return None


class RingPlayer:
    def __init__(
        self,
        sound: str = "chime",
        volume: int = 70,
        on_device: Callable[[bytes], bool] | None = None,
    ) -> None:
        self.sound = sound
        self.volume = volume
        # Plays the WAV on the device chosen for the ring (voice settings); False: not there.
        self.on_device = on_device
        self._file: Path | None = None
        self._data: bytes | None = None

    def set(self, sound: str | None = None, volume: int | None = None) -> None:
        self.sound = sound if sound is not None else self.sound
        self.volume = volume if volume is not None else self.volume
        self.forget()

    def forget(self) -> None:
        """Remove the sound file (a new choice, or the console closing)."""
        if self._file is not None:
            self._file.unlink(missing_ok=True)
        self._file = None
        self._data = None

    def _wav(self) -> bytes:
        # Synthesis is 10-30 ms of Python on the GUI thread: done once per choice, not per ring
        # (per ring it delayed the paint of every first offer; docs/design-core.md).
        if self._data is None:
            self._data = wav_bytes(self.sound, self.volume)
        return self._data

    def play(self) -> None:
        if self.sound == SYSTEM or self.sound not in SOUNDS or self.volume <= 0:
            if self.sound == SYSTEM:
                QApplication.beep()
            return
        if self.on_device is not None and self.on_device(self._wav()):
            return
        if sys.platform == "win32":
            import winsound  # noqa: PLC0415

            winsound.PlaySound(self._wav(), winsound.SND_MEMORY | winsound.SND_ASYNC)
            return
        command = player_command()
        if command is None:
            QApplication.beep()  # no player on this PC: the ring must still be heard
            return
        if self._file is None:
            # The sound, not caller data: a small file in the temp folder, rewritten on change.
            with tempfile.NamedTemporaryFile(
                prefix="helpline-ring-", suffix=".wav", delete=False
            ) as handle:
                handle.write(self._wav())
            self._file = Path(handle.name)
        QProcess.startDetached(command[0], [*command[1:], str(self._file)])
