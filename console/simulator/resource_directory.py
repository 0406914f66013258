"""The vetted resource directory the simulator serves at GET /v1/resources.

Read from data files a coordinator edits (resources/directory/*.toml or *.json, or a folder the
simulator is started with); the schema is `DirectoryFile` below, checked strictly: a typo in a
key, a missing text or a duplicate id names the file and the field. The version is a hash of the
files' contents, so any edit gives clients a new version to cache.
"""

import hashlib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from console.contract.resources import DirectoryEntry, ResourceDirectory
from console.datafile import DataFileError, data_files, load_model
from console.paths import resources_dir

LANGUAGES = ("nb", "nn", "se", "en")


class DirectoryFile(BaseModel):
    """One directory data file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sample: bool = Field(description="True: sample data, to be maintained by the coordinator")
    maintained_by: str = Field(min_length=1)
    review: list[str] = Field(
        default_factory=list, description="Languages whose texts still need native review"
    )
    entry: list[DirectoryEntry] = Field(min_length=1)


def directory_dir() -> Path:
    return resources_dir() / "directory"


def load_directory(folder: Path | None = None) -> ResourceDirectory:
    """Every entry of every file in the folder; DataFileError names the first bad file."""
    digest = hashlib.sha256()
    entries: dict[str, DirectoryEntry] = {}
    sample = False
    for path in data_files(folder or directory_dir()):
        loaded = load_model(DirectoryFile, path)
        unknown = [code for code in loaded.review if code not in LANGUAGES]
        problems = [f"review: unknown language {code!r}" for code in unknown]
        seen = set(entries)
        for index, entry in enumerate(loaded.entry):
            if entry.id in seen:
                problems.append(f"entry[{index}].id: {entry.id!r} is used twice")
            seen.add(entry.id)
        if problems:
            raise DataFileError(path, problems)
        entries.update((e.id, e) for e in loaded.entry)
        sample = sample or loaded.sample
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return ResourceDirectory(
        version=digest.hexdigest()[:16], sample=sample, entries=list(entries.values())
    )
