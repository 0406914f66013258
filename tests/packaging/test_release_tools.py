"""The release tools IT relies on: signing, verification, and archives that build the same."""

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_build() -> ModuleType:
    # packaging/ is not a Python package (it would shadow the `packaging` library).
    spec = importlib.util.spec_from_file_location("release_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = load_build()
needs_openssh = pytest.mark.skipif(
    shutil.which("ssh-keygen") is None, reason="OpenSSH (ssh-keygen) is not installed"
)


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], check=False, capture_output=True, text=True, timeout=60
    )


def make_release(folder: Path) -> Path:
    folder.mkdir()
    (folder / "helpline-console-0.1.0-linux-x86_64.tar.gz").write_bytes(os.urandom(4096))
    (folder / "helpline-console_0.1.0_amd64.deb").write_bytes(os.urandom(2048))
    build.write_checksums(folder)
    return folder


def make_key(tmp_path: Path, name: str) -> tuple[Path, Path]:
    key = tmp_path / name
    done = run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key)
    assert done.returncode == 0, done.stderr
    signers = tmp_path / f"{name}.signers"
    public = key.with_suffix(".pub").read_text().strip()
    signers.write_text(f'release@helpline-console namespaces="helpline-console-release" {public}\n')
    return key, signers


@pytest.fixture
def signed(tmp_path: Path) -> tuple[Path, Path]:
    release = make_release(tmp_path / "release")
    key, signers = make_key(tmp_path, "release-key")
    done = run(PACKAGING / "sign", key, release)
    assert done.returncode == 0, done.stderr
    return release, signers


@needs_openssh
def test_a_signed_release_verifies(signed: tuple[Path, Path]) -> None:
    release, signers = signed
    done = run(PACKAGING / "verify", "--signers", signers, release)
    assert done.returncode == 0, done.stderr
    assert "VERIFIED" in done.stdout


@needs_openssh
@pytest.mark.parametrize("victim", ["helpline-console_0.1.0_amd64.deb", "SHA256SUMS"])
def test_one_changed_byte_fails_verification(signed: tuple[Path, Path], victim: str) -> None:
    release, signers = signed
    target = release / victim
    data = bytearray(target.read_bytes())
    data[7] ^= 0x20
    target.write_bytes(bytes(data))
    done = run(PACKAGING / "verify", "--signers", signers, release)
    assert done.returncode == 1
    assert "NOT VERIFIED" in done.stderr


@needs_openssh
def test_a_missing_file_fails_verification(signed: tuple[Path, Path]) -> None:
    release, signers = signed
    (release / "helpline-console_0.1.0_amd64.deb").unlink()
    assert run(PACKAGING / "verify", "--signers", signers, release).returncode == 1


@needs_openssh
def test_a_signature_by_another_key_fails(signed: tuple[Path, Path], tmp_path: Path) -> None:
    release, _ = signed
    _, stranger = make_key(tmp_path, "stranger")
    done = run(PACKAGING / "verify", "--signers", stranger, release)
    assert done.returncode == 1
    assert "signature does not match" in done.stderr


@needs_openssh
def test_without_a_published_release_key_verify_refuses(signed: tuple[Path, Path]) -> None:
    release, _ = signed
    done = run(PACKAGING / "verify", release)  # the committed allowed_signers has no key yet
    assert done.returncode == 1
    assert "no release key" in done.stderr


def test_the_archive_depends_only_on_the_files(tmp_path: Path) -> None:
    tree = tmp_path / "bundle"
    (tree / "_internal").mkdir(parents=True)
    (tree / "helpline-console").write_bytes(b"\x7fELF app")
    (tree / "helpline-console").chmod(0o755)
    (tree / "_internal" / "data.txt").write_text("same")
    first, second, changed = (tmp_path / f"{n}.tar.gz" for n in ("first", "second", "changed"))
    build.deterministic_targz(tree, first, "helpline-console-0.1.0", 1_700_000_000)
    os.utime(tree / "_internal" / "data.txt", (1, 1))  # touched, not changed
    build.deterministic_targz(tree, second, "helpline-console-0.1.0", 1_700_000_000)
    assert first.read_bytes() == second.read_bytes()
    (tree / "_internal" / "data.txt").write_text("different")
    build.deterministic_targz(tree, changed, "helpline-console-0.1.0", 1_700_000_000)
    assert changed.read_bytes() != first.read_bytes()
