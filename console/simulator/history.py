"""A seeded, plausible history of completed contacts (POST /_sim/history), for statistics.

Shapes follow what helplines report (../shared/reference/helpline-practice.md): more contacts
in the evening and night than in the early morning; a share of calls is silent (Kirkens SOS
counted about 30 % in 1997); not every offered contact is answered (Kirkens SOS: 164,151 of
274,284 in 2020, about 60 %); chats wait longer than calls. Both target groups, every channel,
every organisation. Records are filled in against each organisation's current form, so every
option id is one the form knows. Some records carry a fictional free-text note: statistics and
exports must never show it (tests look for NOTE_MARK).
"""

import random
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar

from console.contract.enums import AgeGroup, Channel
from console.contract.forms import ContactForm, ContactRecordData, FieldKind
from console.simulator.directory import ORG_WEIGHTS, ORGANISATIONS
from console.simulator.forms import FormCatalogue
from console.simulator.records import OSLO, ContactRow

NOTE_MARK = "Simulated note"
HISTORY_MAX_CONTACTS = 200_000

# Relative arrivals per local hour 00..23: quiet early morning, busiest in the evening.
HOURLY = [6, 5, 4, 3, 2, 2, 2, 3, 4, 5, 6, 6, 6, 6, 7, 7, 8, 9, 10, 11, 12, 12, 10, 8]
AGE_SHARES = [(AgeGroup.CHILD_YOUTH, 0.40), (AgeGroup.ADULT, 0.55), (AgeGroup.UNKNOWN, 0.05)]
CHANNEL_SHARES = [(Channel.VOICE, 0.6), (Channel.CHAT, 0.4)]
ANSWER_RATE = {Channel.VOICE: 0.65, Channel.CHAT: 0.55}
MEAN_WAIT_S = {Channel.VOICE: 70.0, Channel.CHAT: 240.0}
CALL_TYPES = {
    Channel.VOICE: [
        ("conversation", 0.55),
        ("silent", 0.28),
        ("hang_up", 0.09),
        ("wrong_number", 0.04),
        ("misuse", 0.035),
        ("test", 0.005),
    ],
    Channel.CHAT: [
        ("conversation", 0.8),
        ("silent", 0.1),
        ("hang_up", 0.06),
        ("misuse", 0.04),
    ],
}


T = TypeVar("T")


def _pick(rng: random.Random, shares: list[tuple[T, float]]) -> T:
    return rng.choices([s[0] for s in shares], weights=[s[1] for s in shares])[0]


class HistoryGenerator:
    """Makes rows; plain Python, called on the server's event loop."""

    def __init__(self, forms: FormCatalogue, seed: int) -> None:
        self._rng = random.Random(seed)
        self._forms: dict[str, ContactForm] = {org: forms.current(org) for org in ORGANISATIONS}

    def rows(self, contacts: int, first: date, last: date) -> list[ContactRow]:
        days = (last - first).days + 1
        rng = self._rng
        day_offsets = rng.choices(range(days), k=contacts)
        hours = rng.choices(range(24), weights=HOURLY, k=contacts)
        rows = [
            self._row(i, first + timedelta(days=day_offsets[i]), hours[i]) for i in range(contacts)
        ]
        rows.sort(key=lambda r: r.enqueued_at)
        return rows

    def _row(self, index: int, day: date, hour: int) -> ContactRow:
        rng = self._rng
        local = datetime(day.year, day.month, day.day, hour, tzinfo=OSLO)
        enqueued = (local + timedelta(seconds=rng.randrange(3600))).astimezone(UTC)
        age = _pick(rng, AGE_SHARES)
        channel = _pick(rng, CHANNEL_SHARES)
        org = _pick(rng, ORG_WEIGHTS[age])
        answered = rng.random() < ANSWER_RATE[channel]
        wait = timedelta(seconds=round(rng.expovariate(1 / MEAN_WAIT_S[channel]), 1))
        return ContactRow(
            interaction_id=f"hist_{index:07d}",
            org_id=org,
            channel=channel,
            age_group=age,
            enqueued_at=enqueued,
            answered_at=enqueued + wait if answered else None,
            abandoned=not answered,
            record=self._record(index, self._forms[org], age, channel) if answered else None,
        )

    def _record(
        self, index: int, form: ContactForm, age: AgeGroup, channel: Channel
    ) -> ContactRecordData:
        rng = self._rng
        call_type = _pick(rng, CALL_TYPES[channel])
        record: ContactRecordData = {"call_type": call_type}
        if call_type != "conversation":
            return record
        for field in form.fields:
            if field.id == "call_type":
                continue
            choices = field.choices(age)
            if field.kind is FieldKind.TEXT:
                if rng.random() < 0.2:
                    record[field.id] = f"{NOTE_MARK} {index}: the caller talked about their week"
            elif field.kind is FieldKind.SINGLE and choices:
                if field.required_for or rng.random() < 0.5:
                    record[field.id] = rng.choice(choices)
            elif choices:
                # A few topics and actions: weighted towards the front of the list, as the
                # national core lists the most common groups first.
                count = 1 + int(rng.random() < 0.4) + int(rng.random() < 0.15)
                weights = [1 / (1 + i / 8) for i in range(len(choices))]
                picked = {rng.choices(choices, weights=weights)[0] for _ in range(count)}
                record[field.id] = sorted(picked)
        return record
