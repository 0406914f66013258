"""The simulator's fixed data: organisations, demo users, transfer targets, municipalities.

Real service numbers (113, 116 117, 116 111) appear as transfer targets; so do the queues and
member organisations behind the shared number (re-routes), with the organisation's own public
number only where the project's reference notes name it (Kirkens SOS 22 40 00 40, Mental Helse
116 123). Legevakt direct numbers are fictional samples: eight digits starting with 0, which
no Norwegian subscriber number does.
"""

import csv
from dataclasses import dataclass
from functools import cache

from console.contract.enums import AgeGroup, Channel, Role, TargetKind, TransferMode
from console.contract.resources import (
    ChannelModes,
    Municipality,
    Organisation,
    Skills,
    TransferTarget,
)
from console.paths import resources_dir

ORGANISATIONS = {
    org.id: org
    for org in (
        Organisation(id="kirkens-sos", name="Kirkens SOS"),
        Organisation(id="mental-helse", name="Mental Helse Hjelpetelefonen"),
        Organisation(id="kors-paa-halsen", name="Kors på halsen"),
        Organisation(id="alarmtelefonen", name="Alarmtelefonen for barn og unge"),
    )
}

# How the national number splits traffic between member organisations, by target group.
ORG_WEIGHTS: dict[AgeGroup, list[tuple[str, float]]] = {
    AgeGroup.CHILD_YOUTH: [("kors-paa-halsen", 0.5), ("alarmtelefonen", 0.3), ("kirkens-sos", 0.2)],
    AgeGroup.ADULT: [("kirkens-sos", 0.55), ("mental-helse", 0.45)],
    AgeGroup.UNKNOWN: [("kirkens-sos", 0.5), ("mental-helse", 0.5)],
}

ALL_CHANNELS = [Channel.VOICE, Channel.CHAT]
ALL_AGES = [AgeGroup.CHILD_YOUTH, AgeGroup.ADULT]


@dataclass(frozen=True)
class DirectoryUser:
    id: str
    display_name: str
    org_id: str
    roles: tuple[Role, ...]
    skills: Skills
    signs_in: bool = True  # False: a simulated colleague driven by the scenario engine


def _user(
    uid: str,
    name: str,
    org: str,
    languages: list[str],
    ages: list[AgeGroup] = ALL_AGES,
    channels: list[Channel] = ALL_CHANNELS,
    roles: tuple[Role, ...] = (Role.VOLUNTEER,),
    signs_in: bool = False,
) -> DirectoryUser:
    skills = Skills(channels=channels, age_groups=ages, languages=languages)
    return DirectoryUser(uid, name, org, roles, skills, signs_in)


SUPERVISOR_ROLES = (Role.VOLUNTEER, Role.SUPERVISOR)

USERS: dict[str, DirectoryUser] = {
    u.id: u
    for u in (
        _user("demo-volunteer", "Ingrid Demo", "kirkens-sos", ["nb", "nn", "en"], signs_in=True),
        _user(
            "demo-supervisor",
            "Mari Demo",
            "kirkens-sos",
            ["nb", "en", "se"],
            roles=SUPERVISOR_ROLES,
            signs_in=True,
        ),
        _user("demo-sami", "Áilu Demo", "kirkens-sos", ["se", "nb"], signs_in=True),
        # Sees the organisation's anonymous statistics; takes no contacts (no channels).
        _user(
            "demo-coordinator",
            "Sigrid Demo",
            "kirkens-sos",
            ["nb", "nn", "se", "en"],
            channels=[],
            roles=(Role.COORDINATOR,),
            signs_in=True,
        ),
        _user("vol-kari", "Kari", "kirkens-sos", ["nb", "en"]),
        _user("vol-ole", "Ole", "mental-helse", ["nb", "nn"], ages=[AgeGroup.ADULT]),
        _user("vol-berit", "Berit", "kirkens-sos", ["se", "nb"]),
        _user("vol-aslak", "Aslak", "mental-helse", ["se", "nb", "en"], ages=[AgeGroup.ADULT]),
        _user("vol-siri", "Siri", "kors-paa-halsen", ["nb", "en"], ages=[AgeGroup.CHILD_YOUTH]),
        _user(
            "vol-jonas",
            "Jonas",
            "kors-paa-halsen",
            ["nb"],
            ages=[AgeGroup.CHILD_YOUTH],
            channels=[Channel.CHAT],
        ),
        _user("vol-hanne", "Hanne", "alarmtelefonen", ["nb", "nn"], ages=[AgeGroup.CHILD_YOUTH]),
        _user("vol-tor", "Tor", "mental-helse", ["nb", "en"], channels=[Channel.VOICE]),
        _user("vol-sunniva", "Sunniva", "kirkens-sos", ["nn", "nb", "en"]),
    )
}

