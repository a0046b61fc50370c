"""Who a subject token, a pronoun or a role noun stands for.

Pronouns ("— сказал он") go to the most recent main-clause subject of matching gender outside quotations, or
the most recent speaker; role nouns ("российский лидер", "глава ведомства") go to the person the article
introduced with that role (apposition "президент России Владимир Путин"), compared by the role noun's lemma and
the stems of its modifiers, so "российский лидер" finds "президент России" and not "лидер КНДР".
"""

from __future__ import annotations

import bisect

from analysis.actors import ActorIndex, Role, place_adjective, stem
from analysis.keys import fold, word_keys
from analysis.lexicon import (
    ALWAYS_RELAY_VERBS,
    ANALYST_NOUNS,
    ANONYMOUS_NOUNS,
    ANY_OFFICE_HEADS,
    BACK_REFERENCE_NOUNS,
    CITY_BODIES,
    CITY_BODY_FULL_NAMES,
    COMPOUND_BODY_STEMS,
    COUNTRIES,
    COUNTRY_STEMS,
    DOC_NOUNS,
    ENTOURAGE_NOUNS,
    EXECUTIVE_HEADS,
    GENERIC_ORG_HEADS,
    GENERIC_ORG_NOUNS,
    GOVERNMENT_HEADS,
    GOVERNMENT_NOUNS,
    INTERLOCUTOR_NOUNS,
    LATTER_PRONOUNS,
    LEGISLATURES,
    MAIN_DIRECTORATES,
    MAIN_SPEECH_VERBS,
    MEDIA_NOUNS,
    MINISTRY_FIELD_STEMS,
    MINISTRY_SHORT_NAMES,
    NOT_FOR_THE_BODY,
    OFFICIAL_NOUNS,
    OFFICIAL_TITLES,
    ORG_ABBREVIATIONS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_ROLE_HEADS,
    PLACE_ADJECTIVES,
    PLACE_GENITIVES,
    PLATFORM_NOUNS,
    PLURAL_PRONOUNS,
    POLICE_WORDS,
    PRESS_NOUNS,
    PRONOUN_GENDER,
    PUBLIC_BODY_NOUNS,
    REGION_WORDS,
    REGIONAL_HEADS,
    REGIONS_BY_NAME,
    SAME_OFFICES,
    SPEECH_VERBS,
    SPOKESPEOPLE,
    SPOKESPERSON_NOUNS,
    STREET_WORDS,
    TALK_NOUNS,
    WORKS,
    is_outlet,
    org_kind,
    police_body,
    same_kind,
)
from analysis.parsed import ALL_QUOTES, Parsed, Span
from analysis.pipeline import (
    adjective_agreeing,
    dative_name,
    feminine_nominative,
    genitive_place,
    lemma,
    verb_lemma,
)


