"""One test per construction of direct and indirect speech, on sentences written for these tests."""

from __future__ import annotations

from analysis import analyze
from analysis.model import Analysis
from tests.analysis.sentences import only as _one
from tests.analysis.sentences import quotes_of as _quotes


def test_direct_dash_after() -> None:
    text = "«Мы закончим ремонт моста к осени», — сказал губернатор области Андрей Смирнов."
    q = _one(text, "direct")
    assert q.speaker == "Андрей Смирнов"
    assert q.text == "Мы закончим ремонт моста к осени"
    assert q.cue == "сказал"


def test_direct_colon_before() -> None:
    text = "Министр финансов Олег Кравцов заявил журналистам: «Бюджет будет исполнен полностью»."
    q = _one(text, "direct")
    assert q.speaker == "Олег Кравцов"
    assert q.text == "Бюджет будет исполнен полностью"


def test_split_quote_two_parts_one_speaker() -> None:
    text = ("Директор завода Игорь Белов рассказал о планах. «Мы запустим новую линию весной, — сказал он. "
            "— Это даст городу двести рабочих мест».")
    qs = [q for q in _quotes(text) if q.kind == "direct"]
    assert [q.text for q in qs] == ["Мы запустим новую линию весной", "Это даст городу двести рабочих мест"]
    assert {q.speaker for q in qs} == {"Игорь Белов"}


def test_pronoun_speaker_matches_gender() -> None:
    text = ("Глава района Мария Котова встретилась с фермерами. Вместе с ней приехал Павел Зуев.\n\n"
            "«Поддержка будет продолжена и в следующем году», — отметила она.")
    q = _one(text, "direct")
    assert q.speaker == "Мария Котова"


def test_role_noun_resolved_to_the_person_introduced_with_it() -> None:
    text = ("Президент Бразилии Луис Карвальо провел переговоры с премьер-министром Индии Раджем Шармой. "
            "«Наши страны будут торговать больше», — сказал бразильский президент.")
    q = _one(text, "direct")
    assert q.speaker == "Луис Карвальо"


def test_inner_quotes_inside_guillemets() -> None:
    text = "«Мы называем это „новой нормой“ и готовы к ней», — заявил аналитик Семен Гуров."
    q = _one(text, "direct")
    assert q.text == "Мы называем это „новой нормой“ и готовы к ней"
    assert q.speaker == "Семен Гуров"


def test_partial_quote_in_a_sentence() -> None:
    text = "Тренер команды Виктор Ласточкин назвал игру защитников «лучшей за весь сезон»."
    q = _one(text, "direct")
    assert q.text == "лучшей за весь сезон"
    assert q.speaker == "Виктор Ласточкин"


def test_straight_quotes_and_hyphen() -> None:
    text = '"Поставки зерна выросли на треть", - сказал представитель министерства Николай Орлов.'
    q = _one(text, "direct")
    assert q.text == "Поставки зерна выросли на треть"
    assert q.speaker == "Николай Орлов"


def test_indirect_zayavil_chto() -> None:
    text = "Мэр города Антон Гаврилов заявил, что новая школа откроется первого сентября."
    q = _one(text, "indirect")
    assert q.speaker == "Антон Гаврилов"
    assert q.text == "новая школа откроется первого сентября"


def test_po_slovam() -> None:
    text = "По словам врача Елены Сорокиной, вспышка гриппа пойдет на спад через две недели."
    q = _one(text, "indirect")
    assert q.speaker == "Елена Сорокина"
    assert q.text == "вспышка гриппа пойдет на спад через две недели"


def test_kak_soobshchil() -> None:
    text = "Как сообщил глава компании Артем Лыков, выручка за год выросла вдвое."
    q = _one(text, "indirect")
    assert q.speaker == "Артем Лыков"
    assert q.text == "выручка за год выросла вдвое"


def test_soobshchil_o() -> None:
    text = "Губернатор Сергей Ветров сообщил о закрытии трассы из-за снегопада."
    q = _one(text, "indirect")
    assert q.speaker == "Сергей Ветров"
    assert q.text == "о закрытии трассы из-за снегопада"


def test_organisation_speaker() -> None:
    text = "Минобороны сообщило, что учения завершились в срок."
    q = _one(text, "indirect")
    assert q.speaker_type == "ORG"
    assert q.text == "учения завершились в срок"


