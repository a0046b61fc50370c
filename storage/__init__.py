"""Storage (SQLite, or PostgreSQL with DATABASE_URL): the only package that speaks SQL."""

from storage.backend import StorageUnavailable
from storage.models import (
    ActorCount,
    ActorMatch,
    Article,
    ArticleSource,
    DigestParts,
    InboxEntry,
    StoredQuote,
    Subscription,
    TrendDay,
)
from storage.store import Storage, content_hash, utcnow

__all__ = [
    "ActorCount", "ActorMatch", "Article", "ArticleSource", "DigestParts", "InboxEntry", "Storage",
    "StorageUnavailable", "StoredQuote", "Subscription", "TrendDay", "content_hash", "utcnow",
]
