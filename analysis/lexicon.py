"""Every word list of the analysis, in one place: speech and relay verbs, organisation and document nouns,
role nouns, pronouns.

Candidates, scoring and resolution all read these lists, so a verb added here is seen by every stage at once;
lists are of lemmas (ё folded to е) unless a comment says otherwise.
"""

from __future__ import annotations

import re

from analysis.keys import fold

#: Local administrations by the names Kazakhstan, Uzbekistan, Moldova, Ukraine and Belarus give them: bodies like
#: "администрация", "мэрия" (heads of names, organisation nouns, government bodies alike).
LOCAL_ADMINISTRATIONS = frozenset({
    "акимат", "хокимият", "примэрия", "горсовет", "горисполком", "облисполком", "райисполком", "госадминистрация",
    "облгосадминистрация", "райгосадминистрация", "горадминистрация", "райадминистрация", "горуправа",
})

#: Ministries by their short names, lemma → the name as written: the short name may be written in small letters
#: ("уточнили в минтрансе Запорожской области"), where the tagger finds no organisation, and the lemmatiser gives
#: the names that keep their genitive ("Минприроды", "Минцифры") a nominative of their own.
MINISTRY_SHORT_NAMES = {
    "минздрав": "Минздрав", "минфин": "Минфин", "минобороны": "Минобороны", "минэкономразвития": "Минэкономразвития",
    "минэнерго": "Минэнерго", "минтранс": "Минтранс", "минтранспорт": "Минтранспорт", "минюст": "Минюст",
    "минсельхоз": "Минсельхоз", "минстрой": "Минстрой", "минпромторг": "Минпромторг", "минтруд": "Минтруд",
    "минрегион": "Минрегион", "минспорт": "Минспорт", "минвостокразвития": "Минвостокразвития",
    "минприрода": "Минприроды", "минприроды": "Минприроды", "минцифра": "Минцифры", "минцифры": "Минцифры",
    "минкультура": "Минкультуры", "минкультуры": "Минкультуры", "минпросвещение": "Минпросвещения",
    "минпросвещения": "Минпросвещения", "минобрнаука": "Минобрнауки", "минобрнауки": "Минобрнауки",
    "минэкономика": "Минэкономики", "минэкономики": "Минэкономики", "минэкология": "Минэкологии",
    "минэкологии": "Минэкологии", "минкомсвязь": "Минкомсвязи", "минкомсвязи": "Минкомсвязи",
    "минобразование": "Минобразования", "минобразования": "Минобразования", "минжкх": "Минжкх",
}

#: Bodies the news call in several ways, folded and lower-cased, the official name first: an article that uses
#: two of them means one body.
ORG_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("банк россии", "центральный банк россии", "центральный банк рф", "центральный банк российской федерации",
     "центральный банк", "центробанк", "цб рф", "цб россии", "цбр", "цб"),
)

#: A city's bodies by their glued short names, named in full with the city: "пресс-служба горадминистрации" is
#: "Администрация Кирова".
CITY_BODY_FULL_NAMES = {"горадминистрация": "Администрация"}

#: Bodies named by the field they run, in the genitive: "министерство строительства", "управление образования".
FIELD_NAMED_BODIES = frozenset({"министерство", "департамент", "управление", "агентство", "инспекция", "фонд"})
#: Bodies named by their field in "по" and the dative: "комитет по транспорту", "комиссия по делам молодежи".
FIELD_BY_PO_BODIES = frozenset({"комитет", "комиссия", "департамент", "управление", "агентство", "дирекция"})

#: Heads of organisation names that need the words after them: "прокуратура Свердловской области",
#: "МИД Египта", "ГУ МЧС России по Московской области", "мэрия Екатеринбурга".
GENERIC_ORG_HEADS = frozenset({
    "министерство", "мид", "прокуратура", "полиция", "мэрия", "администрация", "правительство", "управление",
    "департамент", "ведомство", "комитет", "комиссия", "служба", "суд", "посольство", "генпрокуратура", "гу",
    "гувд", "умвд", "мвд", "мчс", "минздрав", "минфин", "минобороны", "минэкономразвития",
    "представительство", "штаб", "инспекция", "палата", "дума", "совет", "парламент", "кабмин",
    "отделение", "филиал",  # a branch of the body named after it: "отделение Центробанка"
    "аэропорт",  # "пресс-служба аэропорта Рощино"
    "гидрометцентр", "метеоцентр", "госпогранслужба", "погранслужба", "госавтоинспекция", "гаи", "кчс",
    # abbreviated territorial bodies: "СУ СКР по …", "ДЧС города", "УФСИН по …", "ОМВД по … району"
    "су", "скр", "ск", "дчс", "уфсб", "фсб", "уфсин", "гуфсин", "фсин", "гибдд", "огибдд", "омвд", "овд", "ровд",
    "угибдд", "гумвд", "увд", "умчс", "гумчс", "уфссп", "гуфссп", "уфас", "уфнс", "уфмс", "гсу",
}) | LOCAL_ADMINISTRATIONS | frozenset(MINISTRY_SHORT_NAMES)

#: Where a body publishes (its owner is the source): "со ссылкой на Twitter мюнхенской полиции".
PLATFORM_NOUNS = frozenset({"twitter", "твиттер", "telegram", "телеграм", "телеграм-канал", "telegram-канал",
                            "канал", "сайт", "страница", "аккаунт", "instagram", "инстаграм", "facebook", "фейсбук",
                            "соцсеть", "x", "микроблог", "блог", "паблик"})

#: The unnamed person an agency spoke to: "собеседник агентства" speaks for the body that just spoke to it.
INTERLOCUTOR_NOUNS = frozenset({"собеседник", "собеседница"})
#: Words for any expert that an article uses for the person it just quoted ("Эксперт также отметил, что …"): no
#: new person, so no reason for a later "он" to skip back over them.
BACK_REFERENCE_NOUNS = INTERLOCUTOR_NOUNS | {"эксперт", "аналитик", "специалист"}

#: Nouns that, in apposition to a name, are not roles (titles of address, kinship are rare in news).
NOT_ROLES = frozenset({"господин", "госпожа", "товарищ", "имя", "фамилия"})

PERSON_ROLE_HEADS = frozenset({"президент", "лидер", "глава", "премьер", "премьер-министр", "канцлер", "король",
                                "руководитель", "председатель", "губернатор", "мэр", "министр", "главнокомандующий"})

MAIN_SPEECH_VERBS = frozenset({"заявить", "сказать", "сообщить", "отметить", "подчеркнуть", "добавить"})

#: The media relay their sources; such a subject is never the speaker.
MEDIA_NOUNS = frozenset({"издание", "агентство", "газета", "телеканал", "портал", "журнал", "сми", "радиостанция",
                         "таблоид", "радио", "телеграм-канал", "канал", "корреспондент", "источник"})

