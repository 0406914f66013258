"""GET /v1/statistics equals an independent recomputation from GET /_sim/records.

The recomputation here is written differently on purpose: plain loops over the raw JSON, Oslo
local time from the EU summer-time rule (last Sunday of March to last Sunday of October,
01:00 UTC) instead of the time-zone database, the median by sorting and indexing, and the
suppression rule restated from the issue (1 to 4 -> null, row marked).
"""

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest

from console.simulator.server import SimulatorServer
from tests.helpers import quiet_config
from tests.simkit import connect

pytestmark = pytest.mark.anyio

ORG = "kirkens-sos"  # demo-coordinator's organisation
FIRST, LAST = "2026-03-20", "2026-04-03"  # spans the change to summer time (29 March)
GROUPINGS = [
    [],
    ["day"],
    ["hour"],
    ["channel", "age_group"],
    ["day", "channel"],
    ["org_id", "hour", "age_group"],
]


@pytest.fixture(autouse=True)
def no_leaked_threads() -> None:
    """Overrides the per-test check: this module's simulator lives for the whole module."""


@pytest.fixture(scope="module")
def history_server() -> Iterator[SimulatorServer]:
    with SimulatorServer(quiet_config()) as server:
        body = {"contacts": 4000, "seed": 18, "from": FIRST, "to": LAST}
        response = httpx.post(f"{server.url}/_sim/history", json=body, timeout=30)
        assert response.json() == {"contacts": 4000}
        yield server


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1)
    while day.weekday() != 6:
        day -= timedelta(days=1)
    return day


def oslo(moment: datetime) -> datetime:
    start = datetime.combine(_last_sunday(moment.year, 3), datetime.min.time(), UTC)
    end = datetime.combine(_last_sunday(moment.year, 10), datetime.min.time(), UTC)
    summer = start + timedelta(hours=1) <= moment < end + timedelta(hours=1)
    return (moment + timedelta(hours=2 if summer else 1)).replace(tzinfo=None)


def shown(count: int) -> int | None:
    if count >= 1 and count <= 4:
        return None
    return count


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2 == 1:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def recompute(
    raw: list[dict[str, Any]], group_by: list[str], channel: str | None = None
) -> list[dict[str, Any]]:
    groups: dict[tuple[str, ...], dict[str, Any]] = {}
    for item in raw:
        if item["org_id"] != ORG:
            continue
        if channel is not None and item["channel"] != channel:
            continue
        local = oslo(datetime.fromisoformat(item["enqueued_at"]))
        if not FIRST <= local.date().isoformat() <= LAST:
            continue
        keys = {
            "org_id": item["org_id"],
            "channel": item["channel"],
            "age_group": item["age_group"],
            "day": local.date().isoformat(),
            "hour": local.hour,
        }
        key = tuple(str(keys[name]).zfill(2) for name in group_by)
        if key not in groups:
            groups[key] = {
                "keys": {name: keys[name] for name in group_by},
                "offered": 0,
                "answered": 0,
                "abandoned": 0,
                "silent": 0,
                "waits": [],
                "topics": {},
            }
        group = groups[key]
        group["offered"] += 1
        if item["answered_at"] is not None:
            group["answered"] += 1
            answered = datetime.fromisoformat(item["answered_at"])
            enqueued = datetime.fromisoformat(item["enqueued_at"])
            group["waits"].append((answered - enqueued).total_seconds())
        if item["abandoned"]:
            group["abandoned"] += 1
        record = item["record"] or {}
        if record.get("call_type") == "silent":
            group["silent"] += 1
        for topic in record.get("topics", []):
            group["topics"][topic] = group["topics"].get(topic, 0) + 1
    rows = []
    for key in sorted(groups):
        group = groups[key]
        row: dict[str, Any] = dict(group["keys"])
        hidden = False
        for name in ("offered", "answered", "abandoned", "silent"):
            row[name] = shown(group[name])
            hidden = hidden or row[name] is None
        topics = {}
        for topic in sorted(group["topics"]):
            topics[topic] = shown(group["topics"][topic])
            hidden = hidden or topics[topic] is None
        row["median_wait_s"] = median(group["waits"]) if group["answered"] >= 5 else None
        row["topics"] = topics
        row["suppressed"] = hidden
        rows.append(row)
    return rows


async def _report(server: SimulatorServer, **params: str) -> dict[str, Any]:
    async with connect(server.url, "demo-coordinator") as coordinator:
        response = await coordinator.get("/v1/statistics", params=params)
    assert response.status_code == 200, response.text
    report: dict[str, Any] = response.json()
    return report


async def _raw(server: SimulatorServer) -> list[dict[str, Any]]:
    async with httpx.AsyncClient(base_url=server.url, timeout=30) as client:
        result: list[dict[str, Any]] = (await client.get("/_sim/records")).json()
    return result


@pytest.mark.parametrize("group_by", GROUPINGS, ids=lambda g: ",".join(g) or "total")
async def test_statistics_equal_an_independent_recomputation(
    history_server: SimulatorServer, group_by: list[str]
) -> None:
    raw = await _raw(history_server)
    params = {"from": FIRST, "to": LAST}
    if group_by:
        params["group_by"] = ",".join(group_by)
    report = await _report(history_server, **params)
    assert report["suppressed_below"] == 5
    assert report["rows"] == recompute(raw, group_by)
    assert report["rows"], "the history must reach the coordinator's organisation"


async def test_a_channel_filter_equals_the_recomputation(history_server: SimulatorServer) -> None:
    raw = await _raw(history_server)
    report = await _report(
        history_server, **{"from": FIRST, "to": LAST, "group_by": "hour", "channel": "chat"}
    )
    assert report["rows"] == recompute(raw, ["hour"], channel="chat")


async def test_small_counts_are_never_shown(history_server: SimulatorServer) -> None:
    report = await _report(
        history_server, **{"from": FIRST, "to": LAST, "group_by": "day,hour,channel,age_group"}
    )
    nulls = 0
    for row in report["rows"]:
        counts = [row[n] for n in ("offered", "answered", "abandoned", "silent")]
        counts += list(row["topics"].values())
        assert not any(c is not None and 1 <= c <= 4 for c in counts), row
        assert row["suppressed"] == any(c is None for c in counts)
        nulls += counts.count(None)
    assert nulls > 0, "this fine a grouping must have suppressed something"


async def test_the_same_seed_gives_the_same_history(history_server: SimulatorServer) -> None:
    before = await _raw(history_server)
    body = {"contacts": 4000, "seed": 18, "from": FIRST, "to": LAST}
    async with httpx.AsyncClient(base_url=history_server.url, timeout=30) as client:
        await client.post("/_sim/history", json=body)
    assert await _raw(history_server) == before
    channels = {(r["channel"], r["age_group"]) for r in before}
    assert len(channels) == 6  # every channel, both target groups and unknown


async def test_a_backwards_period_is_refused(history_server: SimulatorServer) -> None:
    async with connect(history_server.url, "demo-coordinator") as coordinator:
        response = await coordinator.get("/v1/statistics", params={"from": LAST, "to": FIRST})
    assert response.status_code == 422
    assert "to" in response.json()["detail"]
