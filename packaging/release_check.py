"""The CI release check: build, run the frozen app, sign, verify, tamper, rebuild and compare.

    .venv/bin/python packaging/release_check.py        (make release-check; CI runs it)

1. build the bundle, archive, .deb and SHA256SUMS (packaging/build.py, size budget included);
2. run the frozen app headless: --build-info (JSON with this commit), and --demo --screenshot
   (the embedded simulator, a real sign-in, a rendered window);
3. sign with a throw-away key, verify, then prove that one changed byte in an artefact, or in
   SHA256SUMS itself, makes verification fail;
4. build again and compare the two builds file by file: what still differs is printed, so the
   closing note can record it (not a failure: the toolchain decides what can be reproducible).
Everything stays on this machine; the demo's simulator listens on loopback only.
"""

import hashlib
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
FROZEN = ROOT / "dist" / "helpline-console" / "helpline-console"


def step(text: str) -> None:
    print(f"== {text}", flush=True)


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], check=False, capture_output=True, text=True, env=env, timeout=600
    )


def must(done: subprocess.CompletedProcess[str], what: str) -> None:
    if done.returncode != 0:
        sys.exit(f"FAILED: {what}\n{done.stdout}\n{done.stderr}")


def build(out: Path, bundle_dist: Path) -> float:
    started = time.monotonic()
    done = run(sys.executable, PACKAGING / "build.py", "--out", out, "--bundle-dist", bundle_dist)
    must(done, "build")
    print(done.stdout.strip().splitlines()[-1])
    return time.monotonic() - started


def check_build_info() -> None:
    done = run(FROZEN, "--build-info")
    must(done, "frozen --build-info")
    info = json.loads(done.stdout)
    head = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "HEAD"], check=False, capture_output=True, text=True
    ).stdout.strip()
    assert info["frozen"] is True, info
    assert info["commit"] == head, (info["commit"], head)
    assert info["qt"] and info["libraries"]["PySide6-Essentials"], info
    print(f"build info: version {info['version']}, commit {info['commit'][:12]}, qt {info['qt']}")


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def check_demo_screenshot(work: Path) -> float:
    shot = work / "frozen-demo.png"
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    done = run(FROZEN, "--demo", "--screenshot", shot, "--screenshot-after", "3", env=env)
    took = time.monotonic() - started
    must(done, "frozen --demo --screenshot")
    width, height = png_size(shot)
    assert width >= 800 and height >= 500, (width, height)
    print(f"frozen demo: {width}x{height} screenshot in {took:.1f} s (3 s of it waiting)")
    return took


def verify(release: Path, signers: Path) -> subprocess.CompletedProcess[str]:
    return run(PACKAGING / "verify", "--signers", signers, release)


def check_signing(release: Path, work: Path) -> None:
    key = work / "throwaway"
    must(run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "ci", "-f", key), "keygen")
    signers = work / "allowed_signers"
    public = (work / "throwaway.pub").read_text().strip()
    signers.write_text(f'release@helpline-console namespaces="helpline-console-release" {public}\n')
    must(run(PACKAGING / "sign", key, release), "sign")
    must(verify(release, signers), "verify the signed release")
    print("signed with a throw-away key and verified")
    archive = next(release.glob("*.tar.gz"))
    for target in (archive, release / "SHA256SUMS"):
        tampered = work / f"tampered-{target.name}"
        shutil.copytree(release, tampered)
        victim = tampered / target.name
        data = bytearray(victim.read_bytes())
        data[len(data) // 2] ^= 0x01
        victim.write_bytes(bytes(data))
        done = verify(tampered, signers)
        assert done.returncode != 0, f"a changed byte in {target.name} was not noticed"
        print(f"one changed byte in {target.name}: {done.stderr.strip()}")


def digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def compare_builds(first: Path, second: Path, release1: Path, release2: Path) -> None:
    one, two = digests(first), digests(second)
    differing = sorted(k for k in one.keys() & two.keys() if one[k] != two[k])
    only = sorted(one.keys() ^ two.keys())
    print(f"reproducibility: {len(one)} bundle files, {len(differing)} differ, {len(only)} in one")
    for name in differing + only:
        print(f"  differs: {name}")
    for artefact in sorted(p.name for p in release1.iterdir() if p.name != "SHA256SUMS.sig"):
        same = (release1 / artefact).read_bytes() == (release2 / artefact).read_bytes()
        print(f"  {artefact}: {'identical' if same else 'DIFFERENT'}")


def main() -> int:
    release = ROOT / "dist" / "release"
    with tempfile.TemporaryDirectory(prefix="release-check-") as tmp:
        work = Path(tmp)
        step("build")
        took = build(release, ROOT / "dist")
        print(f"build took {took:.0f} s")
        step("frozen app")
        check_build_info()
        check_demo_screenshot(work)
        step("sign, verify, tamper")
        check_signing(release, work)
        step("second build, compared with the first")
        build(work / "release2", work / "dist2")
        compare_builds(
            ROOT / "dist" / "helpline-console",
            work / "dist2" / "helpline-console",
            release,
            work / "release2",
        )
    print("release check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
