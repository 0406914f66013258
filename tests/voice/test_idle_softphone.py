"""An open softphone between calls carries no audio either way and does not read the
microphone (issue #23: a volunteer keeps it open all shift); a call brings both back at once.

Nothing here is timed: "a while" is the far end's RTCP sender reports (each says how many RTP
packets it has sent so far), counted, and the frames are counted, not measured."""

import pytest
from fastapi import FastAPI

from console.core.voice.softphone import PhoneState
from console.simulator.media.server import MediaServer
from console.simulator.server import SimulatorServer
from tests.voice.kit import (
    CALLER_HZ,
    VOLUNTEER_HZ,
    eventually,
    holds,
    near,
    rtp,
    sender_reports,
    voice_shift,
)

pytestmark = pytest.mark.anyio


async def test_between_calls_no_rtp_audio_either_way_and_the_microphone_is_not_read(
    simulator: SimulatorServer,
) -> None:
    async with voice_shift(simulator.url) as call:
        phone = call.phone
        assert phone is not None
        app = simulator._server.config.app
        assert isinstance(app, FastAPI)
        media: MediaServer = app.state.media
        ticks = media.ticks
        reports = await sender_reports(phone, 2)  # the session is up and talks RTCP
        assert media.ticks == ticks  # and no simulated far end is fed a tone
        assert phone.status.state is PhoneState.CONNECTED
        assert [r.far_sent for r in reports] == [0, 0]  # the backend sent no audio
        assert reports[-1].sent == 0 and reports[-1].received == 0
        assert phone.frames_sent == 0
        assert call.audio.reads == 0 and not call.audio.capturing

        ix = await call.take_call(caller_tone_hz=CALLER_HZ)

        async def both_hear() -> bool:
            caller = (await call.heard(ix))["caller_heard_hz"]
            return near(caller, VOLUNTEER_HZ) and near(call.volunteer_heard(), CALLER_HZ)

        await eventually(both_hear, within_s=2.0, what="caller and volunteer hear each other")
        assert call.audio.capturing
        in_call = await rtp(phone)
        assert in_call.sent > 0 and in_call.received > 0

        api = call.session.api
        await api.run_interaction(api.end(ix))
        await eventually(
            holds(lambda: not phone.in_call and phone._track is not None and phone._track.waiting),
            what="the call is over and the softphone's track parked",
        )
        sent, reads = phone.frames_sent, call.audio.reads
        after = await sender_reports(phone, 3)
        assert not call.audio.capturing
        assert phone.frames_sent == sent and call.audio.reads == reads
        assert after[-1].sent == after[0].sent
        # The first report may have left before the backend ended the call; none after it.
        assert after[1].far_sent == after[2].far_sent
        assert after[-1].received == after[1].received


async def test_the_mic_test_meter_reads_the_microphone_between_calls_but_sends_nothing(
    simulator: SimulatorServer,
) -> None:
    async with voice_shift(simulator.url) as call:
        phone = call.phone
        assert phone is not None
        levels: list[float] = []
        phone.on_level.append(levels.append)
        await phone.stop()
        phone.set_metering(True)  # the voice dialog opens before the session (shift start)
        await phone.start()
        await eventually(holds(lambda: len(levels) >= 3), what="the meter moves")
        assert levels[-1] > -30  # the in-memory microphone speaks a -12 dBFS tone
        assert call.audio.capturing and call.audio.reads > 0

        phone.set_metering(False)
        await eventually(holds(lambda: phone._meter_task is None), what="the meter stopped")
        reads, shown = call.audio.reads, len(levels)
        reports = await sender_reports(phone, 2)
        assert call.audio.reads == reads and len(levels) == shown
        assert not call.audio.capturing
        assert reports[-1].sent == 0 and phone.frames_sent == 0


async def test_a_restarted_session_in_a_call_sends_at_once(simulator: SimulatorServer) -> None:
    """The reconnect path: a session opened again mid-call carries the call's audio."""
    async with voice_shift(simulator.url) as call:
        phone = call.phone
        assert phone is not None
        ix = await call.take_call(caller_tone_hz=CALLER_HZ)
        await eventually(holds(lambda: phone.in_call), what="the call is bridged")
        await phone.start()
        await eventually(
            holds(lambda: phone.status.state is PhoneState.CONNECTED), what="connected again"
        )

        async def both_hear() -> bool:
            caller = (await call.heard(ix))["caller_heard_hz"]
            return near(caller, VOLUNTEER_HZ) and near(call.volunteer_heard(), CALLER_HZ)

        await eventually(both_hear, within_s=3.0, what="the call's audio over the new session")