#: Nouns for documents and announcements: "говорится в сообщении ведомства" names the owner in a genitive.
DOC_NOUNS = frozenset({"сообщение", "заявление", "документ", "пресс-релиз", "релиз", "письмо", "обращение",
                       "материал", "публикация", "ответ", "комментарий", "телеграм-канал", "канал", "сайт",
                       "поздравление", "приветствие", "послание", "телеграмма", "пост", "отчет", "доклад"})

#: Offices that speak for the organisation in their genitive ("пресс-служба министерства"), or for the one
#: the text is about when alone ("в пресс-службе сообщили").
PRESS_NOUNS = frozenset({"пресс-служба", "пресс-центр", "пресс-секретариат", "пресс-бюро", "редакция", "цос"})

#: People who speak for the body (or the person) in their genitive: "представитель МИД", "специалисты
#: аукционного дома", "по мнению членов ОНР", "представители Меллона". Unnamed, they speak for their principal.
SPOKESPERSON_NOUNS = frozenset({"представитель", "представительница", "спикер", "сотрудник", "сотрудница", "диспетчер",
                                "чиновник", "чиновница",
                                "специалист", "член", "пресс-секретарь", "пресс-атташе", "официальный",
                                "собеседник", "руководство", "менеджмент"})

#: Forms whose first dictionary reading is not the one news means: "представитель главка" is a main directorate's
#: (главк), not a little chapter's (главка).
NEWS_LEMMAS = {"главка": "главк", "главке": "главк", "главку": "главк"}

#: People who give a body's assessment ("По оценкам аналитиков «Алеан»"): with the body named, its words; alone,
#: an anonymous expert or the person the passage is about (not a spokesperson).
ANALYST_NOUNS = frozenset({"аналитик", "эксперт"})

#: Organisation nouns that may refer back to any organisation ("ведомство" after "Минфин").
GENERIC_ORG_NOUNS = frozenset({"ведомство", "главк", "организация", "учреждение", "регулятор", "структура",
                               # kinds of company: "в авиакомпании добавили" is the airline the text is about
                               "компания", "авиакомпания", "авиаперевозчик", "перевозчик", "лоукостер",
                               "киностудия", "студия", "корпорация", "концерн", "холдинг", "фирма",
                               "предприятие", "оператор", "производитель", "ретейлер", "аукцион", "маркетплейс"})


#: Talks a person gives, whose owner in the genitive is the one who answers ("пресс-конференция тренера X").
TALK_NOUNS = frozenset({"интервью", "пресс-конференция", "беседа", "брифинг", "выступление", "разговор",
                        "пресс-подход", "монолог"})

#: Nouns that stand for an organisation ("в ведомстве", "пресс-служба министерства").
ORG_NOUNS = frozenset({
    "ведомство", "министерство", "пресс-служба", "служба", "департамент", "управление", "компания",
    "организация", "администрация", "правительство", "мэрия", "прокуратура", "полиция", "суд", "комитет",
    "комиссия", "штаб", "пресс-центр", "аппарат", "минобороны", "мид", "кремль", "банк", "корпорация",
    "фонд", "совет", "концерн", "холдинг", "ассоциация", "союз", "партия", "фракция", "группа", "команда",
    "клуб", "посольство", "генпрокуратура", "ск", "фсб", "мвд", "мчс", "регулятор", "учреждение",
    "авиакомпания", "авиаперевозчик", "перевозчик", "лоукостер", "киностудия", "студия", "фирма", "предприятие",
    "оператор", "производитель", "ретейлер", "аукцион", "структура", "гидрометцентр", "метеоцентр", "гидрометбюро",
    "облсельхозпрод", "аэропорт",
}) | LOCAL_ADMINISTRATIONS | frozenset(MINISTRY_SHORT_NAMES) | GENERIC_ORG_NOUNS  # (any kind noun is a body noun)

#: Prefixes of industry that make a compound of a kind of company ("автопроизводитель", "энергокомпания"); not
#: "теле-", "кино-" ("телеоператор" is a person) nor "инфра-", "само-".
ORG_COMPOUND_PREFIXES = ("авто", "авиа", "агро", "энерго", "медиа", "мед", "нефте", "нефтегазо", "газо", "гос", "фарм",
                         "строй", "хим", "металло", "горно", "лесо", "судо")


def org_kind(lem: str) -> str:
    """The kind noun inside a compound ("автопроизводитель", "энергокомпания", "агрохолдинг" → производитель,
    компания, холдинг), so a compound means what its kind means; other words stay as they are."""
    if lem in ORG_NOUNS:
        return lem
    return next((n for n in GENERIC_ORG_NOUNS if lem.endswith(n) and lem[:-len(n)].rstrip("-") in
                 ORG_COMPOUND_PREFIXES), lem)


PLURAL_PRONOUNS = frozenset({"они", "их", "них"})

PRONOUN_GENDER = {"он": "Masc", "она": "Fem", "его": "Masc", "ее": "Fem", "нее": "Fem", "него": "Masc"}
#: "Тот ответил", "та заявила": the person named last, not the sentence's subject.
LATTER_PRONOUNS = {"тот": "Masc", "та": "Fem"}

#: Words that open a subordinate clause inside a reported one ("что в случае, ежели A, придется B"); the
#: tagger does not always call them SCONJ.
SUBORDINATORS = frozenset({"если", "ежели", "когда", "чтобы", "хотя", "поскольку", "пока", "раз", "ибо", "будто",
                           "словно", "который", "которая", "которое", "которые", "где", "куда", "откуда"})

CLAUSE_CONJUNCTIONS = frozenset({"а", "и", "но", "также", "однако", "причем", "при"})

POSSESSIVE_PRONOUNS = frozenset({"его", "ее", "её", "их"})

#: Impersonal verbs of documents: "говорится в сообщении", "отмечается в документе".
IMPERSONAL_VERBS = frozenset({"говориться", "отмечаться", "подчеркиваться", "указываться", "сообщаться", "уточняться",
                              "утверждаться"})

#: Verbs (also speech verbs) that only report without quoting: no indirect speech with "о" after them.
NO_O_CLAUSE = frozenset({"говориться", "отмечаться", "подчеркиваться", "указываться", "заметить", "продолжить",
                          "добавить", "добавлять", "подтвердить", "подтверждать", "признать", "признавать"})

#: Pronouns of the first person (word forms, ё folded): a sentence that has one speaks as "I" or "we".
FIRST_PERSON = frozenset({"я", "мы", "меня", "мне", "мной", "нас", "нам", "нами", "мой", "моя", "мое", "мои",
                          "наш", "наша", "наше", "наши", "нашей", "нашего", "нашим", "наших", "моей", "моего"})
#: Pronouns of the second person (ё folded): a line that has one addresses somebody ("Вы возглавили театр …").
SECOND_PERSON = frozenset({"вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "вашей", "вашего", "ваших",
                           "ты", "тебя", "тебе", "тобой", "твой", "твоя", "твое", "твои"})

