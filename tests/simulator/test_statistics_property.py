"""Property: for any set of completed contacts, the report equals the plain-loop recomputation
(tests/simulator/test_statistics.py), for every grouping: small groups and odd hours included."""

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from console.contract.enums import AgeGroup, Channel
from console.contract.forms import ContactRecordData
from console.contract.statistics import GroupBy
from console.simulator.records import ContactRow, RecordStore
from tests.simulator.test_statistics import FIRST, LAST, ORG, recompute

START = datetime(2026, 3, 19, 12, tzinfo=UTC)  # a day before FIRST: rows fall on both sides
TOPICS = ["mental_health.anxiety", "family.grief", "general.other"]


@st.composite
def rows(draw: st.DrawFn) -> ContactRow:
    enqueued = START + timedelta(minutes=draw(st.integers(0, 17 * 24 * 60)))
    answered = draw(st.booleans())
    wait = timedelta(seconds=draw(st.integers(0, 900)))
    record: ContactRecordData | None = None
    if answered and draw(st.booleans()):
        record = {
            "call_type": draw(st.sampled_from(["conversation", "silent", "hang_up"])),
            "topics": draw(st.lists(st.sampled_from(TOPICS), unique=True, max_size=3)),
            "note": "never counted",
        }
    return ContactRow(
        interaction_id=f"p_{draw(st.integers(0, 10**9))}",
        org_id=draw(st.sampled_from([ORG, ORG, "mental-helse"])),
        channel=draw(st.sampled_from(list(Channel))),
        age_group=draw(st.sampled_from(list(AgeGroup))),
        enqueued_at=enqueued,
        answered_at=enqueued + wait if answered else None,
        abandoned=not answered,
        record=record,
    )


@settings(max_examples=60, deadline=None)
@given(
    contacts=st.lists(rows(), max_size=80),
    group_by=st.lists(st.sampled_from(list(GroupBy)), unique=True, max_size=3),
)
def test_the_report_equals_the_recomputation(
    contacts: list[ContactRow], group_by: list[GroupBy]
) -> None:
    store = RecordStore()
    store.replace(contacts)
    report = store.report(ORG, FIRST_DAY, LAST_DAY, group_by)
    published = report.model_dump(mode="json", exclude_unset=True, by_alias=True)["rows"]
    raw = [row.as_raw() for row in contacts]
    assert published == recompute(raw, [g.value for g in group_by])


FIRST_DAY = datetime.fromisoformat(FIRST).date()
LAST_DAY = datetime.fromisoformat(LAST).date()
