"""The shift's voice: tell the backend where calls are heard, and run the softphone.

Core loop only. `begin` runs once the shift has started: it sets the voice mode (PUT
/v1/me/voice) and, in softphone mode, opens the persistent media session. `end` closes the
session (DELETE) before sign-out or quit; logging off a phone is the backend's part of
sign-out (and its watchdog's when the console dies).
"""

import asyncio
import logging
from collections.abc import Callable

from console.contract.enums import Presence
from console.contract.resources import Agent
from console.contract.voice import VoiceMode, voice_request
from console.core.commands import Command
from console.core.errors import CoreError
from console.core.session import ShiftSession
from console.core.voice.calls import CallFollower
from console.core.voice.devices import AudioDevices
from console.core.voice.softphone import Softphone, SoftphoneStatus
from console.rtc.ice import is_loopback_url

log = logging.getLogger(__name__)


def voice_command(mode: VoiceMode, phone_number: str | None) -> Command:
    return Command("PUT", "/v1/me/voice", voice_request(mode, phone_number))


class VoiceService:
    """Voice mode and softphone of one shift; core thread only."""

    def __init__(
        self,
        session: ShiftSession,
        devices: Callable[[], AudioDevices],
        on_status: Callable[[SoftphoneStatus], None] | None = None,
        on_level: Callable[[float], None] | None = None,
    ) -> None:
        self._session = session
        self._devices = devices
        self._on_status = on_status
        self._on_level = on_level
        self.phone: Softphone | None = None
        self._metering = False
        self.mode: VoiceMode | None = None  # as the backend last confirmed it
        # One change of voice at a time: a second choice waits for the first to settle
        # (starting and stopping a peer connection must not interleave).
        self._changing = asyncio.Lock()

    async def begin(
        self,
        mode: VoiceMode,
        phone_number: str | None,
        input_id: str | None = None,
        output_id: str | None = None,
    ) -> Agent:
        async with self._changing:
            agent = await self._session.api.run_agent(voice_command(mode, phone_number))
            self.mode = agent.voice.mode
            if mode is VoiceMode.SOFTPHONE:
                await self.start_softphone(input_id, output_id)
            elif self.phone is not None:
                await self.phone.stop()
            return agent

    async def start_softphone(
        self, input_id: str | None = None, output_id: str | None = None
    ) -> None:
        if self.phone is None:
            self.phone = Softphone(
                self._session.media_signalling(),
                self._devices(),
                loopback_only=is_loopback_url(self._session.options.backend_url),
            )
            if self._on_status is not None:
                self.phone.on_status.append(self._on_status)
            if self._on_level is not None:
                self.phone.on_level.append(self._on_level)
            self.phone.set_metering(self._metering)
            # Audio flows only while a call is bridged into the session.
            CallFollower(self._session.store, self.phone)
        await self.phone.start(input_id, output_id)

    def set_metering(self, metering: bool) -> None:
        """The mic test meter is shown (or no longer): remembered for a softphone yet to start."""
        self._metering = metering
        if self.phone is not None:
            self.phone.set_metering(metering)

    async def use_devices(self, input_id: str | None, output_id: str | None) -> None:
        if self.phone is not None:
            await self.phone.use_devices(input_id, output_id)

    async def end(self) -> None:
        async with self._changing:
            if self.phone is not None:
                await self.phone.stop()

    async def quit(self) -> None:
        """A clean quit: close the softphone session, and log a phone off at once (no call
        may ring a phone whose console has closed; the backend's 60 s watchdog is for crashes).
        With a contact open the backend refuses offline: the watchdog then does it."""
        await self.end()
        if self.mode is not VoiceMode.PHONE:
            return
        api = self._session.api
        try:
            await api.run_agent(api.presence(Presence.OFFLINE))
        except CoreError as error:
            log.warning("phone not logged off on quit (%s)", error.kind.value)
