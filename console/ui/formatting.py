"""Small display helpers shared by the widgets."""

import re
from datetime import datetime

from PySide6.QtCore import QLocale, QTime
from PySide6.QtGui import Qt


def format_duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_clock(moment: datetime) -> str:
    """A time of day in the chosen language's short format (the language switch sets it)."""
    local = moment.astimezone()
    return QLocale().toString(
        QTime(local.hour, local.minute, local.second), QLocale.FormatType.ShortFormat
    )


NBSP = "\u00a0"
_NUMBER_THEN_SPACE = re.compile(r"(\d) (?=\S)")


def fill_number(text: str, placeholder: str, value: int | float | str) -> str:
    """Put a number into a translated message, joined to the word after it by a no-break
    space, so "3 min" or "12 s" never breaks over two lines whatever the translator wrote."""
    return text.replace(f"{placeholder} ", f"{value}{NBSP}").replace(placeholder, str(value))


def keep_units(text: str) -> str:
    """The same for a message Qt has already filled in (plural forms with %n)."""
    return _NUMBER_THEN_SPACE.sub(rf"\1{NBSP}", text)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally: Qt renders a tooltip that looks like markup as
    rich text (images from local files included), so backend text is escaped into a paragraph."""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""
