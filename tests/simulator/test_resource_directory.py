"""GET /v1/resources: the vetted directory from the coordinator's data files."""

from pathlib import Path

import pytest

from console.datafile import DataFileError
from console.simulator.resource_directory import directory_dir, load_directory
from console.simulator.server import SimulatorServer
from tests.simkit import connect

pytestmark = pytest.mark.anyio

ENTRY = """
sample = true
maintained_by = "coordinator"
[[entry]]
id = "x"
phone = "116123"
target_groups = ["adult"]
region = {{ level = "national" }}
source = "a public page"
verified = false
{extra}
[entry.name]
nb = "X"
[entry.description]
nb = "Beskrivelse"
"""


async def test_directory_is_served_with_a_version(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me:
        response = await me.get("/v1/resources")
    assert response.status_code == 200
    body = response.json()
    assert body["sample"] is True
    assert body["version"] == load_directory().version
    ids = {e["id"] for e in body["entries"]}
    assert {"alarmtelefonen", "mental-helse-hjelpetelefonen", "self-help-apps-16"} <= ids


def test_sample_names_its_sources_and_is_not_marked_verified() -> None:
    directory = load_directory()
    for entry in directory.entries:
        assert entry.source.strip()
        assert entry.verified is False  # nothing could be checked where the sample was written
    numbers = {e.phone for e in directory.entries if e.phone}
    # Only numbers the project's reference notes name; nothing guessed.
    assert numbers <= {"22400040", "116123", "116111", "116117", "113"}


def test_a_typo_names_the_file_and_the_field(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text(
        ENTRY.format(extra='descripton = "typo"\nage_floor = "sixteen"'), encoding="utf-8"
    )
    with pytest.raises(DataFileError) as caught:
        load_directory(tmp_path)
    message = str(caught.value)
    assert "bad.toml: entry[0].descripton: unknown field" in message
    assert "bad.toml: entry[0].age_floor" in message


def test_a_duplicate_id_across_files_is_refused(tmp_path: Path) -> None:
    for name in ("a.toml", "b.toml"):
        (tmp_path / name).write_text(ENTRY.format(extra=""), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"b.toml: entry\[0\].id: 'x' is used twice"):
        load_directory(tmp_path)


def test_any_edit_changes_the_version(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text(ENTRY.format(extra=""), encoding="utf-8")
    before = load_directory(tmp_path).version
    path.write_text(ENTRY.format(extra="age_floor = 16"), encoding="utf-8")
    assert load_directory(tmp_path).version != before
    assert load_directory(directory_dir()).version == load_directory().version
