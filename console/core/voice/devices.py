"""Audio devices behind a small protocol: PortAudio in the console, memory in tests.

A device stream moves 20 ms frames of 48 kHz mono 16-bit PCM. `read` and `write` are called
on the core loop every 20 ms in a call (and `read` during the mic test) and must not block; a
device that disappears (a headset pulled out) raises `DeviceLost`, and the softphone falls back
to the default device.
"""

from dataclasses import dataclass
from typing import Protocol

from console.rtc.dsp import Listener, ToneSource, silence


class DeviceLost(Exception):
    """The device went away mid-stream (unplugged); carries no audio."""


class NoAudioDevice(Exception):
    """There is no usable audio device (or no audio library) on this computer."""


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    name: str
    is_default: bool = False


class AudioStream(Protocol):
    """An open device pair: read, written and closed on the core thread by the softphone; an
    implementation may feed it from its own audio thread.
    """

    def read(self) -> bytes:
        """The next 20 ms captured (silence if nothing is ready)."""
        ...

    def capture(self, on: bool) -> None:
        """Keep what the microphone captures for `read` (True) or drop it (False, between
        calls: nobody reads). Turned on, it starts afresh: nothing from before is kept, so a
        call does not begin with stale audio and a full queue's delay."""
        ...

    def write(self, pcm: bytes) -> None:
        """Play 20 ms."""
        ...

    def close(self) -> None: ...


class AudioDevices(Protocol):
    """Sound devices: listed on the GUI thread (the voice dialog) and the core thread; opened on the
    core thread by the softphone.
    """

    def inputs(self) -> list[DeviceInfo]: ...

    def outputs(self) -> list[DeviceInfo]: ...

    def open(self, input_id: str | None, output_id: str | None) -> AudioStream:
        """None: the system default. Raises NoAudioDevice when there is none."""
        ...


class MemoryAudio:
    """Audio devices in memory: the microphone "speaks" a tone, the speaker is an ear.

    For tests and for a console without sound hardware (demo). Any thread may read `ear`."""

    def __init__(
        self,
        tone_hz: float | None = 1000.0,
        inputs: tuple[str, ...] = ("mic", "headset-mic"),
        outputs: tuple[str, ...] = ("speakers", "headset"),
    ) -> None:
        self.tone_hz = tone_hz
        self._inputs = [DeviceInfo(d, d, i == 0) for i, d in enumerate(inputs)]
        self._outputs = [DeviceInfo(d, d, i == 0) for i, d in enumerate(outputs)]
        self.ear = Listener()
        self.unplugged: set[str] = set()
        self.opened: list[tuple[str, str]] = []
        self.reads = 0  # frames read from any microphone of these devices
        self.capturing = False  # the open stream keeps what its microphone captures

    def inputs(self) -> list[DeviceInfo]:
        return [d for d in self._inputs if d.id not in self.unplugged]

    def outputs(self) -> list[DeviceInfo]:
        return [d for d in self._outputs if d.id not in self.unplugged]

    def open(self, input_id: str | None, output_id: str | None) -> "MemoryStream":
        inputs, outputs = self.inputs(), self.outputs()
        if not inputs or not outputs:
            raise NoAudioDevice("no audio device")
        mic = input_id if input_id in {d.id for d in inputs} else inputs[0].id
        speaker = output_id if output_id in {d.id for d in outputs} else outputs[0].id
        self.opened.append((mic, speaker))
        return MemoryStream(self, mic, speaker)

    def unplug(self, device_id: str) -> None:
        self.unplugged.add(device_id)


class MemoryStream:
    """Read, written and closed on the core thread by the softphone."""

    def __init__(self, devices: MemoryAudio, input_id: str, output_id: str) -> None:
        self._devices = devices
        self.input_id = input_id
        self.output_id = output_id
        hz = devices.tone_hz
        self._tone = ToneSource(hz) if hz is not None else None

    def read(self) -> bytes:
        if self.input_id in self._devices.unplugged:
            raise DeviceLost(self.input_id)
        self._devices.reads += 1
        return self._tone.frame() if self._tone is not None else silence()

    def capture(self, on: bool) -> None:
        self._devices.capturing = on

    def write(self, pcm: bytes) -> None:
        if self.output_id in self._devices.unplugged:
            raise DeviceLost(self.output_id)
        self._devices.ear.hear(pcm)

    def close(self) -> None:
        pass
