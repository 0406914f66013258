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
    """Created and called on the GUI thread only."""

    def reconnecting_in(self, seconds: int) -> str:
        return keep_units(self.tr("Connection lost. Reconnecting in %n seconds…", "", seconds))

    def too_few_on_duty(self, minimum: int, on_duty: int) -> str:
        text = self.tr("Fewer than %n volunteers on duty (now %1).", "", minimum)
        return keep_units(text).replace("%1", str(on_duty))

    def message_shortened(self, hidden: int) -> str:
        # No unit to keep together: the marker follows a long line in the transcript and may wrap.
        return self.tr("[message shortened: %n more characters not shown]", "", hidden)

    def offers_left(self, offers: int) -> str:
        # Said once for a burst of offers that left the list unanswered (each had its reason).
        return keep_units(self.tr("%n offers left your list before you answered.", "", offers))

    def characters_over(self, over: int) -> str:
        text = self.tr(
            "Too long to send: %n characters over the limit. Shorten it, or send it in parts.",
            "",
            over,
        )
        return keep_units(text)

    def characters_left(self, left: int) -> str:
        return keep_units(self.tr("%n characters left", "", left))

    def chats_of(self, open_chats: int, max_chats: int) -> str:
        text = self.tr("%1 of %n chats", "", max_chats).replace("%1", str(open_chats))
        return keep_units(text)  # each number and its unit on one line
