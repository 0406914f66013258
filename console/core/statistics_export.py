"""CSV and XLSX export of a statistics report, with the backend's suppression kept.

The export is made from the report the coordinator sees (StatisticsReport), which holds counts
only: no free-text field, no id, no person. A count the backend suppressed (null) is written as
SUPPRESSED_MARK, never as a number, so no cell shows a count from 1 to 4; a median wait is
written only where the backend sent one. Plain Python, any thread.

XlsxWriter (BSD-2-Clause) writes the workbook; it has no dependencies of its own.
"""

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter

from console.contract.statistics import COUNTS, GroupBy, StatisticsReport, StatisticsRow

SUPPRESSED_MARK = "<5"
Cell = str | int | float
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportTable:
    header: list[str]
    rows: list[list[Cell]]


def _key_cell(row: StatisticsRow, key: GroupBy) -> Cell:
    value = getattr(row, key.value)
    if value is None:
        return ""
    if isinstance(value, int):
        return value
    return str(getattr(value, "value", value))


def _count(value: int | None) -> Cell:
    return SUPPRESSED_MARK if value is None else value


def export_table(
    report: StatisticsReport,
    column_label: Callable[[str], str],
    topic_label: Callable[[str], str],
) -> ExportTable:
    """One line per row: group keys, the counts, median wait, then one column per topic."""
    topics = sorted({t for row in report.rows for t in row.topics})
    header = [column_label(k.value) for k in report.group_by]
    header += [column_label(name) for name in (*COUNTS, "median_wait_s")]
    header += [topic_label(t) for t in topics]
    rows: list[list[Cell]] = []
    for row in report.rows:
        line: list[Cell] = [_key_cell(row, k) for k in report.group_by]
        line += [_count(getattr(row, name)) for name in COUNTS]
        line.append("" if row.median_wait_s is None else round(row.median_wait_s, 1))
        line += [_count(row.topics[t]) if t in row.topics else 0 for t in topics]
        rows.append(line)
    return ExportTable(header, rows)


def _safe_text(cell: Cell) -> Cell:
    """A spreadsheet must never run a label as a formula (CSV injection)."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START) and cell != SUPPRESSED_MARK:
        return "'" + cell
    return cell


def write_csv(table: ExportTable, path: Path) -> None:
    # UTF-8 with a byte-order mark: spreadsheet programs then read Sámi letters correctly.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([_safe_text(c) for c in table.header])
        for row in table.rows:
            writer.writerow([_safe_text(c) for c in row])


def write_xlsx(table: ExportTable, path: Path, sheet_name: str) -> None:
    options = {"strings_to_formulas": False, "strings_to_urls": False, "in_memory": True}
    with xlsxwriter.Workbook(str(path), options) as workbook:
        sheet = workbook.add_worksheet(sheet_name[:31] or "Statistics")
        bold = workbook.add_format({"bold": True})
        sheet.write_row(0, 0, table.header, bold)
        for index, row in enumerate(table.rows, start=1):
            sheet.write_row(index, 0, list(row))
        sheet.freeze_panes(1, 0)
        widths: Sequence[int] = [max(8, min(40, len(str(h)) + 2)) for h in table.header]
        for column, width in enumerate(widths):
            sheet.set_column(column, column, width)
