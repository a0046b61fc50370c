"""Paged answers (/who, /quotes) are cut by size, and every length is counted in UTF-16 units as Telegram does."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from handlers.who import PAGE, QuotesPage, pager, quotes_page, who_page
from render.text import MESSAGE_LIMIT, plain_length, shorten, split_blocks, tg_len
from storage import ActorMatch, ArticleSource, StoredQuote


def long_quote(i: int) -> StoredQuote:
    link = "https://example.com/news/" + "очень-длинный-адрес-статьи-" * 20 + str(i)
    return StoredQuote(
        id=i, article_id=i, actor_id=1, speaker="Антон Силуанов", speaker_type="PER", kind="direct",
        text=f"Цитата номер {i}: " + "мы сохраняем консервативный подход к расходам бюджета " * 12, cue="сказал",
        received_at=datetime(2026, 5, 1, 12, tzinfo=UTC),
        source=ArticleSource(title="Агентство «Новости» " * 5, link=link),
    )


def balanced(html: str) -> bool:
    tags = re.findall(r"<(/?)(b|i|a)\b", html)
    depth: dict[str, int] = {}
    for closing, name in tags:
        depth[name] = depth.get(name, 0) + (-1 if closing else 1)
        if depth[name] < 0:
            return False
    return all(v == 0 for v in depth.values())


def test_a_page_of_long_quotes_keeps_every_quote_it_shows_whole_and_the_rest_on_later_pages() -> None:
    quotes = [long_quote(i) for i in range(12)]
    actor = ActorMatch(1, "Антон Силуанов", "PER", 12, 12)
    offset, seen, sizes = 0, [], []
    while offset < len(quotes):
        text, shown = who_page([actor], quotes[offset:offset + PAGE], len(quotes), offset, len(sizes))
        assert 1 <= shown <= PAGE and f"(стр. {len(sizes) + 1})" in text
        assert tg_len(text) <= MESSAGE_LIMIT and balanced(text) and "<b>" in text and "<a href" in text
        for q in quotes[offset:offset + shown]:
            assert f"Цитата номер {q.id}:" in text and text.count("<a href") >= 1
        seen += [q.id for q in quotes[offset:offset + shown]]
        sizes.append(shown)
        offset += shown
    assert seen == list(range(12))  # no quote lost between pages
    assert sizes[0] < PAGE  # these quotes are too long for five a page: the page was cut by size


def test_the_buttons_open_the_next_page_right_after_the_last_quote_shown() -> None:
    markup = pager(QuotesPage, 0, 0, 3, 12)
    assert markup is not None
    buttons = [b for row in markup.inline_keyboard for b in row]
    assert [b.callback_data for b in buttons] == ["noop", QuotesPage(page=1, offset=3).pack()]
    assert buttons[0].text == "1–3 из 12"
    second = pager(QuotesPage, 1, 3, 2, 12)
    assert second is not None
    back = [b.callback_data for row in second.inline_keyboard for b in row]
    assert back[0] == QuotesPage(page=0, offset=0).pack() and back[-1] == QuotesPage(page=2, offset=5).pack()
    assert pager(QuotesPage, 0, 0, 4, 4) is None
    text, shown = quotes_page([long_quote(1)], 1, 0)
    assert shown == 1 and "Цитата номер 1:" in text


def test_lengths_are_counted_in_utf16_units() -> None:
    assert tg_len("💬") == 2 and tg_len("ё") == 1 and plain_length("<b>😀</b>") == 2
    messages = split_blocks(["😀" * 1500 for _ in range(4)])
    assert all(tg_len(m) <= MESSAGE_LIMIT for m in messages)
    assert "".join(messages).count("😀") == 6000  # nothing lost
    cut = shorten("😀" * 100, 51)
    assert tg_len(cut) <= 51 and cut.endswith("…")
