"""The pure schedule: reading /subscribe arguments, zones, the due rule across zones and DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest import schedule
from digest.schedule import ArgumentError, SubscribeRequest, parse_subscribe_args
from storage.models import Subscription

DEFAULTS = {"default_time": "09:00", "default_zone": "Europe/Moscow"}


def sub(zone: str, local_time: str = "09:00", last: str | None = None, active: bool = True) -> Subscription:
    return Subscription(1, zone, local_time, active, True, last, None)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (None, SubscribeRequest("09:00", "Europe/Moscow")),
        ("", SubscribeRequest("09:00", "Europe/Moscow")),
        ("8:30", SubscribeRequest("08:30", "Europe/Moscow")),
        ("07.15", SubscribeRequest("07:15", "Europe/Moscow")),
        ("21:00 Asia/Novosibirsk", SubscribeRequest("21:00", "Asia/Novosibirsk")),
        ("asia/novosibirsk 21:00", SubscribeRequest("21:00", "Asia/Novosibirsk")),
        ("America/New_York", SubscribeRequest("09:00", "America/New_York")),
        ("+3 06:00", SubscribeRequest("06:00", "UTC+03:00")),
        ("06:00 -05:30", SubscribeRequest("06:00", "UTC-05:30")),
        ("UTC+3", SubscribeRequest("09:00", "UTC+03:00")),
        ("GMT+3 10:00", SubscribeRequest("10:00", "UTC+03:00")),
        ("UTC -5", SubscribeRequest("09:00", "UTC-05:00")),
        ("UTC", SubscribeRequest("09:00", "UTC")),
        ("+0", SubscribeRequest("09:00", "UTC")),
        ("мск 9", SubscribeRequest("09:00", "Europe/Moscow")),
        ("Новосибирск", SubscribeRequest("09:00", "Asia/Novosibirsk")),
    ],
)
def test_arguments_in_any_order(args: str | None, expected: SubscribeRequest) -> None:
    assert parse_subscribe_args(args, **DEFAULTS) == expected


@pytest.mark.parametrize(
    ("args", "kind"),
    [
        ("25:99", "time"),
        ("24:00", "time"),
        ("12:60", "time"),
        ("Mars/Olympus", "zone"),
        ("завтра", "zone"),
        ("+15", "zone"),
        ("09:00 10:00", "extra"),
        ("+3 Europe/Moscow", "extra"),
        ("<script>", "zone"),
        ("../../etc/passwd", "zone"),
    ],
)
def test_bad_arguments_say_what_is_wrong(args: str, kind: str) -> None:
    with pytest.raises(ArgumentError) as info:
        parse_subscribe_args(args, **DEFAULTS)
    assert info.value.kind == kind


@given(st.text(max_size=40))
def test_parser_never_crashes_otherwise(text: str) -> None:
    try:
        result = parse_subscribe_args(text, **DEFAULTS)
    except ArgumentError:
        return
    schedule.zone_of(result.timezone)  # whatever it accepted is a usable zone
    assert schedule.parse_time(result.local_time) == result.local_time


@pytest.mark.parametrize(
    ("zone", "now_utc", "due"),
    [
        # 09:00 in Moscow is 06:00 UTC
        ("Europe/Moscow", datetime(2024, 6, 1, 5, 59, tzinfo=UTC), None),
        ("Europe/Moscow", datetime(2024, 6, 1, 6, 0, tzinfo=UTC), "2024-06-01"),
        # 09:00 in Novosibirsk (+7) is 02:00 UTC
        ("Asia/Novosibirsk", datetime(2024, 6, 1, 1, 59, tzinfo=UTC), None),
        ("Asia/Novosibirsk", datetime(2024, 6, 1, 2, 0, tzinfo=UTC), "2024-06-01"),
        # 09:00 in New York in June (EDT, -4) is 13:00 UTC; at 02:00 UTC it is still May 31 there, after 09:00
        ("America/New_York", datetime(2024, 6, 1, 12, 59, tzinfo=UTC), None),
        ("America/New_York", datetime(2024, 6, 1, 13, 0, tzinfo=UTC), "2024-06-01"),
        ("America/New_York", datetime(2024, 6, 1, 2, 0, tzinfo=UTC), "2024-05-31"),
        ("UTC+03:00", datetime(2024, 6, 1, 5, 59, tzinfo=UTC), None),
        ("UTC+03:00", datetime(2024, 6, 1, 6, 0, tzinfo=UTC), "2024-06-01"),
    ],
)
def test_due_in_each_zone(zone: str, now_utc: datetime, due: str | None) -> None:
    assert schedule.due_date(sub(zone), now_utc) == due


def test_not_due_twice_the_same_local_day() -> None:
    now = datetime(2024, 6, 1, 20, 0, tzinfo=UTC)
    assert schedule.due_date(sub("Europe/Moscow", last="2024-06-01"), now) is None
    assert schedule.due_date(sub("Europe/Moscow", last="2024-05-31"), now) == "2024-06-01"
    # A date "from the future" (after moving to a zone behind the old one) does not trigger a second digest.
    assert schedule.due_date(sub("America/New_York", last="2024-06-02"), now) is None
    assert schedule.due_date(sub("Europe/Moscow", active=False), now) is None


def test_spring_forward_gap_fires_at_first_moment_after_it() -> None:
    ny = ZoneInfo("America/New_York")
    # 2024-03-10: 02:00 EST jumps to 03:00 EDT; 02:30 does not exist.
    moment = schedule.scheduled_at(date(2024, 3, 10), "02:30", ny)
    assert moment == datetime(2024, 3, 10, 7, 0, tzinfo=UTC)
    assert moment.astimezone(ny).strftime("%H:%M") == "03:00"
    # A normal time that day is normal.
    assert schedule.scheduled_at(date(2024, 3, 10), "09:00", ny) == datetime(2024, 3, 10, 13, 0, tzinfo=UTC)


def test_fall_back_repeated_time_fires_at_its_first_occurrence() -> None:
    ny = ZoneInfo("America/New_York")
    # 2024-11-03: 01:30 happens twice (EDT then EST); the first is 05:30 UTC.
    assert schedule.scheduled_at(date(2024, 11, 3), "01:30", ny) == datetime(2024, 11, 3, 5, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "start", "local_time"),
    [
        ("America/New_York", datetime(2024, 3, 7, tzinfo=UTC), "02:30"),  # spring forward, time in the gap
        ("America/New_York", datetime(2024, 3, 7, tzinfo=UTC), "09:00"),
        ("America/New_York", datetime(2024, 10, 31, tzinfo=UTC), "01:30"),  # fall back, time repeated
        ("Europe/Berlin", datetime(2024, 3, 28, tzinfo=UTC), "02:30"),
        ("Europe/Berlin", datetime(2024, 10, 24, tzinfo=UTC), "02:30"),
    ],
)
def test_dst_exactly_one_digest_per_local_day(zone: str, start: datetime, local_time: str) -> None:
    """Tick every 5 minutes for a week around the change, delivering whatever is due: one per local date."""
    tz = ZoneInfo(zone)
    last: str | None = None
    delivered: list[tuple[str, datetime]] = []
    now = start
    while now < start + timedelta(days=7):
        due = schedule.due_date(sub(zone, local_time, last), now)
        if due:
            delivered.append((due, now))
            last = due
        now += timedelta(minutes=5)
    days = [d for d, _ in delivered]
    # No repeat, no gap: consecutive local dates (7 or 8 of them, depending on where the UTC week starts).
    first = date.fromisoformat(days[0])
    assert days == [(first + timedelta(days=i)).isoformat() for i in range(len(days))]
    assert len(days) >= 7
    for day, moment in delivered:
        assert moment.astimezone(tz).date().isoformat() == day
        if (day, moment) == delivered[0]:
            continue  # the first is a catch-up: the week may start after that day's moment
        late = moment - schedule.scheduled_at(date.fromisoformat(day), local_time, tz)
        assert timedelta(0) <= late < timedelta(minutes=5)  # on time, at the first tick after the moment


def test_served_date_for_a_new_subscription() -> None:
    before = datetime(2024, 6, 1, 5, 0, tzinfo=UTC)  # 08:00 in Moscow
    after = datetime(2024, 6, 1, 7, 0, tzinfo=UTC)  # 10:00 in Moscow
    assert schedule.served_date_for_new("09:00", "Europe/Moscow", before) is None
    assert schedule.served_date_for_new("09:00", "Europe/Moscow", after) == "2024-06-01"


def test_next_delivery() -> None:
    now = datetime(2024, 6, 1, 7, 0, tzinfo=UTC)  # 10:00 in Moscow
    assert schedule.next_delivery(sub("Europe/Moscow", last="2024-06-01"), now) == datetime(
        2024, 6, 2, 6, 0, tzinfo=UTC)
    assert schedule.next_delivery(sub("Europe/Moscow", "12:00", last="2024-05-31"), now) == datetime(
        2024, 6, 1, 9, 0, tzinfo=UTC)
    # Due and not yet sent: the moment that just passed.
    assert schedule.next_delivery(sub("Europe/Moscow", last="2024-05-31"), now) == datetime(
        2024, 6, 1, 6, 0, tzinfo=UTC)


def test_periods() -> None:
    now = datetime(2024, 6, 1, 6, 0, tzinfo=UTC)
    assert schedule.digest_period(None, now) == (now - timedelta(days=1), now)
    last = now - timedelta(hours=30)
    assert schedule.digest_period(last, now) == (last, now)
    recent = now - timedelta(hours=1)
    assert schedule.manual_period(recent, now) == (now - timedelta(days=1), now)
    assert schedule.manual_period(last, now) == (last, now)
