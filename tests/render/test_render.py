"""Everything sent to Telegram is escaped and fits its limits."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from render.cards import article_card, quote_line
from render.text import MESSAGE_LIMIT, esc, plural, shorten, split_blocks
from storage import ActorCount, Article, ArticleSource, StoredQuote


def quote(text: str, speaker: str = "Иван <b>Петров</b>", kind: str = "direct") -> StoredQuote:
    return StoredQuote(id=1, article_id=1, actor_id=1, speaker=speaker, speaker_type="PER", kind=kind, text=text,
                       cue="сказал", received_at=datetime(2026, 5, 1, 12, tzinfo=UTC),
                       source=ArticleSource(title="Канал & <Ко>", username="chan", link="https://t.me/chan/1?a=1&b=2"))


def test_escapes_everything_user_supplied() -> None:
    line = quote_line(quote("<script>alert(1)</script> & «ещё»"), with_source=True)
    assert "<script>" not in line and "&lt;script&gt;" in line
    assert "<b>Иван &lt;b&gt;Петров&lt;/b&gt;</b>" in line
    assert 'href="https://t.me/chan/1?a=1&amp;b=2"' in line
    assert "Канал &amp; &lt;Ко&gt;" in line


def test_long_quote_is_shortened_at_a_word() -> None:
    line = quote_line(quote("слово " * 500))
    assert len(line) < 800 and "…" in line


def test_split_never_exceeds_the_limit_nor_cuts_a_block() -> None:
    blocks = [f"<b>{i}</b> " + "текст " * 50 for i in range(200)]
    messages = split_blocks(blocks)
    assert all(len(m) <= MESSAGE_LIMIT for m in messages)
    assert "\n".join(messages) == "\n".join(blocks)  # nothing lost, nothing cut


@given(st.lists(st.text(min_size=0, max_size=6000), max_size=8))
def test_split_fits_any_text(texts: list[str]) -> None:
    blocks = [esc(t) for t in texts if t]
    for message in split_blocks(blocks):
        assert 0 < len(message) <= MESSAGE_LIMIT
        assert "<" not in message.replace("&lt;", "")  # escaped text stays escaped after a hard cut


def test_card_of_an_article() -> None:
    article = Article(id=1, chat_id=1, message_id=5, text="…", source=ArticleSource(title="ТАСС"),
                      received_at=datetime(2026, 5, 1, tzinfo=UTC), status="done",
                      summary="Президент <выступил> & сказал.", card_sent=False)
    blocks = article_card(article, [ActorCount(1, "Иван Петров", "PER", 3, 1)], [quote("Привет")])
    card = "\n".join(blocks)
    assert "Президент &lt;выступил&gt; &amp; сказал." in card
    assert "Иван Петров" in card and "«Привет»" in card and "прямая речь" in card
    assert "ТАСС" in card


def test_card_of_a_failed_article_says_so() -> None:
    article = Article(id=1, chat_id=1, message_id=5, text="…", source=ArticleSource(),
                      received_at=datetime(2026, 5, 1, tzinfo=UTC), status="failed", summary=None, card_sent=False)
    assert "Не удалось" in article_card(article, [], [])[0]


def test_plural_forms() -> None:
    forms = ("цитата", "цитаты", "цитат")
    assert [plural(n, *forms) for n in (1, 2, 5, 11, 21, 22, 25, 111)] == [
        "цитата", "цитаты", "цитат", "цитат", "цитата", "цитаты", "цитат", "цитат"]


def test_shorten() -> None:
    assert shorten("коротко", 20) == "коротко"
    assert shorten("раз два три четыре пять", 12).endswith("…")
    assert len(shorten("раз два три четыре пять", 12)) <= 12


def test_indirect_speech_is_never_in_quotation_marks() -> None:
    """A paraphrase is the outlet's words: «…» would put them in the speaker's mouth."""
    indirect = quote_line(quote("бюджет будет сбалансирован", kind="indirect"))
    assert "«" not in indirect and "»" not in indirect
    assert "бюджет будет сбалансирован" in indirect and "пересказ" in indirect
    direct = quote_line(quote("Мы сохраняем курс"))
    assert "«Мы сохраняем курс»" in direct and "прямая речь" in direct


def test_card_of_a_second_copy_names_the_earlier_sources() -> None:
    first = Article(id=1, chat_id=1, message_id=5, text="…",
                    source=ArticleSource(title="ТАСС", username="tass_agency", link="https://t.me/tass_agency/7"),
                    received_at=datetime(2026, 5, 1, tzinfo=UTC), status="done", summary="Кратко.", card_sent=True)
    second = Article(id=2, chat_id=1, message_id=6, text="…", source=ArticleSource(title="РБК"),
                     received_at=datetime(2026, 5, 1, tzinfo=UTC), status="done", summary="Кратко.",
                     card_sent=False)
    card = "\n".join(article_card(second, [], [], earlier=[first]))
    assert "Этот сюжет уже был" in card and 'href="https://t.me/tass_agency/7"' in card
    assert "Этот сюжет уже был" not in "\n".join(article_card(first, [], []))
