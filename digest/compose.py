"""A digest from the period's rows. Pure: storage's dataclasses in, a structure and HTML messages out.

"Главное за день": the period's stories — copies of one story from several channels (storage's story_id)
count once — ranked by their number of sources, then by how much was said in them; each with one sentence,
its one or two most important quotes (direct speech of the main actors first) and links to all its sources.
Then "Кто что сказал": the top speakers' other quotes, grouped by person, a quote repeated word for word by
several outlets shown once with its sources. Short enough to be one message on an ordinary day.
Everything user-supplied is escaped here, and each story and quote is one block, so splitting at 4096
characters (render.text.split_blocks) never cuts a quote or a tag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo

from analysis.textnorm import fold_yo
from render.cards import source_label
from render.text import esc, plural, shorten, split_blocks
from storage.models import ActorCount, Article, ArticleSource, StoredQuote

MAX_ACTORS = 7  # actors listed with their counts
MAX_SPEAKERS = 5  # actors whose quotes are shown
QUOTES_PER_SPEAKER = 2
MAX_STORIES = 6  # longer lists end with "and N more"
QUOTES_PER_STORY = 2
MAX_SOURCES = 4  # sources named per story or quote; more are counted
QUOTE_CHARS = 350
STORY_QUOTE_CHARS = 220
SUMMARY_CHARS = 200
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"A-ZА-ЯЁ0-9])")


@dataclass(frozen=True, slots=True)
class Story:
    """One story of the period: its copies (the first one first), its sentence and its key quotes."""

    copies: tuple[Article, ...]
    sentence: str
    quotes: tuple[StoredQuote, ...]
    weight: int  # quotes and copies: how much was said

    @property
    def sources(self) -> int:
        return len(self.copies)


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
    stories: tuple[Story, ...]  # the listed ones (at most MAX_STORIES), most important first
    story_count: int
    # each quote's other sources: the same words printed by other outlets of the period (by quote id)
    echoes: dict[int, tuple[ArticleSource, ...]]

    @property
    def empty(self) -> bool:
        return self.article_count == 0

    @property
    def more_stories(self) -> int:
        return self.story_count - len(self.stories)


def compose(
    articles: list[Article],
    quotes: list[StoredQuote],
    actors: list[ActorCount],
    *,
    since: datetime,
    until: datetime,
    tz: tzinfo,
) -> Digest:
    """Choose what the digest shows: the stories with their key quotes, then the top speakers' other quotes."""
    main = {a.id for a in actors[:MAX_ACTORS]}
    stories = _stories(articles, quotes, main)
    shown = {q.id for story in stories[:MAX_STORIES] for q in story.quotes}
    shown_words = [_words(q.text) for story in stories[:MAX_STORIES] for q in story.quotes]
    by_actor: dict[int, list[StoredQuote]] = {}
    for quote in quotes:
        if quote.actor_id is not None and quote.id not in shown:
            if any(_similar(_words(quote.text), other) for other in shown_words):
                continue  # the same words are already under their story
            by_actor.setdefault(quote.actor_id, []).append(quote)
    speakers = _speakers(actors, by_actor)
    said = tuple(
        SpeakerQuotes(actor, tuple(best_quotes(by_actor[actor.id], QUOTES_PER_SPEAKER))) for actor in speakers
    )
    return Digest(
        since=since, until=until, tz=tz, article_count=len(articles), actors=tuple(actors[:MAX_ACTORS]),
        said=said, stories=tuple(stories[:MAX_STORIES]), story_count=len(stories), echoes=_echoes(quotes),
    )


def first_sentence(text: str) -> str:
    return _SENTENCE_END.split(" ".join(text.split()), maxsplit=1)[0]


def _stories(articles: list[Article], quotes: list[StoredQuote], main: set[int]) -> list[Story]:
    """The period's articles grouped into stories, most sources first, then the most said."""
    groups: dict[int, list[Article]] = {}
    for article in articles:
        groups.setdefault(article.story_id or article.id, []).append(article)
    by_article: dict[int, list[StoredQuote]] = {}
    for quote in quotes:
        by_article.setdefault(quote.article_id, []).append(quote)
    stories = []
    for copies in groups.values():
        copies.sort(key=lambda a: (a.received_at, a.id))
        said = [q for a in copies for q in by_article.get(a.id, []) if q.speaker]
        ranked = sorted(said, key=lambda q: (q.kind != "direct", q.actor_id not in main, -quote_score(q), q.id))
        chosen: list[StoredQuote] = []
        seen: list[set[str]] = []
        for quote in ranked:
            words = _words(quote.text)
            if not any(_similar(words, other) for other in seen):
                chosen.append(quote)
                seen.append(words)
            if len(chosen) == QUOTES_PER_STORY:
                break
        lead = next((a.summary for a in copies if a.summary), None) or copies[0].text
        stories.append(Story(tuple(copies), first_sentence(lead), tuple(chosen), len(said) + len(copies)))
    stories.sort(key=lambda s: (-s.sources, -s.weight, s.copies[0].received_at, s.copies[0].id))
    return stories