def test_opinion_without_quoted_words_is_not_speech() -> None:
    text = "Экономист Петр Голубев считает, что цены вырастут. Его коллега Инна Рябова уверена, что рост замедлится."
    assert _quotes(text) == []


def test_titles_in_quotation_marks_are_not_quotes() -> None:
    text = ("Компания «Северсталь» подписала контракт с клубом «Торпедо». "
            "Фильм «Белый снег» показали в кинотеатре «Октябрь».")
    assert _quotes(text) == []


def test_media_outlet_relaying_is_not_the_speaker() -> None:
    text = ("Спикер парламента Олег Дымов заявил, что закон примут до конца года, сообщает РБК. "
            "\"Работа идет по графику\", - цитирует \"Интерфакс\" Дымова.")
    qs = _quotes(text)
    assert qs, "both quotes should be found"
    assert all(q.speaker == "Олег Дымов" for q in qs)


def test_media_relay_alone_gives_no_quote() -> None:
    text = "Цены на бензин выросли на пять процентов, сообщает РБК."
    assert _quotes(text) == []


def test_actors_merged_and_normalised_to_nominative() -> None:
    text = ("Министр Игорь Лаптев прибыл в Казань. Встреча Лаптева с рабочими заняла час. "
            "Рабочие передали Лаптеву письмо. С Лаптевым приехала Анна Зимина.")
    result: Analysis = analyze(text)
    people = [a for a in result.actors if a.type == "PER"]
    assert people[0].name == "Игорь Лаптев"
    assert people[0].mentions == 4
    assert "Анна Зимина" in {a.name for a in people}
    assert any(a.name == "Казань" for a in result.actors)


def test_summary_skips_dateline_and_takes_the_lead() -> None:
    text = ("МОСКВА, 10 авг - РИА Новости.\n\n"
            "Правительство утвердило программу ремонта дорог на ближайшие три года. "
            "На нее выделят сто миллиардов рублей.\n\nДругие подробности пока неизвестны.")
    summary = analyze(text).summary
    assert summary.startswith("Правительство утвердило программу")
    assert "РИА" not in summary
    assert len(summary) <= 300


def test_headline_name_colon_quote() -> None:
    # the guide: headlines are not quotes, the explicit "Name: «…»" title included (its words come again below)
    text = ("Олег Сидорин: «Команда готова к финалу»\n\n"
            "Защитник Олег Сидорин рассказал, что тренировки прошли успешно.")
    assert [(q.speaker, q.text) for q in _quotes(text)] == [("Олег Сидорин", "тренировки прошли успешно")]


def test_pronoun_does_not_jump_over_an_unnamed_role_subject() -> None:
    text = ("Ветеран клуба Игорь Ветров раскритиковал игру команды. "
            "Главный тренер команды оценил результат как приемлемый. Он заявил, что ничья — хороший итог.")
    assert all(q.speaker != "Игорь Ветров" or q.kind == "direct" for q in _quotes(text))


def test_document_owner_speaks() -> None:
    text = ("Прокурор округа Дэвид Миллер выдвинул обвинения. "
            "\"Обвиняемому грозит до пяти лет заключения\", - говорится в заявлении прокурора.")
    q = _one(text, "direct")
    assert q.speaker == "Дэвид Миллер"


def test_ob_etom_does_not_repeat_a_sentence_that_reports_its_own_speech() -> None:
    text = ("Глава района Павел Орлов заявил, что новая школа откроется первого сентября. "
            "Об этом он сообщил журналистам в понедельник.")
    q = _one(text, "indirect")
    assert q.text == "новая школа откроется первого сентября"
    assert q.speaker == "Павел Орлов"


# --- constructions of agency news that the first engine missed (general forms, sentences written here) ---

def test_organisation_named_in_quotation_marks_is_the_subject() -> None:
    text = "В среду «Росавтодор» заявил, что ремонт трассы завершат к декабрю."
    q = _one(text, "indirect")
    assert q.speaker == "Росавтодор"
    assert q.text.startswith("ремонт трассы")


def test_in_organisation_they_said() -> None:
    text = 'В "Аэрофлоте" сообщили, что рейсы в Сочи выполняются по расписанию.'
    assert _one(text, "indirect").speaker == "Аэрофлот"


