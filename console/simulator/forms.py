"""The contact-record form definitions the backend serves and checks records against.

Every file under resources/forms/ is read and validated once (FormFile, whose JSON Schema is
resources/forms/form-definition.schema.json). An organisation's form is the national core plus
its own optional fields; its version names both ("core-1+kirkens-sos-1"), so a record always
says which definition it was filled in against. Older versions stay accepted while their files
are on disk: a volunteer who opened wrap-up just before a new version went live is not refused.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from console.contract.enums import AgeGroup, OutcomeCode
from console.contract.forms import (
    CALL_TYPE_FIELD,
    ContactForm,
    ContactRecordData,
    FormFile,
    record_problems,
)
from console.paths import resources_dir

SCHEMA_FILE = "form-definition.schema.json"

# The legacy outcome code a record stands for (Interaction.outcome_code stays meaningful).
_OUTCOME_BY_CALL_TYPE = {
    "silent": OutcomeCode.SILENT,
    "hang_up": OutcomeCode.ABANDONED,
    "wrong_number": OutcomeCode.OTHER,
    "misuse": OutcomeCode.MISUSE,
    "test": OutcomeCode.OTHER,
}


def forms_dir() -> Path:
    return resources_dir() / "forms"


def form_schema() -> dict[str, object]:
    """The JSON Schema of a definition file (committed next to the files; a test keeps it)."""
    schema: dict[str, object] = FormFile.model_json_schema(by_alias=True)
    schema["$id"] = SCHEMA_FILE
    schema["title"] = "Helpline Console contact-record form definition"
    return schema


def read_form_file(path: Path) -> FormFile:
    return FormFile.model_validate_json(path.read_bytes())


def _version(core: FormFile, org: FormFile | None) -> str:
    own = f"+{org.org_id}-{org.version}" if org is not None else ""
    return f"core-{core.version}{own}"


@dataclass(frozen=True)
class FormCatalogue:
    """Every known form version; `current(org)` is the newest for that organisation."""

    cores: dict[int, FormFile]
    organisations: dict[str, dict[int, FormFile]]

    @classmethod
    def load(cls, folder: Path | None = None) -> "FormCatalogue":
        root = folder or forms_dir()
        cores = {f.version: f for f in map(read_form_file, sorted(root.glob("core/*.json")))}
        organisations: dict[str, dict[int, FormFile]] = {}
        for path in sorted(root.glob("organisations/*.json")):
            form = read_form_file(path)
            if form.org_id is None or form.core_version not in cores:
                raise ValueError(f"{path.name}: needs org_id and a known core_version")
            organisations.setdefault(form.org_id, {})[form.version] = form
        if not cores:
            raise ValueError(f"no core form under {root}")
        return cls(cores, organisations)

    def _compose(self, core: FormFile, org: FormFile | None, org_id: str) -> ContactForm:
        fields = list(core.fields) + (list(org.fields) if org is not None else [])
        review = {**core.label_review, **(org.label_review if org is not None else {})}
        return ContactForm(
            version=_version(core, org), org_id=org_id, fields=fields, label_review=review
        )

    def current(self, org_id: str) -> ContactForm:
        own = self.organisations.get(org_id, {})
        if own:
            org = own[max(own)]
            assert org.core_version is not None
            return self._compose(self.cores[org.core_version], org, org_id)
        return self._compose(self.cores[max(self.cores)], None, org_id)

    def version(self, org_id: str, version: str) -> ContactForm | None:
        """The form `version` as this organisation had it, or None if it never existed."""
        for core in self.cores.values():
            if _version(core, None) == version:
                return self._compose(core, None, org_id)
        for org in self.organisations.get(org_id, {}).values():
            assert org.core_version is not None
            if _version(self.cores[org.core_version], org) == version:
                return self._compose(self.cores[org.core_version], org, org_id)
        return None

    def check(
        self, org_id: str, version: str, age_group: AgeGroup, record: ContactRecordData
    ) -> list[tuple[str, str]]:
        form = self.version(org_id, version)
        if form is None:
            return [("form_version", "not a form version of this organisation")]
        return record_problems(form, age_group, record)


def outcome_for(record: ContactRecordData) -> OutcomeCode:
    """The legacy outcome code of a record: transferred or supported for a conversation."""
    call_type = record.get(CALL_TYPE_FIELD)
    if isinstance(call_type, str) and call_type in _OUTCOME_BY_CALL_TYPE:
        return _OUTCOME_BY_CALL_TYPE[call_type]
    actions = record.get("actions")
    if isinstance(actions, list) and any(a.startswith("transferred_") for a in actions):
        return OutcomeCode.TRANSFERRED
    return OutcomeCode.SUPPORTED


@cache
def catalogue() -> FormCatalogue:
    return FormCatalogue.load()


def write_schema(folder: Path | None = None) -> None:
    path = (folder or forms_dir()) / SCHEMA_FILE
    path.write_text(json.dumps(form_schema(), indent=1, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    write_schema()