class Resolver:
    """Resolves subjects to actor indices; keeps the discourse state (recent subjects and speakers)."""

    def __init__(self, p: Parsed, idx: ActorIndex) -> None:
        self.p = p
        self.idx = idx
        self._places: frozenset[str] | None = None  # stems of the places the text names (see _place_stems)
        self.events: list[tuple[int, int]] = []  # (offset, actor) of main-clause subjects and speakers
        self.mentions: list[tuple[int, int]] = []  # (offset, actor) of every PER mention outside quotes
        self.org_mentions: list[tuple[int, int]] = []
        self.org_subjects: set[int] = set()  # bodies the text made the subject of a sentence
        self.media: set[int] = set()  # filled by the quote finder when it sees a relay
        self.org_speakers: list[tuple[int, int]] = []  # (offset, actor) of organisations resolved as speakers
        self.last_press: tuple[int, int] | None = None  # (offset, owner) of the last press service with an owner
        for si, sp in enumerate(p.spans):
            ai = idx.span_actor[si]
            if ai < 0:
                continue
            head = idx.head_of_span(si)
            if p.toks[head].quoted and not (idx.actors[ai].type == "ORG" and self._quoted_name(sp.start)):
                continue  # (a company in quotation marks, «Газпром-медиа», is still named in the text)
            if idx.actors[ai].type == "PER":
                self.mentions.append((sp.start, ai))
                if self._is_main_subject(head):
                    self.events.append((sp.start, ai))
            elif idx.actors[ai].type == "ORG":
                if self.org_mentions and si > 0 and idx.span_actor[si - 1] == self.org_mentions[-1][1] and len(
                        p.text[p.spans[si - 1].stop:sp.start]) <= 2 and idx.actors[
                        self.org_mentions[-1][1]].name.endswith(" " + idx.actors[ai].name):
                    continue  # "управление на транспорте СК России": the body's name ends with its parent's
                self.org_mentions.append((sp.start, ai))
                if self._is_main_subject(head):
                    self.org_subjects.add(ai)
        # "В администрации Екатеринбурга прошло заседание … Как сообщили в администрации, …": a body named by its kind
        # noun and a place is a mention of that body, for a later bare "в администрации" to mean it
        for t in p.toks:
            if t.span < 0 and not t.quoted and t.pos in {"NOUN", "PROPN"} and lemma(t.text) in GENERIC_ORG_HEADS:
                built = idx.org_name_of_token(t.i)
                if built and len(built.split()) > 1:
                    ai = idx.intern_org(built, t.start)
                    self.org_mentions.append((t.start, ai))
        # a surname NER missed (in a headline most often: "Путин пожелал удачи губернатору") is still that person
        for t in p.toks:
            if t.span < 0 and not t.quoted and t.pos == "PROPN" and self._is_main_subject(t.i):
                ai = self.missed_surname(t.i)
                if ai is not None:
                    self.mentions.append((t.start, ai))
                    self.events.append((t.start, ai))
        self.mentions.sort()
        self.org_mentions.sort()
        # "холдинг «Газпром-Медиа»", "авиакомпания Ryanair": the organisation the text itself calls by a kind noun
        # is what a later bare "в холдинге", "в авиакомпании" means (quotations included: «Холдинг "X" …»)
        self.kinds: dict[str, list[tuple[int, int]]] = {}
        for si, sp in enumerate(p.spans):
            ai = idx.span_actor[si]
            if ai < 0 or idx.actors[ai].type != "ORG":
                continue
            k = sp.toks[0] - 1
            if p.toks[sp.toks[0]].pos == "NOUN" and lemma(p.toks[sp.toks[0]].text) in GENERIC_ORG_NOUNS:
                k = sp.toks[0]  # "Холдинг «Газпром-Медиа»" as one name
            while k >= 0 and p.toks[k].text in ALL_QUOTES:
                k -= 1
            head = p.toks[idx.head_of_span(si)]
            if k >= 0 and p.toks[k].pos == "NOUN" and lemma(p.toks[k].text) in GENERIC_ORG_NOUNS and (
                    k != sp.toks[0] - 1 or head.text.isascii() or head.feat("Case") in {
                        None, p.toks[k].feat("Case")}):
                # (an apposition agrees in case unless quoted or foreign: "работников авиакомпании Рижский аэропорт
                # … не получал" has the airport as the subject of the sentence, not as the airline's name)
                self.kinds.setdefault(lemma(p.toks[k].text), []).append((sp.start, ai))
        self.events.sort()
        # main-clause subjects that are role nouns naming nobody ("главный тренер оценил …"): a later "он"
        # may mean them, so a pronoun must not jump over them to an earlier person
        self.blockers: list[tuple[int, str | None]] = []
        titled: list[tuple[int, int]] = []
        for t in p.toks:
            if (t.pos == "NOUN" and t.feat("Animacy") == "Anim" and t.feat("Number") != "Plur" and not t.quoted
                    # (a bare "Эксперт отметил" is the person just quoted; "собеседник «Коммерсанта»" somebody new)
                    and not (lemma(t.text) in BACK_REFERENCE_NOUNS and not t.children)
                    and self._is_main_subject(t.i) and self._names_in_phrase(t.i)[0] is None
                    and not self._apposition_to_name(t.i) and not self._relaying_reporter(t.i)):
                ai = self.role(t.i, t.start, count=False)
                if ai is None:
                    self.blockers.append((t.start, t.feat("Gender")))
                elif any(x == ai and pos < t.start for pos, x in self.events):
                    # "Депутат X раскритиковал … После этого депутат допустил брань. Он сказал, что …": a title
                    # of someone the text already made a subject, as the subject again, is what a later "он"
                    # continues (one only ever mentioned, "президенту Бараку Обаме", is no protagonist)
                    titled.append((t.start, ai))
            elif t.lower in {"один", "одна"} and not t.quoted and self._is_main_subject(t.i) and any(
                    p.toks[c].pos == "NOUN" and p.toks[c].feat("Animacy") == "Anim" for c in t.children):
                # "сообщил один из адвокатов подсудимого": one of several, nobody the article named
                self.blockers.append((t.start, "Fem" if t.lower == "одна" else "Masc"))
        for ev in titled:
            bisect.insort(self.events, ev)

    def missed_surname(self, tok: int) -> int | None:
        """A surname NER missed (headlines often): the one person the article names with it elsewhere."""
        t = self.p.toks[tok]
        if t.pos != "PROPN" or t.span >= 0 or not t.text[:1].isupper():
            return None
        keys = word_keys(fold(t.text))
        found = [ai for ai, a in enumerate(self.idx.actors) if a.type == "PER" and a.last_keys & keys]
        return found[0] if len(found) == 1 else None

    def _quoted_name(self, offset: int) -> bool:
        """Whether the quotation around `offset` is a short name («Газпром-медиа»), not somebody's words."""
        q = self.p.top_quote_at(offset)
        return q is not None and len(self.p.text[q.open + 1:q.close].split()) <= 4

    def _apposition_to_name(self, tok: int) -> bool:
        """"Сергей Колесников, бывший вице-президент холдинга": the role describes the name it follows."""
        p = self.p
        t = p.toks[tok]
        hops = 0
        # the parse may also read the comma as coordination ("бизнесмен Сергей Колесников, бывший …" as conj)
        while t.rel in {"appos", "flat:name", "flat", "conj"} and t.head >= 0 and hops < 3:
            t = p.toks[t.head]
            hops += 1
            if t.span >= 0 and self.idx.span_actor[t.span] >= 0 and self.idx.actors[
                    self.idx.span_actor[t.span]].type == "PER":
                return True
            if self._names_in_phrase(t.i)[0] is not None:
                return True
        return False

    def _relaying_reporter(self, tok: int) -> bool:
        """"…, передает корреспондент Накануне.RU. Он также сообщил, что …": the reporter who passes the words on
        is nobody the article goes on about; a later "он" still means the person quoted."""
        p = self.p
        t = p.toks[tok]
        if not (lemma(t.text) in MEDIA_NOUNS and t.head >= 0 and p.toks[t.head].pos == "VERB" and verb_lemma(
                p.toks[t.head].text) in ALWAYS_RELAY_VERBS | {"сообщать", "писать"}):
            return False
        # (only while he passes on somebody's words in that sentence — a verb of saying, "по словам", a quotation:
        # a reporter who reports on his own, "В городе объявлена тревога, сообщает корреспондент. Он также пишет,
        # что …", is who "он" is)
        sent = p.sents[t.sent]
        return any(p.toks[j].quoted or p.toks[j].lower == "словам" or (
            j != t.head and p.toks[j].pos == "VERB" and verb_lemma(p.toks[j].text) in SPEECH_VERBS)
                   for j in range(sent.first, sent.last + 1))

    def _is_main_subject(self, tok: int) -> bool:
        p = self.p
        t = p.toks[tok]
        hops = 0
        while t.rel in {"appos", "flat:name", "flat", "conj"} and t.head >= 0 and hops < 3:
            t = p.toks[t.head]
            hops += 1
        if not t.rel.startswith("nsubj") and self._lost_subject(tok):
            return True
        if not t.rel.startswith("nsubj") or t.head < 0:
            return False
        if (t.i < t.head < tok or tok < t.head < t.i) and p.toks[tok].rel != "conj":
            return False  # an "apposition" the parser hung across the verb is a name of the object's phrase
        if t.i > t.head and any(p.toks[c].rel.startswith("nsubj") and c < t.head for c in p.toks[t.head].children):
            return False  # "Остапенко одержала победу над чемпионкой … Игой Швёнтек": one subject per verb
        v = p.toks[t.head]
        return v.rel in {"root", "conj", "parataxis", ""} or verb_lemma(v.text) in MAIN_SPEECH_VERBS

    def _lost_subject(self, tok: int) -> bool:
        """"Открывая собрание, председатель ЗСК Юрий Бурлачко напомнил …": a name in the nominative right before
        the main verb, which the parser gave no subject (it hung the name on a noun elsewhere), is its subject."""
        p = self.p
        t = p.toks[tok]
        if t.span < 0 or t.feat("Case") != "Nom" or t.quoted:
            return False
        k = p.spans[t.span].toks[-1] + 1
        if k >= len(p.toks) or p.toks[k].sent != t.sent:
            return False
        v = p.toks[k]
        return v.pos == "VERB" and v.rel == "root" and v.feat("VerbForm") == "Fin" and not any(
            p.toks[c].rel.startswith("nsubj") for c in v.children)

    def note_speaker(self, offset: int, actor: int) -> None:
        """A resolved speaker becomes the most salient referent from its attribution on."""
        bisect.insort(self.events, (offset, actor))
        if self.idx.actors[actor].type == "ORG":
            bisect.insort(self.org_speakers, (offset, actor))

    # --- resolution --------------------------------------------------------------------------------------
    def actor_of_token(self, tok: int, offset: int) -> int | None:
        """The actor a subject token denotes: a name in its phrase, a pronoun, a role noun, an org noun."""
        p = self.p
        t = p.toks[tok]
        if t.span >= 0:
            ai = self.idx.span_actor[t.span]
            if ai >= 0 and self.idx.actors[ai].type == "PER" and self.idx.only_common_words(ai):
                # "…, отметил Президент", "Глава заявил": a capitalised role noun the tagger took for a name
                return self.role(tok, offset)
            if ai >= 0 and self.idx.actors[ai].type == "ORG" and len(self.idx.actors[ai].name.split()) == 1:
                # "ДЧС города", "МИД страны": the body of the article's city or country
                last = p.spans[t.span].toks[-1]
                placed = self._placed_body(last, self.idx.actors[ai].name, offset, after=True)
                if placed is not None:
                    return placed
            if ai >= 0:
                return ai
        missed = self.missed_surname(tok)
        if missed is not None:
            return missed
        q = p.top_quote_at(t.start) if t.pos != "PUNCT" else None
        if q is not None and q.open in p.name_quotes and t.start > q.open:
            # "Ранее «Октагон.Восток» сообщал, что …": a name in quotation marks the tagger did not know
            return self.idx.intern_org(p.text[q.open + 1:q.close].strip(), q.open)
        if t.lower == "там":
            return self._last_org_speaker(offset)  # "Там отметили": the organisation that spoke last
        if t.lower in LATTER_PRONOUNS and t.rel.startswith("nsubj"):
            return self.latter(LATTER_PRONOUNS[t.lower], offset)
        if t.pos == "PRON" or t.lower in PRONOUN_GENDER:
            return self.pronoun(t.lower, offset, p.toks[t.head] if t.head >= 0 else None)
        if lemma(t.text) in WORKS and not t.quoted:
            return None  # "Новый фильм Никиты Михалкова рассказывает о …": a work tells, its author says nothing
        # a name inside the noun phrase: "президент России Владимир Путин", "пресс-служба Минобороны"
        per, org = self._names_in_phrase(tok)
        if per is not None:
            return per
        if lemma(t.text) in {"власть", "власти"} and t.feat("Number") == "Plur":
            # "Власти Красноармейского района сообщили": the government of a named place is a body
            place = next((c for c in t.children if c > tok and p.toks[c].rel == "nmod" and p.toks[c].span >= 0 and
                          p.spans[p.toks[c].span].type == "LOC" and p.toks[c].feat("Case") == "Gen"), -1)
            if place >= 0 and any(p.toks[c].rel == "conj" for c in p.toks[place].children):
                return None  # ("Власти Москвы и Подмосковья": two governments, nobody's words alone)
            if place >= 0:
                sp = p.spans[p.toks[place].span]
                return self.idx.intern_org("Власти " + p.text[p.toks[tok + 1].start:sp.stop], t.start)
            # (bare: no "украинские", "федеральные", no place before them, "в Лондоне власти заявили")
            if all(p.toks[c].rel in {"case", "punct", "cc"} for c in t.children) and not any(
                    u.span >= 0 and p.spans[u.span].type == "LOC" for u in p.toks[p.sents[t.sent].first:tok]):
                # "Об этом сообщили в администрации района. Как отметили власти, …": the government that spoke
                # last, if one did
                ai = self._last_org_speaker(offset)
                words = self.idx.actors[ai].name.lower().split() if ai is not None else []
                return ai if words and words[0] in EXECUTIVE_HEADS | {"правительство", "власти"} else None
        lem = org_kind(lemma(t.text))
        animate = t.feat("Animacy") == "Anim"
        # (a person's noun, "цитирует нападающего Чемпионат.ру", is no kind of the outlet that follows it)
        kind_noun = not animate or lem in GENERIC_ORG_NOUNS
        # ("в пресс-службе ОЭЗ «Алабуга» TatCenter сообщили": the owner in the genitive, not the outlet told)
        if t.pos == "NOUN" and kind_noun and lem not in PERSON_ROLE_HEADS and lem not in SPOKESPERSON_NOUNS and not (
                lem in PRESS_NOUNS and org is not None):
            # "авиаконцерн Lufthansa", "компания «Ryanair»": the noun names the kind of the organisation beside it
            for c in t.children:
                ct = p.toks[c]
                # (the name follows its kind noun; one before it the parser hung there is another's)
                if ct.rel in {"appos", "flat", "flat:name"} and c > tok and ct.span >= 0 and p.spans[
                        ct.span].type == "ORG":
                    ai = self.idx.span_actor[ct.span]
                    if ai >= 0:
                        return ai
        if lem == "спикер" and any(p.toks[c].rel == "nmod" and c > tok and org_kind(lemma(p.toks[c].text)) in
                                   LEGISLATURES for c in t.children):
            return self.role(tok, offset)  # "спикер горсовета", "спикер Госдумы": the chair, a person
        if lem in ANALYST_NOUNS:
            # "аналитики «Алеан»", "эксперты компании X": the body named after them; one "аналитик «Финама»" is
            # the analyst the article introduced so, else the body too (never whoever spoke last)
            for c in t.children:
                ct = p.toks[c]
                if ct.rel in {"nmod", "appos"} and c > tok and ct.span >= 0 and p.spans[ct.span].type == "ORG" and (
                        ct.feat("Case") == "Gen" or ct.quoted):
                    ai = self.idx.span_actor[ct.span]
                    if ai >= 0:
                        person = self._analyst_of(ct.i, offset) if t.feat("Number") != "Plur" else None
                        if person is not None:
                            return person
                        return ai
        if lem in OFFICIAL_NOUNS and t.feat("Number") == "Plur" and not any(
                p.toks[c].rel == "nmod" and c > tok and p.toks[c].feat("Case") == "Gen" for c in t.children):
            return None  # "чиновники заявили": a group, not the one official the text named ("чиновники мэрии": it)
        if lem in SPOKESPERSON_NOUNS and (t.lower.startswith("экс-") or any(
                p.toks[c].lower.startswith(NOT_FOR_THE_BODY) for c in t.children
                if c < tok or p.toks[c].rel in {"acl", "amod"})):
            return None  # "задержанный чиновник мэрии заявил в суде": his own words, not the body's
        if lem in SPOKESPERSON_NOUNS:
            named = self._named_spokesperson(tok, offset)
            if named is not None:
                return named
            for c in t.children:
                ct = p.toks[c]
                # (a name in Latin letters has no case: "Представители ATKO ответили")
                if ct.rel == "nmod" and c > tok and (not ct.quoted or t.quoted) and (ct.feat("Case") == "Gen" or (
                        ct.feat("Case") is None and ct.span >= 0 and p.spans[ct.span].type == "ORG")) and ct.pos in {
                        "NOUN", "PROPN"}:
                    if self.medium(c):
                        # "собеседник агентства в пресс-службе Россетей": the agency is whom he spoke to; he
                        # speaks for the body he sits "в", and without one he is anonymous
                        return self._seat(tok, offset)
                    if lem in INTERLOCUTOR_NOUNS and ct.span >= 0 and p.spans[ct.span].type == "PER":
                        return None  # "собеседник Захаровой": whoever spoke to her, not she
                    if ct.span < 0 and ct.feat("Number") == "Plur" and not any(
                            p.toks[g].span >= 0 and p.spans[p.toks[g].span].type != "LOC" for g in p.subtree(c, 8)):
                        # "представители управляющих компаний (Екатеринбурга)": of several bodies, none named
                        return None
                    principal = self.actor_of_token(c, offset)
                    if principal is not None:
                        return principal
        # ("в информационном центре правительства региона", "в Центре общественных связей ФСБ": a press office by
        # another name)
        relations = next((c for c in t.children if p.toks[c].rel == "nmod" and lemma(p.toks[c].text) == "связь" and any(
            lemma(p.toks[g].text) == "общественный" for g in p.toks[c].children)), -1) if lem == "центр" else -1
        if lem in PRESS_NOUNS or (lem == "центр" and any(p.toks[c].rel == "amod" and lemma(p.toks[c].text) in {
                "информационный", "пресс"} for c in t.children)) or relations >= 0:
            # (the owner hung on "связей" is the centre's: "Центре общественных связей ФСБ России")
            children = sorted(set(t.children) - {relations} | (set(p.toks[relations].children) if relations >= 0
                                                               else set()))
            for c in children:
                ct = p.toks[c]
                # (a name in quotation marks the tagger found counts: "редакция «Медузы»")
                if ct.rel == "nmod" and c > tok and (not ct.quoted or t.quoted or ct.span >= 0) and ct.pos in {
                        "NOUN", "PROPN"}:
                    owner = self.actor_of_token(c, offset)
                    if owner is None and ct.pos == "NOUN" and ct.span < 0 and not ct.quoted:
                        # "сообщила пресс-служба дороги" after "Московской железной дороги": the body the text
                        # named with that word
                        owner = self._org_by_word(lemma(ct.text), offset)
                    if owner is not None:
                        self.last_press = (offset, owner)
                    return owner
            # "пресс-центр городской администрации" with the office hung on its owner: the genitive right after
            k = tok + 1
            while k < len(p.toks) and p.toks[k].sent == t.sent and p.toks[k].pos == "ADJ" and k - tok <= 3:
                k += 1
            if k < len(p.toks) and k > tok + 1 and p.toks[k].sent == t.sent and p.toks[k].pos == "NOUN" and \
                    p.toks[k].feat("Case") == "Gen" and not p.toks[k].quoted and p.toks[tok].head == k:
                owner = self.actor_of_token(k, offset)
                if owner is not None:
                    self.last_press = (offset, owner)
                    return owner
            nxt = p.toks[tok + 1] if tok + 1 < len(p.toks) and p.toks[tok + 1].sent == t.sent else None
            if nxt is not None and (nxt.text in ALL_QUOTES or nxt.feat("Case") == "Gen"):
                return None  # ("пресс-служба «сталеваров»": an owner named in a way we cannot read is not the last one)
            if org is None:
                # "По информации пресс-службы, …" right after "сообщила пресс-служба главы Казахстана": the same one
                if self.last_press is not None and offset - self.last_press[0] < 1500:
                    return self.last_press[1]
                return self.recent_org(offset)
        if (lem in PLATFORM_NOUNS or fold(t.text).lower() in PLATFORM_NOUNS) and not t.quoted:
            # "сообщили в телеграм-канале МЧС города": the channel's owner in the genitive
            for c in t.children:
                ct = p.toks[c]
                if ct.rel == "nmod" and c > tok and ct.feat("Case") == "Gen" and ct.pos in {"NOUN", "PROPN"} and \
                        not ct.quoted:
                    return self.actor_of_token(c, offset)
        if lem in DOC_NOUNS and lem not in ORG_NOUNS:
            # "сайт администрации (Миасса)", "сообщение мэрии": the document's owner, a body named by its noun
            for c in t.children:
                ct = p.toks[c]
                if ct.rel == "nmod" and c > tok and ct.feat("Case") == "Gen" and ct.pos == "NOUN" and ct.span < 0 \
                        and lemma(ct.text) in ORG_NOUNS and not ct.quoted:
                    owner = self.actor_of_token(c, offset)
                    if owner is not None:
                        return owner
        if self.idx.foreign_policy_agency(tok):
            # "со ссылкой на внешнеполитическое ведомство республики": the foreign ministry the text named
            return self._foreign_ministry(tok, offset)
        if lem in ORG_NOUNS or lem in DOC_NOUNS or (not animate and t.pos == "NOUN"):
            field = self.idx.field_name(tok)
            if field is not None and self.idx.org_tail_end(tok, field[1]) < 0:
                # "в региональном министерстве труда", "департамент полиции региона": the field's body of the
                # article's region or city
                placed = self._placed_body(field[1], field[0], offset, after=True)
                if placed is None:  # (actor 0 is an actor: no "or" between indices)
                    placed = self._placed_body(tok, field[0], offset)
                if placed is not None:
                    return placed
            built = self.idx.org_name_of_token(tok) or (field[0] if field is not None else None)
            if built:
                return self.idx.intern_org(built, t.start)
            if org is not None and (self.idx.actors[org].type == "ORG" or (
                    lem not in ORG_NOUNS and lem not in GENERIC_ORG_NOUNS and (
                        lem in DOC_NOUNS or self.idx.actors[org].type != "LOC"))):
                # "сообщение МИД", "заявление России"; but "реестр лекарственных средств РФ" is no country
                return org
            if lem == "ведомство" and any(lemma(p.toks[c].text) == "надзорный" for c in t.children):
                return self._prosecutors(tok, offset)  # "сообщили в надзорном ведомстве": the prosecutor's office
            if lem in ORG_NOUNS:
                kind_name = CITY_BODY_FULL_NAMES.get(lem) or MINISTRY_SHORT_NAMES.get(lem, lem[:1].upper() + lem[1:])
                found = self.recent_org(offset, lem)
                if found is None:
                    # "в администрации города", "пресс-служба мэрии": the body of the article's city
                    found = self._placed_body(tok, kind_name, offset)
                if found is None:
                    # "петербургский фонд капремонта … В пресс-службе фонда рассказали": the body the text named
                    # by its field earlier
                    found = self._named_before(tok, lem)
                if found is None and lem in MINISTRY_SHORT_NAMES:
                    # "В минздраве сообщили, что …": a ministry's short name names it, small letters or not
                    found = self.idx.intern_org(MINISTRY_SHORT_NAMES[lem], t.start)
                if found is None and lem in CITY_BODIES and self._bare(tok):
                    # "Как сообщает мэрия, …" in a text that names no city: the city's own body all the same
                    found = self.idx.intern_org(kind_name, t.start)
                if found is None:
                    found = self._unplaced_body(tok)
                return found
            return None
        if t.pos in {"NOUN", "PROPN"}:
            if animate and lem not in PERSON_ROLE_HEADS and self._of_a_person(tok, offset):
                return None  # "муж Асии Биби", "адвокат женщины": somebody of that person, never the person
            if t.pos == "NOUN" and animate and t.feat("Number") == "Plur":
                return None  # "По словам организаторов": a group, not the one organiser the article named
            return self.role(tok, offset)
        return None

    def _foreign_ministry(self, tok: int, offset: int) -> int | None:
        """The foreign ministry the text last named before `offset` ("МИД Чехии", "Министерство иностранных дел
        Латвии") — of the country the phrase names, if it names one ("в турецком внешнеполитическом ведомстве",
        "ведомства России"); None when the text named no such ministry."""
        p = self.p
        t = p.toks[tok]
        country: str | None = None
        for c in t.children:
            ct = p.toks[c]
            if ct.rel == "amod" and place_adjective(ct.text):
                country = stem(lemma(ct.text))
            elif ct.rel == "nmod" and c > tok and ct.span >= 0 and p.spans[ct.span].type == "LOC":
                built = self.idx.org_name_of_token(tok)
                return self.idx.intern_org(built, t.start) if built else None  # "МИД России"
        if country is not None:
            country = COUNTRY_STEMS.get(country, country)
        found = None
        for at, ai in self.org_mentions:
            if at >= offset:
                break
            name = fold(self.idx.actors[ai].name).lower()
            # (a ministry is another country's only when its name says so: "МИД КНР" may be "китайское")
            named = {COUNTRY_STEMS.get(stem(w), stem(w)) for w in name.split()} & _COUNTRY_NAME_STEMS
            if name.startswith(("мид", "министерство иностранных дел")) and (
                    country is None or not named or country in named):
                found = ai
        return found

    def _placed_body(self, tok: int, name: str, offset: int, after: bool = False) -> int | None:
        """The body of the article's city, region or country that "ДЧС города", "администрация города",
        "областная прокуратура", "мэрия" mean: its name with the place the text names most before `offset`;
        None when the words name no kind of place or the text names no such place."""
        p = self.p
        t = p.toks[tok]
        kind = None
        if after:
            nxt = p.toks[tok + 1] if tok + 1 < len(p.toks) and p.toks[tok + 1].sent == t.sent else None
            if nxt is not None and nxt.feat("Case") == "Gen" and not nxt.children:
                kind = PLACE_GENITIVES.get(lemma(nxt.text))
        else:
            for c in t.children:
                ct = p.toks[c]
                if ct.rel == "nmod" and c > tok and ct.feat("Case") == "Gen" and not ct.children:
                    kind = PLACE_GENITIVES.get(lemma(ct.text), kind)
                elif ct.rel == "amod" and c < tok:
                    kind = PLACE_ADJECTIVES.get(lemma(ct.text), kind)
            if kind is None and lemma(t.text) in CITY_BODIES and self._bare(tok):
                kind = "city"
        if kind is None:
            return None
        if not after:
            # the body's other adjectives stay: "региональное следственное управление" → "Следственное управление …"
            kept = [c for c in t.children if p.toks[c].rel == "amod" and p.toks[c].pos == "ADJ" and c < tok
                    and lemma(p.toks[c].text) not in PLACE_ADJECTIVES]
            if kept:
                name = self.idx.name_with_adjectives(tok, kept)
        counts: dict[int, int] = {}
        first: dict[int, int] = {}
        for si, sp in enumerate(p.spans):
            ai = self.idx.span_actor[si]
            if ai < 0 or sp.start >= offset or self.idx.actors[ai].type != "LOC" or self._first_name_slip(sp):
                continue
            before = p.toks[sp.toks[0] - 1] if sp.toks[0] > 0 else None
            if kind == "city" and before is not None and lemma(before.text) in {"район", "микрорайон"} and \
                    before.span < 0:
                # ("в районе Крылатское": a district of the city; "в Ауэзовском районе Алматы" is the city's)
                continue
            if any(lemma(p.toks[k].text) in STREET_WORDS for k in range(max(0, sp.toks[0] - 1), sp.toks[-1] + 1)):
                continue  # ("на улице Ленина в Калуге", "на Московской улице": a street is no city)
            words = set(self.idx.actors[ai].name.lower().split())
            country = self.idx.actors[ai].name.lower() in COUNTRIES
            region = bool(words & REGION_WORDS) or self.idx.actors[ai].name.lower() in REGIONS_BY_NAME
            district = "район" in words
            if (kind == "country") != country or (kind == "region") != region or (kind == "city" and district) or (
                    kind == "district") != district:
                continue
            counts[ai] = counts.get(ai, 0) + 1
            first.setdefault(ai, sp.start)
        if not counts:
            return None
        place = max(counts, key=lambda ai: (counts[ai], -first[ai]))
        tied = [ai for ai in counts if counts[ai] == counts[place]]
        if len(tied) > 1 and kind == "region":
            # "в Заводоуковском округе Тюменской области": a district's "округ" lies in the region ("автономный
            # округ" aside)
            proper = [ai for ai in tied if set(self.idx.actors[ai].name.lower().split()) & {
                "область", "край", "республика", "автономный"}]
            if len(proper) == 1:
                tied = proper
                place = proper[0]
        if len(tied) > 1:
            return None  # two places named as often: which one is meant is not clear
        return self.idx.intern_org(f"{name} {genitive_place(self.idx.actors[place].name)}", t.start)

    def _analyst_of(self, name_tok: int, offset: int) -> int | None:
        """The person the article introduced as an analyst or expert of that body before `offset` ("Аналитик
        «Финама» Алексей Калачев" for a later "аналитик «Финама»"), or None."""
        mark = stem(self.p.toks[name_tok].text)
        analysts = [ai for ai, a in enumerate(self.idx.actors) if a.type == "PER" and a.first < offset and any(
            r.head in ANALYST_NOUNS for r in a.roles)]
        same = [ai for ai in analysts if any(r.head in ANALYST_NOUNS and mark in r.mods for r in self.idx.actors[
            ai].roles)]
        # (the one analyst the text named, however it wrote the body: "Алексей Калачев, аналитик ФГ «Финам»")
        return same[0] if same else analysts[0] if len(analysts) == 1 else None

    def _unplaced_body(self, tok: int) -> int | None:
        """"сообщила пресс-служба областного правительства" in a text that names no region: the body by its
        words, "Областное правительство" ("столичная прокуратура", "городское управление образования"), as a
        reader would name it; only with the adjective of a place right before the noun and nothing else."""
        p = self.p
        t = p.toks[tok]
        adjectives = [c for c in t.children if p.toks[c].rel == "amod" and c < tok]
        if len(adjectives) != 1 or adjectives[0] != tok - 1 or lemma(p.toks[tok - 1].text) not in PLACE_ADJECTIVES:
            return None
        # (a public body, one of its kind for the place; "местная компания", "в областных судах" name nobody)
        if lemma(t.text) not in PUBLIC_BODY_NOUNS or lemma(p.toks[tok - 1].text) == "местный" or t.feat(
                "Number") == "Plur":
            return None
        if any(p.toks[c].rel in {"nmod", "appos"} and c > tok and p.toks[c].span >= 0 for c in t.children):
            return None  # (a named body's own words: "областное управление ФССП" is left to its name)
        adjective = adjective_agreeing(lemma(p.toks[tok - 1].text), t.feat("Gender"))
        tail = self.p.text[t.stop:p.toks[max(p.subtree(tok, 6))].stop] if any(
            p.toks[c].rel == "nmod" and c > tok for c in t.children) else ""
        name = f"{adjective[:1].upper()}{adjective[1:]} {lemma(t.text)}{tail}"
        return self.idx.intern_org(name, t.start)

    def _bare(self, tok: int) -> bool:
        """Whether a noun stands without modifiers ("мэрия", "в мэрии": a preposition is no modifier)."""
        return all(self.p.toks[c].rel in {"case", "punct"} for c in self.p.toks[tok].children)

    def _last_org_speaker(self, offset: int) -> int | None:
        """The organisation that spoke last before `offset`, if it spoke in the last few sentences."""
        k = bisect.bisect_left(self.org_speakers, (offset, -1)) - 1
        return self.org_speakers[k][1] if k >= 0 and offset - self.org_speakers[k][0] < 600 else None

    def _first_name_slip(self, sp: Span) -> bool:
        """"жительница Жансая АМАНБАЕВА": a "place" right before a capitalised surname is a first name the tagger
        took for a place."""
        p = self.p
        k = sp.toks[-1] + 1
        if len(sp.toks) != 1 or k >= len(p.toks) or p.toks[k].sent != p.toks[sp.toks[0]].sent or p.text[
                sp.stop:p.toks[k].start] != " ":
            return False
        prev = sp.toks[0] - 1
        if prev >= 0 and lemma(p.toks[prev].text) in PERSON_ROLE_HEADS | REGIONAL_HEADS | ANY_OFFICE_HEADS:
            return False  # ("Мэр Казани Ильсур Метшин": the place of his office)
        nxt = p.toks[k]  # (a surname in capitals, or one the NER put in a person's name)
        return (nxt.text.isupper() and len(nxt.text) > 3) or (nxt.span >= 0 and p.spans[nxt.span].type == "PER")

    def _named_spokesperson(self, tok: int, offset: int) -> int | None:
        """"Официальный представитель Минобороны Игорь Смирнов провел брифинг. «…», — подчеркнул представитель
        военного ведомства": the spokesperson the article named, when the body is the one in her role or a
        generic word for it; an unnamed representative of another body still speaks for that body."""
        p = self.p
        person = self.role(tok, offset, count=False)
        if person is None or self._last_mention(person, offset) < offset - 1500:
            return None
        # (a parliament's "спикер" is its chair, not its press secretary)
        office = lemma(p.toks[tok].text)
        mods = set().union(*(r.mods for r in self.idx.actors[person].roles if r.head == office or (
            _same_office(r.head, office) and not r.mods & _LEGISLATURE_STEMS)))
        for c in p.toks[tok].children:
            ct = p.toks[c]
            if ct.rel != "nmod" or c < tok or ct.feat("Case") != "Gen":
                continue
            phrase = p.subtree(c, 8)
            named = any(p.toks[k].quoted or p.toks[k].pos == "PROPN" or p.toks[k].text[:1].isupper()
                        or p.toks[k].text in ALL_QUOTES for k in phrase if k != c)
            if not named and (lemma(ct.text) in GENERIC_ORG_NOUNS or lemma(ct.text) in {"министерство", "кремль"}):
                break  # "представитель ведомства", "представитель Кремля": any body the person may speak for
            words = {stem(w) for k in phrase if p.toks[k].pos != "PUNCT"
                     for w in (p.toks[k].text, lemma(p.toks[k].text))}
            if not {w.lower() for w in words} & {m.lower() for m in mods} and not self._same_principal(
                    c, person, offset):
                return None  # "представитель компании «Ромашка»" after the ministry's spokesperson
            break
        self.idx.actors[person].refs += 1
        return person

    def _same_principal(self, gen: int, person: int, offset: int) -> bool:
        """"пресс-секретарь президента" after "пресс-секретарь главы государства Дмитрий Песков": the two
        genitives name one person (through a role or a name), so the spokesperson is the same — the same office
        word, and no place the named one's title lacks ("пресс-секретарь президента России" after the Kazakh
        president's press secretary is somebody else)."""
        p = self.p
        office = lemma(p.toks[p.toks[gen].head].text) if p.toks[gen].head >= 0 else ""
        places = {lemma(p.toks[k].text) for k in p.subtree(gen, 10) if (
            p.toks[k].span >= 0 and p.spans[p.toks[k].span].type == "LOC") or lemma(p.toks[k].text) == "полномочный"}
        principal = self.actor_of_token(gen, offset)
        if principal is None or self.idx.actors[principal].type != "PER":
            return False
        for r in self.idx.actors[person].roles:
            if not _same_office(r.head, office) or not places <= {lemma(w) for w in r.text.split()}:
                continue
            k = p.tok_at(r.pos)
            known = next((c for c in p.toks[k].children if p.toks[c].rel == "nmod" and c > k and p.toks[c].feat(
                "Case") == "Gen"), -1) if k < len(p.toks) else -1
            # (as of her title, else as of now: "пресс-секретарь губернатора" may open the article before the
            # governor is named; one already named then is hers, not whoever holds the office last)
            if known < 0:
                continue
            then = self.actor_of_token(known, r.pos + 1)
            if (then if then is not None else self.actor_of_token(known, offset)) == principal:
                return True
        return False

    def medium(self, tok: int) -> bool:
        """A news outlet or a noun for one ("агентства", "РБК")."""
        t = self.p.toks[tok]
        if lemma(t.text) in MEDIA_NOUNS:
            return True
        return t.span >= 0 and is_outlet(self.p.spans[t.span].normal)

    def _seat(self, tok: int, offset: int) -> int | None:
        """The body named by a "в X" phrase on the noun or on its verb: where an unnamed person works."""
        p = self.p
        head = p.toks[tok].head
        for owner in (tok, head):
            if owner < 0:
                continue
            for c in p.toks[owner].children:
                ct = p.toks[c]
                if c > tok and ct.rel in {"nmod", "obl"} and ct.pos in {"NOUN", "PROPN"} and not ct.quoted and any(
                        p.toks[g].lower in {"в", "во"} and p.toks[g].rel == "case" for g in ct.children):
                    if self.medium(c):
                        continue
                    return self.actor_of_token(c, offset)
        return None

    def _of_a_person(self, tok: int, offset: int) -> bool:
        """Whether an animate noun has a genitive that names or refers to a person."""
        p = self.p
        for c in p.toks[tok].children:
            ct = p.toks[c]
            if ct.rel not in {"nmod", "appos"} or c < tok or ct.feat("Case") != "Gen" or ct.quoted:
                continue
            if ct.span >= 0 and p.spans[ct.span].type == "PER":
                return True
            if ct.pos == "NOUN" and ct.feat("Animacy") == "Anim" and self.role(c, offset, count=False) is not None:
                return True
        return False

    def names_person(self, tok: int) -> bool:
        """Whether the noun phrase of a subject token contains a person's name ("министр Сергей Лавров")."""
        return self._names_in_phrase(tok)[0] is not None

    def _names_in_phrase(self, tok: int) -> tuple[int | None, int | None]:
        p = self.p
        per = org = None
        # a subject before its verb ends at the verb: a broken parse must not reach into what was said
        head = p.toks[tok].head
        limit = head if head > tok else len(p.toks)
        stack = [(tok, 0)]
        while stack:
            k, depth = stack.pop(0)
            if k > limit:
                continue
            tk = p.toks[k]
            if k != tok and tk.span >= 0:
                ai = self.idx.span_actor[tk.span]
                if ai >= 0:
                    typ = self.idx.actors[ai].type
                    # "Муж Асии Биби": a genitive the parser calls an apposition is still somebody else's name
                    genitive = (tk.rel == "nmod" and not p.name_after_body(tok, k)) or (
                        tk.rel == "appos" and tk.feat("Case") == "Gen" and (
                            p.toks[tk.head].feat("Case") == "Nom" or (
                                # "советник главы района Ивана Петрова": the head's name, not the adviser's
                                depth > 1 and p.toks[tok].feat("Case") == "Nom"))
                        and not (depth == 1 and self._womans_name_after_title(tok, tk.span)))
                    if genitive and depth == 1 and lemma(p.toks[tok].text) in ENTOURAGE_NOUNS:
                        continue  # "семья Биби", "адвокаты Навального": people around that person
                    # ("представитель Сармите Озолиня": a whole name reads as a dative only if every word does)
                    if typ == "PER" and p.toks[tok].feat("Case") == "Nom" and tk.rel != "nmod" and (
                            tk.feat("Case") == "Dat" or all(
                                dative_name(p.toks[w].text) for w in p.spans[tk.span].toks
                                if p.toks[w].pos != "PUNCT")):
                        continue  # "рассказал председатель Нацбанка Назарбаеву": the one he told
                    if typ == "PER" and per is None and tk.rel in {"appos", "flat:name", "flat", "nmod"}:
                        if not genitive or (depth == 1 and p.toks[tok].feat("Animacy") != "Anim"):
                            per = ai
                        elif genitive:
                            continue  # the rest of that name is not this phrase's person either
                    elif typ in {"ORG", "LOC"} and (org is None or (
                            typ == "ORG" and self.idx.actors[org].type == "LOC" and tk.rel == "nmod")):
                        # ("в отделе пропаганды УГИБДД по Ростовской области": the body, not the place it serves)
                        org = ai
            if depth < 3:
                # (an attribution inside the marks, «A, — сказал министр Иван Петров. — B», is all "quoted")
                for c in tk.children:
                    if p.toks[c].rel in {"appos", "flat:name", "flat", "nmod", "conj"} and (
                            not p.toks[c].quoted or p.toks[tok].quoted):
                        stack.append((c, depth + 1))
        t = p.toks[tok]
        if per is None and t.pos == "NOUN" and t.feat("Animacy") == "Anim" and tok + 1 < len(p.toks) and lemma(
                t.text) not in ENTOURAGE_NOUNS:
            # "— предполагает кировчанка Тамара": a name right after the noun and in its case, whatever the parser
            # hung it on, is that person's
            nt = p.toks[tok + 1]
            if nt.span >= 0 and p.spans[nt.span].toks[0] == tok + 1 and nt.sent == t.sent and not nt.quoted and \
                    nt.feat("Case") == t.feat("Case") == "Nom":
                ai = self.idx.span_actor[nt.span]
                if ai >= 0 and self.idx.actors[ai].type == "PER":
                    per = ai
            elif t.feat("Case") == "Nom" and lemma(t.text) in PERSON_ROLE_HEADS:
                per = self._name_after_long_title(tok)
        return per, org

    def _name_after_long_title(self, tok: int) -> int | None:
        """"заявил руководитель рабочей группы Общественной палаты России по общественному контролю за
        голосованием Максим Григорьев": the first person's name after a title, past the title's own words (no
        verb, no punctuation, no other person), is the titled person's when the whole name is in the title's
        nominative (a genitive, "советник главы Ивана Петрова", is somebody else's)."""
        p = self.p
        t = p.toks[tok]
        for k in range(tok + 1, min(tok + 16, len(p.toks))):
            u = p.toks[k]
            if u.sent != t.sent or u.quoted or u.pos in {"VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON"}:
                return None
            if u.span < 0:
                continue
            sp = p.spans[u.span]
            if sp.type != "PER":
                continue
            words = [p.toks[w] for w in sp.toks if p.toks[w].pos != "PUNCT"]
            ai = self.idx.span_actor[u.span]
            if sp.toks[0] != k or len(words) < 2 or any(w.feat("Case") != "Nom" for w in words) or ai < 0:
                return None
            return ai if self.idx.actors[ai].type == "PER" else None
        return None

    def _womans_name_after_title(self, tok: int, span: int) -> bool:
        """"начальник управления … Липецкой области Евгения Локтионова": a name the tagger read as a man's genitive
        ("Евгения") that reads as a woman's nominative word for word, after an office (not a relation: "муж
        Александры …", "помощник Евгения …") and not after another person's noun, is the titled woman."""
        p = self.p
        words = [p.toks[w] for w in p.spans[span].toks if p.toks[w].pos != "PUNCT"]
        before = p.toks[words[0].i - 1]
        return lemma(p.toks[tok].text) not in ENTOURAGE_NOUNS | SPOKESPERSON_NOUNS and not (
            before.pos == "NOUN" and before.feat("Animacy") == "Anim") and all(
            feminine_nominative(w.text) for w in words)

    def recent_subject(self, offset: int, gender: str | None) -> tuple[int, int] | None:
        """(actor, offset) of the latest person who was a main subject or a speaker before `offset` and agrees
        in gender: whom a bare role noun right after means ("Мария Захарова провела брифинг. Дипломат заявила …")."""
        k = bisect.bisect_left(self.events, (offset, -1)) - 1
        stop = max(-1, k - 40)  # (like pronoun(): the person is near or not at all)
        while k > stop:
            at, ai = self.events[k]
            a = self.idx.actors[ai]
            if a.type == "PER":
                return (ai, at) if gender is None or a.gender in {None, gender} else None
            k -= 1
        return None

    def people_interviewed(self, start: int, end: int) -> set[int]:
        """The people named (outside quotations) between two offsets as the ones asked or heard: in the dative
        or the instrumental ("задала вопросы председателю комитета X", "побеседовали с X") or as the owner of the
        talk ("пресс-конференция наставника «Днепра» X"), not as a topic or somebody's relative ("о творчестве
        Льва Толстого", "с вдовой летчика Ивана Петрова")."""
        p = self.p
        lo = bisect.bisect_left(self.mentions, (start, -1))
        hi = bisect.bisect_left(self.mentions, (end, -1))
        return {ai for at, ai in self.mentions[lo:hi] if self.idx.actors[ai].type == "PER" and (
            p.toks[p.tok_at(at)].feat("Case") in {"Dat", "Ins"} or self._talk_of(p.tok_at(at)))}

    def _talk_of(self, k: int) -> bool:
        """Whether a name in the genitive owns a talk: "пресс-конференция наставника X", "интервью министра X"."""
        p = self.p
        for _ in range(3):
            t = p.toks[k]
            if t.rel not in {"nmod", "appos", "flat:name", "flat"} or t.head < 0:
                return False
            k = t.head
            if lemma(p.toks[k].text) in TALK_NOUNS:
                return True
        return False

    def pronoun(self, word: str, offset: int, verb: object | None = None) -> int | None:
        """The referent of a 3rd-person pronoun: latest main subject or speaker of its gender, else mention."""
        gender = PRONOUN_GENDER.get(word)
        if gender is None:
            if word in PLURAL_PRONOUNS:
                return None
            vg = getattr(verb, "feats", {}).get("Gender") if verb is not None else None
            gender = vg
        for pool in (self.events, self.mentions):
            k = bisect.bisect_left(pool, (offset, -1)) - 1
            steps = 0
            while k >= 0 and steps < 40:
                ai = pool[k][1]
                g = self.idx.actors[ai].gender
                if self.idx.actors[ai].type == "PER" and (gender is None or g is None or g == gender):
                    at = pool[k][0]
                    if any(at < pos < offset and (gender is None or bg in {None, gender})
                           for pos, bg in self.blockers):
                        return None
                    return ai
                k -= 1
                steps += 1
        return None

    def latter(self, gender: str, offset: int) -> int | None:
        """"Журналисты спросили Ежурова о … Тот ответил: «…»": "тот", "та" as a subject is the other one, the
        person named last who was not a subject or a speaker ("…, — попенял своему заму Павлу Иено губернатор.
        Тот в ответ пообещал …" is the deputy), of its gender, in this sentence or the one before."""
        here = self.p.sent_of_offset(offset)
        subjects = {ai for pos, ai in self.events if pos < offset and here - self.p.sent_of_offset(pos) <= 1}
        k = bisect.bisect_left(self.mentions, (offset, -1)) - 1
        while k >= 0:
            at, ai = self.mentions[k]
            if here - self.p.sent_of_offset(at) > 2:
                return None
            a = self.idx.actors[ai]
            if a.type == "PER" and a.gender in {None, gender} and ai not in subjects:
                return ai
            k -= 1
        return None

    def recent_org(self, offset: int, lem: str | None = None) -> int | None:
        """The organisation a bare noun means: "ведомство" the last organisation that spoke (else the last
        one named), a government body first; "прокуратура" the last one whose name has that head; otherwise
        nobody."""
        if lem in GOVERNMENT_NOUNS:
            found = self._recent_org(offset, lem, strict=True)
            if found is None and lem != "главк":  # (a main directorate is named so, or nobody)
                # else the body that spoke last ("сообщила пресс-служба МЖД … уточнили в ведомстве"), never one the
                # text merely named (a newspaper, a party)
                k = bisect.bisect_left(self.org_speakers, (offset, -1)) - 1
                while k >= 0 and found is None:
                    ai = self.org_speakers[k][1]
                    if self._no_medium(ai):
                        found = ai
                    k -= 1
            return found
        return self._recent_org(offset, lem, strict=False)

    def _recent_org(self, offset: int, lem: str | None, strict: bool) -> int | None:
        # (one the text names once is too little to go on: a garbled phrase, a passing mention)
        called = [ai for pos, ai in self.kinds.get(lem or "", []) if pos < offset]
        # (one the text names once is too little to go on, a garbled phrase or a passing mention, unless it is the
        # only one the text called by that kind noun: "рейса авиакомпании AzurAir … представители авиакомпании")
        named = [ai for ai in called if self.idx.mentions(ai) > 1 or len(set(called)) == 1]
        if named:  # the most named of them (max keeps the latest of equals)
            return max(reversed(named), key=self.idx.mentions)
        generic = lem is None or lem in GENERIC_ORG_NOUNS
        pools = (self.org_speakers, self.org_mentions) if generic else (
            sorted(self.org_speakers + self.org_mentions),)
        for n, pool in enumerate(pools):
            k = bisect.bisect_left(pool, (offset, -1)) - 1
            fits = []
            while k >= 0:
                ai = pool[k][1]
                a = self.idx.actors[ai]
                if self._no_medium(ai) and len(a.name) > 1 and (
                        generic or same_kind(_org_head(a.name), lem or "") or (
                            lem in POLICE_WORDS and police_body(a.name))) and (
                        not strict or _fits_kind(a.name, lem)):
                    if not (generic and n == 1):
                        return ai
                    fits.append(ai)
                k -= 1
            if fits:
                # nobody spoke yet: "в сообщении компании" is the company the text is about, the most named one,
                # not whichever body was named last (a standard, an exchange, an airport)
                # (of bodies named as often, one the text made a subject: "Министерство … направило в комитет
                # района запрос" — "пресс-служба ведомства" is the ministry's)
                counts = {ai: (self.idx.mentions(ai), ai in self.org_subjects) for ai in fits}
                return max(fits, key=lambda ai: counts[ai])  # max keeps the most recent of equals
        return None

    def _prosecutors(self, tok: int, offset: int) -> int | None:
        """"Надзорное ведомство" is how the news calls the prosecutor's office: the one the text named, else the
        office of the prosecutor it named ("Прокурор Кировского района X … сообщили в надзорном ведомстве" is
        "Прокуратура Кировского района"); None when neither is there."""
        p = self.p
        found = self.recent_org(offset, "прокуратура")
        if found is not None:
            return found
        for k in range(tok - 1, max(-1, tok - 300), -1):
            t = p.toks[k]
            if lemma(t.text) == "прокурор" and t.span < 0:
                where = [c for c in t.children if p.toks[c].rel == "nmod" and p.toks[c].feat("Case") == "Gen" and c > k]
                if where:
                    end = max(p.subtree(where[0], 6))
                    return self.idx.intern_org("Прокуратура " + p.text[p.toks[k + 1].start:p.toks[end].stop], t.start)
        return None

    def _org_by_word(self, lem: str, offset: int) -> int | None:
        """The latest organisation named before `offset` whose name has a word of this lemma, or None."""
        k = bisect.bisect_left(self.org_mentions, (offset, -1)) - 1
        while k >= 0:
            ai = self.org_mentions[k][1]
            if self._no_medium(ai) and lem in {lemma(w) for w in self.idx.actors[ai].name.split()}:
                return ai
            k -= 1
        return None

    def _named_before(self, tok: int, lem: str) -> int | None:
        """The latest body of this kind the text named by a phrase of small letters before `tok` ("фонд
        капремонта", "комитет по транспорту"), interned; None when there is none."""
        p = self.p
        for k in range(tok - 1, max(-1, tok - 400), -1):
            t = p.toks[k]
            if t.pos == "NOUN" and not t.quoted and t.span < 0 and lemma(t.text) == lem:
                field = self.idx.field_name(k)
                built = field[0] if field else self.idx.org_name_of_token(k)
                if built:
                    return self.idx.intern_org(built, t.start)
        return None

    def _no_medium(self, ai: int) -> bool:
        """A body that may be what "в ведомстве", "в компании" means: no outlet, and none the text used as a relay."""
        return not self.is_media(ai) and not is_outlet(self.idx.actors[ai].name)

    def is_media(self, ai: int) -> bool:
        """An organisation the text uses as a relay ("передает ТАСС", "сообщает РИА Новости")."""
        return ai in self.media

    def role(self, tok: int, offset: int, count: bool = True) -> int | None:
        """The person a role noun phrase refers to, or None when the article gives nobody plausible."""
        r = self.idx.role_of(tok)
        # the title as written as well as its usual reading: "Глава ведомства" after "глава Нацполиции X" is X
        readings = (r, self.idx.role_of(tok, literal=True))
        best, best_score, best_title = None, 0, -1
        shared = False  # the best score comes from a title several people share ("Депутаты X, Y и Z")
        for ai, a in enumerate(self.idx.actors):
            if a.type != "PER" or not a.roles:
                continue
            if a.first > offset and not any(pos < offset for pos, x in self.mentions if x == ai):
                continue
            score, title = max((_role_score(x, ar), ar.pos) for ar in a.roles for x in readings)
            if score <= 0:
                continue
            if readings[1].head != readings[0].head and not readings[1].mods and any(
                    ar.head == readings[1].head and _role_score(readings[1], ar) > 0 for ar in a.roles):
                score += 1  # (a bare word beats its synonym: "наставник" is first the one the text called so)
            if score == best_score and title == best_title:
                shared = True
                continue
            recency = self._last_mention(ai, offset)
            if score > best_score or (score == best_score and best is not None and recency > self._last_mention(
                    best, offset)):
                best, best_score, best_title, shared = ai, score, title, False
        if shared:
            return None
        if best is None:
            best = self._title_named_later(readings, tok, offset)
        if best is not None and count:
            self.idx.actors[best].refs += 1
            if self.p.toks[tok].feat("Case") == "Nom":
                self.idx.actors[best].aliases.setdefault(r.text, None)
        return best

    def _title_named_later(self, readings: tuple[Role, Role], tok: int, offset: int) -> int | None:
        """"Глава Росатома отметил, что … (lead) Об этом заявил глава Росатома Алексей Лихачев": a title that
        nobody before it holds is the one person the text gives the same title a little later (the same office
        word, no place the first lacks); several such people leave it unresolved."""
        if readings[0].head in BACK_REFERENCE_NOUNS | PERSON_NOUNS | SPOKESPERSON_NOUNS | ANONYMOUS_NOUNS:
            return None  # ("Специалист предупредил" is the one just quoted; "мужчина", "представитель" nobody's title)
        found: set[int] = set()
        for ai, a in enumerate(self.idx.actors):
            if a.type != "PER":
                continue
            for ar in a.roles:
                # (in a later sentence: a name beside the title in its own is no later naming of it)
                if not offset < ar.pos <= offset + _CATAPHORA_CHARS:
                    continue
                si = self.p.sent_of_offset(ar.pos)
                if si <= self.p.toks[tok].sent:
                    continue
                # (and no later title that adds a place: "министр иностранных дел Венгрии", "губернатор соседней
                # Курганской области", "президент Финляндии" are somebody else's, "атакующий полузащитник" is still
                # the one; but "Об этом заявил президент России X" names who the lead's title was, place and all)
                back = any(self.p.about_this(k) for k in range(self.p.sents[si].first, self.p.tok_at(ar.pos)))
                if any(_role_score(x, ar) >= 2 and (back or not (ar.mods - x.mods) & self._place_stems())
                       for x in readings):
                    found.add(ai)
        if not found and readings[0].head in PERSON_ROLE_HEADS | REGIONAL_HEADS and (
                readings[0].mods or readings[1].mods) and not any(
                a.type == "PER" and a.roles and a.first < offset for a in self.idx.actors):
            found = self._untitled_named_later(tok, offset)
        return found.pop() if len(found) == 1 else None

    def _untitled_named_later(self, tok: int, offset: int) -> set[int]:
        """"Глава Чувашии подчеркнул, что … (paragraph) Олег Николаев проинформировал о …": a head of a place that
        the article names nobody as, in an article that gives nobody a title before it, is the person it then
        names without any title as the subject of a later sentence — when there is one such person only."""
        p = self.p
        sent = p.toks[tok].sent
        # (the first person the text names after the title, and named bare: "Сергей Иванов, проработавший на шахте
        # 20 лет, рассказал", "Водитель автобуса Игорь Смирнов" are people of the story, not the official)
        # (from the next sentence on, and as a subject: "… помощь семье Андрея Кузнецова" in the title's own
        # sentence, "Памятник Ивану Яковлеву откроют" are mentions of somebody nobody made a subject)
        first = next(((at, ai) for at, ai in self.events if at > offset and self.idx.actors[ai].type == "PER"
                      and p.sent_of_offset(at) > sent), None)
        if first is None or first[0] > offset + _CATAPHORA_CHARS:
            return set()
        ai = first[1]
        a = self.idx.actors[ai]
        first_sent = p.sent_of_offset(first[0])
        if a.roles or a.first <= offset or any(
                x != ai and self.idx.actors[x].type == "PER" and p.sent_of_offset(at) == first_sent
                for at, x in self.events):
            return set()  # (nor one of several named together: "Иван Сомов и Петр Гусев осмотрели мост")
        k = p.tok_at(first[0])
        sp = p.spans[p.toks[k].span] if p.toks[k].span >= 0 else None
        name = sp.toks if sp is not None else [k]
        described = p.toks[name[0]].rel == "appos" or any(
            p.toks[c].rel in {"acl", "acl:relcl", "appos", "amod"} and c not in name
            for j in name for c in p.toks[j].children)
        return set() if described else {ai}

    def _place_stems(self) -> frozenset[str]:
        """Stems of the words of every place the text names (countries by one stem), computed once."""
        if self._places is None:
            self._places = frozenset(COUNTRY_STEMS.get(stem(w), stem(w)) for a in self.idx.actors
                                     if a.type == "LOC" for w in a.name.split())
        return self._places

    def _last_mention(self, ai: int, offset: int) -> int:
        """Offset of the actor's last mention or speech before `offset` (-1 when none): both pools are sorted,
        so the search walks back from `offset` and stops at the first hit."""
        last = -1
        for pool in (self.events, self.mentions):
            k = bisect.bisect_left(pool, (offset, -1)) - 1
            while k >= 0 and pool[k][0] > last:
                if pool[k][1] == ai:
                    last = pool[k][0]
                    break
                k -= 1
        return last


