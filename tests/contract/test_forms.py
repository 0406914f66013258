"""The form definition files: valid, complete in every language, and checked the same everywhere."""

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from console.contract.enums import AgeGroup
from console.contract.forms import (
    REQUIRED_LABEL_LANGUAGES,
    FieldKind,
    FormOption,
    record_problems,
)
from console.simulator.directory import ORGANISATIONS, REROUTE_TARGETS, TRANSFER_TARGETS
from console.simulator.forms import SCHEMA_FILE, FormCatalogue, form_schema, forms_dir

FORMS = FormCatalogue.load()
TARGET_GROUPS = (AgeGroup.CHILD_YOUTH, AgeGroup.ADULT)


def test_committed_schema_matches_the_code() -> None:
    committed = json.loads((forms_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))
    assert committed == form_schema(), (
        "resources/forms/form-definition.schema.json is stale: "
        "run `.venv/bin/python -m console.simulator.forms` and commit it"
    )


def test_every_file_names_the_schema() -> None:
    for path in sorted(forms_dir().glob("*/*.json")):
        assert json.loads(path.read_text(encoding="utf-8"))["$schema"] == f"../{SCHEMA_FILE}"


def _options(options: list[FormOption]) -> list[FormOption]:
    return [o for option in options for o in [option, *_options(option.options)]]


def test_every_label_is_there_in_every_required_language() -> None:
    for org in ORGANISATIONS:
        form = FORMS.current(org)
        for field in form.fields:
            for labels in [field.labels] + [o.labels for o in _options(field.options)]:
                for language in REQUIRED_LABEL_LANGUAGES:
                    assert getattr(labels, language).strip(), (field.id, language)
                assert labels.text("smj") == labels.nb  # falls back to bokmål until translated
        assert "draft" in form.label_review["se"]  # Sámi labels are marked for native review


def test_the_core_has_what_every_helpline_reports() -> None:
    form = FORMS.current("kors-paa-halsen")
    assert [f.id for f in form.fields] == [
        "call_type",
        "topics",
        "age_band",
        "gender",
        "actions",
        "note",
    ]
    call_type = form.field("call_type")
    assert call_type is not None and call_type.required
    assert [o.id for o in call_type.options] == [
        "conversation",
        "silent",
        "hang_up",
        "wrong_number",
        "misuse",
        "test",
    ]
    assert [o.id for o in call_type.options if o.closes_record] == [
        "silent",
        "hang_up",
        "wrong_number",
    ]
    gender = form.field("gender")
    assert gender is not None
    assert {"unknown", "not_asked"} <= {o.id for o in gender.options}


def test_topics_are_two_levels_with_other_in_every_group_for_both_target_groups() -> None:
    topics = FORMS.current("kirkens-sos").field("topics")
    assert topics is not None and topics.kind is FieldKind.MULTI
    for group in topics.options:
        assert group.options, group.id
        assert group.options[-1].id == "other", group.id
    for target in TARGET_GROUPS:
        groups = [g for g in topics.options if g.applies_to(target)]
        assert len(groups) >= 10, target
        assert "mental_health.suicidal_thoughts" in topics.choices(target)


def test_age_bands_suit_each_target_group_and_include_unknown() -> None:
    age = FORMS.current("kirkens-sos").field("age_band")
    assert age is not None
    child = set(age.choices(AgeGroup.CHILD_YOUTH))
    adult = set(age.choices(AgeGroup.ADULT))
    assert "unknown" in child & adult
    assert child != adult
    assert "age_70_plus" in adult - child


def test_transfer_actions_name_real_targets_and_free_text_is_never_counted() -> None:
    for org in ORGANISATIONS:
        for field in FORMS.current(org).fields:
            for option in _options(field.options):
                assert option.transfer_target in (None, *TRANSFER_TARGETS)
            if field.kind is FieldKind.TEXT:
                assert not field.statistics, field.id
    actions = FORMS.current("kirkens-sos").field("actions")
    assert actions is not None
    # Every public service has its "transferred to" action; a re-route behind the shared
    # number (a queue or a member organisation) is not one the core form v1 records.
    public = set(TRANSFER_TARGETS) - set(REROUTE_TARGETS)
    assert public and {o.transfer_target for o in actions.options} >= public


def test_a_version_names_the_core_and_the_organisation() -> None:
    assert FORMS.current("kirkens-sos").version == "core-1+kirkens-sos-1"
    assert FORMS.current("alarmtelefonen").version == "core-1"
    assert FORMS.version("alarmtelefonen", "core-1+kirkens-sos-1") is None


def test_a_bad_definition_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "core").mkdir()
    core = json.loads((forms_dir() / "core" / "v1.json").read_text(encoding="utf-8"))
    core["fields"][0]["kind"] = "slider"
    (tmp_path / "core" / "v1.json").write_text(json.dumps(core), encoding="utf-8")
    try:
        FormCatalogue.load(tmp_path)
    except ValueError as error:
        assert "kind" in str(error)
    else:
        raise AssertionError("a field kind the schema does not know must be refused")


VALUES = st.one_of(
    st.text(max_size=30), st.lists(st.text(max_size=30), max_size=4), st.sampled_from(["silent"])
)


@settings(max_examples=200, deadline=None)
@given(
    record=st.dictionaries(
        st.sampled_from(["call_type", "topics", "age_band", "gender", "actions", "note", "x"]),
        VALUES,
    ),
    age=st.sampled_from(list(AgeGroup)),
)
def test_the_check_names_fields_and_never_repeats_a_value(
    record: dict[str, str | list[str]], age: AgeGroup
) -> None:
    form = FORMS.current("kirkens-sos")
    problems = record_problems(form, age, record)
    for path, what in problems:
        assert path.startswith("record.")
        note = record.get("note")
        if isinstance(note, str) and len(note) > 3:
            assert note not in what
    if record.get("call_type") in ("silent", "hang_up", "wrong_number") and set(record) == {
        "call_type"
    }:
        assert problems == []
