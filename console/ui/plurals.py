"""Messages whose words agree with a count, translated with Qt's numerus forms.

Northern Sámi has three forms (one, two, many), bokmål, nynorsk and English two. lupdate's
Python parser only records numerus forms for `self.tr(text, "", n)`, so these messages live on
one small QObject. Its class name is the translation context: never subclass it, or `tr` would
look them up under the subclass's name and find nothing. A count is joined to its word by a
no-break space, so "45 seconds" never breaks over two lines.
"""

from typing import final

from PySide6.QtCore import QObject

from console.ui.formatting import keep_units


@final
class Plurals(QObject):
    def reconnecting_in(self, seconds: int) -> str:
        return keep_units(self.tr("Connection lost. Reconnecting in %n seconds…", "", seconds))

    def too_few_on_duty(self, minimum: int, on_duty: int) -> str:
        text = self.tr("Fewer than %n volunteers on duty (now %1).", "", minimum)
        return keep_units(text).replace("%1", str(on_duty))

    def message_shortened(self, hidden: int) -> str:
        # No unit to keep together: the marker follows a long line in the transcript and may wrap.
        return self.tr("[message shortened: %n more characters not shown]", "", hidden)
