"""The shift's softphone: one persistent WebRTC session from sign-in to sign-out.

The backend bridges each accepted call into this session (contract v1, "Voice"), so accepting
a call costs no set-up. In a call the microphone goes out as Opus (muted: silence), the far end
comes back to the speaker at the chosen volume. Between calls the session stays up (ICE
consent and RTCP keep it alive) but carries no audio: nothing is read from the microphone and
no RTP is sent, so an open softphone costs next to nothing over a shift. The microphone is
read between calls only while the mic test meter is shown. A device that disappears mid-call
(a headset pulled out) falls back to the system default without dropping the session, and
says so.

Runs on the core loop; `on_status` observers are called on the core thread (the Qt bridge
hands them over to the GUI thread through its mailbox). Nothing heard or said is kept: only
the microphone's level, for the meter.
"""

import asyncio
import contextlib
import logging
from array import array
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from console.core.errors import CoreError
from console.core.voice.devices import AudioDevices, AudioStream, DeviceLost, NoAudioDevice
from console.core.voice.signalling import MediaSignalling
from console.rtc import ice
from console.rtc.dsp import FLOOR_DBFS, FRAME_S, frame_dbfs, load_numpy, scaled, silence

if TYPE_CHECKING:
    from aiortc import RTCPeerConnection
    from aiortc.mediastreams import MediaStreamTrack

    from console.rtc.frames import GatedOpusTrack

log = logging.getLogger(__name__)
# Signalling refused, or an answer aiortc cannot parse.
ANSWER_ERRORS: tuple[type[Exception], ...] = (CoreError, *ice.SDP_ERRORS)


class PhoneState(StrEnum):
    OFF = "off"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    FAILED = "failed"  # the media session broke: calls cannot be heard (say what to do)
    NO_DEVICE = "no_device"  # no audio device on this computer: phone mode is the way


class PhoneWarning(StrEnum):
    DEVICE_LOST = "device_lost"  # fell back to the default device


@dataclass(frozen=True)
class SoftphoneStatus:
    state: PhoneState = PhoneState.OFF
    muted: bool = False
    volume: float = 1.0
    input_id: str | None = None
    output_id: str | None = None
    warning: PhoneWarning | None = None


def _load_webrtc() -> None:
    import aiortc  # noqa: F401, PLC0415
    import av  # noqa: F401, PLC0415

    import console.rtc.frames  # noqa: F401, PLC0415


