"""Softphone media sessions (WebRTC via aiortc) and the simulated ears and mouths.

One persistent session per volunteer per shift (a new POST replaces the old one); the backend
bridges each accepted call into it by switching what the session carries (routing.py). While
no call is bridged (between calls, after the volunteer's leg is dropped) the session sends no
RTP at all, only RTCP: a silent stream would cost both ends an Opus frame every 20 ms all
shift. In a call it sends every 20 ms, silence included (on hold), so a resumed caller is heard
without a restart. Every change the engine publishes re-opens or parks each outgoing track. Each
simulated caller and transfer target "speaks" a sine tone and has a `Listener` that keeps the
level and pitch of the last second, for `GET /_sim/interactions/{id}/media`.

Everything runs on the simulator's event loop. ICE offers loopback candidates only and uses
no STUN/TURN server (console/rtc/ice.py): no packet leaves the machine.
"""

import asyncio
import contextlib
import logging
import secrets
import time
from dataclasses import dataclass, field

from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from av import AudioFrame
from pydantic import BaseModel

from console.contract.enums import Channel, InteractionState
from console.contract.problems import ProblemType
from console.contract.resources import Interaction
from console.contract.voice import AgentLeg, MediaSessionState, VoiceMode
from console.rtc import ice
from console.rtc.dsp import FRAME_S, Listener, ToneSource, hold_tone, silence
from console.rtc.frames import GatedOpusTrack, frame_pcm, opus_only
from console.simulator.engine import Engine
from console.simulator.media.routing import Paths, Source, paths
from console.simulator.problems import ApiProblem

log = logging.getLogger(__name__)

_PC_STATES = {
    "connected": MediaSessionState.CONNECTED,
    "failed": MediaSessionState.FAILED,
    "closed": MediaSessionState.CLOSED,
}


@dataclass
class CallAudio:
    """The simulated far ends of one call: their voices (tones) and their ears."""

    caller: ToneSource
    target: ToneSource
    hold: ToneSource = field(default_factory=hold_tone)
    caller_ear: Listener = field(default_factory=Listener)
    target_ear: Listener = field(default_factory=Listener)
    # What the volunteer hears of the caller/target comes from separate sources, so each
    # listener gets a continuous sine of its own.
    to_volunteer: dict[Source, ToneSource] = field(default_factory=dict)


@dataclass
class MediaSession:
    id: str
    agent_id: str
    pc: RTCPeerConnection
    track: GatedOpusTrack
    tasks: set["asyncio.Task[None]"] = field(default_factory=set)


def check_offer(sdp: str) -> None:
    """One Opus audio m-line and nothing else, or a clear 422."""
    media = [line for line in sdp.splitlines() if line.startswith("m=")]
    if len(media) != 1 or not media[0].startswith("m=audio "):
        raise ApiProblem(ProblemType.VALIDATION_FAILED, "the offer needs exactly one audio m-line")
    if "opus/48000" not in sdp.lower():
        raise ApiProblem(ProblemType.VALIDATION_FAILED, "the offer must offer Opus (opus/48000)")
    if not sdp.startswith("v=0"):
        raise ApiProblem(ProblemType.VALIDATION_FAILED, "not an SDP offer (v=0 first)")