def _echoes(quotes: list[StoredQuote]) -> dict[int, tuple[ArticleSource, ...]]:
    """For each quote, the sources of the other articles that printed the very same words."""
    same: dict[tuple[str | None, str], list[StoredQuote]] = {}
    for quote in quotes:
        same.setdefault((quote.speaker, " ".join(_WORD.findall(fold_yo(quote.text.lower())))), []).append(quote)
    echoes: dict[int, tuple[ArticleSource, ...]] = {}
    for group in same.values():
        articles = {q.article_id: q.source for q in group}
        if len(articles) > 1:
            for quote in group:
                echoes[quote.id] = tuple(src for aid, src in articles.items() if aid != quote.article_id)
    return echoes


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


def _sources(sources: list[ArticleSource]) -> str:
    """Sources as links where known; a plain paste has none and is counted, not named."""
    named = [source_label(s, fallback="") for s in sources]
    named = list(dict.fromkeys(n for n in named if n))
    text = ", ".join(named[:MAX_SOURCES])
    if len(named) > MAX_SOURCES:
        text += f" и ещё {len(named) - MAX_SOURCES}"
    return text


def _quote_body(quote: StoredQuote, limit: int) -> str:
    """Direct speech in «…»; indirect speech is the outlet's paraphrase: no quotation marks, marked as such."""
    text = esc(shorten(quote.text, limit))
    return f"«{text}»" if quote.kind == "direct" else f"{text} <i>(пересказ)</i>"


def _story_block(number: int, story: Story) -> str:
    n = story.sources
    head = f"<b>{number}.</b> {esc(shorten(story.sentence, SUMMARY_CHARS))}"
    sources = _sources([a.source for a in story.copies])
    if n > 1:
        head += f"\n<i>{n} {plural(n, 'источник', 'источника', 'источников')}</i>" + (f": {sources}" if sources
                                                                                     else "")
    elif sources:
        head += f"\n<i>{sources}</i>"
    lines = [head]
    for quote in story.quotes:
        lines.append(f"— <b>{esc(quote.speaker or '')}</b>: {_quote_body(quote, STORY_QUOTE_CHARS)}")
    return "\n".join(lines)


def _quote_line(quote: StoredQuote, echoes: tuple[ArticleSource, ...] = ()) -> str:
    sources = _sources([quote.source, *echoes])
    return f"— {_quote_body(quote, QUOTE_CHARS)}" + (f" — {sources}" if sources else "")


def digest_blocks(digest: Digest) -> list[str]:
    """The digest as HTML blocks, each complete on its own (balanced tags, a whole quote)."""
    n = digest.article_count
    k = digest.story_count
    head = (f"<b>📰 Дайджест</b> с {_when(digest.since, digest.tz)} по {_when(digest.until, digest.tz)}\n"
            f"{n} {plural(n, 'статья', 'статьи', 'статей')}, {k} {plural(k, 'сюжет', 'сюжета', 'сюжетов')}.")
    if digest.actors:
        head += "\nВ центре внимания: " + ", ".join(
            f"{esc(a.name)} ({a.mentions})" for a in digest.actors[:5])
    blocks = [head]
    if digest.stories:
        blocks.append("\n<b>Главное за день</b>")
        blocks.extend(_story_block(i, story) for i, story in enumerate(digest.stories, 1))
        if digest.more_stories > 0:
            m = digest.more_stories
            blocks.append(f"…и ещё {m} {plural(m, 'сюжет', 'сюжета', 'сюжетов')}.")
    said = [s for s in digest.said if s.quotes]
    if said:
        blocks.append("\n<b>Кто что сказал</b>")
        for speaker in said:
            for i, quote in enumerate(speaker.quotes):
                line = _quote_line(quote, digest.echoes.get(quote.id, ()))
                # The name travels with its first quote, so a message never ends on a lone heading.
                blocks.append(f"<b>{esc(speaker.actor.name)}</b>\n{line}" if i == 0 else line)
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
