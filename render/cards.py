"""What the bot's answers look like: pure functions from stored rows to HTML blocks.

Handlers pack the blocks into messages with `render.text.split_blocks`; the digest uses the same quote line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from analysis.keys import matching_spans
from render.text import esc, plural, shorten
from storage import ActorCount, Article, ArticleSource, StoredQuote

TYPE_ICONS = {"PER": "👤", "ORG": "🏛", "LOC": "📍"}
KIND_LABELS = {"direct": "прямая речь", "indirect": "пересказ"}
QUOTE_CHARS = 600  # one quote line stays readable and a page of them fits one message


def source_label(source: ArticleSource, fallback: str = "прислано в чат") -> str:
    """The article's origin as escaped HTML: a link to the post or page when there is a web one."""
    label = source.label()
    if source.link and re.match(r"https?://", source.link):
        return f'<a href="{esc(source.link)}">{esc(label or "источник")}</a>'
    return esc(label) if label else fallback


def local_date(moment: datetime, zone: str = "Europe/Moscow") -> str:
    return moment.astimezone(ZoneInfo(zone)).strftime("%d.%m.%Y")


def highlight(text: str, query: Sequence[frozenset[str]]) -> str:
    """`text` escaped, with every word that matches a word of the query (in any form) in bold."""
    out: list[str] = []
    last = 0
    for start, end in matching_spans(text, list(query)):
        out.append(esc(text[last:start]))
        out.append(f"<b>{esc(text[start:end])}</b>")
        last = end
    out.append(esc(text[last:]))
    return "".join(out)


def quote_line(quote: StoredQuote, *, with_speaker: bool = True, with_source: bool = False,
               zone: str = "Europe/Moscow", limit: int = QUOTE_CHARS,
               query: Sequence[frozenset[str]] | None = None, also: Sequence[ArticleSource] = ()) -> str:
    """One quote: speaker — «text» (прямая речь), or speaker — text (пересказ), optionally with its source.

    Indirect speech is the outlet's paraphrase, not the speaker's words: putting it in quotation marks would
    attribute words to someone who never said them, so only direct speech gets «…».
    """
    mark = "💬" if quote.kind == "direct" else "🗣"
    text = highlight(shorten(quote.text, limit), query) if query else esc(shorten(quote.text, limit))
    speaker = f"<b>{esc(quote.speaker)}</b> — " if with_speaker and quote.speaker else ""
    body = f"«{text}»" if quote.kind == "direct" else text
    line = f"{mark} {speaker}{body} <i>({KIND_LABELS.get(quote.kind, quote.kind)})</i>"
    if with_source:
        line += f"\n    <i>{source_label(quote.source)}, {local_date(quote.received_at, zone)}"
        others = list(dict.fromkeys(source_label(s, fallback="") for s in also))
        others = [o for o in others if o]
        if others:  # the same words printed elsewhere: shown once, with every source
            line += "; также: " + ", ".join(others[:4]) + (f" и ещё {len(others) - 4}" if len(others) > 4 else "")
        line += "</i>"
    return line


def actor_line(actor: ActorCount, position: int | None = None) -> str:
    icon = TYPE_ICONS.get(actor.type, "•")
    prefix = f"{position}. " if position is not None else ""
    count = plural(actor.mentions, "упоминание", "упоминания", "упоминаний")
    return f"{prefix}{icon} {esc(actor.name)} — {actor.mentions} {count}"


def article_source(article: Article) -> str:
    """Where one copy of a story came from, as escaped HTML (a link when there is one), with its date."""
    return f"{source_label(article.source)}, {local_date(article.received_at)}"


def story_note(earlier: Sequence[Article]) -> str:
    """The card of a second copy of a story says so and names where the story was seen before."""
    n = len(earlier)
    head = "🔁 <b>Этот сюжет уже был</b>" + (f" ({n + 1} {plural(n + 1, 'источник', 'источника', 'источников')})"
                                             if n else "")
    shown = [f"• {article_source(a)}" for a in earlier[:5]]
    if n > 5:
        shown.append(f"…и ещё {n - 5}")
    return head + ":\n" + "\n".join(shown)


def article_card(article: Article, actors: Sequence[ActorCount], quotes: Sequence[StoredQuote], *,
                 earlier: Sequence[Article] = ()) -> list[str]:
    """The answer to a forwarded or pasted article: summary, key actors, who said what; for a story seen
    before (`earlier`: its earlier copies in this chat), a note naming those sources."""
    if article.status == "failed":
        return ["😔 Не удалось разобрать эту статью. Попробуйте прислать её ещё раз или другим сообщением."]
    blocks = ["📰 <b>Разбор статьи</b>"]
    if article.source.label() or article.source.link:
        blocks.append(f"Источник: {source_label(article.source)}")
    if earlier:
        blocks.append(story_note(earlier))
    if article.summary:
        blocks.append(f"\n<b>Коротко:</b> {esc(shorten(article.summary, 400))}")
    if actors:
        names = ", ".join(f"{TYPE_ICONS.get(a.type, '')} {esc(a.name)}" for a in actors[:8])
        blocks.append(f"\n<b>Ключевые участники:</b> {names}")
    attributed = [q for q in quotes if q.speaker]
    if attributed:
        blocks.append(f"\n<b>Кто что сказал</b> ({len(attributed)}):")
        blocks.extend(quote_line(q) for q in attributed)
    else:
        blocks.append("\nЦитат с понятным автором в этой статье не нашлось.")
    return blocks


HELP = (
    "👋 Я нахожу в новостях, <b>кто что сказал</b>.\n\n"
    "Перешлите мне пост из новостного канала или вставьте текст статьи — я отвечу карточкой: "
    "краткое содержание, ключевые участники и цитаты с авторами (прямая речь — в кавычках, пересказ — без них). "
    "Всё сохраняется, и потом можно спросить:\n\n"
    "/who Путин — что говорил человек или организация (любая форма имени: «Путину», «путин», "
    "«российский лидер») и о ком он говорит чаще всего; <code>/who Путин week</code> — за неделю "
    "(day, week, month)\n"
    "/about Ким Чен Ын — что о нём говорили другие\n"
    "/search санкции — цитаты с этими словами в любой форме («санкциями», «санкций»)\n"
    "/trend Путин — график упоминаний и цитат по дням за 30 дней\n"
    "/quotes — последние цитаты\n"
    "/actors week — кого упоминали чаще всего (day, week или all), с кнопкой графика\n"
    "/digest — сводка за последние сутки\n"
    "/subscribe 09:00 Europe/Moscow — ежедневная сводка в ваше время\n"
    "/unsubscribe — отписаться от сводки\n"
    "/settings — настройки сводки\n"
    "/analyze — ответом на сообщение: разобрать его (в группе — пост, ссылку или файл)\n"
    "/export — все ваши статьи и цитаты файлом JSON\n"
    "/forget — удалить всё, что бот сохранил для этого чата\n\n"
    "В группе я разбираю пересланные посты, сообщения с упоминанием меня или ответом мне и /analyze "
    "ответом на сообщение; обычную переписку не читаю и не сохраняю.\n\n"
    "Один сюжет из нескольких каналов я узнаю и покажу один раз, со всеми источниками. Каждая цитата — со "
    "ссылкой на пост или статью.\n\n"
    "Поделиться цитатой: в любом чате наберите <code>@имя_бота Путин</code> — я предложу ваши цитаты "
    "(из нашего личного чата).\n\n"
    "Каждый чат видит только свои статьи."
)
