"""A digest from the period's rows. Pure: storage's dataclasses in, a structure and HTML messages out.

What goes in: how many articles arrived; the key actors with their mention counts; for the top actors, a
few of their most informative quotes; every article (up to a cap) with its source and a one-line summary.
Everything user-supplied is escaped here, and each quote is one block, so splitting at 4096 characters
(render.text.split_blocks) never cuts a quote or a tag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo

from analysis.textnorm import fold_yo
from render.cards import source_label
from render.text import esc, plural, shorten, split_blocks
from storage.models import ActorCount, Article, StoredQuote

MAX_ACTORS = 7  # actors listed with their counts
MAX_SPEAKERS = 5  # actors whose quotes are shown
QUOTES_PER_SPEAKER = 2
MAX_ARTICLES = 40  # longer lists end with "and N more"
QUOTE_CHARS = 350
SUMMARY_CHARS = 200
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class SpeakerQuotes:
    actor: ActorCount
    quotes: tuple[StoredQuote, ...]


@dataclass(frozen=True, slots=True)
class Digest:
    since: datetime
    until: datetime
    tz: tzinfo
    article_count: int
    actors: tuple[ActorCount, ...]
    said: tuple[SpeakerQuotes, ...]
    articles: tuple[Article, ...]  # the listed ones (at most MAX_ARTICLES)

    @property
    def empty(self) -> bool:
        return self.article_count == 0

    @property
    def more_articles(self) -> int:
        return self.article_count - len(self.articles)



def compose(
    articles: list[Article],
    quotes: list[StoredQuote],
    actors: list[ActorCount],
    *,
    since: datetime,
    until: datetime,
    tz: tzinfo,
) -> Digest:
    """Choose what the digest shows: the top actors, their best quotes, the articles."""
    by_actor: dict[int, list[StoredQuote]] = {}
    for quote in quotes:
        if quote.actor_id is not None:
            by_actor.setdefault(quote.actor_id, []).append(quote)
    speakers = _speakers(actors, by_actor)
    said = tuple(
        SpeakerQuotes(actor, tuple(best_quotes(by_actor[actor.id], QUOTES_PER_SPEAKER))) for actor in speakers
    )
    return Digest(
        since=since, until=until, tz=tz, article_count=len(articles), actors=tuple(actors[:MAX_ACTORS]),
        said=said, articles=tuple(articles[:MAX_ARTICLES]),
    )


def _speakers(actors: list[ActorCount], by_actor: dict[int, list[StoredQuote]]) -> list[ActorCount]:
    """The most mentioned actors who said something; then, if room is left, whoever was quoted most."""
    chosen = [a for a in actors if a.id in by_actor][:MAX_SPEAKERS]
    if len(chosen) < MAX_SPEAKERS:
        known = {a.id for a in chosen}
        others = sorted((aid for aid in by_actor if aid not in known), key=lambda aid: -len(by_actor[aid]))
        for aid in others[: MAX_SPEAKERS - len(chosen)]:
            first = by_actor[aid][0]
            chosen.append(ActorCount(aid, first.speaker or "—", first.speaker_type or "PER", 0, 0))
    return chosen


def quote_score(quote: StoredQuote) -> float:
    """How informative a quote looks: direct speech first; a full sentence beats a fragment; a wall of text
    loses points (it would be cut anyway)."""
    n = len(quote.text)
    score = 2.0 if quote.kind == "direct" else 0.0
    score += min(n, 220) / 220 * 1.5
    if n < 25:
        score -= 1.5
    if n > 450:
        score -= min(2.0, (n - 450) / 300)
    return score


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(fold_yo(text.lower())) if len(w) > 2}


def _similar(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return a == b
    overlap = len(a & b)
    return overlap / len(a | b) >= 0.6 or overlap / min(len(a), len(b)) >= 0.85


def best_quotes(quotes: list[StoredQuote], limit: int) -> list[StoredQuote]:
    """The `limit` best distinct quotes (a quote repeated by several outlets is shown once), in time order."""
    ranked = sorted(quotes, key=lambda q: (-quote_score(q), q.received_at, q.id))
    chosen: list[StoredQuote] = []
    seen: list[set[str]] = []
    for quote in ranked:
        words = _words(quote.text)
        if any(_similar(words, other) for other in seen):
            continue
        chosen.append(quote)
        seen.append(words)
        if len(chosen) == limit:
            break
    return sorted(chosen, key=lambda q: (q.received_at, q.id))


# --- HTML -----------------------------------------------------------------------------------------------


def _when(moment: datetime, tz: tzinfo) -> str:
    return moment.astimezone(tz).strftime("%d.%m %H:%M")


def _article_line(article: Article) -> str:
    summary = article.summary or article.text
    text = esc(shorten(summary, SUMMARY_CHARS))
    source = source_label(article.source, fallback="")
    return f"• {source}: {text}" if source else f"• {text}"


def _quote_line(quote: StoredQuote) -> str:
    text = esc(shorten(quote.text, QUOTE_CHARS))
    body = f"«{text}»" if quote.kind == "direct" else f"{text} <i>(пересказ)</i>"
    source = source_label(quote.source, fallback="")
    return f"— {body}" + (f" — {source}" if source else "")


def digest_blocks(digest: Digest) -> list[str]:
    """The digest as HTML blocks, each complete on its own (balanced tags, a whole quote)."""
    n = digest.article_count
    blocks = [
        f"<b>📰 Дайджест</b> с {_when(digest.since, digest.tz)} по {_when(digest.until, digest.tz)}\n"
        f"{n} {plural(n, 'статья', 'статьи', 'статей')} за период."
    ]
    if digest.actors:
        lines = ["\n<b>В центре внимания</b>"]
        for actor in digest.actors:
            m = actor.mentions
            lines.append(f"• {esc(actor.name)} — {m} {plural(m, 'упоминание', 'упоминания', 'упоминаний')}")
        blocks.append("\n".join(lines))
    if digest.said:
        blocks.append("\n<b>Что говорили</b>")
        for speaker in digest.said:
            for i, quote in enumerate(speaker.quotes):
                line = _quote_line(quote)
                # The name travels with its first quote, so a message never ends on a lone heading.
                blocks.append(f"<b>{esc(speaker.actor.name)}</b>\n{line}" if i == 0 else line)
    if digest.articles:
        blocks.append("\n<b>Статьи</b>")
        blocks.extend(_article_line(a) for a in digest.articles)
        if digest.more_articles > 0:
            k = digest.more_articles
            blocks.append(f"…и ещё {k} {plural(k, 'статья', 'статьи', 'статей')}.")
    return blocks


def empty_note(since: datetime, until: datetime, tz: tzinfo) -> str:
    return (
        f"<b>📰 Дайджест</b> с {_when(since, tz)} по {_when(until, tz)}\n"
        "За этот период новых статей не было. Перешлите мне новости — и завтра здесь будет сводка."
    )


def render(digest: Digest, *, send_empty: bool = True) -> list[str]:
    """The messages to send (each ≤ 4096 characters); [] for an empty period when the chat asked for silence."""
    if digest.empty:
        return [empty_note(digest.since, digest.until, digest.tz)] if send_empty else []
    # Section headings start with a blank line; a message that begins with one would show it, so trim.
    return [message.strip() for message in split_blocks(digest_blocks(digest))]