#: Demonstratives that point a statement noun back at the words before: "Такой прогноз привел министр".
DEMONSTRATIVES = frozenset({"такой", "этот", "данный", "подобный"})

#: Words that open an embedded question: "рассказал, как …", "пояснил, к кому …" name a topic, not words said.
INTERROGATIVES = frozenset({"как", "почему", "зачем", "когда", "где", "куда", "откуда", "кто", "кого", "кому",
                            "кем", "чем", "чему", "чего", "какой", "какая", "какое", "какие", "каким", "какую",
                            "сколько", "насколько", "чей", "чья", "чье", "чьи"})

#: Verbs whose о-phrase only announces a topic ("высказался о беспорядках", "выразил мнение и об экономике"):
#: what was said follows, in quotation marks or "отметив, что …", and is the quote.
TOPIC_VERBS = frozenset({"высказаться", "высказываться", "выразить", "выражать"})

#: Verbs of relaying what someone else said: the subject is a medium, not a speaker.
RELAY_VERBS = frozenset({"передавать", "цитировать", "процитировать", "писать", "информировать", "приводить",
                         "привести"})
#: Relay verbs whatever their subject: "— передает ТАСС", "цитирует РБК X", "приводит ТАСС слова X".
ALWAYS_RELAY_VERBS = frozenset({"передавать", "цитировать", "процитировать", "приводить", "привести"})
#: Nouns for somebody's words that a relay verb takes as its object: "приводит ТАСС заявление Кудрина".
WORDS_NOUNS = frozenset({"слово", "заявление", "мнение", "комментарий", "цитата", "высказывание", "оценка",
                         "реплика", "ответ", "выдержка", "фрагмент", "отрывок"})

SPEECH_VERBS = frozenset({
    "заявить", "заявлять", "сказать", "говорить", "сообщить", "сообщать", "отметить", "отмечать",
    "подчеркнуть", "подчеркивать", "добавить", "добавлять", "уточнить", "уточнять", "признать", "признавать",
    "признаться", "пообещать", "обещать", "рассказать", "рассказывать", "пояснить", "пояснять", "указать",
    "указывать", "напомнить", "напоминать", "констатировать", "заключить", "объяснить", "объяснять",
    "заверить", "заверять", "предупредить", "предупреждать", "подтвердить", "подтверждать", "ответить",
    "отвечать", "написать", "писать", "продолжить", "заметить", "замечать", "доложить", "докладывать",
    "объявить", "объявлять", "прокомментировать", "комментировать", "утверждать", "посетовать",
    "пожаловаться", "возмущаться", "возмутиться", "возразить", "резюмировать", "подытожить", "поделиться",
    "уверять", "сообщаться",
    "говориться", "отмечаться", "подчеркиваться", "указываться", "рассказываться", "уточняться",
    "проинформировать", "информировать", "признаваться", "повторить", "акцентировать",
    "воскликнуть", "пошутить", "парировать", "высказаться", "пишет",
    # reports of what was said that agency texts use as often as "заявил": admissions, conjectures, accusations
    "допустить", "допускать", "предположить", "предполагать", "обвинить", "обвинять", "раскрыть",
    "уведомить", "оповестить", "оповещать", "намекнуть", "намекать", "согласиться", "соглашаться",
    "утверждаться", "выразиться", "оговориться", "посоветовать", "сетовать",
    "настаивать", "добавляться", "известить", "заговорить", "обозначить", "обозначать", "передать", "описать",
    # "В ведомстве дополнили, что …", "Аким также упоминает, что …": one more thing said
    "дополнить", "дополнять", "упомянуть", "упоминать",
    # a forecast stated: "спрогнозировал, что забастовки начнутся в январе" (a forecast of figures has no clause)
    "спрогнозировать", "прогнозировать",
})
#: "по словам X, …": the nouns after "по" that introduce whose words follow (not "по данным": statistics).
ACCORDING_TO_NOUNS = frozenset({"словам", "мнению", "информации", "оценке", "оценкам", "сообщению", "сообщениям",
                                "утверждению", "утверждениям", "заявлению", "версии", "убеждению", "заверению",
                                "заверениям", "признанию", "сведениям", "свидетельству", "свидетельствам"})

#: The same nouns as lemmas, with the reports "согласно" takes: "согласно объявлению", "согласно отчету".
ACCORDING_LEMMAS = frozenset({"слово", "мнение", "информация", "оценка", "сообщение", "утверждение", "заявление",
                              "версия", "убеждение", "сведения", "объявление", "отчет", "доклад", "публикация",
                              "прогноз"})

#: Verbs whose quoted object is the speaker's own words even without a clause: назвал это «…», пожелал «…».
PARTIAL_VERBS = SPEECH_VERBS | {"назвать", "называть", "пожелать", "охарактеризовать", "оценить", "призвать",
                                "описать", "выразить", "обозначить", "потребовать", "поблагодарить", "благодарить",
                                "поручить", "предложить"}

#: News outlets, folded to lower case: they relay others' words ("передает ТАСС", "сообщает РБК"); they speak for
#: themselves only as the grammatical subject of their own claim ("как выяснил РБК", "The Guardian пишет, что").
MEDIA_OUTLETS = frozenset({
    "тасс", "риа новости", "риа", "интерфакс", "рбк", "прайм", "reuters", "рейтер", "рейтерс", "afp",
    "франс пресс", "франс-пресс", "ассошиэйтед пресс", "associated press", "ap", "bloomberg", "блумберг", "bbc",
    "би-би-си", "cnn", "си-эн-эн", "sky news", "коммерсант", "коммерсантъ", "ъ", "ведомости", "известия", "lenta.ru",
    "лента.ру", "газета.ru", "газета.ру", "regnum", "регнум", "росбалт", "ura.ru", "rt", "life", "lifenews",
    "рбк-украина", "униан", "укринформ", "интерфакс-украина", "dpa", "ansa", "efe", "синьхуа", "xinhua", "kyodo",
    "киодо", "the guardian", "guardian", "the new york times", "new york times", "the washington post",
    "washington post", "financial times", "the times", "the independent", "der spiegel", "spiegel", "bild",
    "le monde", "el pais", "politico", "axios", "sputnik", "спутник", "новая газета", "meduza", "медуза",
    "фонтанка", "эхо москвы", "дождь", "нтв", "первый канал", "россия 24", "russia today", "euronews",
    # the state and major agencies of the neighbouring countries and the big Russian wires not listed above
    "белта", "казинформ", "кабар", "акипресс", "тренд", "апа", "арменпресс", "новости-армения", "фан", "нсн",
    "российская газета", "комсомольская правда", "кп", "мк", "московский комсомолец",
    "аиф", "аргументы и факты", "взгляд", "readovka", "mash", "baza", "shot", "160.by", "тут.бай", "onliner",
})

