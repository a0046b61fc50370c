"""Pages of /search, /about, /who with a period, /trend's data and inline results: pure functions."""

from __future__ import annotations

from datetime import UTC, date, datetime

from analysis.keys import query_keys
from handlers.inline import result, shared_quote
from handlers.period import label, split_period
from handlers.search import query_of, search_page
from handlers.trend import day_axis, series
from handlers.who import about_page, who_page
from render.text import MESSAGE_LIMIT
from storage import ActorMatch, ArticleSource, StoredQuote, TrendDay


def quote(text: str, kind: str = "direct", speaker: str = "Дмитрий Песков", qid: int = 1) -> StoredQuote:
    return StoredQuote(id=qid, article_id=1, actor_id=2, speaker=speaker, speaker_type="PER", kind=kind, text=text,
                       cue="сказал", received_at=datetime(2026, 5, 1, 12, tzinfo=UTC),
                       source=ArticleSource(title="ТАСС", username="tass_agency",
                                            link="https://t.me/tass_agency/42"))


def test_period_is_the_last_word_only_when_it_is_one() -> None:
    assert split_period("Путин week") == ("Путин", "week")
    assert split_period("Путин неделя") == ("Путин", "week")
    assert split_period("Ким Чен Ын month") == ("Ким Чен Ын", "month")
    assert split_period("Путин") == ("Путин", "all")
    assert split_period("week") == ("week", "all")  # a lone word is the query, not a period
    assert label("week") == " за неделю" and label("all") == ""


def test_search_page_bolds_the_matched_forms_and_links_the_source() -> None:
    keys = query_keys("санкциями")
    text, shown = search_page("санкциями", keys, [quote("Новые санкции не помешают <нам>")], 1, 0)
    assert shown == 1 and "<b>санкции</b>" in text and "&lt;нам&gt;" in text
    assert 'href="https://t.me/tass_agency/42"' in text
    assert query_of("🔎 Поиск «санкциями» за неделю — 1 цитата:\n…") == "санкциями"
    empty, _ = search_page("бананы", query_keys("бананы"), [], 0, 0)
    assert "ничего не нашлось" in empty


def test_about_page_puts_the_speaker_first() -> None:
    kim = ActorMatch(1, "Ким Чен Ын", "PER", 3, 0)
    text, shown = about_page([kim], [quote("Ким Чен Ын приедет в Москву", kind="indirect")], 1, 0, period="week")
    assert shown == 1 and "Что говорили о <b>Ким Чен Ын</b> за неделю" in text
    line = text.split("\n\n")[1]
    assert line.index("Дмитрий Песков") < line.index("Ким Чен Ын приедет")
    assert "«" not in line and "пересказ" in line  # a paraphrase is never in quotation marks


def test_who_page_says_whom_they_talk_about() -> None:
    putin = ActorMatch(1, "Владимир Путин", "PER", 3, 1)
    text, _ = who_page([putin], [quote("Слова")], 1, 0, period="week", talks_about=[("Ким Чен Ын", 2)])
    assert "за неделю" in text and "говорит о: Ким Чен Ын (2)" in text


def test_trend_series_fill_days_without_articles() -> None:
    axis = day_axis(date(2026, 5, 30), 30)
    assert len(axis) == 30 and axis[0] == "2026-05-01" and axis[-1] == "2026-05-30"
    mentions, quotes = series(axis, [TrendDay("2026-05-02", 4, 1), TrendDay("2026-04-01", 9, 9)])
    assert mentions[1] == 4 and quotes[1] == 1 and sum(mentions) == 4


def test_inline_result_posts_a_formatted_quote_with_its_source() -> None:
    posted = shared_quote(quote("Мы <готовы>"))
    assert "«Мы &lt;готовы&gt;»" in posted and 'href="https://t.me/tass_agency/42"' in posted
    assert len(posted) < MESSAGE_LIMIT
    paraphrase = shared_quote(quote("переговоры продолжатся", kind="indirect"))
    assert "«" not in paraphrase and "пересказ" in paraphrase
    item = result(quote("Мы готовы", qid=77))
    assert item.id == "77" and item.title == "Дмитрий Песков"


def test_a_quote_printed_by_several_outlets_shows_every_source() -> None:
    putin = ActorMatch(1, "Владимир Путин", "PER", 3, 1)
    also = {1: [ArticleSource(title="РБК", username="rbc_news", link="https://t.me/rbc_news/9")]}
    text, _ = who_page([putin], [quote("Слова", qid=1)], 1, 0, also=also)
    assert text.count("Слова") == 1 and "также:" in text
    assert 'href="https://t.me/rbc_news/9"' in text and 'href="https://t.me/tass_agency/42"' in text