TRANSFER_TARGETS: dict[str, TransferTarget] = {
    t.id: t
    for t in (
        TransferTarget(
            id="legevakt",
            name="Legevakt",
            number="116117",
            modes=ChannelModes(voice=TransferMode.WARM_VOICE, chat=TransferMode.CALL_ON_BEHALF),
            requires_municipality=True,
            asks_location=False,
            available_now=True,
        ),
        TransferTarget(
            id="amk",
            name="Medisinsk nødtelefon (AMK)",
            number="113",
            modes=ChannelModes(voice=TransferMode.WARM_VOICE, chat=TransferMode.CALL_ON_BEHALF),
            requires_municipality=False,
            asks_location=True,
            available_now=True,
        ),
        TransferTarget(
            id="alarmtelefonen",
            name="Alarmtelefonen for barn og unge",
            number="116111",
            modes=ChannelModes(voice=TransferMode.WARM_VOICE, chat=TransferMode.CHAT_HANDOVER),
            requires_municipality=False,
            asks_location=False,
            available_now=True,
        ),
    )
}

# Re-routes behind the shared number: warm for calls (consult first), a handover with the
# transcript for chats. A queue has no number to dial by hand.
REROUTE_MODES = ChannelModes(voice=TransferMode.WARM_VOICE, chat=TransferMode.CHAT_HANDOVER)


def _queue_target(age_group: AgeGroup, name: str) -> TransferTarget:
    return TransferTarget(
        id=f"queue.{age_group.value}",
        name=name,
        number="",
        kind=TargetKind.QUEUE,
        age_group=age_group,
        modes=REROUTE_MODES,
        requires_municipality=False,
        asks_location=False,
        available_now=True,
    )


def _org_target(org_id: str, number: str) -> TransferTarget:
    return TransferTarget(
        id=f"org.{org_id}",
        name=ORGANISATIONS[org_id].name,
        number=number,
        kind=TargetKind.ORGANISATION,
        org=ORGANISATIONS[org_id],
        modes=REROUTE_MODES,
        requires_municipality=False,
        asks_location=False,
        available_now=True,
    )


REROUTE_TARGETS: dict[str, TransferTarget] = {
    t.id: t
    for t in (
        _queue_target(AgeGroup.CHILD_YOUTH, "Barn og unge (felles nummer)"),
        _queue_target(AgeGroup.ADULT, "Voksne (felles nummer)"),
        _org_target("kirkens-sos", "22400040"),
        _org_target("mental-helse", "116123"),
        _org_target("kors-paa-halsen", ""),  # no sourced number in docs/reference
    )
}
TRANSFER_TARGETS.update(REROUTE_TARGETS)

MUNICIPALITY_SOURCE = (
    "Statistics Norway, classification 131 (municipalities), valid from 2026-01-01; public data"
)


@cache
def municipalities() -> dict[str, Municipality]:
    path = resources_dir() / "data" / "municipalities-2026.csv"
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return {
        row["kommunenummer"]: Municipality(
            number=row["kommunenummer"], name=row["name"], county_code=row["county_code"]
        )
        for row in csv.DictReader(lines)
    }


def fictional_legevakt_number(kommunenummer: str) -> str:
    """A clearly fictional direct number: eight digits starting with 0."""
    return f"0{kommunenummer}000"
