"""Anonymous statistics of contract v1 (GET /v1/statistics, coordinators only).

Counts only: no record field of kind text, no interaction id, no agent. Small-count suppression:
any count from 1 to SUPPRESSED_BELOW - 1 is sent as null and its row carries `suppressed: true`,
so no small group (one caller, one night, one topic) can be singled out; the median wait of a
row with fewer than SUPPRESSED_BELOW answered contacts is null for the same reason.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pydantic import ConfigDict, Field

from console.contract.base import Resource
from console.contract.enums import AgeGroup, Channel

SUPPRESSED_BELOW = 5
STATISTICS_TIMEZONE = "Europe/Oslo"
STATISTICS_MAX_DAYS = 400
COUNTS = ("offered", "answered", "abandoned", "silent")


class GroupBy(StrEnum):
    ORG_ID = "org_id"
    CHANNEL = "channel"
    AGE_GROUP = "age_group"
    DAY = "day"
    HOUR = "hour"


GROUP_BY_PATTERN = r"^(org_id|channel|age_group|day|hour)(,(org_id|channel|age_group|day|hour))*$"


def suppress(count: int) -> int | None:
    """A count as published: 1 to 4 become None (0 and 5 or more are shown)."""
    return None if 0 < count < SUPPRESSED_BELOW else count


class StatisticsRow(Resource):
    """One group; the group keys asked for in `group_by` are set, the others are absent."""

    org_id: str | None = None
    channel: Channel | None = None
    age_group: AgeGroup | None = None
    day: date | None = Field(default=None, description=f"Local date in {STATISTICS_TIMEZONE}")
    hour: int | None = Field(default=None, ge=0, le=23, description="Local hour of enqueueing")
    offered: int | None = Field(ge=0, description="Every contact (null: 1 to 4, suppressed)")
    answered: int | None = Field(ge=0, description="Contacts a volunteer answered")
    abandoned: int | None = Field(ge=0, description="The caller left before an answer")
    silent: int | None = Field(ge=0, description="Records with call_type silent")
    median_wait_s: float | None = Field(
        default=None, ge=0, description="Median of answered_at - enqueued_at over answered"
    )
    topics: dict[str, int | None] = Field(
        default_factory=dict, description="Contacts whose record lists the topic ('group.option')"
    )
    suppressed: bool = Field(default=False, description="Some count here is 1 to 4: sent as null")


class StatisticsReport(Resource):
    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    from_date: date = Field(alias="from")
    to_date: date = Field(alias="to")
    group_by: list[GroupBy]
    timezone: str = STATISTICS_TIMEZONE
    suppressed_below: int = SUPPRESSED_BELOW
    rows: list[StatisticsRow]


@dataclass(frozen=True)
class StatisticsQuery:
    """What a coordinator asks for: a period, groupings and optional filters."""

    first: date
    last: date
    group_by: tuple[GroupBy, ...] = ()
    channel: Channel | None = None
    age_group: AgeGroup | None = None

    def params(self) -> dict[str, str]:
        params = {"from": self.first.isoformat(), "to": self.last.isoformat()}
        if self.group_by:
            params["group_by"] = ",".join(g.value for g in self.group_by)
        if self.channel is not None:
            params["channel"] = self.channel.value
        if self.age_group is not None:
            params["age_group"] = self.age_group.value
        return params
