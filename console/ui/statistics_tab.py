"""The coordinator's Statistics tab: filters, charts and export, all anonymous and suppressed.

What it shows comes from GET /v1/statistics (counts 1 to 4 arrive as null and stay hidden, in the
charts and in every export). Queries run on the core thread through the records bridge: while
they run the tab shows progress and the window stays responsive; an answer to an older query is
dropped. Export writes what was fetched, never more. GUI thread only.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.bridge.operations import Operation
from console.contract.enums import AgeGroup, Channel
from console.contract.forms import ContactForm
from console.contract.statistics import (
    STATISTICS_MAX_DAYS,
    SUPPRESSED_BELOW,
    GroupBy,
    StatisticsQuery,
    StatisticsReport,
)
from console.core.statistics_export import export_table, write_csv, write_xlsx
from console.ui.labels import age_group_label, channel_label, error_message
from console.ui.statistics_charts import StatisticsCharts
from console.ui.wrap_up_form import form_language

DEFAULT_DAYS = 30
GROUPINGS: dict[str, tuple[GroupBy, ...]] = {
    "day": (GroupBy.DAY,),
    "hour": (GroupBy.HOUR,),
    "age": (GroupBy.AGE_GROUP,),
}


class StatisticsSource(Protocol):
    """What the tab may ask of the backend (the records bridge)."""

    def contact_form(self) -> Operation: ...
    def statistics(self, query: StatisticsQuery) -> Operation: ...


PathChooser = Callable[[QWidget, str, str], Path | None]


def ask_for_path(parent: QWidget, suggested: str, file_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("StatisticsTab", "Export statistics"),
        suggested,
        file_filter,
    )
    return Path(chosen) if chosen else None


@dataclass
class _Pending:
    generation: int
    left: int


class StatisticsTab(QWidget):
    def __init__(
        self,
        source: StatisticsSource,
        language: str | None = None,
        today: Callable[[], date] = date.today,
        choose_path: PathChooser = ask_for_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsTab")
        self._source = source
        self._language = language or form_language()
        self._choose_path = choose_path
        self._form: ContactForm | None = None
        self.reports: dict[str, StatisticsReport] = {}
        self._generation = 0
        self._pending = _Pending(0, 0)
        self._operations: list[Operation] = []
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters(today()))
        self.charts = StatisticsCharts(self)
        layout.addWidget(self.charts, 1)
        layout.addLayout(self._build_footer())
        self.retranslate(self._language)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the coordinator opens the tab, the default period loads by itself."""
        super().showEvent(event)
        if not self._generation:
            QTimer.singleShot(0, self, self._first_load)

    def _first_load(self) -> None:
        # Still shown (the window may have closed meanwhile, and the core with it).
        if self.isVisible() and not self._generation:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate(form_language())
        super().changeEvent(event)

    # ------------------------------------------------------------- building

    def _build_filters(self, today: date) -> QHBoxLayout:
        self._from_label, self._to_label = QLabel(self), QLabel(self)
        self.first = QDateEdit(self)
        self.last = QDateEdit(self)
        for edit, value in (
            (self.first, today - timedelta(days=DEFAULT_DAYS - 1)),
            (self.last, today),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(value.year, value.month, value.day))
        self.first.setObjectName("statisticsFrom")
        self.last.setObjectName("statisticsTo")
        self._from_label.setBuddy(self.first)
        self._to_label.setBuddy(self.last)
        self._channel_label, self._group_label = QLabel(self), QLabel(self)
        self.channel = QComboBox(self)
        self.channel.setObjectName("statisticsChannel")
        self.target = QComboBox(self)
        self.target.setObjectName("statisticsTargetGroup")
        self._channel_label.setBuddy(self.channel)
        self._group_label.setBuddy(self.target)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("statisticsShow")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.refresh)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("statisticsProgress")
        self.progress.setRange(0, 0)  # busy: how long the backend takes is not known
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        row = QHBoxLayout()
        for widget in (
            self._from_label,
            self.first,
            self._to_label,
            self.last,
            self._channel_label,
            self.channel,
            self._group_label,
            self.target,
            self.show_button,
            self.progress,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _build_footer(self) -> QHBoxLayout:
        self.status = QLabel(self)
        self.status.setObjectName("statisticsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.csv_button = QPushButton(self)
        self.csv_button.setObjectName("exportCsv")
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.setObjectName("exportXlsx")
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        for button in (self.csv_button, self.xlsx_button):
            button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.csv_button)
        row.addWidget(self.xlsx_button)
        return row

    # ------------------------------------------------------------ rendering

    def retranslate(self, language: str | None = None) -> None:
        if language is not None:
            self._language = language
        self._from_label.setText(QCoreApplication.translate("StatisticsTab", "From"))
        self._to_label.setText(QCoreApplication.translate("StatisticsTab", "To"))
        self._channel_label.setText(QCoreApplication.translate("StatisticsTab", "Channel"))
        self._group_label.setText(QCoreApplication.translate("StatisticsTab", "Target group"))
        self.show_button.setText(QCoreApplication.translate("StatisticsTab", "Show"))
        self.csv_button.setText(QCoreApplication.translate("StatisticsTab", "Export CSV…"))
        self.xlsx_button.setText(QCoreApplication.translate("StatisticsTab", "Export XLSX…"))
        self.progress.setAccessibleName(
            QCoreApplication.translate("StatisticsTab", "Loading statistics")
        )
        self._fill(
            self.channel,
            [(QCoreApplication.translate("StatisticsTab", "All channels"), None)]
            + [(channel_label(c), c) for c in Channel],
        )
        self._fill(
            self.target,
            [(QCoreApplication.translate("StatisticsTab", "All target groups"), None)]
            + [(age_group_label(a), a) for a in AgeGroup],
        )
        offered_answered = (
            QCoreApplication.translate("StatisticsTab", "Offered"),
            QCoreApplication.translate("StatisticsTab", "Answered"),
        )
        self.charts.set_legend("by_day", offered_answered)
        self.charts.set_legend("by_hour", offered_answered)
        self.charts.set_legend(
            "topics", (age_group_label(AgeGroup.CHILD_YOUTH), age_group_label(AgeGroup.ADULT))
        )
        self.charts.set_titles(
            {
                "by_day": QCoreApplication.translate(
                    "StatisticsTab", "Offered and answered by day"
                ),
                "by_hour": QCoreApplication.translate(
                    "StatisticsTab", "Offered and answered by hour of day"
                ),
                "wait": QCoreApplication.translate(
                    "StatisticsTab", "Median waiting time by day (minutes)"
                ),
                "topics": QCoreApplication.translate(
                    "StatisticsTab", "Topic shares per target group (%)"
                ),
            }
        )
        self._render()

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)

    def _render(self, only: str | None = None) -> None:
        """Draw what arrived (`only`), or everything after a language change."""
        if "day" in self.reports and only in (None, "day"):
            self.charts.show_days(self.reports["day"].rows)
        if "hour" in self.reports and only in (None, "hour"):
            self.charts.show_hours(self.reports["hour"].rows)
        if "age" in self.reports and only in (None, "age", "form"):
            self._render_topics(self.reports["age"])
        self._render_status()

    def _render_topics(self, report: StatisticsReport) -> None:
        groups: list[str] = []
        totals: dict[str, dict[str, int]] = {}
        for row in report.rows:
            if row.age_group is None or row.age_group is AgeGroup.UNKNOWN:
                continue
            per_group = totals.setdefault(row.age_group.value, {})
            for topic, count in row.topics.items():
                group = topic.split(".", 1)[0]
                if group not in groups:
                    groups.append(group)
                # A suppressed count is not added: shares are of what may be shown.
                per_group[group] = per_group.get(group, 0) + (count or 0)
        groups.sort(key=self._group_order)
        shares: dict[str, list[float]] = {}
        for target, counts in totals.items():
            whole = sum(counts.values()) or 1
            shares[target] = [100 * counts.get(g, 0) / whole for g in groups]
        self.charts.show_topics([self._topic_label(g) for g in groups], shares)

    def _group_order(self, group: str) -> int:
        field = self._form.field("topics") if self._form is not None else None
        ids = [o.id for o in field.options] if field is not None else []
        return ids.index(group) if group in ids else len(ids)

    def _topic_label(self, topic: str) -> str:
        """'group' or 'group.option' in the console's language, from the form definition."""
        field = self._form.field("topics") if self._form is not None else None
        if field is None:
            return topic
        group_id, _, option_id = topic.partition(".")
        group = next((o for o in field.options if o.id == group_id), None)
        if group is None:
            return topic
        label = group.labels.text(self._language)
        option = next((o for o in group.options if o.id == option_id), None)
        return f"{label}: {option.labels.text(self._language)}" if option is not None else label

    def _render_status(self) -> None:
        if self._pending.left:
            self.status.setText(QCoreApplication.translate("StatisticsTab", "Loading statistics…"))
            return
        report = self.reports.get("day")
        if report is None:
            self.status.setText(
                QCoreApplication.translate("StatisticsTab", "Choose a period and press Show.")
            )
            return
        offered = sum(r.offered or 0 for r in report.rows)
        answered = sum(r.answered or 0 for r in report.rows)
        silent = sum(r.silent or 0 for r in report.rows)
        hidden = any(r.suppressed for r in report.rows)
        text = (
            QCoreApplication.translate("StatisticsTab", "Offered %1 · answered %2 · silent %3")
            .replace("%1", str(offered))
            .replace("%2", str(answered))
            .replace("%3", str(silent))
        )
        if hidden:
            note = QCoreApplication.translate(
                "StatisticsTab", "Counts under %1 are hidden so that no one can be singled out"
            )
            text += " · " + note.replace("%1", str(SUPPRESSED_BELOW))
        self.status.setText(text)

    # ---------------------------------------------------------------- queries

    def period(self) -> tuple[date, date]:
        first, last = self.first.date(), self.last.date()
        return (
            date(first.year(), first.month(), first.day()),
            date(last.year(), last.month(), last.day()),
        )

    def query(self, grouping: tuple[GroupBy, ...]) -> StatisticsQuery:
        first, last = self.period()
        # Qt hands the item data back as plain strings: make them the contract's values again.
        channel, target = self.channel.currentData(), self.target.currentData()
        return StatisticsQuery(
            first=first,
            last=last,
            group_by=grouping,
            channel=Channel(channel) if channel else None,
            age_group=AgeGroup(target) if target else None,
        )

    @Slot()
    def refresh(self) -> None:
        first, last = self.period()
        if last < first or (last - first).days >= STATISTICS_MAX_DAYS:
            self.status.setText(
                QCoreApplication.translate(
                    "StatisticsTab", "Choose a period of at most %1 days that ends after it starts."
                ).replace("%1", str(STATISTICS_MAX_DAYS))
            )
            return
        self._generation += 1
        generation = self._generation
        operations: list[tuple[str, Operation]] = []
        if self._form is None:
            operations.append(("form", self._source.contact_form()))
        for name, grouping in GROUPINGS.items():
            operations.append((name, self._source.statistics(self.query(grouping))))
        self._pending = _Pending(generation, len(operations))
        self._operations = [op for _, op in operations]
        for name, operation in operations:
            operation.succeeded.connect(
                lambda result, n=name, g=generation: self._arrived(g, n, result)
            )
            operation.failed.connect(lambda error, g=generation: self._failed(g, error))
        self.progress.show()
        self._render_status()

    def _arrived(self, generation: int, name: str, result: object) -> None:
        if generation != self._generation:
            return  # an older query: its answer no longer fits the filters
        if isinstance(result, ContactForm):
            self._form = result
        elif isinstance(result, StatisticsReport):
            self.reports[name] = result
        self._one_done()
        self._render(name)

    def _failed(self, generation: int, error: object) -> None:
        if generation != self._generation:
            return
        self._one_done()
        self.status.setText(error_message(error))

    def _one_done(self) -> None:
        self._pending.left -= 1
        if self._pending.left <= 0:
            self._pending.left = 0
            self.progress.hide()
            self._operations = []
        ready = "day" in self.reports and not self._pending.left
        self.csv_button.setEnabled(ready)
        self.xlsx_button.setEnabled(ready)

    # ----------------------------------------------------------------- export

    def _column_label(self, name: str) -> str:
        labels = {
            "org_id": QCoreApplication.translate("StatisticsTab", "Organisation"),
            "channel": QCoreApplication.translate("StatisticsTab", "Channel"),
            "age_group": QCoreApplication.translate("StatisticsTab", "Target group"),
            "day": QCoreApplication.translate("StatisticsTab", "Day"),
            "hour": QCoreApplication.translate("StatisticsTab", "Hour"),
            "offered": QCoreApplication.translate("StatisticsTab", "Offered"),
            "answered": QCoreApplication.translate("StatisticsTab", "Answered"),
            "abandoned": QCoreApplication.translate("StatisticsTab", "Abandoned"),
            "silent": QCoreApplication.translate("StatisticsTab", "Silent"),
            "median_wait_s": QCoreApplication.translate("StatisticsTab", "Median wait (s)"),
        }
        return labels.get(name, name)

    def export(self, kind: str) -> Path | None:
        """Write the by-day report (as shown) to a CSV or XLSX file the coordinator chooses."""
        report = self.reports.get("day")
        if report is None:
            return None
        first, last = report.from_date.isoformat(), report.to_date.isoformat()
        suggested = f"statistics-{first}-{last}.{kind}"
        file_filter = (
            QCoreApplication.translate("StatisticsTab", "CSV file (*.csv)")
            if kind == "csv"
            else QCoreApplication.translate("StatisticsTab", "Excel workbook (*.xlsx)")
        )
        path = self._choose_path(self, suggested, file_filter)
        if path is None:
            return None
        table = export_table(report, self._column_label, self._topic_label)
        try:
            if kind == "csv":
                write_csv(table, path)
            else:
                write_xlsx(table, path, QCoreApplication.translate("StatisticsTab", "Statistics"))
        except OSError:
            self.status.setText(
                QCoreApplication.translate("StatisticsTab", "Could not write %1").replace(
                    "%1", path.name
                )
            )
            return None
        self.status.setText(
            QCoreApplication.translate("StatisticsTab", "Saved %1").replace("%1", path.name)
        )
        return path