def test_straight_quote_closed_after_a_space() -> None:
    text = ('"Тарифы вырастут на пять процентов. Это решение окончательное ", - сказал министр энергетики '
            "Павел Соколов.")
    q = _one(text, "direct")
    assert q.speaker == "Павел Соколов"
    assert q.text.startswith("Тарифы вырастут")


def test_quoted_sentence_standing_alone_continues_the_speaker() -> None:
    text = ("«Мы откроем школу в сентябре», — сказал мэр города Сергей Волков. Работы идут по графику. "
            "«Строители уже закончили основные работы. Осталась отделка».")
    qs = [q for q in _quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in qs] == ["Сергей Волков", "Сергей Волков"]


def test_relay_names_the_person_cited_not_the_outlet() -> None:
    text = "«Переговоры идут трудно, но мы продвигаемся», — цитирует РБК замминистра Игоря Морозова."
    q = _one(text, "direct")
    assert q.speaker == "Игорь Морозов"


def test_an_outlet_relaying_never_speaks() -> None:
    text = ("Цены на бензин в регионе стабильны. Об этом сообщает ТАСС. "
            "«Запасов топлива хватит до весны».")
    assert all(q.speaker != "ТАСС" for q in _quotes(text))


def test_several_speakers_together_are_not_attributed() -> None:
    text = "Иван Петров и Олег Сидоров заявили, что подадут апелляцию."
    assert _quotes(text) == []


def test_future_announcement_is_not_speech() -> None:
    assert _quotes("Губернатор Андрей Смирнов объявит о новых мерах поддержки в понедельник.") == []


def test_a_named_speakers_own_report_ends_the_clause_before_it() -> None:
    text = ("Напомнив, что срок сделки истекает в мае, министр Алексей Орлов отметил, что переговоры "
            "продолжатся.")
    qs = [q for q in _quotes(text) if q.kind == "indirect"]
    assert any(q.text == "переговоры продолжатся" and q.speaker == "Алексей Орлов" for q in qs), qs


def test_subject_before_colon_when_the_parse_hangs_it_in_the_quote() -> None:
    text = ("Пресс-секретарь мэрии Олег Кравцов заявил: \"Мы уже говорили, что проект не имеет отношения к "
            'городу. Ничего нового тут нет". Напомним, проект обсуждается давно.')
    q = _one(text, "direct")
    assert q.speaker == "Олег Кравцов"


def test_company_kind_noun_refers_to_the_company_that_spoke() -> None:
    text = ("В «Северной авиакомпании» сообщили, что рейсы отменены. «Пассажирам вернут деньги», — пояснили "
            "в авиакомпании.")
    qs = _quotes(text)
    assert {q.speaker for q in qs} == {"Северная авиакомпания"}, qs


def test_clause_at_the_very_end_of_the_text_does_not_crash() -> None:
    from analysis.parsed import Parsed
    from analysis.pipeline import parse
    from analysis.quotes import QuoteFinder

    text = "Министр заявил, что"
    finder = QuoteFinder(Parsed(text, parse(text)))
    finder.find_indirect()  # raised IndexError: the clause starts past the last token


def test_oblique_surname_gets_its_nominative() -> None:
    text = "Суд арестовал имущество Андрея Лугового. Адвокаты Лугового обжаловали решение."
    names = {a.name for a in analyze(text).actors if a.type == "PER"}
    assert "Андрей Луговой" in names, names


def test_anonymous_source_in_a_named_body_is_not_attributed() -> None:
    text = "По словам источника в Минтрансе, новые правила вступят в силу летом."
    assert _quotes(text) == []


def test_media_in_general_is_nobody() -> None:
    assert _quotes("СМИ сообщают о том, что завод закроют в марте.") == []


def test_document_of_the_company_is_the_company_the_text_is_about() -> None:
    text = ("Компания «Северсталь» отчиталась по МСФО. Выручка «Северстали» выросла на 5%, говорится в "
            "сообщении компании.")
    qs = _quotes(text)
    assert qs and all(q.speaker == "Северсталь" for q in qs), qs


def test_gerund_naming_the_topic_is_not_a_report() -> None:
    text = "Говоря о сроках стройки, мэр Олег Кравцов отметил, что мост откроют в мае."
    qs = _quotes(text)
    assert [q.text for q in qs] == ["мост откроют в мае"], qs


