"""Any input gives a valid analysis, never an exception, with exact offsets, in bounded time."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import analyze
from analysis.engine import _analyze
from analysis.model import Analysis


def _valid(text: str, result: Analysis) -> None:
    assert isinstance(result, Analysis)
    assert isinstance(result.summary, str)
    for q in result.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.kind in {"direct", "indirect"}
    for a in result.actors:
        assert a.type in {"PER", "ORG", "LOC"}
        assert a.name
    Analysis.from_dict(result.to_dict())


def test_empty_and_whitespace() -> None:
    for text in ["", " ", "\n\n\t", "   \r\n  "]:
        result = analyze(text)
        _valid(text, result)
        assert result.quotes == [] and result.actors == []


def test_emoji_only() -> None:
    text = "🔥🔥🔥 😀 👍"
    _valid(text, analyze(text))


def test_english_text() -> None:
    text = 'The minister said: "We will cut taxes next year," according to Reuters.'
    _valid(text, analyze(text))


def test_html_and_markdown() -> None:
    text = ("<html><body><h1>Новости</h1><p>«Мы готовы», — сказал <b>Иван Петров</b>.</p>"
            "<script>var x = \"a\";</script></body></html>\n**Жирный** [ссылка](http://x.ru) `код`")
    _valid(text, analyze(text))


def test_control_characters() -> None:
    text = "Мэр\x00 Иван\x07 Петров заявил,\x1b что «всё\x0b хорошо»."
    _valid(text, analyze(text))


def test_very_long_text_is_bounded() -> None:
    sentence = "Министр Иван Петров заявил, что «цены стабильны», — сообщил он. "
    text = sentence * (200_000 // len(sentence) + 1)
    started = time.perf_counter()
    result = analyze(text)
    assert time.perf_counter() - started < 60
    _valid(text, result)


def test_one_huge_sentence_without_punctuation() -> None:
    text = "слово " * 30_000
    started = time.perf_counter()
    _valid(text, analyze(text))
    assert time.perf_counter() - started < 60


_ALPHABET = st.sampled_from(list("абвгдеёжзийклмнопрстуфхцчшщъыьэюя АБВГДЕМПРС.,:;!?«»„“\"'—–-\n ()0123456789"))
_WORDS = st.sampled_from(["заявил", "сказал", "что", "по словам", "Иван Петров", "он", "она", "сообщил о",
                          "«", "»", "\"", " — ", " - ", ", ", ". ", ":", "\n\n", "Минобороны", "Путин"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_ALPHABET, _WORDS), max_size=80).map("".join))
def test_property_never_raises_and_offsets_exact(text: str) -> None:
    _valid(text, analyze(text))
    # the engine proper, without the safety net of `analyze`, must not fail either
    if text.strip():
        _valid(text, _analyze(text))
