"""The softphone over real loopback WebRTC against the simulator's media server: who hears
whom in each state of a call (contract v1, "Voice"). Audio is in memory, never hardware."""

import pytest

from console.core.voice.softphone import PhoneState, PhoneWarning
from console.rtc import ice
from console.simulator.server import SimulatorServer
from tests.voice.kit import (
    CALLER_HZ,
    HOLD_HZ,
    TARGET_HZ,
    VOLUNTEER_HZ,
    eventually,
    holds,
    near,
    voice_shift,
)

pytestmark = pytest.mark.anyio


async def test_caller_and_volunteer_hear_each_other_within_two_seconds_of_accept(
    simulator: SimulatorServer,
) -> None:
    async with voice_shift(simulator.url) as call:
        ix = await call.take_call(caller_tone_hz=CALLER_HZ)

        async def both_hear() -> bool:
            caller = (await call.heard(ix))["caller_heard_hz"]
            return near(caller, VOLUNTEER_HZ) and near(call.volunteer_heard(), CALLER_HZ)

        await eventually(both_hear, within_s=2.0, what="caller and volunteer hear each other")


async def test_mute_silences_the_volunteer_and_on_hold_the_caller_hears_only_the_hold_tone(
    simulator: SimulatorServer,
) -> None:
    async with voice_shift(simulator.url) as call:
        phone = call.phone
        assert phone is not None
        ix = await call.take_call(caller_tone_hz=CALLER_HZ)

        async def caller_hears(hz: float | None) -> bool:
            heard = (await call.heard(ix))["caller_heard_hz"]
            return heard is None if hz is None else near(heard, hz)

        await eventually(lambda: caller_hears(VOLUNTEER_HZ), what="caller hears the volunteer")
        phone.set_muted(True)
        await eventually(lambda: caller_hears(None), what="muted: the caller hears nothing")
        assert (await call.heard(ix))["caller_heard_dbfs"] < -50
        phone.set_muted(False)
        await eventually(lambda: caller_hears(VOLUNTEER_HZ), what="unmuted")

        api = call.session.api
        await api.run_interaction(api.hold(ix, True))
        await eventually(lambda: caller_hears(HOLD_HZ), what="on hold: the hold tone")
        await eventually(holds(lambda: call.volunteer_heard() is None), what="the caller is held")
        for _ in range(5):  # never the volunteer while held, over several windows
            assert not near((await call.heard(ix))["caller_heard_hz"], VOLUNTEER_HZ)
            assert not near(call.volunteer_heard(), CALLER_HZ)


async def test_in_a_consult_113_hears_the_volunteer_and_after_complete_the_volunteer_is_out(
    simulator: SimulatorServer,
) -> None:
    async with voice_shift(simulator.url) as call:
        await call.sim.post("/settings", json={"target_tone_hz": TARGET_HZ})
        ix = await call.take_call(caller_tone_hz=CALLER_HZ)
        api = call.session.api
        transfer = await api.run_transfer(api.start_transfer(ix, "amk"))  # 113

        async def consulting() -> bool:
            heard = await call.heard(ix)
            return (
                near(heard["target_heard_hz"], VOLUNTEER_HZ)
                and near(heard["caller_heard_hz"], HOLD_HZ)
                and near(call.volunteer_heard(), TARGET_HZ)
            )

        await eventually(consulting, what="113 and the volunteer hear each other")
        assert not near((await call.heard(ix))["caller_heard_hz"], VOLUNTEER_HZ)

        await api.run_transfer(api.complete_transfer(transfer.id))

        async def bridged() -> bool:
            heard = await call.heard(ix)
            return (
                near(heard["caller_heard_hz"], TARGET_HZ)
                and near(heard["target_heard_hz"], CALLER_HZ)
                and call.volunteer_heard() is None
            )

        await eventually(bridged, what="caller and 113 bridged, the volunteer out")


async def test_only_loopback_candidates_and_a_lost_headset_falls_back_without_dropping(
    simulator: SimulatorServer,
) -> None:
    async with voice_shift(simulator.url) as call:
        phone = call.phone
        assert phone is not None
        pc = phone._pc
        assert pc is not None
        assert set(ice.candidate_addresses(pc.localDescription.sdp)) == {"127.0.0.1"}
        assert set(ice.candidate_addresses(pc.remoteDescription.sdp)) == {"127.0.0.1"}
        ix = await call.take_call(caller_tone_hz=CALLER_HZ)
        await phone.use_devices("headset-mic", "headset")
        call.audio.unplug("headset")
        call.audio.unplug("headset-mic")
        await eventually(
            holds(lambda: phone.status.warning is PhoneWarning.DEVICE_LOST),
            what="warned of the lost headset",
        )
        assert call.audio.opened[-1] == ("mic", "speakers")

        async def still_talking() -> bool:
            caller = (await call.heard(ix))["caller_heard_hz"]
            return near(caller, VOLUNTEER_HZ) and near(call.volunteer_heard(), CALLER_HZ)

        await eventually(still_talking, what="the call goes on on the default device")


async def test_a_media_session_that_cannot_open_is_failed_at_once_and_heals_on_retry(
    simulator: SimulatorServer,
) -> None:
    async with voice_shift(simulator.url) as call:
        phone = call.phone
        assert phone is not None
        await phone.stop()
        await call.sim.post("/faults", json={"fail_next": 1, "status": 503})
        await phone.start()
        assert phone.status.state is PhoneState.FAILED
        await phone.start()
        await eventually(
            holds(lambda: phone.status.state is PhoneState.CONNECTED), what="connected again"
        )


async def test_the_call_volume_turned_to_half_lowers_what_the_volunteer_hears_by_6_db(
    simulator: SimulatorServer,
) -> None:
    async with voice_shift(simulator.url) as call:
        phone = call.phone
        assert phone is not None
        await call.take_call(caller_tone_hz=CALLER_HZ)

        def heard_at(dbfs: float) -> bool:
            heard_hz, level = call.audio.ear.heard()
            return near(heard_hz, CALLER_HZ) and abs(level - dbfs) < 1.0

        # The simulated caller speaks at -12 dBFS.
        await eventually(holds(lambda: heard_at(-12.0)), what="the caller at full volume")
        phone.set_volume(0.5)
        await eventually(holds(lambda: heard_at(-18.0)), what="6 dB lower, at the same pitch")
