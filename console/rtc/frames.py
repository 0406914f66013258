"""PCM <-> aiortc audio, and an outgoing audio track that sends Opus only while it is open.

Both ends send 48 kHz mono 16-bit frames of 20 ms; what arrives from Opus may be stereo, so
`frame_pcm` says how many channels the bytes interleave.

The outgoing track encodes its own Opus and hands aiortc finished packets. Left to aiortc, each
20 ms frame would be upmixed to stereo, have its level measured by a per-sample Python loop
(RFC 6464 header), and be encoded on an executor thread: two thread hand-offs per frame cost
more CPU than the encoding. Here a mono frame is encoded inline on the event loop (~0.1 ms).
"""

import asyncio
import fractions
import time
from collections.abc import Callable
from typing import Any

from aiortc import MediaStreamTrack, RTCRtpSender, RTCRtpTransceiver
from av import AudioFrame, CodecContext, Packet
from av.audio.codeccontext import AudioCodecContext

from console.rtc.dsp import FRAME_S, FRAME_SAMPLES, SAMPLE_RATE

TIME_BASE = fractions.Fraction(1, SAMPLE_RATE)
# Mono speech: Opus is transparent for fullband speech well below this (RFC 7587 §7.1 gives
# 28-40 kbit/s); aiortc's own encoder spends 96 kbit/s on two identical channels.
OPUS_BIT_RATE = 64_000


def pcm_frame(pcm: bytes, pts: int) -> AudioFrame:
    frame = AudioFrame(format="s16", layout="mono", samples=FRAME_SAMPLES)
    frame.planes[0].update(pcm)
    frame.sample_rate = SAMPLE_RATE
    frame.pts = pts
    frame.time_base = TIME_BASE
    return frame


def frame_pcm(frame: AudioFrame) -> tuple[bytes, int]:
    """The frame's interleaved 16-bit samples and its channel count."""
    channels = len(frame.layout.channels)
    size = frame.samples * channels * 2
    return bytes(frame.planes[0])[:size], channels


def opus_only(transceiver: RTCRtpTransceiver) -> None:
    """Negotiate Opus and nothing else: the track below sends Opus packets as they are."""
    codecs = RTCRtpSender.getCapabilities("audio").codecs
    transceiver.setCodecPreferences([c for c in codecs if c.mimeType.lower() == "audio/opus"])


def _opus_encoder() -> AudioCodecContext:
    codec = CodecContext.create("libopus", "w")
    assert isinstance(codec, AudioCodecContext)
    codec.bit_rate = OPUS_BIT_RATE
    codec.format = "s16"
    codec.layout = "mono"
    codec.sample_rate = SAMPLE_RATE
    codec.time_base = TIME_BASE
    codec.options = {"application": "voip"}
    return codec


class GatedOpusTrack(MediaStreamTrack):
    """Sends one 20 ms Opus packet of `next_pcm()` every 20 ms while open; while closed it
    sends nothing and `next_pcm` is not called (aiortc's sender simply waits in `recv`).

    Runs on the event loop of the peer connection that owns it; `set_open` is called there too.
    The RTP timestamp keeps counting through a pause (RFC 3550 §5.1), so the far end's jitter
    buffer sees a gap in time, not late packets.
    """

    kind = "audio"

    def __init__(
        self,
        next_pcm: Callable[[], bytes],
        is_open: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self._next_pcm = next_pcm
        self._clock = clock
        self._open = asyncio.Event()
        if is_open:
            self._open.set()
        self._encoder = _opus_encoder()
        self._origin: float | None = None  # monotonic time of pts 0
        self._pts = 0
        self.frames_sent = 0
        self.waiting = False  # parked in recv: nothing is sent until opened

    @property
    def is_open(self) -> bool:
        return self._open.is_set()

    def set_open(self, is_open: bool) -> None:
        if is_open:
            self._open.set()
        else:
            self._open.clear()

    async def recv(self) -> "Packet[Any]":
        while True:
            paused = not self._open.is_set()
            if paused:
                self.waiting = True
                try:
                    await self._open.wait()
                finally:
                    self.waiting = False
            now = self._clock()
            if self._origin is None:
                self._origin, self._pts = now, 0
            elif paused:
                # After a pause the next frame goes now, its timestamp counting the frames
                # not sent (RFC 3550 §5.1).
                self._pts = max(
                    self._pts + FRAME_SAMPLES,
                    int((now - self._origin) / FRAME_S + 1e-6) * FRAME_SAMPLES,
                )
            else:
                # 20 ms after the last one; a late loop catches up frame by frame, so a
                # device's capture queue is drained and its delay does not grow.
                self._pts += FRAME_SAMPLES
            wait = self._origin + self._pts / SAMPLE_RATE - now
            if wait > 0:
                await asyncio.sleep(wait)
            if not self._open.is_set():
                continue  # closed while waiting: this frame is not sent
            packets = self._encoder.encode(pcm_frame(self._next_pcm(), self._pts))
            if not packets:
                continue
            # One 20 ms frame in, one packet out; its timestamp is ours (libopus reports its
            # pre-skip as a negative offset, which the far end does not need).
            packet = packets[0]
            packet.pts = self._pts
            packet.time_base = TIME_BASE
            self.frames_sent += 1
            return packet
