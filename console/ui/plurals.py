"""Messages whose words agree with a count, translated with Qt's numerus forms.

Northern Sámi has three forms (one, two, many), bokmål, nynorsk and English two. lupdate's
Python parser only records numerus forms for `self.tr(text, "", n)`, so these messages live on
one small QObject. Its class name is the translation context: never subclass it, or `tr` would
look them up under the subclass's name and find nothing.
"""

from typing import final

from PySide6.QtCore import QObject


@final
class Plurals(QObject):
    def reconnecting_in(self, seconds: int) -> str:
        return self.tr("Connection lost. Reconnecting in %n seconds…", "", seconds)

    def too_few_on_duty(self, minimum: int, on_duty: int) -> str:
        return self.tr("Fewer than %n volunteers on duty (now %1).", "", minimum).replace(
            "%1", str(on_duty)
        )
