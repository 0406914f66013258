"""Base classes that fix how contract models treat unknown and extra input."""

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict


def _require_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("timestamps must carry a UTC offset (RFC 3339)")
    return value.astimezone(UTC)


UtcDateTime = Annotated[datetime, AfterValidator(_require_utc)]


class Resource(BaseModel):
    """A server-sent resource: unknown fields are ignored, so additive changes never break.

    Parsed from JSON, its strings are not kept in pydantic's string cache (only the keys are,
    the field names): by default that process-wide cache holds on to every short string it has
    seen, a chat line in a response among them, long after the contact has closed."""

    model_config = ConfigDict(extra="ignore", frozen=True, cache_strings="keys")


class Versioned(Resource):
    """A mutable resource; a client applies an update only if its version is higher."""

    id: str
    version: int


class Request(BaseModel):
    """A request body: strict, so the backend rejects fields and types it does not know."""

    model_config = ConfigDict(extra="forbid", frozen=True)
