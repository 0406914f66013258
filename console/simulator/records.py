"""Completed contacts and their anonymous statistics (the simulator's reporting store).

The routing engine forgets a closed interaction after a while; what stays is one `ContactRow`
per completed contact: when it queued, whether and when it was answered, and the wrap-up record.
Statistics read only counts and option ids from it, never a free-text field. Local day and hour
(Europe/Oslo) are worked out once when a row is added, so a report over 100,000 contacts is one
pass over plain tuples.
"""

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import attrgetter
from typing import Any
from zoneinfo import ZoneInfo

from console.contract.enums import AgeGroup, Channel, OutcomeCode
from console.contract.forms import CALL_TYPE_FIELD, ContactRecordData
from console.contract.resources import Interaction
from console.contract.statistics import (
    STATISTICS_TIMEZONE,
    SUPPRESSED_BELOW,
    GroupBy,
    StatisticsReport,
    StatisticsRow,
    suppress,
)

OSLO = ZoneInfo(STATISTICS_TIMEZONE)
TOPICS_FIELD = "topics"


@dataclass(frozen=True)
class ContactRow:
    interaction_id: str
    org_id: str
    channel: Channel
    age_group: AgeGroup
    enqueued_at: datetime
    answered_at: datetime | None
    abandoned: bool
    record: ContactRecordData | None
    # Derived once, for the statistics (never sent as such).
    day: date = field(init=False, compare=False)
    hour: int = field(init=False, compare=False)
    wait_s: float | None = field(init=False, compare=False)
    silent: bool = field(init=False, compare=False)
    topics: tuple[str, ...] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        local = self.enqueued_at.astimezone(OSLO)
        record = self.record or {}
        topics = record.get(TOPICS_FIELD)
        answered = self.answered_at
        wait = (answered - self.enqueued_at).total_seconds() if answered is not None else None
        object.__setattr__(self, "day", local.date())
        object.__setattr__(self, "hour", local.hour)
        object.__setattr__(self, "wait_s", wait)
        object.__setattr__(self, "silent", record.get(CALL_TYPE_FIELD) == "silent")
        object.__setattr__(self, "topics", tuple(topics) if isinstance(topics, list) else ())

    def as_raw(self) -> dict[str, Any]:
        """GET /_sim/records: the row as stored (simulator only, for checking)."""
        return {
            "interaction_id": self.interaction_id,
            "org_id": self.org_id,
            "channel": self.channel.value,
            "age_group": self.age_group.value,
            "enqueued_at": self.enqueued_at.isoformat(),
            "answered_at": self.answered_at.isoformat() if self.answered_at else None,
            "abandoned": self.abandoned,
            "record": self.record,
        }


def completed_row(interaction: Interaction, record: ContactRecordData | None) -> ContactRow:
    """The reporting row of a contact that has just closed or been abandoned in the queue."""
    return ContactRow(
        interaction_id=interaction.id,
        org_id=interaction.org.id,
        channel=interaction.channel,
        age_group=interaction.age_group,
        enqueued_at=interaction.enqueued_at,
        answered_at=interaction.connected_at,
        abandoned=interaction.connected_at is None,
        record=record,
    )


def legacy_record(outcome: OutcomeCode) -> ContactRecordData | None:
    """What an outcome code from a console older than contact forms says as a record."""
    return {CALL_TYPE_FIELD: "silent"} if outcome is OutcomeCode.SILENT else None


@dataclass
class _Group:
    offered: int = 0
    answered: int = 0
    abandoned: int = 0
    silent: int = 0
    waits: list[float] = field(default_factory=list)
    topics: dict[str, int] = field(default_factory=dict)


def _key_getter(group_by: list[GroupBy]) -> Callable[[ContactRow], tuple[Any, ...]]:
    """The group key of a row: its attributes named like the group_by keys, as a tuple."""
    if not group_by:
        return lambda _row: ()
    getter = attrgetter(*(g.value for g in group_by))
    if len(group_by) == 1:
        return lambda row: (getter(row),)
    return getter


def _sort_key(key: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple(f"{v:02d}" if isinstance(v, int) else str(v) for v in key)


class RecordStore:
    """Completed contacts; called on the server's event loop only."""

    def __init__(self) -> None:
        self.rows: list[ContactRow] = []
        # A coordinator sees one organisation: its rows are kept apart so a report reads only
        # those (a third of a national history for the largest member).
        self._by_org: dict[str, list[ContactRow]] = {}

    def add(self, row: ContactRow) -> None:
        self.rows.append(row)
        self._by_org.setdefault(row.org_id, []).append(row)

    def replace(self, rows: Iterable[ContactRow]) -> None:
        self.rows = []
        self._by_org = {}
        for row in rows:
            self.add(row)

    def report(
        self,
        org_id: str,
        first: date,
        last: date,
        group_by: list[GroupBy],
        channel: Channel | None = None,
        age_group: AgeGroup | None = None,
    ) -> StatisticsReport:
        groups: dict[tuple[Any, ...], _Group] = {}
        key_of = _key_getter(group_by)
        for row in self._by_org.get(org_id, ()):
            if not first <= row.day <= last:
                continue
            if (channel is not None and row.channel is not channel) or (
                age_group is not None and row.age_group is not age_group
            ):
                continue
            key = key_of(row)
            group = groups.get(key)
            if group is None:
                group = groups[key] = _Group()
            group.offered += 1
            if row.wait_s is not None:
                group.answered += 1
                group.waits.append(row.wait_s)
            group.abandoned += row.abandoned
            group.silent += row.silent
            for topic in row.topics:
                group.topics[topic] = group.topics.get(topic, 0) + 1
        rows = [
            _published(dict(zip(group_by, key, strict=True)), groups[key])
            for key in sorted(groups, key=_sort_key)
        ]
        return StatisticsReport.model_validate(
            {
                "from": first,
                "to": last,
                "group_by": group_by,
                "timezone": STATISTICS_TIMEZONE,
                "suppressed_below": SUPPRESSED_BELOW,
                "rows": rows,
            }
        )


def _published(keys: dict[GroupBy, Any], group: _Group) -> StatisticsRow:
    counts = {
        "offered": group.offered,
        "answered": group.answered,
        "abandoned": group.abandoned,
        "silent": group.silent,
    }
    shown = {name: suppress(value) for name, value in counts.items()}
    topics = {topic: suppress(count) for topic, count in sorted(group.topics.items())}
    hidden = any(v is None for v in shown.values()) or any(v is None for v in topics.values())
    median = statistics.median(group.waits) if group.answered >= SUPPRESSED_BELOW else None
    return StatisticsRow.model_validate(
        {
            **{key.value: value for key, value in keys.items()},
            **shown,
            "median_wait_s": median,
            "topics": topics,
            "suppressed": hidden,
        }
    )
