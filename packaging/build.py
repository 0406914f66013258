"""Build the release: a PyInstaller one-folder bundle, a Linux archive, a .deb and SHA256SUMS.

    .venv/bin/python packaging/build.py [--out dist/release]

Reproducible where the toolchain allows: the build time is the last commit's time
(SOURCE_DATE_EPOCH), hashing is seeded (PYTHONHASHSEED=0), inputs are pinned by
constraints.txt, and the archive and .deb are written with sorted names, fixed times and owners.
The compiled catalogues (.qm) must exist first (`make i18n`). Signing is a separate step
(packaging/sign), so the key never touches the build.
"""

import argparse
import gzip
import hashlib
import io
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "helpline-console"
# The voice stack (aiortc, PyAV with its FFmpeg libraries) moved it from 150 MB to 260 MB
# (issue 17); the statistics charts (pyqtgraph, numpy with OpenBLAS, QtOpenGL: about 51 MB,
# docs/contact-records.md) to 300 MB. The largest part that does nothing for us is the video
# codecs inside PyAV's wheel (x265, SVT-AV1, VPX, x264, dav1d: about 34 MB, docs/design-voice.md).
SIZE_BUDGET_MB = 300.0


def git(*args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(ROOT), *args], check=False, capture_output=True, text=True
    )
    return done.stdout.strip() if done.returncode == 0 else ""


def source_date_epoch() -> int:
    given = os.environ.get("SOURCE_DATE_EPOCH")
    if given:
        return int(given)
    return int(git("log", "-1", "--format=%ct") or 0)


def project_version() -> str:
    import tomllib  # noqa: PLC0415

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def write_build_info(epoch: int, version: str) -> None:
    info = {
        "version": version,
        "commit": git("rev-parse", "HEAD") or None,
        "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
        "built": epoch,
    }
    target = ROOT / "build" / "build_info.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(info, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def run_pyinstaller(epoch: int, dist: Path) -> Path:
    if not any((ROOT / "i18n").glob("*.qm")):
        sys.exit("no compiled catalogues in i18n/: run `make i18n` first")
    env = os.environ | {"SOURCE_DATE_EPOCH": str(epoch), "PYTHONHASHSEED": "0"}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / f"{NAME}.spec"),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    return dist / NAME


def folder_size_mb(folder: Path) -> float:
    """Bytes on disk, each file once (PyInstaller links some libraries under two names)."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6


def _normalised(info: tarfile.TarInfo, epoch: int) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mtime = epoch
    if info.isfile():
        info.mode = 0o755 if info.mode & 0o111 else 0o644
    elif info.isdir():
        info.mode = 0o755
    return info


def deterministic_targz(source: Path, target: Path, prefix: str, epoch: int) -> None:
    """A tar.gz whose bytes depend only on the files: sorted names, fixed times and owners."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for path in [source, *sorted(source.rglob("*"))]:
            name = prefix if path == source else f"{prefix}/{path.relative_to(source)}"
            info = _normalised(archive.gettarinfo(str(path), arcname=name), epoch)
            if info.isfile():
                with path.open("rb") as handle:
                    archive.addfile(info, handle)
            else:
                archive.addfile(info)
    with (
        target.open("wb") as out,
        gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=epoch, compresslevel=9) as zipped,
    ):
        zipped.write(raw.getvalue())


def arch() -> str:
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def build_deb(bundle: Path, out: Path, version: str, epoch: int) -> Path | None:
    """A .deb for IT on Debian/Ubuntu: /opt/helpline-console, a launcher and a menu entry."""
    if shutil.which("dpkg-deb") is None:
        print("dpkg-deb not found: no .deb built")
        return None
    stage = ROOT / "build" / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage / "opt" / NAME, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "linux" / f"{NAME}.desktop", apps)
    docs = stage / "usr" / "share" / "doc" / NAME
    docs.mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "policy.example.toml", docs)
    control = (ROOT / "packaging" / "linux" / "control").read_text(encoding="utf-8")
    installed_kb = int(folder_size_mb(stage) * 1000)
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(
        control.format(version=version, arch=arch(), installed_kb=installed_kb),
        encoding="utf-8",
    )
    for path in [stage, *stage.rglob("*")]:
        if not path.is_symlink():
            os.utime(path, (epoch, epoch))
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    target = out / f"{NAME}_{version}_{arch()}.deb"
    env = os.environ | {"SOURCE_DATE_EPOCH": str(epoch)}
    subprocess.run(
        # xz level 1: a quarter of the default's time on this bundle for a few percent in size.
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z1", "--build", str(stage), str(target)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    return target


def write_checksums(out: Path) -> Path:
    lines = []
    for artefact in sorted(out.iterdir()):
        if artefact.is_file() and not artefact.name.startswith("SHA256SUMS"):
            digest = hashlib.sha256(artefact.read_bytes()).hexdigest()
            lines.append(f"{digest}  {artefact.name}\n")
    sums = out / "SHA256SUMS"
    sums.write_text("".join(lines), encoding="utf-8")
    return sums


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "dist" / "release"), type=Path)
    parser.add_argument("--bundle-dist", default=str(ROOT / "dist"), type=Path)
    parser.add_argument(
        "--bundle-only",
        action="store_true",
        help="only the bundle (Windows and macOS package and sign it in their own workflows)",
    )
    args = parser.parse_args()
    epoch = source_date_epoch()
    version = project_version()
    write_build_info(epoch, version)
    bundle = run_pyinstaller(epoch, args.bundle_dist)
    # Third-party licences next to the program (packaging/licences.py; issue 17: FFmpeg).
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "licences.py"), str(bundle / "THIRD-PARTY")],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    if args.bundle_only:
        return report(bundle, None)
    out: Path = args.out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    archive = out / f"{NAME}-{version}-{system}-{platform.machine()}.tar.gz"
    deterministic_targz(bundle, archive, f"{NAME}-{version}", epoch)
    build_deb(bundle, out, version, epoch)
    write_checksums(out)
    return report(bundle, archive)


def report(bundle: Path, archive: Path | None) -> int:
    """Print the bundle's figures; fail when it is over the size budget."""
    size = folder_size_mb(bundle)
    figures = {
        "bundle_mb": round(size, 1),
        "budget_mb": SIZE_BUDGET_MB,
        "archive_mb": round(archive.stat().st_size / 1e6, 1) if archive else None,
        "files": sum(1 for p in bundle.rglob("*") if p.is_file()),
    }
    print(json.dumps(figures))
    if size > SIZE_BUDGET_MB:
        print(f"bundle is {size:.1f} MB, over the {SIZE_BUDGET_MB:.0f} MB budget", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
