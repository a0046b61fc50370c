"""The pure composition: what the digest shows, escaping, splitting at 4096 without cutting a quote."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from digest.compose import best_quotes, compose, digest_blocks, render
from render.text import MESSAGE_LIMIT, plural
from storage.models import ActorCount, Article, ArticleSource, StoredQuote

MSK = ZoneInfo("Europe/Moscow")
UNTIL = datetime(2024, 6, 2, 6, 0, tzinfo=UTC)
SINCE = UNTIL - timedelta(days=1)
T = UNTIL - timedelta(hours=3)


def article(i: int, summary: str = "Короткое содержание статьи.", source: ArticleSource | None = None) -> Article:
    return Article(i, 1, None, "текст " * 20, source or ArticleSource(title=f"Канал {i}", username=f"chan{i}"),
                   T + timedelta(minutes=i), "done", summary, True)


def quote(i: int, text: str, actor_id: int = 1, kind: str = "direct", speaker: str = "Владимир Путин",
          source: ArticleSource | None = None) -> StoredQuote:
    return StoredQuote(i, i, actor_id, speaker, "PER", kind, text, "сказал", T + timedelta(minutes=i),
                       source or ArticleSource(title="ТАСС"))


def actor(i: int, name: str, mentions: int) -> ActorCount:
    return ActorCount(i, name, "PER", mentions, 1)


def test_plural() -> None:
    forms = ("статья", "статьи", "статей")
    assert [plural(n, *forms) for n in (1, 2, 5, 11, 12, 21, 22, 25, 101, 111)] == [
        "статья", "статьи", "статей", "статей", "статей", "статья", "статьи", "статей", "статья", "статей"]


def test_digest_has_counts_actors_quotes_and_articles() -> None:
    digest = compose(
        [article(1), article(2)],
        [quote(1, "Мы будем развивать сотрудничество с партнёрами"), quote(2, "Переговоры продолжатся", 2,
                                                                         speaker="Сергей Лавров")],
        [actor(1, "Владимир Путин", 5), actor(2, "Сергей Лавров", 2)],
        since=SINCE, until=UNTIL, tz=MSK,
    )
    assert digest.article_count == 2 and not digest.empty
    assert [s.actor.name for s in digest.said] == ["Владимир Путин", "Сергей Лавров"]
    text = "\n".join(render(digest))
    assert "2 статьи" in text
    assert "Владимир Путин — 5 упоминаний" in text
    assert "«Мы будем развивать сотрудничество с партнёрами»" in text
    assert "Канал 1 (@chan1)" in text and "Короткое содержание статьи." in text
    assert "01.06 09:00" in text and "02.06 09:00" in text  # the period in the subscriber's zone


def test_user_text_is_escaped_everywhere() -> None:
    evil = ArticleSource(title="<script>alert(1)</script> & Co", link='https://t.me/x?a=1&b="2"')
    digest = compose(
        [article(1, summary="Цены <b>растут</b> & падают", source=evil)],
        [quote(1, "Мы <script>не</script> сдадимся & победим", source=evil)],
        [actor(1, "Путин <i>", 3)],
        since=SINCE, until=UNTIL, tz=MSK,
    )
    text = "\n".join(render(digest))
    assert "<script>" not in text and "<i>" not in text.replace("<i>(пересказ)</i>", "")
    assert "&lt;script&gt;" in text and "&amp; победим" in text and "&amp; Co" in text
    assert 'href="https://t.me/x?a=1&amp;b=&quot;2&quot;"' in text
    # Only our own tags remain, and they are balanced.
    for message in render(digest):
        tags = re.findall(r"</?(\w+)", message)
        assert set(tags) <= {"b", "i", "a", "code"}
        for tag in set(tags):
            assert message.count(f"<{tag}") == message.count(f"</{tag}>")


def test_non_http_links_are_not_linked() -> None:
    digest = compose([article(1, source=ArticleSource(title="X", link="javascript:alert(1)"))], [], [],
                     since=SINCE, until=UNTIL, tz=MSK)
    assert "href" not in "\n".join(render(digest))


def test_long_digest_splits_without_cutting_a_quote() -> None:
    actors = [actor(i, f"Спикер {i}", 50 - i) for i in range(1, 8)]
    quotes = [quote(i * 10 + k, f"Цитата {i}-{k}: " + "очень важные слова & смыслы " * 10, actor_id=i,
                    speaker=f"Спикер {i}") for i in range(1, 8) for k in range(3)]
    articles = [article(i, summary="Длинное содержание <важной> статьи " * 8) for i in range(1, 60)]
    digest = compose(articles, quotes, actors, since=SINCE, until=UNTIL, tz=MSK)
    messages = render(digest)
    assert len(messages) > 1
    assert all(len(m) <= MESSAGE_LIMIT for m in messages)
    chosen = [q for s in digest.said for q in s.quotes]
    for q in chosen:  # every chosen quote appears whole in exactly one message
        shown = html.escape(q.text[:60], quote=True)
        assert sum(shown in m for m in messages) == 1
    for message in messages:  # no message ends inside a quote
        assert message.count("«") == message.count("»")
    assert "…и ещё 19 статей." in messages[-1]


def test_quote_choice_prefers_direct_informative_distinct() -> None:
    quotes = [
        quote(1, "Да", kind="direct"),
        quote(2, "Мы продолжим переговоры с партнёрами и будем добиваться результата", kind="direct"),
        quote(3, "Мы продолжим переговоры с партнёрами и будем добиваться результата!", kind="direct"),
        quote(4, "переговоры будут продолжены в ближайшее время на высоком уровне", kind="indirect"),
        quote(5, "Экономика страны показала рост несмотря на все внешние ограничения", kind="direct"),
        quote(6, "слово " * 400, kind="direct"),
    ]
    chosen = best_quotes(quotes, 2)
    ids = [q.id for q in chosen]  # one of the near-duplicates (2, 3), no fragment (1), no wall of text (6)
    assert len(ids) == 2 and ids[0] in (2, 3) and ids[1] == 5


def test_only_the_top_speakers_and_a_few_quotes_each() -> None:
    actors = [actor(i, f"Спикер {i}", 100 - i) for i in range(1, 10)]
    topics = ["бюджет страны вырастет в следующем году", "армия получит новую технику скоро",
              "школы откроются первого сентября как обычно", "урожай пшеницы оказался рекордным"]
    quotes = [quote(i * 10 + k, f"{topics[k]} ({i})", actor_id=i, speaker=f"Спикер {i}")
              for i in range(1, 10) for k in range(4)]
    digest = compose([article(1)], quotes, actors, since=SINCE, until=UNTIL, tz=MSK)
    assert len(digest.said) == 5
    assert all(len(s.quotes) == 2 for s in digest.said)
    assert len(digest.actors) == 7


def test_quotes_of_speakers_outside_the_top_still_count() -> None:
    digest = compose([article(1)], [quote(1, "Слова человека, которого мало упоминали", actor_id=9,
                                          speaker="Иван Иванов")],
                     [actor(1, "Владимир Путин", 5)], since=SINCE, until=UNTIL, tz=MSK)
    assert [s.actor.name for s in digest.said] == ["Иван Иванов"]


def test_empty_period_note_or_silence() -> None:
    digest = compose([], [], [], since=SINCE, until=UNTIL, tz=MSK)
    assert digest.empty
    [note] = render(digest)
    assert "новых статей не было" in note
    assert render(digest, send_empty=False) == []


def test_headings_never_end_a_message_alone() -> None:
    digest = compose([article(1)], [quote(1, "Слова")], [actor(1, "Владимир Путин", 1)],
                     since=SINCE, until=UNTIL, tz=MSK)
    blocks = digest_blocks(digest)
    assert any(b.startswith("<b>Владимир Путин</b>\n— «Слова»") for b in blocks)