def _same_office(a: str, b: str) -> bool:
    return a == b or {a, b} <= SAME_OFFICES


#: Stems of the words that name a legislature, compound names spelled out ("горсовета" is "городского Совета").
_LEGISLATURE_STEMS = frozenset({stem(w) for w in LEGISLATURES} | {"сове", "дума", "пала", "парл", "собр", "ради"})

#: How far after a title the text may name its holder with the same title (a lead and a paragraph or two).
_CATAPHORA_CHARS = 1200


def _org_head(name: str) -> str:
    """The kind noun of an organisation's name, abbreviations spelled out: "ГУ МЧС по ЯНАО" → управление,
    "Иркутский областной суд" → суд (adjectives before the noun are not its kind)."""
    words = name.split()
    heads = [lemma(w) if not w.isupper() else fold(w).lower() for w in words[:4]]
    head = next((h for h in heads if h in ORG_NOUNS or h in GENERIC_ORG_HEADS), heads[0] if heads else "")
    return ORG_ABBREVIATIONS.get(head, head)


def _fits_kind(name: str, lem: str | None) -> bool:
    """Whether an organisation can be what a generic noun means: "ведомство" is a government body (a ministry,
    a service, an agency), never a fund, a company or a court the text also named."""
    if lem not in GOVERNMENT_NOUNS:
        return True
    if lem == "главк":
        # a main directorate only: "ГУ МВД", "ГСУ СК", "Главное управление …", never a company ("Губернский банк",
        # "ГУМ", "ГУП «Водоканал»") or a ministry
        first = name.split()[0] if name.split() else ""
        return first in MAIN_DIRECTORATES or lemma(first) == "главный"
    head = _org_head(name)
    if head == "суд":
        return False  # (a court is no agency: "представитель надзорного ведомства" after "Верховным судом")
    words = {fold(lemma(w)).lower() for w in name.split()}
    return head in GOVERNMENT_HEADS or head.startswith("мин") or head.endswith("надзор") or bool(
        words & (GOVERNMENT_HEADS | GENERIC_ORG_HEADS))


