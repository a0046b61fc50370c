"""The pure composition: what the digest shows, escaping, splitting at 4096 without cutting a quote."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from digest.compose import MAX_STORIES, best_quotes, compose, digest_blocks, render
from render.text import MESSAGE_LIMIT, plural
from storage.models import ActorCount, Article, ArticleSource, StoredQuote

MSK = ZoneInfo("Europe/Moscow")
UNTIL = datetime(2024, 6, 2, 6, 0, tzinfo=UTC)
SINCE = UNTIL - timedelta(days=1)
T = UNTIL - timedelta(hours=3)


def article(i: int, summary: str = "Короткое содержание статьи.", source: ArticleSource | None = None,
            story_id: int | None = None) -> Article:
    return Article(i, 1, None, "текст " * 20, source or ArticleSource(title=f"Канал {i}", username=f"chan{i}"),
                   T + timedelta(minutes=i), "done", summary, True, story_id)


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
    assert [[q.speaker for q in s.quotes] for s in digest.stories] == [["Владимир Путин"], ["Сергей Лавров"]]
    assert digest.said == ()  # every quote is already under its story
    text = "\n".join(render(digest))
    assert "2 статьи, 2 сюжета" in text and "Главное за день" in text
    assert "Владимир Путин (5)" in text
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
    assert "<script>" not in text and "Путин &lt;i&gt;" in text
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
    quotes = [quote(i * 10 + k, f"Цитата {i}-{k} & смыслы: " + " ".join(f"мысль{i}x{k}x{j}" for j in range(30)),
                    actor_id=i, speaker=f"Спикер {i}") for i in range(1, 8) for k in range(3)]
    articles = [article(i, summary=f"Длинное содержание <важной> статьи {i} " * 8) for i in range(1, 80)]
    digest = compose(articles, quotes, actors, since=SINCE, until=UNTIL, tz=MSK)
    messages = render(digest)
    assert len(messages) > 1
    assert all(len(m) <= MESSAGE_LIMIT for m in messages)
    chosen = [q for s in digest.said for q in s.quotes] + [q for s in digest.stories for q in s.quotes]
    assert len(chosen) > 10
    for q in chosen:  # every chosen quote appears whole in exactly one message
        shown = html.escape(q.text[:60], quote=True)
        assert sum(shown in m for m in messages) == 1
    for message in messages:  # no message ends inside a quote
        assert message.count("«") == message.count("»")
    more = 79 - MAX_STORIES
    assert f"…и ещё {more} {plural(more, 'сюжет', 'сюжета', 'сюжетов')}." in "\n".join(messages)


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
    digest = compose([article(1)], [quote(1, "Не эти слова", actor_id=1), quote(2, "Слова эти", actor_id=1),
                                    quote(3, "Слова человека, которого мало упоминали", actor_id=9,
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
    quotes = [quote(1, "Первые слова президента"), quote(2, "Вторые слова президента о другом"),
              quote(3, "Третьи совсем иные мысли")]
    digest = compose([article(1)], quotes, [actor(1, "Владимир Путин", 1)], since=SINCE, until=UNTIL, tz=MSK)
    blocks = digest_blocks(digest)
    assert any(b.startswith("<b>Владимир Путин</b>\n— «") for b in blocks)


def test_a_story_from_two_channels_is_listed_once_with_both_sources() -> None:
    tass = ArticleSource(title="ТАСС", username="tass_agency", link="https://t.me/tass_agency/10")
    rbc = ArticleSource(title="РБК", username="rbc_news", link="https://t.me/rbc_news/20")
    articles = [article(1, "Бюджет сбалансирован. Подробности позже.", tass, story_id=1),
                article(2, "Бюджет сбалансирован. Другие подробности.", rbc, story_id=1),
                article(3, "Другая новость дня.")]
    quotes = [quote(1, "Бюджет будет исполнен полностью", source=tass),
              StoredQuote(2, 2, 1, "Владимир Путин", "PER", "direct", "Бюджет будет исполнен полностью", "сказал",
                          T, rbc),
              quote(4, "расходы сократят", kind="indirect", speaker="Антон Силуанов", actor_id=2, source=tass)]
    digest = compose(articles, quotes, [actor(1, "Владимир Путин", 4)], since=SINCE, until=UNTIL, tz=MSK)
    assert digest.story_count == 2 and digest.stories[0].sources == 2
    [message] = render(digest)  # an ordinary day fits one message
    assert message.count("Бюджет сбалансирован.") == 1 and "Подробности позже" not in message
    assert "2 источника" in message
    assert 'href="https://t.me/tass_agency/10"' in message and 'href="https://t.me/rbc_news/20"' in message
    assert message.count("Бюджет будет исполнен полностью") == 1  # the repeated quote once
    # direct speech of the main actor before the paraphrase, which has no quotation marks
    assert message.index("«Бюджет будет исполнен") < message.index("расходы сократят")
    assert "«расходы сократят" not in message and "расходы сократят <i>(пересказ)</i>" in message
