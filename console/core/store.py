"""The client's view of the world, built from snapshots and events.

Rules that make it safe under a real network:
- a resource is replaced only by a higher version (duplicates and reordering are harmless);
- a removed resource leaves a tombstone version, so a stale event cannot bring it back;
- a snapshot never removes what an event newer than the snapshot put there;
- otherwise a snapshot is authoritative: it replaces a resource even by a lower version (a
  backend that restarted its counters, or one bogus too-high version, cannot freeze a resource);
- a snapshot older than our cursor means the cursor belongs to another epoch of the backend
  (it restarted): the whole snapshot wins and the cursor moves back to it;
- an in-order event that carries a lower version than the one stored is a contradiction:
  it is counted and `resync_wanted` is set, so the stream fetches a snapshot;
- unknown and malformed events, including any that make parsing raise, are counted and logged
  by type and id only, never content.

It lives on the core thread. Listeners get fine-grained changes (one resource each) carrying
immutable models, so the UI can update one row instead of redrawing the world.
"""

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from console.contract.enums import INTERACTION_OPEN_STATES, OfferState
from console.contract.events import (
    AgentEvent,
    Event,
    InteractionEvent,
    MalformedEvent,
    MessageEvent,
    OfferEvent,
    QueueEvent,
    ResyncEvent,
    TeamEvent,
    TransferEvent,
    UnknownEvent,
    parse_event,
)
from console.contract.resources import (
    Agent,
    Interaction,
    Message,
    Offer,
    Snapshot,
)

log = logging.getLogger(__name__)


class Kind(StrEnum):
    ME = "me"
    OFFER = "offer"
    INTERACTION = "interaction"
    MESSAGE = "message"
    TRANSFER = "transfer"
    TEAM = "team"
    QUEUE = "queue"


@dataclass(frozen=True)
class Change:
    """One resource changed. `removed`: it left the view (its last state is in `value`,
    e.g. an expired offer, so the UI can say what happened)."""

    kind: Kind
    id: str
    value: Any
    removed: bool = False


Listener = Callable[[list[Change]], None]

_EVENT_KINDS: dict[type[BaseModel], Kind] = {
    AgentEvent: Kind.ME,
    OfferEvent: Kind.OFFER,
    InteractionEvent: Kind.INTERACTION,
    MessageEvent: Kind.MESSAGE,
    TransferEvent: Kind.TRANSFER,
    TeamEvent: Kind.TEAM,
    QueueEvent: Kind.QUEUE,
}


# Tombstones kept for removed resources (their last version), so a stale event cannot bring
# one back. Bounded: over a long shift the oldest go, by the cursor that last touched them.
MAX_TOMBSTONES = 5000


