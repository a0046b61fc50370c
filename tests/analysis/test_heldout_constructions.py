"""Constructions fixed while scoring the held-out set, on sentences written for these tests."""

from __future__ import annotations

from analysis.model import Quote
from tests.analysis.sentences import quotes_of as _quotes


def _by_text(text: str, fragment: str) -> Quote | None:
    return next((q for q in _quotes(text) if fragment in q.text), None)


def test_organisation_named_from_noun_phrase() -> None:
    text = ("ПЕРМЬ, 2 июня - РИА Новости. Суд приговорил бывшего главу района к пяти годам колонии, "
            "сообщили РИА Новости в прокуратуре Пермского края.")
    q = _by_text(text, "приговорил")
    assert q is not None and q.speaker == "Прокуратура Пермского края"


def test_bare_org_noun_does_not_jump_to_the_relaying_agency() -> None:
    text = ("ПЕРМЬ, 2 июня - РИА Новости. Суд приговорил бывшего главу района к пяти годам колонии, "
            "сообщили РИА Новости в прокуратуре Пермского края.\n\n"
            "Как сообщили в надзорном ведомстве, осужденный незаконно продал земельные участки.")
    q = _by_text(text, "осужденный незаконно")
    assert q is not None and q.speaker == "Прокуратура Пермского края"


def test_different_org_noun_is_not_the_previous_organisation() -> None:
    text = ("В мэрии Твери сообщили, что ремонт моста завершится в августе. "
            "В областном правительстве добавили, что работы оплатит бюджет региона.")
    q = _by_text(text, "работы оплатит")
    assert q is None or q.speaker != "Мэрия Твери"
    first = _by_text(text, "ремонт моста")
    assert first is not None and first.speaker == "Мэрия Твери"


def test_po_slovam_head_of_ministry_is_a_person() -> None:
    text = ("Министр иностранных дел Перу Хавьер Гонсалес провел переговоры с коллегой. "
            "По словам главы перуанского МИД, стороны договорились о новых консультациях.")
    q = _by_text(text, "стороны договорились")
    assert q is None or q.speaker_type == "PER"


def test_such_statement_was_made_by() -> None:
    text = ("Торговые ограничения не помогут решить проблему. Такое заявление сделал министр экономики "
            "Аргентины Луис Капуто.")
    q = _by_text(text, "Торговые ограничения")
    assert q is not None and q.speaker == "Луис Капуто" and q.kind == "indirect"


def test_addressee_title_in_quotes_before_chto() -> None:
    text = "Профессор Елена Гаврилова рассказала «Коммерсанту», что лаборатория получит новый томограф."
    q = _by_text(text, "томограф")
    assert q is not None and q.speaker == "Елена Гаврилова"
    assert q.text == "лаборатория получит новый томограф"


def test_named_one_word_evaluation_is_direct() -> None:
    text = "Тренер «Зенита» Олег Сорокин назвал игру защитников «провальной» в первом тайме."
    q = _by_text(text, "провальной")
    assert q is not None and q.speaker == "Олег Сорокин" and q.kind == "direct"


def test_one_word_title_is_not_a_quote() -> None:
    text = "Компания «Прогресс» открыла новый завод в Твери, сообщил губернатор Игорь Руденя."
    assert not [q for q in _quotes(text) if q.text == "Прогресс"]


def test_partial_quote_the_parser_left_unattached() -> None:
    text = 'Премьер Норвегии Йонас Стёре назвал это предложение "заслуживающим внимания".'
    q = _by_text(text, "заслуживающим")
    assert q is not None and q.kind == "direct" and q.speaker is not None and "Стёре" in q.speaker


def test_quotation_over_two_paragraphs() -> None:
    text = ("Главный тренер «Сокола» Павел Зуев остался доволен игрой.\n\n"
            "«Мы выполнили установку. Команда сыграла дисциплинированно\n\n"
            "«Впереди тяжелая серия, но мы к ней готовы», — сказал Зуев.")
    first = _by_text(text, "выполнили установку")
    second = _by_text(text, "Впереди тяжелая")
    assert second is not None and second.speaker == "Павел Зуев"
    assert first is not None and first.speaker == "Павел Зуев" and first.kind == "direct"
    assert first.text == "Мы выполнили установку. Команда сыграла дисциплинированно"