def _role_score(r: Role, known: Role) -> int:
    """How well a role phrase fits a role the article gave someone: head lemma and modifier stems."""
    if "бывш" in known.mods and "бывш" not in r.mods:
        return 0  # "Назарбаев, экс-президент страны" is not who "глава страны" is now
    mods_match = len(r.mods & known.mods)
    if r.head == known.head:
        if r.mods and known.mods and not mods_match:
            if r.mods & MINISTRY_FIELD_STEMS and known.mods & MINISTRY_FIELD_STEMS:
                return 0  # "министр финансов" is not the "министр внутренних дел" ("глава МВД") named before
            return 1  # "лидер КНДР" may be "лидер Северной Кореи", but "президент России" beats it for "российский"
        return 2 + 2 * mods_match
    if mods_match and r.head in PERSON_ROLE_HEADS and known.head in PERSON_ROLE_HEADS and (
            r.head in ANY_OFFICE_HEADS or known.head in ANY_OFFICE_HEADS):
        # "российский лидер" ~ "президент России"; but two offices of their own are two people ("мэр Белгорода"
        # is not "губернатор Белгородской области"), and a word of its own the title lacks is another body's head
        # ("руководитель российской авиакомпании" is not the "президент РФ")
        if any(m not in known.mods and m not in COMPOUND_BODY_STEMS and (m not in _STATE_BODY_STEMS or (
                m in _CABINET_STEMS and known.head not in REGIONAL_HEADS)) for m in r.mods):
            return 0  # ("глава французского правительства" is the premier, not the president)
        return 1 + mods_match
    if r.head in OFFICIAL_NOUNS and not r.mods and known.head in OFFICIAL_TITLES:
        return 1  # "по словам чиновника" after "глава департамента промышленности X": the official named
    if {r.head, known.head} == {"спикер", "председатель"} and r.mods & _LEGISLATURE_STEMS and \
            known.mods & _LEGISLATURE_STEMS:
        # "спикер горсовета" after "председатель городского Совета X": a legislature's speaker is its chair (the
        # chair of a bank or a government is nobody's "спикер")
        return 1 + mods_match
    if r.head in SPOKESPEOPLE and known.head in SPOKESPEOPLE:
        return 1 + mods_match  # "представитель ведомства" after "пресс-секретарь главка полиции X"
    if r.head in ANY_OFFICE_HEADS and r.mods and r.mods <= _BODY_STEMS and known.head in ANY_OFFICE_HEADS and \
            known.mods:
        # "глава ведомства" after "председатель Нацполиции X", "глава регулятора" after "председатель ЦБ X": the
        # head of the body the text is about
        return 1
    if r.head in ANY_OFFICE_HEADS and r.mods and r.mods <= _PLACE_STEMS and (known.head in REGIONAL_HEADS or (
            known.head in ANY_OFFICE_HEADS and any(m in _PLACE_STEMS or m.startswith(("обл", "рай"))
                                                  for m in known.mods))):
        return 1  # "глава региона" after "председатель Одесской облгосадминистрации X": who heads the place
    return 0


