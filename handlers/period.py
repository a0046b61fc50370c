"""The optional period word of /who, /about and /search: `day`, `week`, `month` (or in Russian), default all.

Pure: the last word of the arguments is taken as a period only when it is one, so a name that ends with an
ordinary word stays whole.
"""

from __future__ import annotations

from datetime import datetime, timedelta

PERIODS: dict[str, tuple[timedelta | None, str]] = {
    "day": (timedelta(days=1), "за сутки"),
    "week": (timedelta(days=7), "за неделю"),
    "month": (timedelta(days=30), "за месяц"),
    "all": (None, ""),
}
ALIASES = {"день": "day", "сутки": "day", "today": "day", "сегодня": "day", "неделя": "week", "неделю": "week",
           "месяц": "month", "всё": "all", "все": "all", "всего": "all"}


def split_period(args: str) -> tuple[str, str]:
    """(the rest of the arguments, the period key) — the period is "all" when none is given."""
    parts = args.split()
    if parts:
        last = parts[-1].lower()
        key = ALIASES.get(last, last)
        if key in PERIODS and len(parts) > 1:
            return " ".join(parts[:-1]), key
    return " ".join(parts), "all"


def since(period: str, now: datetime) -> datetime | None:
    span = PERIODS.get(period, (None, ""))[0]
    return now - span if span else None


def label(period: str) -> str:
    """' за неделю' (with its leading space) or '' for all time: ready to put after a heading."""
    text = PERIODS.get(period, (None, ""))[1]
    return f" {text}" if text else ""
