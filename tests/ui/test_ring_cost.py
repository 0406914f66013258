"""The ring is synthesised once per choice: per ring it cost 10-30 ms on the GUI thread, just
before the first offer painted."""

import shutil

import pytest

from console.ui import ring


def test_the_sound_is_made_once_per_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[tuple[str, int]] = []
    real = ring.wav_bytes

    def counting(sound: str, volume: int) -> bytes:
        made.append((sound, volume))
        return real(sound, volume)

    harmless = shutil.which("true")
    assert harmless is not None
    monkeypatch.setattr(ring, "wav_bytes", counting)
    monkeypatch.setattr(ring, "player_command", lambda: [harmless])
    player = ring.RingPlayer("chime", 70)
    try:
        for _ in range(3):
            player.play()
        assert made == [("chime", 70)]
        player.set(volume=40)
        player.play()
        player.play()
        assert made == [("chime", 70), ("chime", 40)]
    finally:
        player.forget()
