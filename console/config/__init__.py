"""Layered settings: built-in < machine policy < user < environment < command line.

A setting that machine policy sets is locked: no user file, environment variable or command
line option can override it, and the UI shows it as locked. A policy file that cannot be
read exactly is an error naming the file, the line and the key: the console refuses to start
rather than guess.

The layering is written out here (not pydantic-settings) because the two things IT needs,
locking by the policy layer and "where did this value come from", are not what that library
models; pydantic still validates every value.
"""

import ipaddress
import os
import sys
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from console.config.files import FileRead, exists, read_settings_file
from console.config.problems import Problem, SettingsError, printable
from console.config.schema import migrate
from console.config.shortcuts import effective_shortcuts
from console.contract.voice import E164_PATTERN
from console.languages import LANGUAGE_CODES

ENV_PREFIX = "HELPLINE_"
# Windows machine policy in the registry (what the MSI's silent-install properties and Group
# Policy write): value names are the setting names; REG_SZ, REG_DWORD (numbers, 0/1 for
# yes/no) and REG_MULTI_SZ (or a comma-separated REG_SZ) for allowed_languages.
REGISTRY_POLICY_KEY = r"HKLM\Software\Policies\HelplineConsole"


class Source(StrEnum):
    BUILT_IN = "built-in"
    POLICY = "machine policy"
    REGISTRY = "machine policy (registry)"
    USER = "user settings"
    ENVIRONMENT = "environment"
    COMMAND_LINE = "command line"


POLICY_SOURCES = (Source.POLICY, Source.REGISTRY)


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # Each setting: its type and limits, and what it is for (IT reads this in --check-config's
    # source and the IT guide). Its label for volunteers is in installation_dialog.setting_labels(),
    # a test holds the two to the same settings.
    backend_url: str | None = Field(default=None, description="Routing backend (https)")
    organisation: str | None = Field(
        default=None, max_length=100, description="The helpline organisation this PC serves"
    )
    language: str | None = Field(default=None, description="UI language; None follows the OS")
    allowed_languages: list[str] = Field(
        default_factory=lambda: list(LANGUAGE_CODES),
        description="Languages the language menu offers on this PC",
    )
    idle_lock_minutes: int = Field(
        default=10, ge=1, le=240, description="Lock the window after this many idle minutes"
    )
    remember_sign_in: bool = Field(
        default=False, description="Keep the sign-in in the OS keychain between shifts"
    )
    auto_update: bool = Field(default=False, description="Install updates without asking")
    theme: Literal["system", "light", "dark", "high-contrast"] = Field(
        default="system", description="Colours: follow the OS, light, dark or high contrast"
    )
    zoom_percent: int = Field(default=100, ge=80, le=200, description="Text size, in percent")
    ring_sound: Literal["chime", "bell", "soft", "system"] = Field(
        default="chime", description="The sound an offered contact rings with"
    )
    ring_volume: int = Field(default=70, ge=0, le=100, description="Ring volume, in percent")
    shortcuts: dict[str, str] = Field(
        default_factory=dict, description="Action -> key, e.g. accept = 'F5' (conflicts refused)"
    )
    oidc_issuer: str | None = Field(
        default=None,
        pattern=r"^https://\S+$",
        description="Only this OpenID issuer may sign volunteers in (exact, as in its discovery)",
    )
    oidc_client_id: str | None = Field(
        default=None, max_length=200, description="Only this client id may be used to sign in"
    )
    oidc_require_par: bool = Field(
        default=False, description="Always use pushed authorization requests (RFC 9126)"
    )
    oidc_require_dpop: bool = Field(
        default=False, description="Always bind tokens to this PC with DPoP (RFC 9449)"
    )
    ready_replies_folder: str | None = Field(
        default=None,
        max_length=1000,
        description="A folder of ready-reply files (TOML/JSON) the coordinator maintains and "
        "IT distributes; unset: the built-in sample replies",
    )
    voice_mode: Literal["softphone", "phone", "none"] = Field(
        default="softphone",
        description="Where call audio goes: the console (softphone), the volunteer's own "
        "phone, or nowhere (chat only); chosen at shift start unless locked",
    )
    voice_phone_number: str | None = Field(
        default=None,
        pattern=E164_PATTERN,
        description="The phone rung in phone mode, E.164 (+47...); shown masked",
    )
    voice_input_device: str | None = Field(
        default=None, max_length=200, description="Softphone microphone by name; none: default"
    )
    voice_output_device: str | None = Field(
        default=None, max_length=200, description="Softphone speaker or headset; none: default"
    )
    voice_ring_device: str | None = Field(
        default=None, max_length=200, description="Where the ring plays, e.g. loudspeakers"
    )

    @field_validator("backend_url")
    @classmethod
    def _secure_backend(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("must be an https:// URL")
        if parts.scheme == "http":
            host = parts.hostname
            try:
                loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
            except ValueError:
                loopback = False
            if not loopback:
                raise ValueError("must use https (plain http only for this machine)")
        return value.rstrip("/")

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str | None) -> str | None:
        if value is not None and value not in LANGUAGE_CODES:
            raise ValueError(f"must be one of {', '.join(LANGUAGE_CODES)}")
        return value

    @field_validator("shortcuts")
    @classmethod
    def _usable_shortcuts(cls, value: dict[str, str]) -> dict[str, str]:
        effective_shortcuts(value)  # raises with both actions named on a conflict
        return value

    @field_validator("allowed_languages")
    @classmethod
    def _known_languages(cls, value: list[str]) -> list[str]:
        unknown = [v for v in value if v not in LANGUAGE_CODES]
        if unknown or not value:
            raise ValueError(f"must be a non-empty list of {', '.join(LANGUAGE_CODES)}")
        return value


