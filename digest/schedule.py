"""When a daily digest is due, in the subscriber's own zone. Pure: no clock, no database, no Telegram.

The rule is stated in local dates, never in "24 hours since the last one", because that is what survives
daylight-saving changes and restarts:

    a subscription is due when today's scheduled moment (in its zone) has passed
    and its last delivered local date is before today.

A 23-hour or 25-hour day still has exactly one local date, so DST neither skips nor repeats a digest; a bot
that was down at 09:00 sends the digest at its next check the same day, and never a second one that day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from analysis.textnorm import fold_yo
from storage.models import Subscription

_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?")
_OFFSET = re.compile(r"(?:utc|gmt)?([+\-−])(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)
_STORED_OFFSET = re.compile(r"UTC([+-])(\d{2}):(\d{2})")

# Common ways Russian users name their zone; the rest is an IANA name or a UTC offset.
ZONE_ALIASES: dict[str, str] = {
    "мск": "Europe/Moscow", "msk": "Europe/Moscow", "москва": "Europe/Moscow",
    "спб": "Europe/Moscow", "петербург": "Europe/Moscow", "калининград": "Europe/Kaliningrad",
    "самара": "Europe/Samara", "екатеринбург": "Asia/Yekaterinburg", "омск": "Asia/Omsk",
    "новосибирск": "Asia/Novosibirsk", "красноярск": "Asia/Krasnoyarsk", "иркутск": "Asia/Irkutsk",
    "якутск": "Asia/Yakutsk", "владивосток": "Asia/Vladivostok", "магадан": "Asia/Magadan",
    "камчатка": "Asia/Kamchatka", "utc": "UTC", "gmt": "UTC",
}


class ArgumentError(ValueError):
    """A /subscribe argument the bot cannot read. `kind`: "time", "zone" or "extra"; `token`: the culprit."""

    def __init__(self, kind: str, token: str) -> None:
        super().__init__(f"{kind}: {token}")
        self.kind = kind
        self.token = token


@dataclass(frozen=True, slots=True)
class SubscribeRequest:
    local_time: str  # HH:MM
    timezone: str  # IANA name, "UTC" or "UTC±HH:MM"


def parse_time(text: str) -> str | None:
    """`9`, `9:00`, `09.30` → "HH:MM"; None when it is not a time of day (`25:99`, `9:5`)."""
    match = _TIME.fullmatch(text.strip())
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if hours > 23 or minutes > 59:
        return None
    return f"{hours:02d}:{minutes:02d}"


def looks_like_time(text: str) -> bool:
    return bool(re.fullmatch(r"\d{1,3}([:.]\d{1,3})?", text.strip()))


@lru_cache(maxsize=1)
def _iana_names() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()}


def parse_zone(text: str) -> str | None:
    """An IANA name (any letter case), a known Russian city, or an offset (`+3`, `-05:30`, `UTC+3`, `GMT+3`).

    Returns the stored form: the IANA name, "UTC", or "UTC±HH:MM"; None when unknown. Only names from the
    tz database are accepted, so nothing the user types ever reaches the file system as a path.
    """
    token = text.strip().replace(" ", "")
    if not token:
        return None
    offset = _OFFSET.fullmatch(token)
    if offset:
        sign = -1 if offset.group(1) in "-−" else 1
        hours, minutes = int(offset.group(2)), int(offset.group(3) or 0)
        if minutes > 59 or hours > 14 or (hours == 14 and minutes):
            return None
        if hours == 0 and minutes == 0:
            return "UTC"
        return f"UTC{'+' if sign > 0 else '-'}{hours:02d}:{minutes:02d}"
    lowered = fold_yo(token.lower())
    if lowered in ZONE_ALIASES:
        return ZONE_ALIASES[lowered]
    return _iana_names().get(lowered)


def zone_of(name: str) -> tzinfo:
    """The tzinfo of a stored zone name; ValueError when it is unknown."""
    match = _STORED_OFFSET.fullmatch(name)
    if match:
        delta = timedelta(hours=int(match.group(2)), minutes=int(match.group(3)))
        return timezone(-delta if match.group(1) == "-" else delta, name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


def parse_subscribe_args(text: str | None, *, default_time: str, default_zone: str) -> SubscribeRequest:
    """`[HH:MM] [zone]` in either order, both optional. Raises ArgumentError with what went wrong."""
    tokens = (text or "").split()
    # "UTC +3" / "GMT -5": one zone written as two words.
    merged: list[str] = []
    for token in tokens:
        if merged and merged[-1].lower() in ("utc", "gmt") and re.fullmatch(r"[+\-−]\S+", token):
            merged[-1] += token
        else:
            merged.append(token)
    local_time: str | None = None
    zone: str | None = None
    for token in merged:
        if looks_like_time(token) and not token.startswith(("+", "-", "−")):
            parsed = parse_time(token)
            if parsed is None:
                raise ArgumentError("time", token)
            if local_time is not None:
                raise ArgumentError("extra", token)
            local_time = parsed
            continue
        parsed_zone = parse_zone(token)
        if parsed_zone is None:
            raise ArgumentError("zone", token)
        if zone is not None:
            raise ArgumentError("extra", token)
        zone = parsed_zone
    return SubscribeRequest(local_time or default_time, zone or default_zone)


def _wall(day: date, local_time: str) -> datetime:
    hours, minutes = (int(part) for part in local_time.split(":"))
    return datetime.combine(day, time(hours, minutes))


def _exists(wall: datetime, tz: tzinfo) -> bool:
    aware = wall.replace(tzinfo=tz)
    return aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == wall


def scheduled_at(day: date, local_time: str, tz: tzinfo) -> datetime:
    """The UTC moment of `local_time` on the local date `day`.

    A time that does not exist that day (the spring-forward gap, e.g. 02:30 in New York in March) fires at
    the first moment after the gap (03:00); a time that occurs twice (fall back) fires at its first occurrence.
    """
    wall = _wall(day, local_time)
    probe = wall
    for _ in range(24 * 60):  # gaps are an hour or so; a day's worth of minutes is a safe bound
        if _exists(probe, tz):
            return probe.replace(tzinfo=tz, fold=0).astimezone(UTC)
        probe += timedelta(minutes=1)
    return wall.replace(tzinfo=tz).astimezone(UTC)


def local_date(now: datetime, tz: tzinfo) -> date:
    return now.astimezone(tz).date()


def due_date(sub: Subscription, now: datetime) -> str | None:
    """The local date (YYYY-MM-DD) to deliver now, or None when the subscription is not due.

    `last_local_date < today` rather than `!=`: after a move to a zone behind the old one, a date "from the
    future" must not trigger a second digest.
    """
    if not sub.active:
        return None
    tz = zone_of(sub.timezone)
    today = local_date(now, tz)
    key = today.isoformat()
    if sub.last_local_date is not None and sub.last_local_date >= key:
        return None
    return key if now >= scheduled_at(today, sub.local_time, tz) else None


def served_date_for_new(local_time: str, zone: str, now: datetime) -> str | None:
    """At subscribe time: today's local date when today's moment has already passed (first digest tomorrow)."""
    tz = zone_of(zone)
    today = local_date(now, tz)
    return today.isoformat() if now >= scheduled_at(today, local_time, tz) else None


def next_delivery(sub: Subscription, now: datetime) -> datetime:
    """The UTC moment of the next scheduled digest (possibly already passed, when one is due right now)."""
    tz = zone_of(sub.timezone)
    today = local_date(now, tz)
    if sub.last_local_date is None or sub.last_local_date < today.isoformat():
        moment = scheduled_at(today, sub.local_time, tz)
        if now < moment or due_date(sub, now):
            return moment
    return scheduled_at(today + timedelta(days=1), sub.local_time, tz)


def digest_period(last_digest_at: datetime | None, now: datetime) -> tuple[datetime, datetime]:
    """(since, until] of a scheduled digest: since the last one, or the last 24 hours for the first."""
    return (last_digest_at or now - timedelta(days=1)), now


def manual_period(last_digest_at: datetime | None, now: datetime) -> tuple[datetime, datetime]:
    """(since, until] of /digest: the last 24 hours, or since the last digest when that was longer ago,
    so asking right after a digest still shows the day's news rather than an empty note."""
    day_ago = now - timedelta(days=1)
    since = min(last_digest_at, day_ago) if last_digest_at else day_ago
    return since, now
