"""Voice delivery in the routing engine: each volunteer's voice mode, the agent leg of each
call, and guaranteed logoff of phones whose console has gone.

A mixin over `EngineBase` (event-loop thread only, like the rest of the engine). Phone mode
is simulated: on accept the volunteer's phone "rings" for `agent_phone_answers_after_s` and is
answered, or never answers when `agent_phone_fails` is set (then, after
`agent_phone_ring_timeout_s`, the call goes back to the queue and the volunteer is not
responding). A phone-mode volunteer whose event streams have all been gone for
`stream_gone_logoff_s` is logged off: nothing rings that phone again until they come back.
"""

import functools

from console.contract.enums import Channel, InteractionState, Presence
from console.contract.problems import ProblemType
from console.contract.resources import Agent, Interaction, Offer
from console.contract.voice import (
    AgentLeg,
    AnyVoiceRequest,
    MediaSessionRef,
    MediaSessionState,
    VoiceMode,
    VoiceSettings,
    number_of,
)
from console.simulator.clock import Scheduler, SimClock, TimerHandle
from console.simulator.config import SimConfig
from console.simulator.engine_base import EngineBase, bump
from console.simulator.problems import ApiProblem


class VoiceMixin(EngineBase):
    """Voice modes, agent legs and the stream-gone watchdog; event-loop thread only."""

    def __init__(self, config: SimConfig, clock: SimClock, scheduler: Scheduler) -> None:
        super().__init__(config, clock, scheduler)
        self.caller_tones: dict[str, float] = {}
        self.leg_timers: dict[str, TimerHandle] = {}
        self.logoff_timers: dict[str, TimerHandle] = {}
        self.logged_off: list[str] = []  # who the watchdog logged off (admin stats, tests)
        self.hub.on_connections = self._stream_connections_changed

    # Provided by the engine (engine.py), which this mixin is part of.
    def route(self) -> None:
        raise NotImplementedError

    def _rescind(self, offer: Offer) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------ settings

    def set_voice(self, agent_id: str, request: AnyVoiceRequest) -> Agent:
        agent = self.agent(agent_id)
        if any(ix.channel is Channel.VOICE for ix in self.open_interactions(agent_id)):
            raise ApiProblem(
                ProblemType.ILLEGAL_TRANSITION, "the voice mode changes between calls only"
            )
        voice = VoiceSettings(
            mode=request.mode,
            phone_number=number_of(request),
            media_session=agent.voice.media_session,
        )
        self._set_voice(agent, voice)
        offer = self.pending_offer(agent_id)
        if request.mode is VoiceMode.NONE and offer is not None and offer.channel is Channel.VOICE:
            self._rescind(offer)
        self._refresh_agent(agent_id)
        self.route()
        return self.agents[agent_id]

    def _set_voice(self, agent: Agent, voice: VoiceSettings) -> None:
        if voice == agent.voice:
            return
        updated = bump(agent, voice=voice)
        self.agents[agent.id] = updated
        self._emit(agent.id, "agent.voice_changed", f"agents/{agent.id}", updated)

    def set_media_session(
        self, agent_id: str, session_id: str | None, state: MediaSessionState
    ) -> None:
        """The media server reports its session for this agent (None: there is none)."""
        agent = self.agents.get(agent_id)
        if agent is None:
            return
        ref = None if session_id is None else MediaSessionRef(id=session_id, state=state)
        self._set_voice(agent, agent.voice.model_copy(update={"media_session": ref}))

    def takes_calls(self, agent: Agent) -> bool:
        return agent.voice.mode is not VoiceMode.NONE

    # ------------------------------------------------------------ agent leg

    def leg_on_accept(self, interaction: Interaction, agent_id: str) -> Interaction:
        """The agent leg a call starts with; phone mode starts ringing the volunteer."""
        if interaction.channel is not Channel.VOICE:
            return interaction
        if self.agents[agent_id].voice.mode is not VoiceMode.PHONE:
            return interaction.model_copy(update={"agent_leg": AgentLeg.CONNECTED})
        ix_id = interaction.id
        if self.config.agent_phone_fails:
            delay, action = self.config.agent_phone_ring_timeout_s, self._phone_not_answered
        else:
            delay, action = self.config.agent_phone_answers_after_s, self._phone_answered
        self.leg_timers[ix_id] = self.scheduler.call_later(delay, lambda: action(ix_id))
        return interaction.model_copy(update={"agent_leg": AgentLeg.RINGING})

    def _ringing(self, interaction_id: str) -> Interaction | None:
        self.leg_timers.pop(interaction_id, None)
        interaction = self.interactions.get(interaction_id)
        if (
            interaction is None
            or interaction.state is not InteractionState.ACTIVE
            or interaction.agent_leg is not AgentLeg.RINGING
        ):
            return None
        return interaction

    def _phone_answered(self, interaction_id: str) -> None:
        interaction = self._ringing(interaction_id)
        if interaction is not None:
            self._set_interaction(
                interaction, "interaction.agent_leg_changed", agent_leg=AgentLeg.CONNECTED
            )

    def _phone_not_answered(self, interaction_id: str) -> None:
        """The volunteer's phone did not answer: the call goes back to the queue (to someone
        else) and the volunteer is not responding until they choose a presence again."""
        interaction = self._ringing(interaction_id)
        if interaction is None or interaction.agent_id is None:
            return
        agent_id = interaction.agent_id
        # The volunteer's console sees the call leave, with the reason on it.
        self._set_interaction(
            interaction,
            "interaction.agent_leg_changed",
            agent_leg=AgentLeg.FAILED,
            state=InteractionState.QUEUED,
        )
        requeued = self.interactions[interaction_id]
        self.interactions[interaction_id] = bump(
            requeued, agent_id=None, agent_leg=None, connected_at=None
        )
        extras = self.extras[interaction_id]
        extras.offer_id = None
        extras.declined_by.add(agent_id)
        self.not_responding.add(agent_id)
        self._refresh_agent(agent_id)
        self.route()

    # ------------------------------------------------------------ watchdog

    def _stream_connections_changed(self, agent_id: str, count: int) -> None:
        timer = self.logoff_timers.pop(agent_id, None)
        if timer is not None:
            timer.cancel()
        if count == 0:
            self.logoff_timers[agent_id] = self.scheduler.call_later(
                self.config.stream_gone_logoff_s, lambda: self._stream_gone(agent_id)
            )

    def _stream_gone(self, agent_id: str) -> None:
        """No console has listened for a while: a phone-mode volunteer is logged off so
        their phone stops ringing and no call is routed to it (sign-out does this at once)."""
        self.logoff_timers.pop(agent_id, None)
        agent = self.agents.get(agent_id)
        if agent is None or agent.voice.mode is not VoiceMode.PHONE:
            return
        if agent.presence is Presence.OFFLINE:
            return
        for ix in self.open_interactions(agent_id):
            if ix.agent_leg is AgentLeg.RINGING:
                timer = self.leg_timers.pop(ix.id, None)
                if timer is not None:
                    timer.cancel()
                self.leg_timers[ix.id] = self.scheduler.call_later(
                    0, functools.partial(self._phone_not_answered, ix.id)
                )
        self.scheduler.call_later(0, lambda: self._force_offline(agent_id))
        self.logged_off.append(agent_id)

    def _force_offline(self, agent_id: str) -> None:
        offer = self.pending_offer(agent_id)
        if offer is not None:
            self._rescind(offer)
        self.not_responding.discard(agent_id)
        agent = self.agents[agent_id]
        if agent.presence is not Presence.OFFLINE:
            updated = bump(agent, presence=Presence.OFFLINE, presence_since=self.clock.now())
            self.agents[agent_id] = updated
            self._emit(agent_id, "agent.presence_changed", f"agents/{agent_id}", updated)
        self._refresh_agent(agent_id)
        self.route()
