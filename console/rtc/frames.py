"""PCM <-> aiortc audio frames, and an outgoing audio track paced in real time.

Both ends send 48 kHz mono 16-bit frames of 20 ms; what arrives from Opus may be stereo, so
`frame_pcm` says how many channels the bytes interleave.
"""

import asyncio
import fractions
import time
from collections.abc import Callable

from aiortc import MediaStreamTrack
from av import AudioFrame

from console.rtc.dsp import FRAME_SAMPLES, SAMPLE_RATE

TIME_BASE = fractions.Fraction(1, SAMPLE_RATE)


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


class PacedTrack(MediaStreamTrack):
    """Sends one 20 ms frame from `next_pcm()` every 20 ms (aiortc pulls; we pace).

    Runs on the event loop of the peer connection that owns it."""

    kind = "audio"

    def __init__(self, next_pcm: Callable[[], bytes]) -> None:
        super().__init__()
        self._next_pcm = next_pcm
        self._start: float | None = None
        self._pts = 0

    async def recv(self) -> AudioFrame:
        if self._start is None:
            self._start = time.monotonic()
        else:
            self._pts += FRAME_SAMPLES
            wait = self._start + self._pts / SAMPLE_RATE - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
        return pcm_frame(self._next_pcm(), self._pts)
