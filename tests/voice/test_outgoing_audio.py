"""The outgoing audio track, the call volume and the device's capture queue, without a network:
frames are counted on a fake clock, never timed (issue #23)."""

import asyncio
import fractions
from array import array
from typing import Any

import av
import pytest
from av import CodecContext
from av.audio.codeccontext import AudioCodecContext
from hypothesis import given
from hypothesis import strategies as st

from console.core.voice.portaudio import PortAudioStream
from console.rtc.dsp import (
    FRAME_SAMPLES,
    SAMPLE_RATE,
    Listener,
    ToneSource,
    load_numpy,
    scaled,
    scaled_per_sample,
    silence,
)
from console.rtc.frames import GatedOpusTrack

pytestmark = pytest.mark.anyio


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Source:
    """A microphone that counts how often it is read."""

    def __init__(self, hz: float = 1000.0) -> None:
        self.tone = ToneSource(hz)
        self.reads = 0

    def __call__(self) -> bytes:
        self.reads += 1
        return self.tone.frame()


async def parked(track: GatedOpusTrack) -> "asyncio.Task[Any]":
    task = asyncio.get_running_loop().create_task(track.recv())
    for _ in range(10):
        if track.waiting:
            break
        await asyncio.sleep(0)
    assert track.waiting
    return task


async def test_frames_go_only_while_open_and_the_timestamp_counts_the_pause() -> None:
    clock, source = Clock(), Source()
    track = GatedOpusTrack(source, is_open=False, clock=clock)
    waiting = await parked(track)
    assert source.reads == 0 and track.frames_sent == 0  # closed: the microphone is not read

    track.set_open(True)
    assert (await waiting).pts == 0
    clock.now += 0.02
    assert (await track.recv()).pts == FRAME_SAMPLES
    clock.now += 0.02
    assert (await track.recv()).pts == 2 * FRAME_SAMPLES

    track.set_open(False)
    waiting = await parked(track)
    clock.now += 1.0  # a second with no call
    assert source.reads == 3
    track.set_open(True)
    # Sent at once, stamped 50 frames later: the far end sees a gap, not a late packet.
    assert (await waiting).pts == 52 * FRAME_SAMPLES
    clock.now += 0.1  # the loop was late by five frames: they follow one by one, no jump
    stamps = [(await track.recv()).pts for _ in range(3)]
    assert stamps == [53 * FRAME_SAMPLES, 54 * FRAME_SAMPLES, 55 * FRAME_SAMPLES]
    assert source.reads == track.frames_sent == 7
    track.stop()


async def test_a_closed_track_sends_nothing_however_often_it_is_asked() -> None:
    clock, source = Clock(), Source()
    track = GatedOpusTrack(source, is_open=False, clock=clock)
    tasks = [await parked(track) for _ in range(3)]
    clock.now += 5.0
    for _ in range(20):
        await asyncio.sleep(0)
    assert not any(task.done() for task in tasks)
    assert source.reads == 0 and track.frames_sent == 0
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def test_the_packets_are_mono_opus_and_a_tone_comes_through_at_its_pitch_and_level() -> None:
    clock, source = Clock(), Source(hz=1000.0)
    track = GatedOpusTrack(source, clock=clock)
    decoder = CodecContext.create("libopus", "r")
    assert isinstance(decoder, AudioCodecContext)
    decoder.format, decoder.layout, decoder.sample_rate = "s16", "stereo", SAMPLE_RATE
    ear_clock = Clock()
    ear = Listener(clock=ear_clock)
    for _ in range(60):
        packet = await track.recv()
        assert packet.time_base == fractions.Fraction(1, SAMPLE_RATE)
        data = bytes(packet)
        assert data[0] >> 2 & 1 == 0  # the TOC byte's stereo flag (RFC 6716 §3.1): mono
        decoded = av.Packet(data)
        for frame in decoder.decode(decoded):
            assert frame.samples == FRAME_SAMPLES
            ear_clock.now += 0.02
            ear.hear(bytes(frame.planes[0])[: 4 * frame.samples], channels=2)
        clock.now += 0.02
    heard_hz, level = ear.heard()
    assert heard_hz is not None and abs(heard_hz - 1000.0) < 2.0
    assert abs(level - (-12.0)) < 1.0
    track.stop()


@given(
    st.lists(st.integers(-32768, 32767), min_size=2, max_size=64).filter(lambda s: len(s) % 2 == 0),
    st.sampled_from([1, 2]),
    st.floats(min_value=0.0, max_value=1.0),
)
def test_the_call_volume_scales_like_the_per_sample_loop_it_replaces(
    samples: list[int], channels: int, volume: float
) -> None:
    load_numpy()  # as the softphone does once the volume goes down
    pcm = array("h", samples).tobytes()
    expected = array("h", (int(s * volume) for s in array("h", pcm)[::channels])).tobytes()
    assert scaled_per_sample(pcm, channels, volume) == expected
    assert scaled(pcm, channels, volume) == expected


class FakeRawStream:
    """sounddevice's RawStream as far as PortAudioStream uses it (no hardware)."""

    def __init__(self, **kwargs: Any) -> None:
        self.callback = kwargs["callback"]

    def start(self) -> None:
        pass

    def close(self, ignore_errors: bool = False) -> None:
        pass


class FakeSoundDevice:
    RawStream = FakeRawStream

    @staticmethod
    def query_devices() -> list[dict[str, Any]]:
        return []


def test_the_device_keeps_nothing_between_calls_and_a_call_starts_with_an_empty_queue() -> None:
    stream = PortAudioStream(FakeSoundDevice(), None, None)
    callback = stream._stream.callback

    def captured(byte: int) -> None:  # PortAudio's thread hands over 20 ms
        out = bytearray(2 * FRAME_SAMPLES)
        callback(bytes([byte]) * 2 * FRAME_SAMPLES, out, FRAME_SAMPLES, None, None)

    for byte in range(1, 8):  # between calls: nothing is kept
        captured(byte)
    assert stream._captured.qsize() == 0
    stream.capture(True)
    captured(9)
    captured(10)
    assert stream.read()[:1] == b"\x09"  # the call's first frame, not one from before it
    stream.capture(False)
    stream.capture(True)  # the next call: what was left is gone
    assert stream.read() == silence()
    captured(11)
    assert stream.read()[:1] == b"\x0b"
    stream.close()
