"""Small display helpers shared by the widgets."""

from datetime import datetime

from PySide6.QtCore import QLocale, QTime


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