FIELDS = tuple(Settings.model_fields)


@dataclass(frozen=True)
class EffectiveSettings:
    values: Settings
    sources: dict[str, Source]
    locked: frozenset[str]
    files: tuple[FileRead, ...] = field(default=())

    def describe(self) -> str:
        """What --check-config prints: the files read (and looked for), then each setting,
        its value and where it came from."""
        lines = []
        for file in self.files:
            state = "read" if file.found else "not found"
            lines.append(printable(f"# {file.role}: {file.path} ({state})"))
        for name in FIELDS:
            value = getattr(self.values, name)
            lock = "  [locked]" if name in self.locked else ""
            lines.append(printable(f"{name} = {value!r}    ({self.sources[name].value}){lock}"))
        return "\n".join(lines)


def policy_path() -> Path:
    """The machine policy file: only administrators can write these places."""
    if sys.platform == "win32":
        program_data = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(program_data) / "HelplineConsole" / "policy.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/HelplineConsole/policy.toml")
    return Path("/etc/helpline-console/policy.toml")


def user_settings_path() -> Path:
    return Path(platformdirs.user_config_dir("HelplineConsole", appauthor=False)) / "settings.toml"


def problem_with(key: str, value: Any) -> str | None:
    """What is wrong with one setting's value, or None: each key is checked on its own, so an
    error names its key."""
    if key not in FIELDS:
        return "is not a known setting"
    try:
        Settings.model_validate({key: value})
    except ValidationError as error:
        return str(error.errors()[0]["msg"])
    return None


def read_toml(path: Path) -> dict[str, Any]:
    """A settings file's keys, every problem named by file, line and key ({} when missing)."""
    return read_settings_file(path, problem_with)


def read_user_toml(path: Path) -> dict[str, Any]:
    """The user's settings file: like any settings file, after its schema migrations."""
    return read_settings_file(path, problem_with, migrate)


def windows_policy_values() -> dict[str, object]:
    """The raw values under the registry policy key (none off Windows or when it is absent)."""
    if sys.platform != "win32":
        return {}
    import winreg  # noqa: PLC0415

    values: dict[str, object] = {}
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"Software\Policies\HelplineConsole")
    except OSError:
        return values
    with key:
        index = 0
        while True:
            try:
                name, value, _kind = winreg.EnumValue(key, index)
            except OSError:
                return values
            values[name] = value
            index += 1


