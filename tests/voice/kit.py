"""Voice test kit: a shift with a softphone on in-memory audio, and waiting on what is heard.

Audio has no events to wait on, so `eventually` polls a condition every 50 ms up to a bound."""

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from console.contract.enums import Presence
from console.contract.voice import VoiceMode, voice_request
from console.core.commands import Command
from console.core.session import ShiftSession
from console.core.voice.calls import CallFollower
from console.core.voice.devices import MemoryAudio
from console.core.voice.softphone import PhoneState, Softphone
from tests.core.helpers import shift
from tests.core.waiting import until

VOLUNTEER_HZ = 1000.0
CALLER_HZ = 440.0
TARGET_HZ = 660.0
HOLD_HZ = 425.0


def near(hz: float | None, expected: float) -> bool:
    return hz is not None and abs(hz - expected) < 8.0


def holds(condition: Callable[[], bool]) -> Callable[[], Awaitable[bool]]:
    async def probe() -> bool:
        return condition()

    return probe


async def eventually(
    probe: Callable[[], Awaitable[bool]], within_s: float = 3.0, what: str = "condition"
) -> float:
    """Seconds until `probe` is true (fails after `within_s`)."""
    start = time.monotonic()
    while not await probe():
        if time.monotonic() - start > within_s:
            raise AssertionError(f"{what}: not within {within_s} s")
        await asyncio.sleep(0.05)
    return time.monotonic() - start


@dataclass
class VoiceShift:
    session: ShiftSession
    phone: Softphone | None
    audio: MemoryAudio
    sim: httpx.AsyncClient

    def volunteer_heard(self) -> float | None:
        return self.audio.ear.heard()[0]

    async def heard(self, interaction_id: str) -> dict[str, Any]:
        response = await self.sim.get(f"/interactions/{interaction_id}/media")
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    async def take_call(self, **inject: Any) -> str:
        """A call arrives and is accepted; returns its interaction id."""
        api = self.session.api
        await self.sim.post("/interactions", json={"channel": "voice", **inject})
        await until(self.session, lambda: bool(self.session.store.offers()))
        accepted = await api.run_interaction(api.accept(self.session.store.offers()[0].id))
        return accepted.id


@asynccontextmanager
async def voice_shift(
    url: str, mode: str = "softphone", number: str = "+4791234567"
) -> AsyncIterator[VoiceShift]:
    audio = MemoryAudio(tone_hz=VOLUNTEER_HZ)
    async with (
        shift(url) as session,
        httpx.AsyncClient(base_url=f"{url}/_sim", timeout=10) as sim,
    ):
        api = session.api
        body = voice_request(VoiceMode(mode), number if mode == "phone" else None)
        await api.run_agent(Command("PUT", "/v1/me/voice", body))
        phone = None
        if mode == "softphone":
            phone = Softphone(session.media_signalling(), audio, loopback_only=True)
            CallFollower(session.store, phone)  # as the VoiceService wires it
            await phone.start()
            started = phone
            await eventually(
                holds(lambda: started.status.state is PhoneState.CONNECTED),
                what="softphone connected",
            )
        await api.run_agent(api.presence(Presence.AVAILABLE))
        try:
            yield VoiceShift(session, phone, audio, sim)
        finally:
            if phone is not None:
                await phone.stop()


@dataclass(frozen=True)
class Rtp:
    """What the session's RTP and RTCP say (aiortc's own counters, not ours)."""

    sent: int  # audio packets this softphone sent
    received: int  # audio packets it received
    far_sent: int | None  # what the far end's latest sender report says it sent
    far_report_at: object  # when that report arrived (None before the first)


async def rtp(phone: Softphone) -> Rtp:
    pc = phone._pc
    assert pc is not None
    sent = received = 0
    far_sent, far_at = None, None
    for report in (await pc.getSenders()[0].getStats()).values():
        if report.type == "outbound-rtp":
            sent = report.packetsSent
    for report in (await pc.getReceivers()[0].getStats()).values():
        if report.type == "inbound-rtp":
            received = report.packetsReceived
        elif report.type == "remote-outbound-rtp":
            far_sent, far_at = report.packetsSent, report.timestamp
    return Rtp(sent, received, far_sent, far_at)


async def sender_reports(phone: Softphone, count: int) -> list[Rtp]:
    """The session as of each of the far end's next `count` RTCP sender reports (one every
    0.5-1.5 s): a bounded wait that proves the session lived on meanwhile."""
    seen = [await rtp(phone)]

    async def next_report() -> bool:
        now = await rtp(phone)
        if now.far_report_at is not None and now.far_report_at != seen[-1].far_report_at:
            seen.append(now)
        return len(seen) > count

    await eventually(next_report, within_s=2.0 * count, what=f"{count} RTCP sender reports")
    return seen[1:]