#: Names that are outlets by their form: a channel ("Матч ТВ", "РЕН ТВ"), a radio ("Радио 1", "… FM"), a site
#: ("Tengrinews.kz", "Podrobno.uz").
_OUTLET_FORM = re.compile(r"(?:^|\s)(?:тв|tv|fm|фм)$|^радио\b|^иа\s|[a-z0-9]news$|"
                          r"\.(?:ru|рф|ру|kz|by|ua|uz|kg|am|az|lv|lt|ee|md|ge|com|net|org|info|news|media|online|tv)$")


def is_outlet(name: str) -> bool:
    """Whether a name (an actor's, or a span's normal form) is one of MEDIA_OUTLETS or has an outlet's form."""
    folded = fold(name)
    # ("ИА «Чита.Ру»": an information agency, a site's name in its marks)
    return folded in MEDIA_OUTLETS or bool(_OUTLET_FORM.search(folded.strip(" «»\"„“”")))


#: Speakers nobody can be held to: "СМИ сообщают", "источник в министерстве сообщил" are never attributed
#: (unlike "собеседник агентства в пресс-службе X" or "представитель X", who speak for X).
ANONYMOUS_NOUNS = frozenset({"сми", "источник", "очевидец", "свидетель", "пользователь", "житель", "блогер"})
#: Connectives set off by commas between a verb of saying and what it reports ("сообщил, в частности, о …").
PARENTHETICALS = frozenset({"в частности", "в том числе", "кроме того", "помимо прочего", "прежде всего",
                            "в первую очередь", "в свою очередь", "в целом", "например", "также", "в итоге",
                            "при этом", "в очередной раз", "вновь", "еще раз", "ещё раз"})
#: "в свою очередь …", "в частности …": obliques with "в" that are idioms or times, never a speaking body.
NOT_SPEAKING_PLACES = frozenset({"очередь", "частность", "итог", "время", "результат", "случай", "ответ", "целое",
                                 "интервью", "эфир", "беседа", "разговор", "день", "год", "понедельник", "вторник",
                                 "среда", "четверг", "пятница", "суббота", "воскресенье", "ходе", "ход", "связь",
                                 "конец", "начало", "середина", "рамка", "сообщение", "заявление", "комментарий"})

#: Verbs that report speech together with one of SPEECH_PHRASE_NOUNS: "выразил надежду, что …".
SPEECH_PHRASE_VERBS = frozenset({"выразить", "выражать", "высказать", "высказывать", "дать", "давать",
                                 "ограничиться", "сделать", "делать", "заявить", "обратить", "обращать", "выступить",
                                 "выступать", "поделиться", "делиться"})
SPEECH_PHRASE_NOUNS = frozenset({"надежда", "мнение", "убеждение", "уверенность", "удовлетворение", "сожаление",
                                 "обеспокоенность", "озабоченность", "понять", "заявление", "предположение",
                                 "сомнение", "недоумение", "соболезнование", "признание", "внимание", "сообщение",
                                 "обращение", "информация", "впечатление", "подробность", "соображение",
                                 "комментарий"})

#: Roles that news texts name in several ways, each with the modifier stems (first four letters, ё folded) that
#: make the variant: "глава государства" is the president, "глава МИД" / "глава внешнеполитического ведомства"
#: the foreign minister. Read by actors.role_of, so every variant matches the role the article introduced.
ROLE_VARIANTS: tuple[tuple[str, frozenset[str], str, frozenset[str]], ...] = (
    ("глава", frozenset({"госу"}), "президент", frozenset()),
    ("руководитель", frozenset({"госу"}), "президент", frozenset()),
    ("глава", frozenset({"прав"}), "премьер", frozenset()),
    ("председатель", frozenset({"прав"}), "премьер", frozenset()),
    ("премьер-министр", frozenset(), "премьер", frozenset()),
    ("глава", frozenset({"мид"}), "министр", frozenset({"инос", "дел"})),
    ("глава", frozenset({"мини", "инос"}), "министр", frozenset({"инос", "дел"})),
    ("руководитель", frozenset({"мини", "инос"}), "министр", frozenset({"инос", "дел"})),
    ("глава", frozenset({"внеш", "ведо"}), "министр", frozenset({"инос", "дел"})),
    ("руководитель", frozenset({"внеш", "ведо"}), "министр", frozenset({"инос", "дел"})),
    ("глава", frozenset({"дипл"}), "министр", frozenset({"инос", "дел"})),
    # "глава ведомства", "руководитель министерства" after "министр здравоохранения X" (the words as written
    # are kept beside: "Глава ведомства" after "глава Нацполиции X" is X)
    ("глава", frozenset({"ведо"}), "министр", frozenset()),
    ("руководитель", frozenset({"ведо"}), "министр", frozenset()),
    ("глава", frozenset({"мини"}), "министр", frozenset()),
    # the head of a region or a city by its generic name: "глава региона" is the governor the text named
    ("глава", frozenset({"реги"}), "губернатор", frozenset()),
    ("руководитель", frozenset({"реги"}), "губернатор", frozenset()),
    ("глава", frozenset({"обла"}), "губернатор", frozenset()),
    ("глава", frozenset({"субъ"}), "губернатор", frozenset()),
    ("руководитель", frozenset({"субъ"}), "губернатор", frozenset()),
    ("глава", frozenset({"горо"}), "мэр", frozenset()),
    ("градоначальник", frozenset(), "мэр", frozenset()),
    # "гарант Конституции" is the president
    ("гарант", frozenset({"конс"}), "президент", frozenset()),
    # Ukrainian usage: "городской голова" is the mayor
    ("голова", frozenset({"горо"}), "мэр", frozenset()),
    # short forms: "зампред комиссии" is its "зампредседателя", "гендиректор" its "генеральный директор"
    ("зампред", frozenset(), "зампредседатель", frozenset()),
    ("зампредседателя", frozenset(), "зампредседатель", frozenset()),
    ("гендиректор", frozenset(), "директор", frozenset({"гене"})),
    ("генпрокурор", frozenset(), "прокурор", frozenset({"гене"})),
    ("генсек", frozenset(), "секретарь", frozenset({"гене"})),
    # a lawyer is his client's "защитник" in court reports
    ("защитник", frozenset(), "адвокат", frozenset()),
    # sports news call a coach his team's "наставник"
    ("наставник", frozenset(), "тренер", frozenset()),
    # a singer is the article's "артист", "исполнитель" (the stage words of show-business news)
    ("певец", frozenset(), "артист", frozenset()),
    ("исполнитель", frozenset(), "артист", frozenset()),
    ("певица", frozenset(), "артистка", frozenset()),
    ("исполнительница", frozenset(), "артистка", frozenset()),
)

#: Stems of compound names of councils, spelled out as the stems of their two words: "спикер горсовета" is the
#: "председатель городского Совета" the article named.
COMPOUND_BODY_STEMS = {"горс": ("горо", "сове"), "горд": ("горо", "дума"), "облд": ("обла", "дума"),
                       "госд": ("госу", "дума"), "закс": ("зако", "собр"), "облс": ("обла", "сове"),
                       "райс": ("райо", "сове"), "кабм": ("прав",)}

