"""Tones and what a listener hears: 48 kHz mono 16-bit frames of 20 ms, in plain Python
(numpy, once loaded, scales the call volume).

The analysis answers "which tone, how loud, over the last second" for tests and the mic-test
meter. It keeps only levels and a decimated copy of the last second in memory, never writes
anything, and forgets a frame after a second.
"""

import cmath
import math
import time
from array import array
from collections import deque
from collections.abc import Callable
from types import ModuleType

SAMPLE_RATE = 48_000
FRAME_SAMPLES = 960  # 20 ms
FRAME_S = FRAME_SAMPLES / SAMPLE_RATE
DECIMATE = 6  # 48 kHz -> 8 kHz for pitch: enough for tones below 4 kHz
SILENCE_DBFS = -50.0  # quieter than this over the window reads as silence
FLOOR_DBFS = -120.0
HOLD_TONE_HZ = 425.0  # the European comfort tone
HOLD_CADENCE_S = (0.5, 0.5)  # on, off


def silence() -> bytes:
    return bytes(2 * FRAME_SAMPLES)


class ToneSource:
    """A continuous sine, frame after frame (phase carried over), optionally in a cadence."""

    def __init__(
        self, hz: float, dbfs: float = -12.0, cadence_s: tuple[float, float] | None = None
    ) -> None:
        self.hz = hz
        self._amplitude = 32767 * 10 ** (dbfs / 20)
        self._cadence = cadence_s
        self._n = 0
        # A whole number of cycles per second repeats every second: one second is computed
        # once and sliced, so a tone costs next to nothing per frame (sine in Python is not).
        self._second: bytes | None = None
        if abs(hz - round(hz)) < 1e-9:
            step = 2 * math.pi * hz / SAMPLE_RATE
            amp = self._amplitude
            self._second = array(
                "h", (int(amp * math.sin(step * i)) for i in range(SAMPLE_RATE))
            ).tobytes()

    def frame(self) -> bytes:
        start = self._n
        self._n += FRAME_SAMPLES
        if self._cadence is not None:
            on, off = self._cadence
            if (start / SAMPLE_RATE) % (on + off) >= on:
                return silence()
        if self._second is not None:
            offset = 2 * (start % SAMPLE_RATE)  # 960 divides 48000: a frame never wraps
            return self._second[offset : offset + 2 * FRAME_SAMPLES]
        step = 2 * math.pi * self.hz / SAMPLE_RATE
        amp = self._amplitude
        return array(
            "h", (int(amp * math.sin(step * (start + i))) for i in range(FRAME_SAMPLES))
        ).tobytes()


def hold_tone() -> ToneSource:
    return ToneSource(HOLD_TONE_HZ, dbfs=-18.0, cadence_s=HOLD_CADENCE_S)


def frame_dbfs(pcm: bytes) -> float:
    """Level of one frame (a full-scale sine reads 0 dBFS)."""
    samples = array("h", pcm)
    if not samples:
        return FLOOR_DBFS
    return _dbfs(math.fsum(s * s for s in samples[::4]) / len(samples[::4]))


_numpy: ModuleType | None = None  # set once numpy is wholly imported (load_numpy)


def load_numpy() -> None:
    """Import numpy for `scaled` (any thread; ~50 ms, so not on a loop that carries audio)."""
    global _numpy  # noqa: PLW0603 - published only once the import has finished
    import numpy  # noqa: PLC0415 - only once the call volume goes down

    _numpy = numpy


def scaled(pcm: bytes, channels: int, volume: float) -> bytes:
    """The first channel of interleaved 16-bit `pcm` at `volume` (0..1), as mono.

    Per sample in Python this costs ~0.1 ms a frame, every 20 ms of a call: numpy does it in C
    once `load_numpy` has run (the softphone runs it off its loop when the volume first goes
    down); until then, sample by sample."""
    numpy = _numpy
    if numpy is None:
        return scaled_per_sample(pcm, channels, volume)
    samples = numpy.frombuffer(pcm, dtype=numpy.int16)[::channels]
    result: bytes = (samples * volume).astype(numpy.int16).tobytes()
    return result


def scaled_per_sample(pcm: bytes, channels: int, volume: float) -> bytes:
    samples = array("h", pcm)[::channels]
    return array("h", (int(s * volume) for s in samples)).tobytes()


def _dbfs(mean_square: float) -> float:
    if mean_square <= 0:
        return FLOOR_DBFS
    return max(FLOOR_DBFS, 20 * math.log10(math.sqrt(2 * mean_square) / 32768))


def _fft(values: list[complex]) -> list[complex]:
    """Iterative radix-2 FFT (len must be a power of two)."""
    n = len(values)
    out = list(values)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            out[i], out[j] = out[j], out[i]
    size = 2
    while size <= n:
        half = size // 2
        root = cmath.exp(-2j * math.pi / size)
        twiddles = [root**k for k in range(half)]
        for start in range(0, n, size):
            for k in range(half):
                even = out[start + k]
                odd = out[start + k + half] * twiddles[k]
                out[start + k] = even + odd
                out[start + k + half] = even - odd
        size *= 2
    return out


def dominant_hz(samples: list[int], rate: float) -> float:
    """The strongest frequency in the samples (Hann window, parabolic peak interpolation)."""
    n = 1 << max(1, (len(samples) - 1).bit_length())
    count = len(samples)
    window = [
        s * (0.5 - 0.5 * math.cos(2 * math.pi * i / max(1, count - 1)))
        for i, s in enumerate(samples)
    ]
    spectrum = [abs(v) for v in _fft([complex(v) for v in window] + [0j] * (n - count))[: n // 2]]
    peak = max(range(1, len(spectrum) - 1), key=spectrum.__getitem__)
    left, centre, right = spectrum[peak - 1], spectrum[peak], spectrum[peak + 1]
    denominator = left - 2 * centre + right
    offset = 0.5 * (left - right) / denominator if denominator else 0.0
    return (peak + offset) * rate / n


class Listener:
    """What one ear heard over the last `window_s` (any thread may feed; read on the same)."""

    def __init__(self, window_s: float = 1.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._window_s = window_s
        self._clock = clock
        self._frames: deque[tuple[float, float, array[int]]] = deque()

    def hear(self, pcm: bytes, channels: int = 1) -> None:
        samples = array("h", pcm)
        if channels > 1:
            samples = samples[::channels]
        decimated = samples[::DECIMATE]
        mean_square = math.fsum(s * s for s in decimated) / max(1, len(decimated))
        now = self._clock()
        self._frames.append((now, mean_square, decimated))
        self._forget(now)

    def _forget(self, now: float) -> None:
        while self._frames and self._frames[0][0] < now - self._window_s:
            self._frames.popleft()

    def level_dbfs(self) -> float:
        self._forget(self._clock())
        # Missing frames count as silence: a second with 0.2 s of tone is mostly quiet.
        expected = max(len(self._frames), round(self._window_s / FRAME_S))
        return _dbfs(math.fsum(f[1] for f in self._frames) / expected)

    def heard(self) -> tuple[float | None, float]:
        """(dominant frequency or None when silent, level in dBFS) over the window."""
        level = self.level_dbfs()
        if level < SILENCE_DBFS:
            return None, level
        samples: list[int] = []
        for _at, _ms, decimated in self._frames:
            samples.extend(decimated)
        return round(dominant_hz(samples, SAMPLE_RATE / DECIMATE), 1), round(level, 1)