class StateStore:
    """What the backend said, by kind and id: changed and read on the core thread only; listeners
    are called there (the bridge posts their changes to the GUI thread through its mailbox).
    """

    def __init__(self, max_tombstones: int = MAX_TOMBSTONES) -> None:
        self._max_tombstones = max_tombstones
        self._items: dict[Kind, dict[str, Any]] = {kind: {} for kind in Kind}
        self._versions: dict[tuple[Kind, str], int] = {}
        self._touched_at: dict[tuple[Kind, str], int] = {}
        self.cursor = 0
        self.counts: Counter[str] = Counter()
        # Set when an event contradicts what we hold; the stream answers with a snapshot.
        self.resync_wanted = False
        self._listeners: list[Listener] = []

    # ------------------------------------------------------------- reading

    @property
    def me(self) -> Agent | None:
        agent: Agent | None = next(iter(self._items[Kind.ME].values()), None)
        return agent

    def offers(self) -> list[Offer]:
        return sorted(self._items[Kind.OFFER].values(), key=lambda o: o.created_at)

    def interactions(self) -> list[Interaction]:
        return sorted(self._items[Kind.INTERACTION].values(), key=lambda i: i.enqueued_at)

    def interaction(self, interaction_id: str) -> Interaction | None:
        found: Interaction | None = self._items[Kind.INTERACTION].get(interaction_id)
        return found

    def transcript(self, interaction_id: str) -> list[Message]:
        messages = [
            m for m in self._items[Kind.MESSAGE].values() if m.interaction_id == interaction_id
        ]
        return sorted(messages, key=lambda m: m.seq)

    def fingerprint(self) -> dict[str, dict[str, int]]:
        """What is visible, by kind, id and version: for comparing two stores."""
        return {
            kind.value: {rid: self._versions[(kind, rid)] for rid in items}
            for kind, items in self._items.items()
        }

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    # ------------------------------------------------------------- writing

    def apply_raw(self, raw: object, expected_id: int | None = None) -> list[Change]:
        """Apply one decoded event envelope from the stream. `expected_id`: the SSE id it came
        with; an envelope naming another id is malformed (it could move the cursor anywhere)."""
        try:
            event = parse_event(raw)
        except MalformedEvent as error:
            self.counts["malformed"] += 1
            log.warning("ignored malformed event type=%s id=%s", error.event_type, error.event_id)
            return []
        except Exception as error:  # e.g. OverflowError from a year-1 timestamp
            self.counts["malformed"] += 1
            log.warning("ignored an event that failed to parse (%s)", type(error).__name__)
            return []
        if isinstance(event, UnknownEvent):
            self.counts["unknown"] += 1
            log.info("ignored unknown event type=%s id=%s", event.type, event.id)
            return []
        if expected_id is not None and event.id != expected_id:
            self.counts["malformed"] += 1
            log.warning("ignored event type=%s whose id is not its stream id", event.type)
            return []
        return self.apply(event)

    def apply(self, event: Event) -> list[Change]:
        self.cursor = max(self.cursor, event.id)
        if isinstance(event, ResyncEvent):
            return []
        kind = _EVENT_KINDS[type(event)]
        changes = self._upsert(kind, event.data, event.id)
        self._notify(changes)
        return changes

    def load_snapshot(self, snapshot: Snapshot) -> list[Change]:
        """Merge a snapshot: newer versions win; what it lacks is removed unless an event
        newer than the snapshot put it there."""
        incoming: dict[Kind, Iterable[BaseModel]] = {
            Kind.ME: [snapshot.me],
            Kind.OFFER: snapshot.offers,
            Kind.INTERACTION: snapshot.interactions,
            Kind.MESSAGE: snapshot.messages,
            Kind.TRANSFER: snapshot.transfers,
        }
        if snapshot.team is not None:
            incoming[Kind.TEAM] = snapshot.team
        if snapshot.queues is not None:
            incoming[Kind.QUEUE] = snapshot.queues
        if snapshot.as_of < self.cursor:
            # Our cursor is ahead of the backend's head: it restarted and numbers from 1 again
            # (or a bogus id moved us). Nothing we hold is newer than this snapshot, and our
            # versions and tombstones count in another epoch: forget them, the snapshot rules.
            self.counts["epoch_resets"] += 1
            log.warning("snapshot %s is behind cursor %s: new epoch", snapshot.as_of, self.cursor)
            self._versions.clear()
            self._touched_at.clear()
        changes: list[Change] = []
        for kind, resources in incoming.items():
            present = set()
            for resource in resources:
                present.add(str(getattr(resource, "id")))  # noqa: B009
                changes += self._upsert(kind, resource, snapshot.as_of, authoritative=True)
            for rid in list(self._items[kind]):
                if rid not in present and self._touched_at.get((kind, rid), 0) <= snapshot.as_of:
                    changes += self._remove(kind, rid)
        self.cursor = snapshot.as_of
        self.resync_wanted = False
        self.counts["snapshots"] += 1
        self._notify(changes)
        return changes

    def _upsert(
        self, kind: Kind, resource: Any, cursor: int, authoritative: bool = False
    ) -> list[Change]:
        key = (kind, str(resource.id))
        stored = self._versions.get(key, 0)
        touched = self._touched_at.get(key, 0)
        if resource.version == stored or (resource.version < stored and touched > cursor):
            self.counts["stale"] += 1
            return []
        if resource.version < stored:
            # What we hold came from a point before this event or snapshot, yet has a higher
            # version: that version was bogus or the backend restarted its counters.
            self.counts["version_regressions"] += 1
            if not authoritative:
                self.counts["stale"] += 1
                self.resync_wanted = True
                log.warning("version went back for %s at cursor %s: resync", kind, cursor)
                return []
        self._versions[key] = resource.version
        self._touched_at[key] = max(cursor, self._touched_at.get(key, 0))
        self.counts["applied"] += 1
        if not _visible(kind, resource) or self._parent_closed(kind, resource):
            self._items[kind].pop(key[1], None)
            changes = [Change(kind, key[1], resource, removed=True)]
            if kind is Kind.INTERACTION:
                changes += self._drop_children(key[1])
            return changes
        self._items[kind][key[1]] = resource
        return [Change(kind, key[1], resource)]

    def _parent_closed(self, kind: Kind, resource: Any) -> bool:
        """A late message or transfer of a contact already closed stays out."""
        if kind not in (Kind.MESSAGE, Kind.TRANSFER):
            return False
        parent = resource.interaction_id
        seen = (Kind.INTERACTION, parent) in self._versions
        return seen and parent not in self._items[Kind.INTERACTION]

    def _remove(self, kind: Kind, rid: str) -> list[Change]:
        last = self._items[kind].pop(rid, None)
        if last is None:
            return []
        changes = [Change(kind, rid, last, removed=True)]
        if kind is Kind.INTERACTION:
            changes += self._drop_children(rid)
        return changes

    def _drop_children(self, interaction_id: str) -> list[Change]:
        """A closed contact takes its transcript and transfers out of memory with it."""
        changes = []
        for kind in (Kind.MESSAGE, Kind.TRANSFER):
            for rid, item in list(self._items[kind].items()):
                if item.interaction_id == interaction_id:
                    del self._items[kind][rid]
                    changes.append(Change(kind, rid, item, removed=True))
        return changes

    def size(self) -> int:
        """How many resources the store remembers (live ones and tombstones)."""
        return len(self._versions)

    def _prune_tombstones(self) -> None:
        # Every live resource has a version, so the tombstones are counted without a scan: the
        # scan below runs only when there are too many (per removal it made 5,000 offers
        # withdrawn at once take seconds of core-thread time, starving the GUI of the GIL).
        live_count = sum(len(items) for items in self._items.values())
        if len(self._versions) - live_count <= self._max_tombstones:
            return
        live = {(kind, rid) for kind, items in self._items.items() for rid in items}
        tombstones = [key for key in self._versions if key not in live]
        excess = len(tombstones) - self._max_tombstones
        if excess <= 0:
            return
        # Prune a little more than needed, so this runs now and then rather than every time.
        excess += self._max_tombstones // 5
        for key in sorted(tombstones, key=lambda k: self._touched_at.get(k, 0))[:excess]:
            del self._versions[key]
            self._touched_at.pop(key, None)

    def _notify(self, changes: list[Change]) -> None:
        if any(change.removed for change in changes):
            self._prune_tombstones()
        if not changes:
            return
        for listener in self._listeners:
            listener(changes)


def _visible(kind: Kind, resource: Any) -> bool:
    if kind is Kind.OFFER:
        return bool(resource.state is OfferState.PENDING)
    if kind is Kind.INTERACTION:
        return resource.state in INTERACTION_OPEN_STATES
    return True
