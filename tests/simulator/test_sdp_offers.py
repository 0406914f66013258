"""The media server against damaged SDP offers (the network feeds it): every offer is either
answered or refused with a 422 problem, never anything else."""

import asyncio

from aiortc import RTCConfiguration, RTCPeerConnection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.rtc import ice
from console.rtc.dsp import ToneSource
from console.rtc.frames import GatedOpusTrack
from console.simulator.clock import Scheduler, SimClock
from console.simulator.engine import Engine
from console.simulator.media.server import MediaServer
from console.simulator.problems import ApiProblem
from tests.helpers import quiet_config


async def _offer() -> str:
    ice.loopback_only()
    pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    pc.addTrack(GatedOpusTrack(ToneSource(1000).frame))
    await pc.setLocalDescription(await pc.createOffer())
    sdp = pc.localDescription.sdp
    await pc.close()
    return sdp


OFFER = asyncio.run(_offer())
LINES = OFFER.splitlines()


@st.composite
def damaged(draw: st.DrawFn) -> str:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "garble", "duplicate", "truncate"]))
        if action == "drop" and len(lines) > 1:
            del lines[index]
        elif action == "garble":
            lines[index] = lines[index][:2] + draw(st.text(max_size=30))
        elif action == "duplicate":
            lines.insert(index, lines[index])
        else:
            lines[index] = lines[index][: draw(st.integers(0, len(lines[index])))]
    return "\r\n".join(lines) + "\r\n"


async def _try(offer: str) -> str:
    config = quiet_config()
    clock = SimClock()
    server = MediaServer(Engine(config, clock, Scheduler(clock)))
    try:
        _session, answer = await server.open("demo-volunteer", offer)
        return answer
    except ApiProblem as problem:
        assert problem.status == 422
        return ""
    finally:
        await server.close_all()


def test_the_undamaged_offer_is_answered() -> None:
    answer = asyncio.run(_try(OFFER))
    assert answer.startswith("v=0") and ice.candidate_addresses(answer) == ["127.0.0.1"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_a_damaged_offer_is_answered_or_refused_with_422(offer: str) -> None:
    asyncio.run(_try(offer))