#: Stems of the words for the article's own region or city ("глава региона", "руководитель города"; the head of
#: the state is nobody's governor, the head of a district nobody's governor or mayor); a title over a body of a
#: region also starts "обл…", "рай…" ("облгосадминистрация").
_PLACE_STEMS = frozenset(stem(w) for w, kind in PLACE_GENITIVES.items() if kind not in {"country", "district"})


#: Stems of the countries' names, as COUNTRY_STEMS maps them ("Китая", "китайский", "КНР" are one).
_COUNTRY_NAME_STEMS = frozenset(COUNTRY_STEMS.get(stem(c), stem(c)) for c in COUNTRIES)

#: Stems of the words for the government of a country or a region ("глава американской администрации" is the
#: "президент США", "глава петербургского правительства" the "губернатор Петербурга"): no other body's head.
_STATE_BODY_STEMS = frozenset({"адми", "прав", "госу", "каби", "кабм", "стра", "респ", "реги", "обла", "субъ",
                               "край"})

#: Of those, the words for a cabinet: its head is a region's governor or mayor, a country's premier.
_CABINET_STEMS = frozenset({"прав", "каби", "кабм"})

#: Stems of the generic nouns for a public body ("ведомство", "регулятор"): "глава" of one of them is the head
#: of whichever body the article introduced with its head. Not a company's ("руководитель предприятия" after
#: "глава Кузбасса" is the mine's director, somebody else).
_BODY_STEMS = frozenset(stem(w) for w in ("ведомство", "регулятор", "учреждение", "структура"))