def read_registry(raw: dict[str, object]) -> dict[str, Any]:
    """Registry policy values as settings: numbers stand in for yes/no, lists may be strings."""
    values: dict[str, Any] = {}
    problems = []
    for key, value in raw.items():
        field_type = Settings.model_fields[key].annotation if key in FIELDS else None
        converted: Any = value
        if field_type is bool and isinstance(value, int):
            converted = {0: False, 1: True}.get(value, value)
        elif key == "allowed_languages" and isinstance(value, str):
            converted = [part.strip() for part in value.split(",") if part.strip()]
        problem = problem_with(key, converted)
        if problem is not None:
            problems.append(Problem(None, key, problem))
        values[key] = converted
    if problems:
        raise SettingsError.of(REGISTRY_POLICY_KEY, problems)
    return values


def read_environment(environ: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in FIELDS:
        raw = environ.get(ENV_PREFIX + name.upper())
        if raw is None:
            continue
        field_type = Settings.model_fields[name].annotation
        if field_type is bool:
            values[name] = raw.strip().lower() in ("1", "true", "yes", "on")
        elif field_type is int:
            try:
                values[name] = int(raw)
            except ValueError:
                raise SettingsError(
                    "environment", None, ENV_PREFIX + name.upper(), "must be a whole number"
                ) from None
        elif name == "allowed_languages":
            values[name] = [part.strip() for part in raw.split(",") if part.strip()]
        elif name == "shortcuts":  # HELPLINE_SHORTCUTS="accept=F5,end=F6"
            pairs = [part.split("=", 1) for part in raw.split(",") if "=" in part]
            values[name] = {k.strip(): v.strip() for k, v in pairs}
        else:
            values[name] = raw
    return values


__all__ = [
    "FIELDS",
    "LANGUAGE_CODES",
    "EffectiveSettings",
    "FileRead",
    "Settings",
    "SettingsError",
    "Source",
    "load_settings",
    "printable",
    "read_toml",
    "read_user_toml",
]


def load_settings(
    command_line: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
    policy: Path | None = None,
    user: Path | None = None,
    registry: dict[str, object] | None = None,
) -> EffectiveSettings:
    raw_registry = windows_policy_values() if registry is None else registry
    policy_file, user_file = policy or policy_path(), user or user_settings_path()
    files = (
        FileRead(policy_file, Source.POLICY.value, exists(policy_file)),
        FileRead(user_file, Source.USER.value, exists(user_file)),
    )
    layers: list[tuple[Source, dict[str, Any]]] = [
        (Source.POLICY, read_toml(policy_file)),
        # Group Policy and the MSI write the registry; it wins over the policy file.
        (Source.REGISTRY, read_registry(raw_registry)),
        (Source.USER, read_user_toml(user_file)),
        (Source.ENVIRONMENT, read_environment(dict(os.environ if environ is None else environ))),
        (Source.COMMAND_LINE, {k: v for k, v in (command_line or {}).items() if v is not None}),
    ]
    merged: dict[str, Any] = {}
    sources = dict.fromkeys(FIELDS, Source.BUILT_IN)
    locked = frozenset(layers[0][1]) | frozenset(layers[1][1])
    for source, values in layers:
        for key, value in values.items():
            if key in locked and source not in POLICY_SOURCES:
                continue  # machine policy wins, whatever the later layers say
            merged[key] = value
            sources[key] = source
    try:
        settings = Settings.model_validate(merged)
    except ValidationError as error:
        first = error.errors()[0]
        bad = str(first["loc"][0]) if first["loc"] else None
        origin = sources.get(bad or "", Source.BUILT_IN).value
        same_origin = [
            Problem(None, str(e["loc"][0]) if e["loc"] else None, e["msg"])
            for e in error.errors()
            if sources.get(str(e["loc"][0]) if e["loc"] else "", Source.BUILT_IN).value == origin
        ]
        raise SettingsError.of(origin, same_origin) from None
    return EffectiveSettings(settings, sources, locked, files)
