"""The console's 社情民意 filter: the form's fields (dates, status or level reached, category,
界别, 专委会, text) read into the export's own `ExportFilter`, so the table, its paging and
its XLSX / CSV / DOCX downloads select exactly what /export would for the same choice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Mapping

from bot import texts
from bot.errors import UserError
from bot.export.records import ExportFilter
from bot.export.service import ExportService

PER_PAGE = 20
TEXT_MAX = 50


@dataclass(frozen=True)
class ConsoleQuery:
    """The filter form as typed (kept to fill the form again and to build the paging links)."""

    date_from: str = ""
    date_to: str = ""
    status: str = ""
    category: str = ""
    sector: str = ""
    committee: str = ""
    text: str = ""
    page: int = 1

    @classmethod
    def of(cls, params: Mapping[str, str]) -> "ConsoleQuery":
        def get(name: str) -> str:
            return (params.get(name) or "").strip()

        try:
            page = max(1, int(get("page") or 1))
        except ValueError:
            page = 1
        return cls(get("from"), get("to"), get("status"), get("category"), get("sector"), get("committee"),
                   get("q")[:TEXT_MAX], page)

    def params(self, **change: object) -> dict[str, str]:
        """The query string of this filter (another page: `params(page=2)`)."""
        values = {"from": self.date_from, "to": self.date_to, "status": self.status, "category": self.category,
                  "sector": self.sector, "committee": self.committee, "q": self.text, "page": str(self.page)}
        values.update({k: str(v) for k, v in change.items()})
        return {k: v for k, v in values.items() if v and not (k == "page" and v == "1")}


def _day(value: str, field_name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(texts.CONSOLE["bad_date"].format(field=field_name, value=value)) from None


def console_filter(export: ExportService, query: ConsoleQuery, sectors: tuple[str, ...],
                   committees: tuple[str, ...]) -> ExportFilter:
    """The export's filter for the form; UserError for a date that is not one or a range backwards."""
    date_from = _day(query.date_from, texts.CONSOLE["filter_from"])
    date_to = _day(query.date_to, texts.CONSOLE["filter_to"])
    if date_from and date_to and date_to < date_from:
        raise UserError(texts.CONSOLE["bad_range"])
    flt = export.filter_for_dates(date_from, date_to, query.status or None, query.category or None)
    if query.sector and query.sector not in sectors:
        raise UserError(texts.CONSOLE["bad_choice"].format(value=query.sector))
    if query.committee and query.committee not in committees:
        raise UserError(texts.CONSOLE["bad_choice"].format(value=query.committee))
    return replace(flt, sector=query.sector or None, special_committee=query.committee or None,
                   text=query.text or None)
