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
import re
import sys
import tomllib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from console.config.shortcuts import effective_shortcuts

LANGUAGE_CODES = ("se_NO", "smj_NO", "sma_NO", "nb_NO", "nn_NO", "en")
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

    backend_url: str | None = Field(default=None, description="Routing backend (https)")
    organisation: str | None = Field(default=None, max_length=100)
    language: str | None = Field(default=None, description="UI language; None follows the OS")
    allowed_languages: list[str] = Field(default_factory=lambda: list(LANGUAGE_CODES))
    idle_lock_minutes: int = Field(default=10, ge=1, le=240)
    remember_sign_in: bool = False
    auto_update: bool = False
    theme: Literal["system", "light", "dark", "high-contrast"] = "system"
    zoom_percent: int = Field(default=100, ge=80, le=200)
    ring_sound: Literal["chime", "bell", "soft", "system"] = "chime"
    ring_volume: int = Field(default=70, ge=0, le=100)
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


class SettingsError(Exception):
    """A settings file or value that cannot be used; the message says where and why."""

    def __init__(self, path: Path | str, line: int | None, key: str | None, problem: str) -> None:
        where = f"{path}" + (f", line {line}" if line else "") + (f", key '{key}'" if key else "")
        super().__init__(f"{where}: {problem}")
        self.path, self.line, self.key, self.problem = str(path), line, key, problem


@dataclass(frozen=True)
class EffectiveSettings:
    values: Settings
    sources: dict[str, Source]
    locked: frozenset[str]

    def describe(self) -> str:
        """What --check-config prints: each setting, its value and where it came from."""
        lines = []
        for name in FIELDS:
            value = getattr(self.values, name)
            lock = "  [locked]" if name in self.locked else ""
            lines.append(f"{name} = {value!r}    ({self.sources[name].value}){lock}")
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


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*=", re.MULTILINE)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def read_toml(path: Path) -> dict[str, Any]:
    """A settings file's keys, validated one by one so an error names its key and line."""
    if not path.is_file():
        return {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(path, None, None, f"cannot be read ({error})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"at line (\d+)", str(error))
        line = int(found.group(1)) if found else None
        raise SettingsError(path, line, None, f"is not valid TOML ({error})") from None
    for key, value in data.items():
        if key not in FIELDS:
            raise SettingsError(path, _line_of(text, key), key, "is not a known setting")
        try:
            Settings.model_validate({key: value})
        except ValidationError as error:
            message = error.errors()[0]["msg"]
            raise SettingsError(path, _line_of(text, key), key, message) from None
    return data


def _validated(where: str, key: str, value: Any) -> None:
    if key not in FIELDS:
        raise SettingsError(where, None, key, "is not a known setting")
    try:
        Settings.model_validate({key: value})
    except ValidationError as error:
        raise SettingsError(where, None, key, error.errors()[0]["msg"]) from None


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
    for key, value in raw.items():
        field_type = Settings.model_fields[key].annotation if key in FIELDS else None
        converted: Any = value
        if field_type is bool and isinstance(value, int):
            converted = {0: False, 1: True}.get(value, value)
        elif key == "allowed_languages" and isinstance(value, str):
            converted = [part.strip() for part in value.split(",") if part.strip()]
        _validated(REGISTRY_POLICY_KEY, key, converted)
        values[key] = converted
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


def load_settings(
    command_line: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
    policy: Path | None = None,
    user: Path | None = None,
    registry: dict[str, object] | None = None,
) -> EffectiveSettings:
    raw_registry = windows_policy_values() if registry is None else registry
    layers: list[tuple[Source, dict[str, Any]]] = [
        (Source.POLICY, read_toml(policy or policy_path())),
        # Group Policy and the MSI write the registry; it wins over the policy file.
        (Source.REGISTRY, read_registry(raw_registry)),
        (Source.USER, read_toml(user or user_settings_path())),
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
        raise SettingsError(origin, None, bad, first["msg"]) from None
    return EffectiveSettings(settings, sources, locked)
