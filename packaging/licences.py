"""Third-party licences in the bundle: every distribution the console needs at run time,
with its licence files, and a summary that says what the FFmpeg build inside PyAV carries.

    python packaging/licences.py OUT_DIR   (packaging/build.py calls write_licences)
"""

import json
import re
import shutil
import sys
from importlib import metadata
from pathlib import Path

ROOT_DISTRIBUTION = "helpline-console"
LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)
# Measured from the av 18.1.0 wheels' FFmpeg configuration (docs/design-voice.md).
FFMPEG_NOTE = (
    "PyAV (av) bundles FFmpeg built with --enable-version3 (LGPL-3.0-or-later) and links "
    "libx264 and libx265, which are GPL-2.0-or-later; libopus (BSD-3-Clause) is the only codec "
    "the console uses. See docs/design-voice.md."
)


def _name(requirement: str) -> str | None:
    """The distribution a requirement names, or None when only an extra or a marker
    that does not hold here asks for it."""
    head, _, marker = requirement.partition(";")
    if "extra ==" in marker:
        return None
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", head)
    return match.group(1) if match else None


def runtime_closure(root: str = ROOT_DISTRIBUTION) -> list[metadata.Distribution]:
    """The installed distributions `root` needs at run time (no extras), root excluded."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a marker for another platform
        seen[key] = dist
        pending.extend(n for n in map(_name, dist.requires or []) if n)
    seen.pop(ROOT_DISTRIBUTION, None)
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get_all("License-Expression") or []
    if expression:
        return str(expression[0])
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if "License" in c]
    declared = str((meta.get_all("License") or [""])[0]).strip().splitlines()
    return "; ".join(classifiers) or (declared[0] if declared else "unknown")


def write_licences(out: Path) -> list[dict[str, str]]:
    """Copy each distribution's licence files to OUT/<name>/ and write OUT/SUMMARY.json."""
    out.mkdir(parents=True, exist_ok=True)
    summary = []
    for dist in runtime_closure():
        name = str(dist.metadata["Name"])
        target = out / name
        copied = []
        for file in dist.files or []:
            if LICENCE_FILE.search(str(file)) and not str(file).endswith(".py"):
                source = Path(str(dist.locate_file(file)))
                if source.is_file():
                    target.mkdir(exist_ok=True)
                    shutil.copy(source, target / source.name)
                    copied.append(source.name)
        entry = {"name": name, "version": dist.version, "licence": licence_of(dist)}
        if name.lower() == "av":
            entry["note"] = FFMPEG_NOTE
        entry["files"] = ", ".join(sorted(set(copied))) or "none in the wheel"
        summary.append(entry)
    (out / "SUMMARY.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return summary


if __name__ == "__main__":
    for row in write_licences(Path(sys.argv[1])):
        print(f"{row['name']:24} {row['version']:12} {row['licence']}")
