"""Ready replies: texts a coordinator writes once, per organisation and language, that a
volunteer finds by typing `/` and a word in the reply box.

Data files (TOML or JSON) in resources/replies, or in the folder machine policy names
(`ready_replies_folder`); the schema is `ReplyFile` below, checked strictly (file and field in
every message). Pure data and functions: no Qt, no network. A reply is inserted, never sent;
a placeholder left in curly braces (`{opening hours}`) blocks sending until it is filled.
"""

import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from console.contract.resources import LocalText
from console.core.textfold import fold
from console.datafile import DataFileError, data_files, load_model
from console.paths import resources_dir

ALL_ORGANISATIONS = "all"
PLACEHOLDER = re.compile(r"\{([^{}\n]{1,60})\}")


class ReplyGroup(StrEnum):
    OPENING = "opening"
    SILENT_CHECK_IN = "silent_check_in"
    CONFIDENTIALITY = "confidentiality"
    CLOSING = "closing"
    SIGNPOSTING = "signposting"


class Placeholder(StrEnum):
    """What a reply may leave to be filled; the console fills what it knows."""

    FIRST_NAME = "first_name"  # the volunteer's first name (some lines keep volunteers anonymous)
    ORGANISATION = "organisation"  # the organisation the contact was routed to
    OPENING_HOURS = "opening_hours"  # the volunteer types them: they differ per service


class ReadyReply(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9-]+$")
    group: ReplyGroup
    keywords: list[str] = Field(default_factory=list, description="Extra words to find it by")
    title: LocalText
    text: LocalText

    @field_validator("text")
    @classmethod
    def _known_placeholders(cls, value: LocalText) -> LocalText:
        known = {p.value for p in Placeholder}
        for language, text in value.model_dump(exclude_none=True).items():
            for name in PLACEHOLDER.findall(text):
                if name not in known:
                    raise ValueError(
                        f"{language}: unknown placeholder {{{name}}}; use "
                        + ", ".join(f"{{{p}}}" for p in sorted(known))
                    )
        return value


class ReplyFile(BaseModel):
    """One ready-reply data file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    organisation: str = Field(
        min_length=1, description="An organisation id, or 'all' for every organisation"
    )
    review: list[str] = Field(
        default_factory=list, description="Languages whose texts still need native review"
    )
    reply: list[ReadyReply] = Field(min_length=1)


@dataclass(frozen=True)
class ReplyBook:
    """Every ready reply this PC has, by organisation ('all' for those every line uses)."""

    by_org: dict[str, list[ReadyReply]] = field(default_factory=dict)
    review: frozenset[str] = frozenset()

    def for_org(self, org_id: str) -> list[ReadyReply]:
        return self.by_org.get(org_id, []) + self.by_org.get(ALL_ORGANISATIONS, [])


def replies_dir() -> Path:
    return resources_dir() / "replies"


def load_replies(folder: Path | None = None) -> ReplyBook:
    """Every file of the folder; DataFileError names the first bad file and its fields."""
    by_org: dict[str, list[ReadyReply]] = {}
    review: set[str] = set()
    folder = folder or replies_dir()
    if not folder.is_dir():
        raise DataFileError(folder, ["not a folder"])
    for path in data_files(folder):
        loaded = load_model(ReplyFile, path)
        replies = by_org.setdefault(loaded.organisation, [])
        seen = {r.id for r in replies}
        problems = []
        for index, reply in enumerate(loaded.reply):
            if reply.id in seen:
                problems.append(f"reply[{index}].id: {reply.id!r} is used twice")
            seen.add(reply.id)
        if problems:
            raise DataFileError(path, problems)
        replies.extend(loaded.reply)
        review.update(loaded.review)
    return ReplyBook(by_org, frozenset(review))


# ---------------------------------------------------------------- finding and filling

TEXT_LANGUAGES = ("nb", "nn", "se", "en")


def text_language(language: str) -> str:
    """Lule and South Sámi read bokmål until the data has their texts."""
    code = language.split("_", maxsplit=1)[0]
    return code if code in TEXT_LANGUAGES else "nb"


def pick(text: LocalText, language: str) -> str:
    found: str | None = getattr(text, text_language(language), None)
    return found or text.nb


def slash_query(text: str) -> str | None:
    """`/silent` -> "silent"; None when the box does not hold a slash search."""
    if not text.startswith("/") or "\n" in text or len(text) > 60:
        return None
    return text[1:].strip()


def find(replies: list[ReadyReply], query: str, languages: tuple[str, ...]) -> list[ReadyReply]:
    """Replies whose title, keywords or group start a word with every word of the query,
    in any of the given languages (the volunteer's, then the contact's)."""
    words = fold(query).split()
    found = []
    for reply in replies:
        vocabulary = set(fold(" ".join(reply.keywords)).split())
        vocabulary.update(fold(reply.group.value.replace("_", " ")).split())
        for language in languages:
            vocabulary.update(re.split(r"[\s\-–,.:;!?()]+", fold(pick(reply.title, language))))
        if all(any(v.startswith(w) for v in vocabulary) for w in words):
            found.append(reply)
    return found


def fill(text: str, known: dict[Placeholder, str], labels: dict[Placeholder, str]) -> str:
    """Known placeholders get their value; the others become `{label}` in the volunteer's
    language, which `unfilled` finds (and sending refuses) until they are replaced."""

    def one(match: re.Match[str]) -> str:
        try:
            placeholder = Placeholder(match.group(1))
        except ValueError:
            return match.group(0)
        value = known.get(placeholder)
        return value if value else "{" + labels.get(placeholder, placeholder.value) + "}"

    return PLACEHOLDER.sub(one, text)


def unfilled(text: str) -> list[str]:
    """The placeholders still in a reply, as written ({opening hours})."""
    return [match.group(0) for match in PLACEHOLDER.finditer(text)]