def test_spokesperson_speaks_for_the_body_in_the_genitive() -> None:
    text = "Представитель аукционного дома Christie's заявил, что торги пройдут в июне."
    q = _one(text, "indirect")
    assert q.speaker is not None and "Christie" in q.speaker


def test_representatives_of_a_person_speak_for_that_person() -> None:
    text = "Бизнесмен Олег Тиньков продал акции. Представители Тинькова заявили, что сделка законна."
    q = _one(text, "indirect")
    assert q.speaker == "Олег Тиньков"


def test_fronted_about_phrase_is_what_the_speaker_reported() -> None:
    text = "О росте цен на бензин сообщил глава ассоциации Олег Кравцов."
    q = _one(text, "indirect")
    assert q.text == "О росте цен на бензин" and q.speaker == "Олег Кравцов"


def test_stance_with_its_noun_reports_speech() -> None:
    text = "Министр Алексей Орлов выразил надежду, что переговоры завершатся к маю."
    assert _one(text, "indirect").text == "переговоры завершатся к маю"


def test_back_reference_with_adverbials_before_the_verb() -> None:
    text = ("Завод в Липецке остановят на ремонт. Об этом в понедельник, 9 июля, сообщил директор завода "
            "Павел Соколов.")
    q = _one(text, "indirect")
    assert q.speaker == "Павел Соколов" and q.text.startswith("Завод в Липецке")


def test_outlet_opening_its_own_claim_is_the_speaker() -> None:
    text = "«Ведомости» сообщают, что сделка закрыта в прошлом месяце."
    assert _one(text, "indirect").speaker == "Ведомости"


def test_no_adjective_fragment_as_an_actor() -> None:
    text = "«Спартак» сыграл вничью с «Зенитом» в матче 12-го тура Российской премьер-лиги — 1:1."
    names = {a.name for a in analyze(text).actors}
    assert "Российская" not in names and "Российская премьер-лига" in names, names


def test_as_the_ministry_reports_is_the_ministrys_claim() -> None:
    text = "Как сообщает Минздрав России, вакцина поступит в аптеки в январе."
    assert _one(text, "indirect").speaker is not None


def test_impersonal_clarification_belongs_to_the_document_quoted_before() -> None:
    text = ("«Вакцина прошла все испытания», — говорится в сообщении Минздрава. "
            "Уточняется, что препарат поступит в аптеки в январе.")
    qs = _quotes(text)
    assert {q.speaker for q in qs} == {"Минздрав"}, qs
    assert any(q.text == "препарат поступит в аптеки в январе" for q in qs)


def test_fronted_about_after_adverbs_of_time() -> None:
    text = "Ранее сегодня о регистрации вакцины заявил министр здравоохранения Михаил Мурашко."
    q = _one(text, "indirect")
    assert q.text == "о регистрации вакцины" and q.speaker == "Михаил Мурашко"


def test_headline_announces_and_quotes_nobody() -> None:
    text = ("Фонд «Открытый город» рассказал о новых грантах\n\nФонд «Открытый город» объявил конкурс. "
            "Его директор Олег Кравцов заявил, что заявки принимаются до мая.")
    qs = _quotes(text)
    assert [q.text for q in qs] == ["заявки принимаются до мая"], qs


def test_a_one_line_post_without_a_full_stop_is_still_read() -> None:
    text = "Министр Алексей Орлов заявил, что мост откроют в мае"
    assert _one(text, "indirect").text == "мост откроют в мае"


def test_role_in_apposition_to_a_name_does_not_block_the_pronoun() -> None:
    text = ("О стройке впервые рассказал бизнесмен Сергей Колесников, бывший вице-президент холдинга. "
            "Он заявил, что подрядчики получили деньги заранее.")
    qs = [q for q in _quotes(text) if q.text.startswith("подрядчики")]
    assert qs and qs[0].speaker == "Сергей Колесников", qs


def test_outlet_citing_nobody_by_name_quotes_the_speaker_of_the_passage() -> None:
    text = ("Бизнесмен Олег Тиньков признал, что продал акции. «Я не жалею об этой сделке», — цитирует "
            "издание.")
    qs = [q for q in _quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in qs] == ["Олег Тиньков"], qs
