"""Real audio devices through PortAudio (sounddevice), opened only when the softphone starts.

PortAudio calls back on its own thread; frames cross to the core loop through bounded queues
(at most 100 ms each way: late audio is dropped, never piled up). No audio is kept beyond that,
and between calls nothing captured is kept at all (`capture`).
"""

import contextlib
import queue
from typing import Any, ClassVar

from console.core.voice.devices import DeviceInfo, DeviceLost, NoAudioDevice
from console.rtc.dsp import FRAME_SAMPLES, SAMPLE_RATE, silence

_DEPTH = 5  # frames of 20 ms


def _library() -> Any:
    try:
        import sounddevice  # noqa: PLC0415 - PortAudio may be missing: only needed for voice
    except (ImportError, OSError) as error:
        raise NoAudioDevice("PortAudio is not available") from error
    return sounddevice


class PortAudioDevices:
    """The computer's microphones and speakers; any thread may list, the core loop opens."""

    def _devices(self, kind: str) -> list[DeviceInfo]:
        sd = _library()
        try:
            default = sd.default.device[0 if kind == "input" else 1]
            found = sd.query_devices()
        except Exception as error:  # PortAudio reports a missing backend in many ways
            raise NoAudioDevice(type(error).__name__) from None
        channels = f"max_{kind}_channels"
        # Named by name, not index: an index changes when a device comes or goes, and the
        # choice is remembered between shifts.
        return [
            DeviceInfo(str(device["name"]), str(device["name"]), index == default)
            for index, device in enumerate(found)
            if device[channels] > 0
        ]

    def inputs(self) -> list[DeviceInfo]:
        return self._devices("input")

    def outputs(self) -> list[DeviceInfo]:
        return self._devices("output")

    def open(self, input_id: str | None, output_id: str | None) -> "PortAudioStream":
        if not self.inputs() or not self.outputs():
            raise NoAudioDevice("no microphone or no speaker")
        return PortAudioStream(_library(), input_id, output_id)


def _index(sd: Any, name: str | None, kind: str) -> int | None:
    """The device's index now, by name; None (the default) when it is gone."""
    if name is None:
        return None
    for index, device in enumerate(sd.query_devices()):
        if device["name"] == name and device[f"max_{kind}_channels"] > 0:
            return index
    return None


def play_on(device_name: str, wav: bytes) -> bool:
    """Play a short mono 16-bit WAV (the ring) on a named output; False when it cannot be
    (no PortAudio, the device is gone): the caller then plays it the usual way."""
    import io  # noqa: PLC0415
    import wave  # noqa: PLC0415

    try:
        sd = _library()
        index = _index(sd, device_name, "output")
        if index is None:
            return False
        with wave.open(io.BytesIO(wav)) as source:
            rate, pcm = source.getframerate(), source.readframes(source.getnframes())
        _Ring(sd, index, rate, pcm)
    except (NoAudioDevice, wave.Error, OSError):
        return False
    except Exception:  # PortAudio reports device trouble in many ways
        return False
    return True


class _Ring:
    """One ring playing on PortAudio's thread; keeps itself alive until it has played.

    Started on the GUI thread (the ring); its callback runs on PortAudio's audio thread.
    """

    playing: ClassVar[set["_Ring"]] = set()

    def __init__(self, sd: Any, index: int, rate: int, pcm: bytes) -> None:
        self._pcm = pcm
        self._at = 0
        self._sd = sd
        self._stream = sd.RawOutputStream(
            samplerate=rate,
            channels=1,
            dtype="int16",
            device=index,
            callback=self._callback,
            finished_callback=lambda: _Ring.playing.discard(self),
        )
        _Ring.playing.add(self)
        self._stream.start()

    def _callback(self, outdata: Any, frames: int, _time: Any, _status: Any) -> None:
        chunk = self._pcm[self._at : self._at + 2 * frames]
        self._at += len(chunk)
        outdata[: len(chunk)] = chunk
        outdata[len(chunk) :] = bytes(len(outdata) - len(chunk))
        if len(chunk) < 2 * frames:
            raise self._sd.CallbackStop


class PortAudioStream:
    """A PortAudio duplex stream: `read`, `write`, `capture` and `close` are called on the core
    thread; PortAudio calls `_callback` on its own audio thread, and the bounded queues (and the
    `_capturing` flag) are all they share.
    """

    def __init__(self, sd: Any, input_id: str | None, output_id: str | None) -> None:
        self._captured: queue.Queue[bytes] = queue.Queue(_DEPTH)
        self._to_play: queue.Queue[bytes] = queue.Queue(_DEPTH)
        self._lost = False
        self._capturing = False  # set and read as a plain bool: atomic under the GIL
        device = (_index(sd, input_id, "input"), _index(sd, output_id, "output"))
        try:
            self._stream = sd.RawStream(
                samplerate=SAMPLE_RATE,
                blocksize=FRAME_SAMPLES,
                channels=1,
                dtype="int16",
                device=device,
                callback=self._callback,
                finished_callback=self._finished,
            )
            self._stream.start()
        except Exception as error:
            raise NoAudioDevice(type(error).__name__) from None

    def _callback(self, indata: Any, outdata: Any, _frames: int, _time: Any, _status: Any) -> None:
        # PortAudio's thread: hand over, never wait.
        if self._capturing:
            with contextlib.suppress(queue.Full):
                self._captured.put_nowait(bytes(indata))
        try:
            outdata[:] = self._to_play.get_nowait()
        except queue.Empty:
            outdata[:] = silence()

    def _finished(self) -> None:
        self._lost = True  # the device stopped under us (unplugged)

    def read(self) -> bytes:
        if self._lost:
            raise DeviceLost("input")
        try:
            return self._captured.get_nowait()
        except queue.Empty:
            return silence()

    def capture(self, on: bool) -> None:
        self._capturing = False
        with contextlib.suppress(queue.Empty):
            while True:
                self._captured.get_nowait()
        self._capturing = on

    def write(self, pcm: bytes) -> None:
        if self._lost:
            raise DeviceLost("output")
        with contextlib.suppress(queue.Full):
            self._to_play.put_nowait(pcm)

    def close(self) -> None:
        self._lost = False
        self._stream.close(ignore_errors=True)
