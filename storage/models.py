"""Plain rows that the storage layer hands out; nothing outside storage/ sees SQL or sqlite rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(slots=True, frozen=True)
class ArticleSource:
    """Where a forwarded post came from (Telegram's forward_origin), or the page a link pointed to."""

    title: str | None = None
    username: str | None = None
    chat_id: int | None = None
    message_id: int | None = None
    link: str | None = None
    url: str | None = None  # normalised page address, for articles fetched from a link

    def label(self) -> str | None:
        if self.title and self.username:
            return f"{self.title} (@{self.username})"
        return self.title or (f"@{self.username}" if self.username else None)


@dataclass(slots=True, frozen=True)
class Article:
    id: int
    chat_id: int
    message_id: int | None
    text: str
    source: ArticleSource
    received_at: datetime
    status: str
    summary: str | None
    card_sent: bool
    story_id: int | None = None  # the first article of its story (its own id when first); None before analysis


@dataclass(slots=True, frozen=True)
class ActorMatch:
    id: int
    name: str
    type: str
    mentions: int
    quotes: int
    aliases: tuple[str, ...] = ()


@dataclass(slots=True, frozen=True)
class ActorCount:
    id: int
    name: str
    type: str
    mentions: int
    articles: int


@dataclass(slots=True, frozen=True)
class StoredQuote:
    id: int
    article_id: int
    actor_id: int | None
    speaker: str | None
    speaker_type: str | None
    kind: str
    text: str
    cue: str | None
    received_at: datetime
    source: ArticleSource


@dataclass(slots=True, frozen=True)
class TrendDay:
    """One UTC day of an actor's trend: how often they were mentioned and quoted."""

    day: str  # YYYY-MM-DD
    mentions: int
    quotes: int


@dataclass(slots=True, frozen=True)
class Subscription:
    chat_id: int
    timezone: str
    local_time: str
    active: bool
    send_empty: bool
    last_local_date: str | None
    last_digest_at: datetime | None
    disabled_reason: str | None = None


@dataclass(slots=True, frozen=True)
class InboxEntry:
    """A message received and not yet finished: `kind` and `payload` say how to process it again."""

    chat_id: int
    message_id: int
    kind: str
    payload: dict[str, Any] = field(default_factory=dict)
    received_at: datetime | None = None


@dataclass(slots=True, frozen=True)
class DigestParts:
    """A digest stored before sending: its messages, which of them Telegram accepted, the period's end."""

    chat_id: int
    local_date: str
    period_end: datetime
    texts: tuple[str, ...]
    sent: tuple[bool, ...]
