"""Who a quote is about: the actors named inside the quoted words, never the speaker."""

from __future__ import annotations

from analysis import analyze
from analysis.model import Analysis


def test_about_lists_people_named_inside_the_quote_without_the_speaker() -> None:
    text = ("Министр иностранных дел Сергей Лавров заявил журналистам: «Мы готовы к переговорам, "
            "и Энтони Блинкен об этом знает». Лавров добавил, что встреча пройдет в Женеве.")
    quotes = analyze(text).quotes
    direct = next(q for q in quotes if q.kind == "direct")
    assert direct.speaker == "Сергей Лавров"
    assert direct.about == ["Энтони Блинкен"]
    indirect = next(q for q in quotes if q.kind == "indirect")
    assert "Сергей Лавров" not in indirect.about
    assert indirect.about == ["Женева"]


def test_about_survives_the_json_round_trip_and_old_rows_without_it() -> None:
    analysis = analyze("«Иван Петров ошибается», — сказала Мария Сидорова журналистам в Москве в пятницу.")
    data = analysis.to_dict()
    assert data["quotes"][0]["about"] == ["Иван Петров"]
    assert Analysis.from_dict(data) == analysis
    del data["quotes"][0]["about"]
    assert Analysis.from_dict(data).quotes[0].about == []