class MediaServer:
    """Media sessions and call audio; the simulator's event-loop thread only."""

    def __init__(self, engine: Engine, loopback_only: bool = True) -> None:
        self.engine = engine
        self.sessions: dict[str, MediaSession] = {}
        self.calls: dict[str, CallAudio] = {}
        self._ticker: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()  # the engine changed, or a call got its far ends
        self.ticks = 0  # 20 ms ticks that fed a far end
        if loopback_only:
            ice.loopback_only()
        engine.listeners.append(self._engine_changed)

    # ------------------------------------------------------------ sessions

    async def open(self, agent_id: str, offer: str) -> tuple[str, str]:
        """Answer the volunteer's offer; returns (session id, SDP answer)."""
        check_offer(offer)
        for old in [s for s in self.sessions.values() if s.agent_id == agent_id]:
            await self._close(old)
        pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        track = GatedOpusTrack(
            lambda: self._to_volunteer(agent_id), is_open=self._bridged(agent_id)
        )
        # Before the offer is applied, so its audio m-line takes this transceiver and only
        # Opus is answered (the track sends Opus packets as they are).
        opus_only(pc.addTransceiver(track, direction="sendrecv"))
        session = MediaSession(f"ms_{secrets.token_hex(8)}", agent_id, pc, track)
        self.sessions[session.id] = session
        self.engine.set_media_session(agent_id, session.id, MediaSessionState.CONNECTING)

        @pc.on("connectionstatechange")
        def _state() -> None:
            state = _PC_STATES.get(pc.connectionState, MediaSessionState.CONNECTING)
            if self.sessions.get(session.id) is session:
                self.engine.set_media_session(agent_id, session.id, state)

        @pc.on("track")
        def _track(track: MediaStreamTrack) -> None:
            task = asyncio.get_running_loop().create_task(self._listen(agent_id, track))
            session.tasks.add(task)
            task.add_done_callback(session.tasks.discard)

        try:
            await pc.setRemoteDescription(RTCSessionDescription(offer, "offer"))
            await pc.setLocalDescription(await pc.createAnswer())
        except ice.SDP_ERRORS:
            # aiortc refuses what it cannot parse with these; the offer's text stays out.
            await self._close(session)
            raise ApiProblem(
                ProblemType.VALIDATION_FAILED, "the SDP offer could not be used"
            ) from None
        self._start_ticker()
        return session.id, pc.localDescription.sdp

    async def close(self, agent_id: str, session_id: str) -> bool:
        session = self.sessions.get(session_id)
        if session is None or session.agent_id != agent_id:
            return False
        await self._close(session)
        return True

    async def _close(self, session: MediaSession) -> None:
        self.sessions.pop(session.id, None)
        for task in list(session.tasks):
            task.cancel()
        await session.pc.close()
        agent = self.engine.agents.get(session.agent_id)
        ref = agent.voice.media_session if agent is not None else None
        if ref is not None and ref.id == session.id:
            self.engine.set_media_session(session.agent_id, None, MediaSessionState.CLOSED)

    async def close_all(self) -> None:
        for session in list(self.sessions.values()):
            await self._close(session)
        if self._ticker is not None:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
            self._ticker = None

    # ------------------------------------------------------------- audio

    def call_audio(self, interaction_id: str) -> CallAudio:
        audio = self.calls.get(interaction_id)
        if audio is None:
            config = self.engine.config
            caller_hz = self.engine.caller_tones.get(interaction_id, config.caller_tone_hz)
            audio = CallAudio(ToneSource(caller_hz), ToneSource(config.target_tone_hz))
            audio.to_volunteer = {
                Source.CALLER: ToneSource(caller_hz),
                Source.TARGET: ToneSource(config.target_tone_hz),
            }
            self.calls[interaction_id] = audio
            self._wake.set()
        return audio

    def _call_of(self, agent_id: str) -> Interaction | None:
        agent = self.engine.agents.get(agent_id)
        if agent is None or agent.voice.mode is not VoiceMode.SOFTPHONE:
            return None
        return next(
            (
                ix
                for ix in self.engine.open_interactions(agent_id)
                if ix.channel is Channel.VOICE and ix.state is InteractionState.ACTIVE
            ),
            None,
        )

    def _paths(self, interaction: Interaction) -> Paths:
        transfers = [
            t for t in self.engine.transfers.values() if t.interaction_id == interaction.id
        ]
        return paths(interaction, transfers)

    def _bridged(self, agent_id: str) -> bool:
        """A call of this volunteer is bridged into their session (the console's own rule,
        core/voice/calls.py: active, agent leg connected)."""
        interaction = self._call_of(agent_id)
        return interaction is not None and interaction.agent_leg is AgentLeg.CONNECTED

    def _engine_changed(self, _event_type: str, _data: BaseModel) -> None:
        """Whatever changed, each session sends exactly while a call is bridged into it, and
        the far ends' ticker looks again."""
        self._wake.set()
        for session in self.sessions.values():
            session.track.set_open(self._bridged(session.agent_id))

    def _to_volunteer(self, agent_id: str) -> bytes:
        interaction = self._call_of(agent_id)
        if interaction is None:
            return silence()
        source = self._paths(interaction).volunteer_hears
        if source is None:
            return silence()
        return self.call_audio(interaction.id).to_volunteer[source].frame()

    async def _listen(self, agent_id: str, track: MediaStreamTrack) -> None:
        """What the volunteer says goes to whoever hears the volunteer now."""
        while True:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            interaction = self._call_of(agent_id)
            if interaction is None or not isinstance(frame, AudioFrame):
                continue
            route = self._paths(interaction)
            pcm, channels = frame_pcm(frame)
            audio = self.call_audio(interaction.id)
            if route.caller_hears is Source.VOLUNTEER:
                audio.caller_ear.hear(pcm, channels)
            if route.target_hears is Source.VOLUNTEER:
                audio.target_ear.hear(pcm, channels)

    def _start_ticker(self) -> None:
        if self._ticker is None or self._ticker.done():
            self._ticker = asyncio.get_running_loop().create_task(self._tick(), name="sim-media")

    async def _tick(self) -> None:
        """Every 20 ms the simulated far ends hear what is not the volunteer's voice; while
        none does (no call, or only caller and volunteer talking), it waits for the engine's
        next change instead of ticking."""
        while True:
            self._wake.clear()
            start, ticks = time.monotonic(), 0
            while self.feed_far_ends():
                self.ticks += 1
                ticks += 1
                await asyncio.sleep(max(0.0, start + ticks * FRAME_S - time.monotonic()))
            await self._wake.wait()

    def feed_far_ends(self) -> bool:
        """One frame to each far end that hears a tone now; False when none does."""
        fed = False
        for ix_id in list(self.calls):
            interaction = self.engine.interactions.get(ix_id)
            if interaction is None:
                del self.calls[ix_id]  # forgotten by the engine: forget its audio too
                continue
            audio = self.calls[ix_id]
            route = self._paths(interaction)
            sources = {
                Source.HOLD: audio.hold,
                Source.TARGET: audio.target,
                Source.CALLER: audio.caller,
            }
            if route.caller_hears in sources:
                audio.caller_ear.hear(sources[route.caller_hears].frame())
                fed = True
            if route.target_hears in sources:
                audio.target_ear.hear(sources[route.target_hears].frame())
                fed = True
        return fed

    def watch(self, interaction_id: str) -> None:
        """Give a call its far ends (callers injected as voice calls get them at once)."""
        self.call_audio(interaction_id)

    def analysis(self, interaction_id: str) -> dict[str, float | None]:
        if interaction_id not in self.engine.interactions:
            raise ApiProblem(ProblemType.NOT_FOUND, "no such interaction")
        audio = self.call_audio(interaction_id)
        caller_hz, caller_dbfs = audio.caller_ear.heard()
        target_hz, target_dbfs = audio.target_ear.heard()
        return {
            "caller_heard_hz": caller_hz,
            "caller_heard_dbfs": caller_dbfs,
            "target_heard_hz": target_hz,
            "target_heard_dbfs": target_dbfs,
        }