class Softphone:
    """One WebRTC session per shift; core thread only (see the module doc).

    PortAudio fills its stream from its own audio thread.
    """

    def __init__(
        self,
        signalling: MediaSignalling,
        devices: AudioDevices,
        loopback_only: bool = False,
    ) -> None:
        self._signalling = signalling
        self._devices = devices
        self._loopback_only = loopback_only
        self._pc: RTCPeerConnection | None = None  # created once WebRTC is loaded
        self._track: GatedOpusTrack | None = None
        self._location: str | None = None
        self._stream: AudioStream | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.status = SoftphoneStatus()
        self.mic_dbfs = FLOOR_DBFS
        self.on_status: list[Callable[[SoftphoneStatus], None]] = []
        # The microphone's level (dBFS) every 100 ms, for the mic test meter.
        self.on_level: list[Callable[[float], None]] = []
        self._frames = 0
        self._in_call = False  # a call is bridged into the session: audio flows
        self._metering = False  # the mic test meter is shown: the microphone is read
        self._meter_task: asyncio.Task[None] | None = None
        self._numpy_asked = False

    # ------------------------------------------------------------ control

    async def start(self, input_id: str | None = None, output_id: str | None = None) -> None:
        """Open the devices and the media session; safe to call again after a failure."""
        await self.stop(notify=False)
        self._set(replace(self.status, state=PhoneState.CONNECTING, warning=None))
        if not self._open_stream(input_id, output_id):
            return
        self._set(replace(self.status, input_id=input_id, output_id=output_id))
        # aiortc and PyAV take ~0.4 s to import: off the core loop, and only when voice is used
        # (the console starts without them).
        await asyncio.get_running_loop().run_in_executor(None, _load_webrtc)
        from aiortc import (  # noqa: PLC0415 - loaded above
            RTCConfiguration,
            RTCPeerConnection,
            RTCSessionDescription,
        )

        from console.rtc.frames import GatedOpusTrack, opus_only  # noqa: PLC0415 - loaded above

        if self._loopback_only:
            ice.loopback_only()
        pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        self._pc = pc
        self._track = GatedOpusTrack(self._capture, is_open=self._in_call)
        opus_only(pc.addTransceiver(self._track, direction="sendrecv"))
        self._apply_audio()  # a mic test opened before the session (shift start) starts now

        @pc.on("track")
        def _track(track: "MediaStreamTrack") -> None:
            self._spawn(self._play(track))

        @pc.on("connectionstatechange")
        def _state() -> None:
            if pc is not self._pc:
                return
            if pc.connectionState == "connected":
                self._set(replace(self.status, state=PhoneState.CONNECTED))
            elif pc.connectionState == "failed":
                self._set(replace(self.status, state=PhoneState.FAILED))

        try:
            await pc.setLocalDescription(await pc.createOffer())
            self._location, answer = await self._signalling.open(pc.localDescription.sdp)
            await pc.setRemoteDescription(RTCSessionDescription(answer, "answer"))
        except ANSWER_ERRORS as error:
            kind = error.kind.value if isinstance(error, CoreError) else "bad answer"
            log.warning("softphone session not opened (%s)", kind)
            await self.stop(notify=False)
            self._set(replace(self.status, state=PhoneState.FAILED))

    async def stop(self, notify: bool = True) -> None:
        """End the session (DELETE it) and release the devices."""
        pc, self._pc = self._pc, None
        self._track = None
        location, self._location = self._location, None
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if location is not None:
            try:
                await self._signalling.close(location)
            except CoreError as error:
                log.warning("media session not closed by the backend (%s)", error.kind.value)
        if pc is not None:
            await pc.close()
        if self._stream is not None:
            self._stream.close()
            self._stream = None
        if notify:
            self._set(replace(self.status, state=PhoneState.OFF))

    def set_muted(self, muted: bool) -> None:
        self._set(replace(self.status, muted=muted))

    def set_volume(self, volume: float) -> None:
        self._set(replace(self.status, volume=min(1.0, max(0.0, volume))))
        if self.status.volume < 1.0 and not self._numpy_asked:
            # numpy scales the call's audio in C (dsp.scaled); its import (~50 ms) goes to an
            # executor thread, not the core loop that carries the audio.
            self._numpy_asked = True
            asyncio.get_running_loop().run_in_executor(None, load_numpy)

    async def use_devices(self, input_id: str | None, output_id: str | None) -> None:
        """Switch devices mid-shift without touching the session."""
        if self._open_stream(input_id, output_id):
            self._set(replace(self.status, input_id=input_id, output_id=output_id, warning=None))

    def set_in_call(self, in_call: bool) -> None:
        """A call is bridged into the session (True) or none is (False): audio flows only
        in a call. The store's follower (calls.py) calls this on the core thread."""
        if in_call != self._in_call:
            self._in_call = in_call
            self._apply_audio()

    def set_metering(self, metering: bool) -> None:
        """The mic test meter is shown (True): `on_level` gets the microphone's level every
        100 ms, in a call or not. Off: the level is not measured at all."""
        if metering != self._metering:
            self._metering = metering
            self._apply_audio()

    @property
    def in_call(self) -> bool:
        return self._in_call

    @property
    def metering(self) -> bool:
        return self._metering

    @property
    def frames_sent(self) -> int:
        """Opus frames sent in this session (RTP packets carrying audio)."""
        return self._track.frames_sent if self._track is not None else 0

    # -------------------------------------------------------------- audio

    def _open_stream(self, input_id: str | None, output_id: str | None) -> bool:
        """Open the devices in place of the current ones; False (and NO_DEVICE) if none."""
        try:
            stream = self._devices.open(input_id, output_id)
        except NoAudioDevice:
            self._set(replace(self.status, state=PhoneState.NO_DEVICE))
            return False
        if self._stream is not None:
            self._stream.close()
        self._stream = stream
        stream.capture(self._in_call or self._metering)
        return True

    def _apply_audio(self) -> None:
        """Make the device, the track and the meter follow `_in_call` and `_metering`."""
        if self._stream is not None:
            self._stream.capture(self._in_call or self._metering)
        if self._track is not None:
            self._track.set_open(self._in_call)
        idle_meter = self._metering and not self._in_call and self._stream is not None
        if idle_meter and self._meter_task is None:
            self._meter_task = asyncio.get_running_loop().create_task(self._meter_between_calls())
            self._tasks.add(self._meter_task)
            self._meter_task.add_done_callback(self._meter_done)

    def _meter_done(self, task: "asyncio.Task[None]") -> None:
        self._tasks.discard(task)
        if self._meter_task is task:
            self._meter_task = None

    async def _meter_between_calls(self) -> None:
        """The mic test between calls: read the microphone every 20 ms, send nothing."""
        while self._metering and not self._in_call and self._stream is not None:
            self._read_microphone()
            await asyncio.sleep(FRAME_S)

    def _read_microphone(self) -> bytes:
        stream = self._stream
        if stream is None:
            return silence()
        try:
            pcm = stream.read()
        except DeviceLost:
            self._fall_back()
            return silence()
        self._frames += 1
        if self._metering and self._frames % 5 == 0:
            self.mic_dbfs = frame_dbfs(pcm)
            for callback in list(self.on_level):
                callback(self.mic_dbfs)
        return pcm

    def _capture(self) -> bytes:
        """The next 20 ms to send (the track calls this only in a call)."""
        pcm = self._read_microphone()
        return silence() if self.status.muted else pcm

    async def _play(self, track: "MediaStreamTrack") -> None:
        from aiortc.mediastreams import MediaStreamError  # noqa: PLC0415 - loaded by start
        from av import AudioFrame  # noqa: PLC0415

        from console.rtc.frames import frame_pcm  # noqa: PLC0415

        while True:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            if not isinstance(frame, AudioFrame) or self._stream is None:
                continue
            pcm, channels = frame_pcm(frame)
            volume = self.status.volume
            if volume < 1.0:
                pcm = scaled(pcm, channels, volume)
            elif channels > 1:
                pcm = array("h", pcm)[::channels].tobytes()
            try:
                self._stream.write(pcm)
            except DeviceLost:
                self._fall_back()

    def _fall_back(self) -> None:
        """The chosen device is gone: the default one takes over; the call goes on."""
        if self._stream is not None:
            self._stream.close()
        self._stream = None
        if not self._open_stream(None, None):
            return
        self._set(
            replace(self.status, input_id=None, output_id=None, warning=PhoneWarning.DEVICE_LOST)
        )

    # ------------------------------------------------------------ helpers

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _set(self, status: SoftphoneStatus) -> None:
        if status == self.status:
            return
        self.status = status
        for callback in list(self.on_status):
            callback(status)
