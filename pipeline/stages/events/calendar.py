"""The reference calendar: dated CSTO events that lend their year (or day) to reports that omit it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CalendarEntry:
    """A dated reference event that can lend its year to a year-less report of it."""

    date: dt.date
    precision: str
    types: tuple[str, ...]
    country: str | None


def calendar_from_data(data: Mapping[str, Any]) -> list[CalendarEntry]:
    """Read the ``events`` list of the calendar reference file."""
    entries = []
    for item in data.get("events") or []:
        day = item["date"] if isinstance(item["date"], dt.date) else dt.date.fromisoformat(str(item["date"]))
        entries.append(CalendarEntry(day, str(item.get("precision", "day")), tuple(item.get("types") or ()), item.get("country")))
    return entries
