"""The summary is made of the article's sentences, never of the metadata lines some pastes start with."""

from __future__ import annotations

import pytest

from analysis import analyze
from analysis.summary import strip_metadata

LEAD = "Министр финансов Антон Силуанов заявил в среду, что бюджет будет сбалансирован."


@pytest.mark.parametrize("head", [
    "date 2025-09-03 ",
    "date 2025-09-03\n",
    "Опубликовано: 03.09.2025, 12:40 ",
    "Автор: Иван Петров ",
    "Текст: Иван Петров\n",
    "МОСКВА, 3 сентября — РИА Новости. ",
    "МОСКВА, 3 сен — ",
    "source: tass.ru\ndate 2025-09-03\n",
])
def test_metadata_never_reaches_the_summary(head: str) -> None:
    summary = analyze(head + LEAD + " Это важно для всех регионов страны.").summary
    assert summary.startswith("Министр финансов"), summary
    assert "2025" not in summary and "Петров" not in summary


def test_ordinary_sentences_are_kept_whole() -> None:
    assert strip_metadata("Министр сказал это 3 сентября 2025 года.") == "Министр сказал это 3 сентября 2025 года."
    assert strip_metadata("США заявили, что готовы.") == "США заявили, что готовы."
