"""Search, quotes about someone, stories and trends on SQLite and PostgreSQL (`storage`: tests/conftest.py)."""

from __future__ import annotations

from datetime import timedelta

from analysis.keys import query_keys
from analysis.model import Actor, Analysis, Quote
from processing.fingerprint import fingerprint
from storage import Storage, utcnow

KIM = Analysis(
    summary="Президент выступил.",
    actors=[Actor("Владимир Путин", "PER", 3, ["Путин"]), Actor("Ким Чен Ын", "PER", 2, ["Ким"]),
            Actor("Дмитрий Песков", "PER", 1, [])],
    quotes=[
        Quote("Владимир Путин", "PER", "direct", "Ким Чен Ын надёжный партнёр, санкции не помешают", "сказал", 0, 10,
              ["Ким Чен Ын"]),
        Quote("Дмитрий Песков", "PER", "indirect", "Путин обсудит с Ким Чен Ыном новые санкции", "заявил", 20, 30,
              ["Владимир Путин", "Ким Чен Ын"]),
    ],
)
STORY = ("Министр финансов Антон Силуанов заявил в среду, что бюджет будет сбалансирован. Мы сохраняем "
         "консервативный подход к расходам, сказал он журналистам. Дефицит останется в пределах одного процента "
         "ВВП, добавил министр, отвечая на вопросы о налогах и пенсиях в следующем году.")


async def stored(storage: Storage, chat_id: int, text: str, analysis: Analysis, *, story: bool = False,
                 **kw) -> int:
    await storage.ensure_chat(chat_id)
    article, created = await storage.add_article(chat_id, text, **kw)
    assert created
    signature, bands = fingerprint(text) if story else ("", [])
    await storage.save_analysis(chat_id, article.id, analysis, fingerprint=signature, bands=bands)
    return article.id


async def test_search_finds_any_case_form_and_only_in_its_chat(storage: Storage) -> None:
    await stored(storage, 1, "статья первая", KIM)
    await stored(storage, 2, "статья чужая", KIM)
    quotes, total = await storage.search_quotes(1, query_keys("санкциями"), limit=10)
    assert total == 2 and {q.speaker for q in quotes} == {"Владимир Путин", "Дмитрий Песков"}
    assert all(q.article_id == quotes[0].article_id for q in quotes)  # chat 1's article only
    quotes, total = await storage.search_quotes(1, query_keys("надежного партнера"), limit=10)  # ё folded
    assert total == 1 and quotes[0].speaker == "Владимир Путин"
    assert (await storage.search_quotes(1, query_keys("санкции бананы"), limit=10))[1] == 0
    assert (await storage.search_quotes(3, query_keys("санкции"), limit=10))[1] == 0


async def test_search_by_period(storage: Storage) -> None:
    await stored(storage, 1, "старая статья", KIM, received_at=utcnow() - timedelta(days=10))
    assert (await storage.search_quotes(1, query_keys("санкции"), limit=10))[1] == 2
    week = utcnow() - timedelta(days=7)
    assert (await storage.search_quotes(1, query_keys("санкции"), limit=10, since=week))[1] == 0


async def test_quotes_about_someone_by_others(storage: Storage) -> None:
    await stored(storage, 1, "статья", KIM)
    kim = (await storage.find_actors(1, "Ким Чен Ына"))[0]
    putin = (await storage.find_actors(1, "Путин"))[0]
    quotes, total = await storage.quotes_about(1, [kim.id], limit=10)
    assert total == 2 and {q.speaker for q in quotes} == {"Владимир Путин", "Дмитрий Песков"}
    quotes, total = await storage.quotes_about(1, [putin.id], limit=10)
    assert total == 1 and quotes[0].speaker == "Дмитрий Песков"  # his own quote is not "about" him
    assert await storage.talks_about(1, [putin.id]) == [("Ким Чен Ын", 1)]
    assert (await storage.quotes_about(2, [kim.id], limit=10))[1] == 0  # another chat sees nothing


async def test_the_same_story_from_two_channels_is_one_story(storage: Storage) -> None:
    first = await stored(storage, 1, STORY + " Подписывайтесь на ТАСС.", KIM, story=True)
    second = await stored(storage, 1, STORY.replace("в среду", "во вторник") + " Читайте РБК.", KIM, story=True)
    other = await stored(storage, 1, "Президент США заявил, что пошлины на сталь вырастут уже в январе, "
                                     "и пообещал защитить рабочих от импорта.", KIM, story=True)
    elsewhere = await stored(storage, 2, STORY, KIM, story=True)
    assert [a.id for a in await storage.story_sources(1, second)] == [first]
    assert [a.id for a in await storage.story_sources(1, first)] == [second]
    assert await storage.story_sources(1, other) == []
    assert await storage.story_sources(2, elsewhere) == []  # never joined with another chat's copy
    assert (await storage.get_article(1, second)).story_id == first


async def test_trend_counts_per_day(storage: Storage) -> None:
    await stored(storage, 1, "вчера", KIM, received_at=utcnow() - timedelta(days=1))
    await stored(storage, 1, "сегодня", KIM)
    putin = (await storage.find_actors(1, "Путин"))[0]
    days = await storage.actor_trend(1, [putin.id], since=utcnow() - timedelta(days=30))
    assert len(days) == 2 and all(d.mentions == 3 and d.quotes == 1 for d in days)


async def test_forget_and_migration_keep_the_index_right(storage: Storage) -> None:
    await stored(storage, -1, "группа", KIM)
    await stored(storage, 2, "другая", KIM)
    assert await storage.migrate_chat(-1, -1001)
    assert (await storage.search_quotes(-1001, query_keys("санкции"), limit=10))[1] == 2
    assert (await storage.search_quotes(-1, query_keys("санкции"), limit=10))[1] == 0
    await storage.forget_chat(-1001)
    assert (await storage.search_quotes(-1001, query_keys("санкции"), limit=10))[1] == 0
    assert (await storage._one("SELECT count(*) FROM quote_search"))[0] == 2  # only chat 2's entries are left
    await stored(storage, -1001, "снова", KIM)  # rowids freed by /forget can be reused without a clash
    assert (await storage.search_quotes(-1001, query_keys("санкции"), limit=10))[1] == 2


async def test_the_same_words_in_two_articles_count_once_with_both_sources(storage: Storage) -> None:
    from storage import ArticleSource

    first = await stored(storage, 1, "первый канал", KIM, source=ArticleSource(title="ТАСС", link="https://t.me/a/1"))
    await stored(storage, 1, "второй канал", KIM, source=ArticleSource(title="РБК", link="https://t.me/b/2"))
    putin = (await storage.find_actors(1, "Путин"))[0]
    quotes, total = await storage.quotes_by_actors(1, [putin.id], limit=10)
    assert total == 1 and len(quotes) == 1 and quotes[0].article_id != first  # the newest copy stands for both
    others = await storage.other_sources(1, quotes)
    assert [s.link for s in others[quotes[0].id]] == ["https://t.me/a/1"]
    assert (await storage.search_quotes(1, query_keys("санкции"), limit=10))[1] == 2  # one per speaker