#: Ministries known by an abbreviation without "Мин…", with the stem of the field each is the ministry of:
#: whoever is "глава МЧС" is "министр" to the article later ("глава МИД" has its own variant, the foreign
#: minister, in ROLE_VARIANTS).
MINISTRY_ABBREVIATIONS = {"МЧС": "чрез", "МВД": "внут"}
#: Stems of the fields ministers are ministers of: two ministers of different fields are two people however
#: else their titles may vary ("министр финансов" is not "министр здравоохранения").
MINISTRY_FIELD_STEMS = frozenset({"фина", "здра", "обор", "экон", "энер", "внут", "инос", "юсти", "обра", "наук",
                                  "куль", "спор", "тран", "сель", "труд", "прир", "пром", "торг", "стро", "цифр",
                                  "связ", "чрез", "соци", "имущ", "тури", "моло", "прос", "жили", "экол"})

#: Stems of a country's adjective or other name that differ from the stem of its name ("армянский лидер" is
#: "премьер-министр Армении", "американский президент" the "президент США"), mapped to one stem.
COUNTRY_STEMS = {"армя": "арме", "бела": "бело", "туре": "турц", "лито": "литв", "финс": "финл", "амер": "сша",
                 "соед": "сша", "вели": "брит", "англ": "брит", "неме": "герм", "фрг": "герм", "рф": "росс",
                 "кита": "кнр", "эмир": "оаэ"}

#: Short adjectives that attribute a quotation after a dash ("«…», — уверен он"; the guide: such words ARE direct
#: speech of him, unlike "он уверен, что …" without quoted words).
ATTITUDE_ADJECTIVES = frozenset({"уверенный", "убежденный", "согласный", "убеждённый"})

#: Nouns for the people around a person: "семья Биби ранее говорила", "адвокаты Навального заявили" are not
#: that person's words.
ENTOURAGE_NOUNS = frozenset({"семья", "родственник", "родные", "близкие", "окружение", "сторонник", "адвокат",
                             "защита", "соратник", "друг", "дети", "сын", "дочь", "жена", "муж", "мать", "отец",
                             "брат", "сестра", "помощник", "охрана"})

#: What "подтвердил информацию о …" confirms: the о-phrase is then the speaker's own claim.
REPORT_NOUNS = frozenset({"информация", "сведение", "сведения", "данные", "сообщение", "факт"})

#: The writer's asides that may open a sentence before what somebody said ("Напомним, о … заговорил X").
WRITER_ASIDES = frozenset({"напомним", "напомню", "отметим", "заметим", "известно"})

#: The adjectives of "внешнеполитическое/дипломатическое ведомство": the foreign ministry, whoever's it is.
FOREIGN_POLICY_ADJECTIVES = frozenset({"внешнеполитический", "дипломатический"})

#: Adjectives in -ский/-цкий that name no particular body: "городская полиция", "областной суд".
UNNAMING_ADJECTIVES = frozenset({"городской", "областной", "районный", "краевой", "сельский", "поселковый",
                                 "президентский", "парламентский", "министерский", "депутатский", "европейский",
                                 "международный", "государственный", "общественный", "арбитражный", "военный",
                                 "гражданский", "следственный", "законодательный", "исполнительный", "судебный",
                                 "муниципальный", "региональный", "федеральный", "местный", "диппредставительский"}
                                | FOREIGN_POLICY_ADJECTIVES)

#: Words that put a term at a distance ("так называемый «мирный план»", "пресловутая «дорожная карта»"): the
#: quotation marks after them are the writer's scare quotes, nobody's words (the guide).
#: Stems, since the tagger reads "называемый" as a participle of "называть".
SCARE_QUOTE_STEMS = ("называем", "пресловут", "именуем", "якобы")

#: Modifiers that bring a new, unnamed person into the text: "другой собеседник РБК", "еще один эксперт".
ANOTHER_WORDS = frozenset({"другой", "иной", "второй", "третий", "один", "некий", "некоторый"})

#: Verbs that "Так …" points back with at the words before: "Так прокомментировал ситуацию X", "Так отреагировал
#: X", besides every speech verb.
SO_SAID_VERBS = frozenset({"прокомментировать", "комментировать", "отреагировать", "реагировать", "ответить",
                           "охарактеризовать", "описать", "объяснить", "оценить", "высказаться"})

#: Verbs that give quoted words only through a colon: "опроверг слухи о расколе: «…»", "отрезал: «…»" (a denial
#: of a report is not speech, the words quoted after it are).
COLON_SPEECH_VERBS = frozenset({"опровергнуть", "опровергать", "возражать", "отрезать", "откликнуться",
                                "отозваться", "обратиться"})

#: Verbs of finding out that make a claim of their own only in "Как выяснил РБК, …", "как подсчитали в X, …".
CLAIM_VERBS = frozenset({"выяснить", "узнать", "подсчитать", "установить"})

#: Kinds of settlements a name follows in apposition ("в селе Лопатино", "в поселке Ярега"): places, no bodies.
SETTLEMENT_NOUNS = frozenset({"село", "деревня", "поселок", "посёлок", "город", "станица", "хутор", "аул",
                              "райцентр", "поселение", "микрорайон", "пгт"})
#: Whom one tells of an event in private ("сообщил об этом диспетчеру"): no statement to the public.
PRIVATE_ADDRESSEES = frozenset({"диспетчер", "родитель", "врач", "сосед", "соседка", "учитель", "начальник",
                                "руководство", "начальство", "друг", "подруга", "знакомый", "мать", "мама", "отец",
                                "папа", "жена", "муж", "дочь", "сын", "брат", "сестра", "бабушка", "дедушка",
                                "родственник", "коллега", "владелец", "хозяин", "хозяйка", "полиция", "полицейский",
                                "охранник", "воспитатель"})
#: Verbs in the past whose infinitive of saying was said: "поспешил заверить", "попытался объяснить", "решил
#: напомнить".
SAID_THROUGH_VERBS = frozenset({"поспешить", "попытаться", "решить", "успеть", "счесть", "постараться"})
#: Verbs of asking: the words handed back after a question asked so are the answer, somebody else's.
ASKING_VERBS = frozenset({"спросить", "спрашивать", "поинтересоваться", "интересоваться", "переспросить"})
#: Verbs that give out information ("Информацию об этом распространила X"), not ones that react to it
#: ("прокомментировал", "опроверг").
INFORMING_VERBS = frozenset({"сообщить", "сообщать", "подтвердить", "подтверждать", "распространить",
                             "распространять", "озвучить", "озвучивать", "предоставить", "предоставлять", "дать",
                             "опубликовать", "обнародовать"})
#: Nouns of a share of a group ("часть пользователей", "ряд жителей", "большинство опрошенных"): several people.
SHARE_NOUNS = frozenset({"часть", "ряд", "большинство", "меньшинство", "половина", "множество", "группа", "десяток",
                         "сотня", "тысяча", "масса", "треть", "четверть"})
