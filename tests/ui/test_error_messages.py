"""Every failure the core can report has its own short, translated sentence."""

from console.app import Console
from console.core.errors import CoreError, ErrorKind
from console.ui.labels import error_message


def test_every_error_kind_has_its_own_translated_message(console: Console) -> None:
    english = {kind: error_message(CoreError(kind, "detail")) for kind in ErrorKind}
    assert len(set(english.values())) == len(ErrorKind), "two kinds share one message"
    assert "certificate" in english[ErrorKind.UNTRUSTED_CERTIFICATE]
    console.languages.switch("nb_NO")
    try:
        for kind, text in english.items():
            assert error_message(CoreError(kind, "detail")) != text, f"{kind} is not translated"
    finally:
        console.languages.switch("en")
