"""Typed callback data of the 履职档案's buttons."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.buttons import ButtonData


@dataclass(frozen=True)
class RecordButton(ButtonData):
    """A record's view: v (summary), e (entries page), d (the DOCX). member 0 = the presser's own."""

    prefix = "rc"
    action: str
    year: int
    member: int
    page: int


@dataclass(frozen=True)
class RecordsButton(ButtonData):
    """Staff: x (XLSX), w (the 通报 DOCX), y (another year's overview)."""

    prefix = "rs"
    action: str
    year: int
