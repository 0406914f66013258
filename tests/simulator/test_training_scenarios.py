"""Training scenarios as data: every shipped file is valid, and a bad one is explained."""

from pathlib import Path

import httpx
import pytest

from console.simulator.server import SimulatorServer
from console.simulator.training.schema import ScenarioError, load_scenario, load_scenarios

GOOD = Path(__file__).resolve().parents[2] / "resources" / "scenarios" / "silent-chatter.toml"
REQUIRED_SITUATIONS = {
    "youth-chat-116111",  # a youth chat handed over to 116 111
    "adult-call-113-location",  # an adult call needing 113 with location confirmed
    "legevakt-other-municipality",  # a caller in another municipality needing legevakt
    "silent-chatter",
    "sami-speaking-caller",
    "caller-hangs-up-during-transfer",
    "adult-chat-risk-assessment",  # risk assessment, consent and 113 in a chat (issue #20)
}


def test_the_shipped_scenarios_cover_the_required_situations() -> None:
    scenarios = load_scenarios()
    assert set(scenarios) == REQUIRED_SITUATIONS
    for scenario in scenarios.values():
        for text in (scenario.title, scenario.summary):
            assert text.nb and text.se and text.en


def broken(tmp_path: Path, old: str, new: str) -> Path:
    path = tmp_path / "silent-chatter.toml"
    text = GOOD.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ('en = "A chatter who hardly writes"\n', "", "title.en: Field required"),
        ('after = "replied"', 'after = "answered"', "timeline[0]: unknown event 'answered'"),
        ('channel = "chat"', 'channel = "fax"', "contact.channel"),
        ('action = "reply"', 'action = "transfer"', "expected[1]: transfer needs a target"),
        ('action = "reply"', 'action = "check"\ncheck = "x"', "checks used but not declared"),
        ("at_s = 40", "at_s = -1", "timeline[0].at_s"),
        ('outcome = "silent"', 'outcome = "quiet"', "expected[2].outcome"),
        ("[summary]", "[summary\n", "not valid TOML"),
        ('id = "silent-chatter"', 'id = "silent-chatter"\ncolour = "red"', "colour: Extra inputs"),
    ],
)
def test_a_bad_scenario_file_says_where_and_why(
    tmp_path: Path, old: str, new: str, words: str
) -> None:
    with pytest.raises(ScenarioError) as caught:
        load_scenario(broken(tmp_path, old, new))
    assert str(caught.value).startswith("silent-chatter.toml: ")
    assert words in str(caught.value)


def test_the_id_must_match_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "another-name.toml"
    path.write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ScenarioError, match="must match the file name"):
        load_scenario(path)


def test_the_training_api_refuses_what_it_cannot_do(simulator: SimulatorServer) -> None:
    with httpx.Client(base_url=f"{simulator.url}/_sim/training", timeout=10) as client:
        assert client.get("/state").json()["status"] == "idle"
        assert len(client.get("/scenarios").json()) == len(REQUIRED_SITUATIONS)
        assert client.post("/start", json={"scenario_id": "nope"}).status_code == 404
        assert client.post("/checks", json={"check_id": "x"}).status_code == 409
        started = client.post("/start", json={"scenario_id": "silent-chatter", "language": "se"})
        assert started.status_code == 201 and started.json()["status"] == "waiting"
        assert client.post("/checks", json={"check_id": "x"}).status_code == 404
        bad = client.post("/start", json={"scenario_id": "silent-chatter", "language": "fr"})
        assert bad.status_code == 422
