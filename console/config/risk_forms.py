"""Risk-support forms (resources/risk/*.toml): the organisation's assessment questions, the rules
that turn answers into a level, its escalation steps and its safety-plan template.

The console ships a neutral SAMPLE only (`sample = true`): every organisation replaces it with its
own approved wording. Plain data without Qt: the loader says exactly which file and field is
wrong, so a bad file gives a clear message and never a crash. docs/risk-support.md is the guide.
"""

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from console.contract.enums import RiskLevel
from console.paths import resources_dir

# The languages a form's texts are written in. Lule and South Sámi read bokmål until an
# organisation adds them (the same fallback as the interface, console/languages.py).
FORM_LANGUAGES = ("nb", "nn", "se", "en")
FALLBACK = {"smj": "nb", "sma": "nb"}
ALERTING_LEVELS = frozenset({RiskLevel.HIGH, RiskLevel.ACUTE})
LEVEL_ORDER = (RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.ACUTE)

Ident = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
Condition = Annotated[
    str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}=[a-z][a-z0-9_]{0,39}$")
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FormText(_Strict):
    """One text in every form language (se is the project's own and marked for native review)."""

    nb: str = Field(min_length=1, max_length=400)
    nn: str = Field(min_length=1, max_length=400)
    se: str = Field(min_length=1, max_length=400)
    en: str = Field(min_length=1, max_length=400)

    def get(self, language: str) -> str:
        """`language` may be a setting (nb_NO, se_NO, en) or a contract code (nb, smj)."""
        code = language.split("_", 1)[0].lower()
        code = FALLBACK.get(code, code)
        return str(getattr(self, code)) if code in FORM_LANGUAGES else self.en


class Answer(_Strict):
    id: Ident
    label: FormText


class Question(_Strict):
    id: Ident
    text: FormText
    answers: list[Answer] = Field(min_length=2, max_length=8)

    @model_validator(mode="after")
    def _unique_answers(self) -> "Question":
        ids = [a.id for a in self.answers]
        if len(ids) != len(set(ids)):
            raise ValueError(f"question {self.id!r}: two answers share an id")
        return self


class Rule(_Strict):
    level: RiskLevel
    all: list[Condition] = Field(min_length=1)
    any: list[Condition] = Field(default_factory=list)

    def holds(self, answers: Mapping[str, str]) -> bool:
        def met(condition: str) -> bool:
            question, answer = condition.split("=", 1)
            return answers.get(question) == answer

        return all(met(c) for c in self.all) and (not self.any or any(met(c) for c in self.any))


class Escalation(_Strict):
    high: list[FormText] = Field(min_length=1, max_length=10)
    acute: list[FormText] = Field(min_length=1, max_length=10)


class PlanStep(_Strict):
    id: Ident
    title: FormText


class SafetyPlanTemplate(_Strict):
    heading: FormText
    steps: list[PlanStep] = Field(min_length=1, max_length=12)
    footer: FormText | None = None


class RiskForm(_Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,39}$")]
    version: int = Field(ge=1)
    sample: bool
    se_review: Literal["needs native review", "reviewed"]
    title: FormText
    questions: list[Question] = Field(min_length=1, max_length=20)
    default_level: RiskLevel
    rules: list[Rule] = Field(default_factory=list, max_length=50)
    escalation: Escalation
    safety_plan: SafetyPlanTemplate

    @model_validator(mode="after")
    def _rules_name_real_answers(self) -> "RiskForm":
        known = {q.id: {a.id for a in q.answers} for q in self.questions}
        if len(known) != len(self.questions):
            raise ValueError("two questions share an id")
        for index, rule in enumerate(self.rules):
            for condition in [*rule.all, *rule.any]:
                question, answer = condition.split("=", 1)
                if question not in known:
                    raise ValueError(f"rules[{index}]: unknown question {question!r}")
                if answer not in known[question]:
                    raise ValueError(f"rules[{index}]: {question!r} has no answer {answer!r}")
        steps = [s.id for s in self.safety_plan.steps]
        if len(steps) != len(set(steps)):
            raise ValueError("safety_plan: two steps share an id")
        return self

    @property
    def key(self) -> str:
        """Form and version, as the contact record names them (e.g. sample/v1)."""
        return f"{self.id}/v{self.version}"

    def level(self, answers: Mapping[str, str]) -> RiskLevel | None:
        """The level by the file's rules (first match wins); None until something is answered."""
        if not answers:
            return None
        for rule in self.rules:
            if rule.holds(answers):
                return rule.level
        return self.default_level

    def steps_for(self, level: RiskLevel | None) -> list[FormText]:
        if level is RiskLevel.ACUTE:
            return self.escalation.acute
        if level is RiskLevel.HIGH:
            return self.escalation.high
        return []


class RiskFormError(ValueError):
    """A form file that cannot be used; the message names the file and the field."""


def parse_form(name: str, text: str) -> RiskForm:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RiskFormError(f"{name}: not valid TOML ({exc})") from None
    try:
        return RiskForm.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "file"
        raise RiskFormError(f"{name}: {where}: {first['msg']}") from None


def load_form(path: Path | None = None) -> RiskForm:
    """The organisation's form, or the shipped sample (the newest sample-v*.toml)."""
    if path is None:
        folder = resources_dir() / "risk"
        candidates = sorted(folder.glob("sample-v*.toml"), key=lambda p: _version_of(p.stem))
        if not candidates:
            raise RiskFormError(f"{folder}: no risk form")
        path = candidates[-1]
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RiskFormError(f"{path.name}: cannot be read ({type(exc).__name__})") from None
    return parse_form(path.name, text)


def _version_of(stem: str) -> int:
    tail = stem.rsplit("-v", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def render_plan(form: RiskForm, language: str, entries: Mapping[str, str]) -> str:
    """The filled plan as ONE plain-text chat message in the chatter's language (empty steps are
    left out; nothing of it is kept once sent)."""
    template = form.safety_plan
    lines = [template.heading.get(language)]
    for step in template.steps:
        text = entries.get(step.id, "").strip()
        if text:
            lines.extend(["", f"{step.title.get(language)}:", text])
    if template.footer is not None:
        lines.extend(["", template.footer.get(language)])
    return "\n".join(lines)