#: Military, police and legal ranks: a rank between a title and a name ("официальный представитель Минобороны
#: генерал-лейтенант Игорь Конашенков") leaves the title the person's role as well.
RANKS = frozenset({"генерал", "генерал-лейтенант", "генерал-майор", "генерал-полковник", "полковник",
                   "подполковник", "майор", "капитан", "лейтенант", "адмирал", "вице-адмирал",
                   "контр-адмирал", "сержант", "прапорщик", "маршал", "полицейский"})
#: Two words for one office: "пресс-секретарь президента" is the one introduced as "спикер президента".
SAME_OFFICES = frozenset({"спикер", "пресс-секретарь"})
#: Beginnings of words that make a body's employee somebody who does not speak for it ("задержанный чиновник
#: мэрии", "бывший сотрудник Пентагона").
NOT_FOR_THE_BODY = ("бывш", "задержан", "арестован", "обвиняем", "подозреваем", "уволен", "осужден", "осуждён",
                    "экс-")
#: People whose trade is telling what others said: a reporter's lead gives the next line to whom she met.
JOURNALIST_NOUNS = frozenset({"корреспондент", "журналист", "журналистка", "репортер", "репортёр", "ведущий",
                              "ведущая", "обозреватель", "корреспондентка"})

#: Verbs that report a statement when negated: "не исключил, что …", "не отрицает, что …" (unlike "не сообщил").
NEGATED_SPEECH_VERBS = frozenset({"исключить", "исключать", "отрицать"})

#: "Такое заявление сделал X", "С таким заявлением выступил X", "Такое мнение высказал X", "Такую оценку дал
#: X": a verb and a noun of saying that point back at the sentence before.
STATEMENT_VERBS = frozenset({"сделать", "делать", "выступить", "выступать", "высказать", "высказывать", "дать",
                             "давать", "озвучить", "озвучивать", "привести", "предоставить", "предоставлять",
                             "распространить", "распространять"})
STATEMENT_NOUNS = frozenset({"заявление", "сообщение", "объявление", "мнение", "оценка", "прогноз", "предположение",
                             "комментарий", "информация"})

#: Nouns that bring in a person without describing anyone already named: "Мужчина рассказал, что …".
PERSON_NOUNS = frozenset({"мужчина", "женщина", "человек", "девушка", "парень", "ребенок", "подросток", "житель",
                          "жительница", "пенсионер", "пенсионерка", "школьник", "студент", "пассажир", "водитель",
                          "очевидец", "свидетель", "пострадавший", "собеседник", "эксперт", "аналитик"})

#: Verbs that name or judge their object with quoted words: "назвал решение «поспешным»" (the quotation
#: hangs on the object noun, yet it is the speaker's word).
NAMING_VERBS = frozenset({"назвать", "называть", "охарактеризовать", "характеризовать", "оценить", "описать"})

#: Abbreviated kind nouns of organisation names, spelled out so that "в управлении" finds "ГУ МЧС по ЯНАО".
ORG_ABBREVIATIONS = {"гу": "управление", "умвд": "управление", "гувд": "управление", "уфсин": "управление",
                     "уфссп": "управление", "уфас": "управление", "гумвд": "управление", "су": "управление"}

#: Abbreviations of a kind of body that name no body by themselves: "В УК ответили" (a management company),
#: "в ТСЖ", "в ООО": nobody to hold to the words.
KIND_ABBREVIATIONS = frozenset({"ук", "тсж", "жэк", "жск", "снт", "ооо", "оао", "зао", "пао", "ао", "ип", "нко",
                                "чоп", "оду"})

#: Generic nouns for a government body ("в ведомстве"), and the kind nouns of names that are one.
GOVERNMENT_NOUNS = frozenset({"ведомство", "министерство", "главк"})
#: Abbreviations of main directorates, which "главк" means.
MAIN_DIRECTORATES = frozenset({"ГУ", "ГСУ", "ГУВД", "ГУМВД", "ГУФСИН", "ГУФССП", "ГУМЧС", "ГУСБ"})
GOVERNMENT_HEADS = frozenset({"министерство", "ведомство", "служба", "агентство", "комитет", "управление",
                              "департамент", "мид", "мвд", "мчс", "фсб", "фсо", "фсин", "фнс", "фас", "фтс", "ск",
                              "росстат", "роскомнадзор", "роспотребнадзор", "росздравнадзор", "ростехнадзор",
                              "росавиация", "росимущество", "рособрнадзор", "росгвардия", "прокуратура",
                              "генпрокуратура", "правительство", "кабмин", "администрация", "мэрия", "казначейство",
                              "инспекция", "центробанк", "цб"}) | LOCAL_ADMINISTRATIONS

#: Conjecture verbs that report a statement in the past ("предположил, что") but a view in the present
#: ("предполагает, что", like "считает": the guide annotates no states of mind).
OPINION_IN_PRESENT = frozenset({"предполагать", "допускать"})
#: Verbs of opinion, no speech unless they introduce words in quotation marks (the guide: "считает, что «…»" is).
OPINION_VERBS = frozenset({"считать", "полагать"})

#: Verbs whose object may take the speaker's quoted words as a wish: "пожелал народу «великолепного праздника»".
WISH_VERBS = frozenset({"пожелать", "желать"})

#: Role heads that may name any office a person holds ("глава", "руководитель"), unlike "президент", "министр".
ANY_OFFICE_HEADS = frozenset({"глава", "руководитель", "лидер", "председатель"})
#: Relatives by the noun and the gender it gives: "Сергей Скрипаль и его дочь Юлия" names Юлия Скрипаль.
KIN_NOUNS = {"дочь": "Fem", "сестра": "Fem", "жена": "Fem", "супруга": "Fem", "мать": "Fem", "внучка": "Fem",
             "сын": "Masc", "брат": "Masc", "муж": "Masc", "супруг": "Masc", "отец": "Masc", "внук": "Masc"}

#: Endings of nouns for women only ("жительница", "пенсионерка", "принцесса", "героиня", "повариха").
FEMININE_SUFFIXES = ("ница", "ка", "есса", "исса", "иня", "иха", "ша")

#: Words for a day that a date between commas names again ("во вторник, 25 октября, в …", "сегодня, 5 мая,").
DAY_WORDS = frozenset({"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "сегодня",
                       "вчера", "завтра", "накануне"})

