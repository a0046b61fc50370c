"""One router per feature. Order matters: service messages and commands first, articles next, the fallback last."""

from __future__ import annotations

from aiogram import Router

from handlers import (
    actors,
    articles,
    digest,
    errors,
    fallback,
    inline,
    migration,
    privacy,
    search,
    start,
    trend,
    who,
)


def routers() -> list[Router]:
    return [errors.router, migration.router, start.router, who.router, search.router, trend.router, inline.router,
            actors.router, privacy.router, digest.router, articles.router, fallback.router]
