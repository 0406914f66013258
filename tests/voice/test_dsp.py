"""What an ear hears: the dominant frequency and level of the last second, and silence."""

from hypothesis import given, settings
from hypothesis import strategies as st

from console.rtc.dsp import HOLD_TONE_HZ, Listener, ToneSource, hold_tone, silence


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def hear(source: ToneSource, frames: int, clock: Clock, ear: Listener) -> None:
    for _ in range(frames):
        clock.now += 0.02
        ear.hear(source.frame())


@settings(max_examples=25, deadline=None)
@given(
    st.floats(min_value=80, max_value=3400),
    st.floats(min_value=-40, max_value=-3),
)
def test_a_tone_is_named_and_measured(hz: float, dbfs: float) -> None:
    clock = Clock()
    ear = Listener(clock=clock)
    hear(ToneSource(hz, dbfs=dbfs), 50, clock, ear)
    heard_hz, level = ear.heard()
    assert heard_hz is not None and abs(heard_hz - hz) < 2.0
    assert abs(level - dbfs) < 0.5


def test_silence_and_a_gone_source_read_as_silence() -> None:
    clock = Clock()
    ear = Listener(clock=clock)
    for _ in range(50):
        clock.now += 0.02
        ear.hear(silence())
    assert ear.heard() == (None, -120.0)
    hear(ToneSource(1000), 50, clock, ear)
    clock.now += 1.5  # nothing arrives for longer than the window
    assert ear.heard()[0] is None


def test_the_hold_tone_is_425_hz_in_cadence() -> None:
    clock = Clock()
    ear = Listener(clock=clock)
    hear(hold_tone(), 50, clock, ear)
    heard_hz, level = ear.heard()
    assert heard_hz is not None and abs(heard_hz - HOLD_TONE_HZ) < 2.0
    assert abs(level - (-18.0 - 3.0)) < 0.5  # on half of the time: 3 dB below the tone