#: Months, whose day in a date set between commas repeats a day already named ("во вторник, 25 октября, в …").
MONTHS = frozenset({"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                    "ноябрь", "декабрь"})

#: Nouns of a time, never a place or a document something was said in ("В июле сообщалось, что …").
TIME_NOUNS = MONTHS | DAY_WORDS | frozenset({"год", "месяц", "неделя", "день", "весна", "лето", "осень", "зима",
                                             "утро", "вечер", "ночь", "период", "время", "начало", "конец",
                                             "середина", "квартал", "полугодие"})

#: Titles of whoever heads a region or a city ("мэр краевой столицы" after "глава Краснодара X").
REGIONAL_HEADS = frozenset({"губернатор", "мэр", "аким", "градоначальник"})
#: Nouns for a government official whoever he is ("Чиновник отметил, что …", "по словам чиновника"), and the titles
#: of office they may refer back to (a party's "лидер" or a company's director is nobody's "чиновник").
OFFICIAL_NOUNS = frozenset({"чиновник", "чиновница"})
OFFICIAL_TITLES = (ANY_OFFICE_HEADS - {"лидер"}) | REGIONAL_HEADS | frozenset(
    {"министр", "замминистра", "заместитель", "замглавы", "зампредседатель", "начальник", "вице-губернатор",
     "вице-мэр", "префект", "вице-премьер"})

#: A body "of the city", "of the region", "of the country" ("ДЧС города", "Госавтоинспекция региона", "МИД страны",
#: "городская администрация", "мэрия", "администрация района") is that of the article's city, region, district or
#: country: the kind of place each word means.
PLACE_GENITIVES = {"город": "city", "столица": "city", "регион": "region", "область": "region", "край": "region",
                   "республика": "region", "район": "district", "страна": "country", "государство": "country"}
PLACE_ADJECTIVES = {"городской": "city", "столичный": "city", "местный": "city", "областной": "region",
                    "краевой": "region", "республиканский": "region", "региональный": "region"}
CITY_BODIES = frozenset({"мэрия", "горсовет", "горисполком", "горадминистрация", "примэрия", "гордума", "горуправа"})
#: Names of one and the same body, a place's executive: "пресс-служба мэрии" after "В администрации Екатеринбурга
#: прошло заседание" is that administration, "в администрации региона" the akimat the text named.
EXECUTIVE_HEADS = frozenset({"администрация", "мэрия", "горадминистрация", "акимат", "хокимият", "примэрия",
                             "горуправа"})


#: Words before a street's, a square's or a park's name, which is tagged as a place (or a person: "на улице Олега
#: Кошевого") but is no city and nobody.
STREET_WORDS = frozenset({"улица", "проспект", "площадь", "переулок", "бульвар", "шоссе", "набережная", "проезд",
                          "тупик", "аллея", "микрорайон", "мкр", "ул", "пр-т", "пер", "парк", "сквер"})

#: Vehicles, whose make follows them ("автомобиль Рено Логан", "самолет Боинг"): a make is nobody.
VEHICLE_NOUNS = frozenset({"автомобиль", "машина", "иномарка", "легковушка", "внедорожник", "грузовик", "автобус",
                           "самолет", "вертолет", "мотоцикл"})

#: Titles of either sex whose form is feminine: a verb may agree with the form ("подчеркнула глава региона" of a
#: man), so the verb's gender says nothing of the person the title is one of.
COMMON_GENDER_TITLES = frozenset({"глава"})

#: Words for holding an office for the time being ("врио губернатора"): the office is the role.
ACTING_WORDS = frozenset({"врио", "ио"})

#: What befalls a person who then says nothing in the text ("погиб водитель Иван Петров"): a dialogue line after
#: such a sentence is somebody else's account.
SILENT_STATES = frozenset({"погибнуть", "скончаться", "умереть", "пострадать", "госпитализировать", "задержать",
                           "арестовать", "пропасть", "ранить", "травмировать", "убить", "похитить"})

#: A work's own texts ("в аннотации к фильму", "в описании книги"): whoever spoke last did not write them.
WORK_TEXTS = frozenset({"аннотация", "описание", "синопсис", "афиша"})

#: Public bodies a place has one of, which "областное правительство", "городская полиция" name when the text
#: names no place.
PUBLIC_BODY_NOUNS = frozenset({"правительство", "администрация", "мэрия", "полиция", "прокуратура", "суд", "дума",
                               "управление", "департамент", "министерство", "комитет", "штаб", "собрание",
                               "заксобрание", "избирком", "минздрав", "минобразование"})

#: Nouns for the people of a place: the single name in the genitive after them is the place ("житель Королева"
#: is of the town Королёв, not of a man).
RESIDENT_NOUNS = frozenset({"житель", "жительница", "уроженец", "уроженка"})

#: Legislatures, whose "спикер" is their chair, a person, not a spokesperson for the body (not any "совет": the
#: spokesperson of a security council or of the Council of Europe speaks for it).
LEGISLATURES = frozenset({"горсовет", "дума", "гордума", "госдума", "парламент", "заксобрание", "совфед", "рада",
                          "облдума", "облсовет", "райсовет", "мосгордума", "горсобрание",
                          "сейм", "курултай", "хурал", "меджлис", "кенгеш", "мажилис", "сенат", "конгресс",
                          "кнессет", "бундестаг"})

#: The police by its usual names: "уточнили в полиции" after "сообщили в УМВД России по Набережным Челнам".
POLICE_WORDS = frozenset({"полиция", "милиция", "мвд", "умвд", "гумвд", "гувд", "увд", "овд", "омвд"})


def same_kind(a: str, b: str) -> bool:
    """Whether two kind nouns of bodies name the same kind ("мэрия" and "администрация")."""
    return a == b or (a in EXECUTIVE_HEADS and b in EXECUTIVE_HEADS)


def police_body(name: str) -> bool:
    """Whether a body's name is one of the police's ("УМВД России по …", "Департамент полиции Жетысуской области")."""
    words = {fold(w).lower() for w in name.replace("-", " ").split()}
    return bool(words & POLICE_WORDS) or any(w.startswith(("полиц", "милиц")) for w in words)


REGION_WORDS = frozenset({"область", "край", "республика", "округ", "ао"})
#: Russia's regions named without such a word ("ГИБДД республики" in a text about Мордовия), folded to lower case.
REGIONS_BY_NAME = frozenset({
    "татарстан", "башкортостан", "башкирия", "мордовия", "чувашия", "удмуртия", "марий эл", "якутия", "бурятия",
    "тыва", "тува", "хакасия", "коми", "карелия", "адыгея", "дагестан", "ингушетия", "кабардино-балкария",
    "калмыкия", "карачаево-черкесия", "северная осетия", "чечня", "крым", "кузбасс", "ямал", "югра", "камчатка",
    "приморье", "забайкалье", "прикамье", "ставрополье", "кубань", "подмосковье", "ленобласть", "чукотка",
    "алтай"})

#: Countries, folded to lower case, to tell the article's country from its cities and regions.
COUNTRIES = frozenset({
    "россия", "рф", "украина", "беларусь", "белоруссия", "казахстан", "киргизия", "кыргызстан", "узбекистан",
    "таджикистан", "туркменистан", "туркмения", "армения", "азербайджан", "грузия", "молдавия", "молдова",
    "латвия", "литва", "эстония", "сша", "китай", "кнр", "германия", "фрг", "франция", "великобритания", "британия",
    "англия", "италия", "испания", "португалия", "польша", "турция", "израиль", "иран", "ирак", "сирия", "ливан",
    "иордания", "египет", "ливия", "япония", "индия", "пакистан", "афганистан", "финляндия", "швеция", "норвегия",
    "дания", "исландия", "ирландия", "канада", "мексика", "бразилия", "аргентина", "чили", "венесуэла", "куба",
    "сербия", "хорватия", "словения", "черногория", "босния и герцеговина", "албания", "северная македония",
    "македония", "болгария", "румыния", "венгрия", "чехия", "словакия", "австрия", "швейцария", "нидерланды",
    "голландия", "бельгия", "люксембург", "греция", "кипр", "монголия", "кндр", "северная корея", "южная корея",
    "корея", "вьетнам", "таиланд", "индонезия", "малайзия", "филиппины", "австралия", "новая зеландия", "оаэ",
    "саудовская аравия", "катар", "кувейт", "юар", "нигерия", "эфиопия", "алжир", "марокко", "тунис", "судан",
})


# --- word lists the rules of one module read -------------------------------------------------------------

#: Nouns of "по" that make an adverbial, not a body's field ("по итогам проверки", "по данным", "по факту").
NOT_A_FIELD = frozenset({"итог", "результат", "данные", "факт", "повод", "решение", "мнение", "слово",
                         "информация", "сообщение", "причина", "случай", "приглашение", "просьба", "требование",
                         "инициатива", "поручение", "оценка", "подсчет", "окончание", "завершение", "время", "ход",
                         "мера", "линия", "телефон", "видеосвязь"})

#: What a fund of money, not a body, is of ("фонд оплаты труда", "фонд заработной платы", "фонд времени").
MONEY_FIELDS = frozenset({"оплата", "плата", "зарплата", "благосостояние", "время", "премирование"})

#: Nouns for whoever speaks for a body, one and the same office for a role phrase to refer back to.
SPOKESPEOPLE = frozenset({"представитель", "представительница", "спикер", "пресс-секретарь", "пресс-атташе"})

#: What a chapter is numbered by ("первая глава доклада") and what it belongs to ("глава книги", "глава закона"):
#: "глава" of these is no head of anything.
ORDINALS = frozenset({"первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой",
                      "девятый", "десятый", "последний", "заключительный", "отдельный", "очередной"})

BOOKS = frozenset({"книга", "роман", "закон", "кодекс", "статья", "учебник", "конституция", "устав", "повесть"})

#: Kind nouns the tagger takes for a name of their own when a name follows them.
KIND_ONLY = frozenset({"telegram-канал", "телеграм-канал", "телеграмм-канал", "канал", "паблик", "портал", "сайт",
                       "агентство", "издание", "газета", "телеканал", "компания", "авиакомпания"})

#: Titles written as Latin abbreviations ("CEO ритейлера Игорь Шехтерман"), which the tagger takes for bodies.
TITLE_ABBREVIATIONS = frozenset({"ceo", "cfo", "cto", "coo", "cio", "cmo"})

#: Prepositions a sentence may open with, which the tagger sometimes takes into the name after them.
PREPOSITIONS = frozenset({"в", "во", "на", "от", "до", "из", "к", "ко", "с", "со", "по", "у", "о", "об", "за", "под",
                          "над", "при", "для", "через", "после", "перед"})

#: Abbreviated units that end a sentence after a number ("563 тыс. т. Об этом …", "5 млн т. В Кремле …"); the
#: sentenizer takes their full stop for an abbreviation's and runs on into the next sentence.
UNITS = frozenset({"т", "тыс", "млн", "млрд", "трлн", "руб", "коп", "долл", "кг", "км", "га", "шт"})

#: Nouns of a speech phrase whose "о"-phrase is their topic, not what was said ("поделился впечатлениями о
#: гонке", "подробностями о", "соображениями о"); "о том, что …" after them still reports the words.
TOPIC_OF_NOUNS = frozenset({"впечатление", "подробность", "соображение"})

#: Pronouns that may stand between "как" and its verb as the subject ("Как он отметил в интервью, …").
SUBJECT_PRONOUNS = frozenset({"он", "она", "они"})

#: Verbs of making or holding a statement, a video, a meeting: a relative clause on their object with no subject
#: of its own is the maker's ("записал обращение, в котором заявил", "провел совещание, на котором сообщил").
MAKE_OR_HOLD_VERBS = frozenset({"опубликовать", "публиковать", "записать", "записывать", "выпустить", "провести",
                                "проводить", "дать", "давать", "разместить", "направить", "написать", "выступить",
                                "выступать", "обратиться", "сделать", "распространить", "устроить", "созвать"})

#: Verbs of a report being published: "Сообщение об этом опубликовано (появилось) на сайте X".
PUBLISH_VERBS = frozenset({"опубликовать", "опубликовывать", "публиковать", "появиться", "разместить",
                           "распространить"})

#: Where things are said by nobody in particular: "в СМИ сообщалось", "в соцсетях пишут".
NOBODYS_PLACES = frozenset({"сми", "пресса", "соцсеть", "сеть", "интернет", "медиа", "телеграм"})

#: Relative words of a clause about a thing, not its subject ("видео, в котором заявил"; "форум, где рассказал").
OBLIQUE_RELATIVES = frozenset({"котором", "которой", "которых", "где"})

#: Words that carry a clause as its predicate without a finite verb: "нужно", "можно", "необходимо".
PREDICATIVES = frozenset({"нужно", "можно", "нельзя", "необходимо", "надо", "должен", "должна", "должно",
                          "должны", "готов", "готова", "готово", "готовы", "нет"})

#: Words that may open a sentence before a verb whose subject is the one of the sentence before ("И добавил").
CARRY_ON = frozenset({"и", "а", "также", "еще", "ещё", "затем", "потом", "позже", "позднее", "тогда", "кроме",
                      "того", "при", "этом", ","})

#: Works of art and of writing, which tell of things without their author saying them ("фильм Михалкова
#: рассказывает о …", "книга Прилепина повествует о …").
WORKS = frozenset({"фильм", "кинофильм", "мультфильм", "сериал", "спектакль", "постановка", "песня", "клип",
                   "альбом", "картина", "роман", "повесть", "рассказ", "книга", "пьеса", "опера", "балет",
                   "мюзикл", "выставка", "документальный", "стихотворение", "поэма"})

#: Words of a web page's furniture that the text may keep as a sentence of their own ("Видео.", "Фото: ТАСС.",
#: "Читайте также."): no words of anybody's.
PAGE_FURNITURE = frozenset({"видео", "фото", "фотография", "подробность", "читать", "читайте", "смотреть",
                            "смотрите", "иллюстрация", "реклама", "инфографика"})

#: The fields of outlets: "агентство городских новостей", "канал спортивной информации" are media, not bodies.
NEWS_FIELDS = frozenset({"новость", "информация", "известие", "вести", "сообщение"})
