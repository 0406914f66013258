"""The resource directory, fetched from the backend and kept on disk for offline use.

The directory is the coordinator's public list of services (no caller or contact data), so it
may be written to disk: the volunteer can still point someone to a service while the backend is
unreachable. Core thread only (called from the session's coroutines); no Qt.
"""

import logging
import os
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from pydantic import ValidationError

from console.contract.resources import ResourceDirectory
from console.core.errors import CoreError

log = logging.getLogger(__name__)

FetchDirectory = Callable[[], Awaitable[ResourceDirectory]]


class ResourceCache:
    """One JSON file holding the last directory the backend served (or nothing). Used on the
    core thread only (the session reads and writes it there)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def load(self) -> ResourceDirectory | None:
        if self.path is None:
            return None
        try:
            return ResourceDirectory.model_validate_json(self.path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValidationError, ValueError) as error:
            log.warning("resource cache unusable (%s); fetching again", type(error).__name__)
            return None

    def save(self, directory: ResourceDirectory) -> None:
        """Atomically: a crash mid-write never leaves half a file to read next time."""
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                out.write(directory.model_dump_json().encode())
            os.replace(temp, self.path)
        except OSError as error:
            log.warning("resource cache not written (%s)", type(error).__name__)


async def fresh_or_cached(
    fetch: FetchDirectory, cache: ResourceCache
) -> tuple[ResourceDirectory, bool]:
    """The backend's directory (cached when its version is new), or the cached one when the
    backend cannot be reached; the flag says whether it came from the cache."""
    cached = cache.load()
    try:
        directory = await fetch()
    except CoreError:
        if cached is None:
            raise
        return cached, True
    if cached is None or cached.version != directory.version:
        cache.save(directory)
    return directory, False
