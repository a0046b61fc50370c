"""Direct and indirect speech: where the quoted words are, and which token names their speaker.

Quotation marks are paired on the raw text (parsed.scan_quotes); attributions are found with punctuation
patterns around the marks ("», — сказал он", "заявил: «") and the speech-verb lexicon, and the subject of
the speech verb comes from natasha's dependency parse with a word-order fallback. Indirect speech is found
from speech verbs outside quotations: "X заявил, что …", "X сообщил о …", "…, сообщил X", "как сообщил X, …",
"по словам X, …", "Об этом сообщил X" (the previous sentence). Speakers are resolved later, in text order,
by the engine (pronouns depend on who spoke before).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.keys import fold
from analysis.lexicon import (
    ACCORDING_LEMMAS,
    ACCORDING_TO_NOUNS,
    ALWAYS_RELAY_VERBS,
    ANONYMOUS_NOUNS,
    ASKING_VERBS,
    ATTITUDE_ADJECTIVES,
    CARRY_ON,
    CLAIM_VERBS,
    CLAUSE_CONJUNCTIONS,
    COLON_SPEECH_VERBS,
    DAY_WORDS,
    DEMONSTRATIVES,
    DOC_NOUNS,
    FIRST_PERSON,
    GENERIC_ORG_HEADS,
    GENERIC_ORG_NOUNS,
    GOVERNMENT_HEADS,
    IMPERSONAL_VERBS,
    INFORMING_VERBS,
    INTERROGATIVES,
    JOURNALIST_NOUNS,
    MAKE_OR_HOLD_VERBS,
    MEDIA_NOUNS,
    MONTHS,
    NAMING_VERBS,
    NEGATED_SPEECH_VERBS,
    NEWS_FIELDS,
    NO_O_CLAUSE,
    NOBODYS_PLACES,
    NOT_SPEAKING_PLACES,
    OBLIQUE_RELATIVES,
    OPINION_IN_PRESENT,
    OPINION_VERBS,
    ORG_NOUNS,
    PAGE_FURNITURE,
    PARENTHETICALS,
    PARTIAL_VERBS,
    PLATFORM_NOUNS,
    POSSESSIVE_PRONOUNS,
    PREDICATIVES,
    PRESS_NOUNS,
    PRIVATE_ADDRESSEES,
    PUBLISH_VERBS,
    RELAY_VERBS,
    REPORT_NOUNS,
    SAID_THROUGH_VERBS,
    SCARE_QUOTE_STEMS,
    SECOND_PERSON,
    SETTLEMENT_NOUNS,
    SILENT_STATES,
    SO_SAID_VERBS,
    SPEECH_PHRASE_NOUNS,
    SPEECH_PHRASE_VERBS,
    SPEECH_VERBS,
    SPOKESPERSON_NOUNS,
    STATEMENT_NOUNS,
    STATEMENT_VERBS,
    STREET_WORDS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TALK_NOUNS,
    TIME_NOUNS,
    TOPIC_OF_NOUNS,
    TOPIC_VERBS,
    WISH_VERBS,
    WORDS_NOUNS,
    WORK_TEXTS,
    WRITER_ASIDES,
    is_outlet,
)
from analysis.parsed import ALL_QUOTES, DASHES, Parsed, QuoteSpan, Sent, Span, Tok
from analysis.pipeline import first_name_gender, lemma, models, verb_lemma

#: What _reporter answers for a relay of anonymous or unnamed sources (-1 is "no subject found").
_PASSED_TO_NOBODY = -2


#: The end of a sentence and of its line, a dialogue dash opening the next one.
_LEAD_BREAK = re.compile(r"[.!…][ \t\u00a0]*\n\s*(?=[—–-])")

#: What ends a line at the end of a paragraph, not in the middle of a wrapped one.
_PARAGRAPH_END = frozenset(".!?…:»\"”")


@lru_cache(maxsize=4096)
def _past_gender(word: str) -> str | None:
    """"Прошла" → "femn": the gender of a past-tense verb in the singular by its likeliest reading, else None."""
    parse = models().morph_vocab.parse(word.lower())[0]
    tag = parse.tag
    return tag.gender if tag.POS == "VERB" and "past" in tag and "sing" in tag else None


def _in_person(toks: list[Tok], person: str) -> bool:
    """Whether words speak in the first person ("1": a verb or a pronoun of "я/мы") or address somebody in the
    second ("2": "вы/ты")."""
    pronouns = FIRST_PERSON if person == "1" else SECOND_PERSON
    return any(t.feat("Person") == person or t.lower in pronouns for t in toks)


_SENT_END = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
#: A paragraph that opens with a dash: a line of dialogue ("— Мы готовы, — сказал он.").
_DIALOGUE_LINE = re.compile(r"^[ \t\u00a0]*[—–-][ \u00a0]*(?=[^\s—–-])", re.M)
#: A line of dialogue whose line break the page lost: a dash glued to the full stop of the sentence before it
#: ("… обзванивает службы.– Десятки раз набирала, – утверждает женщина"); a dash after a spaced full stop is the
#: words going on after their attribution instead.
_GLUED_DIALOGUE_LINE = re.compile(r"(?<=[а-яёa-z»\"\)\d][.!?…])[—–][ \u00a0]*(?=[А-ЯЁ«\"])")
#: The dash that hands a line of dialogue to its attribution: ", — сказал", "!- воскликнул", ",- отметила".
_ATTRIBUTION_DASH = re.compile(r"([,!?…])[ \u00a0]*[—–-][ \u00a0]*")
#: The end of a name right before its reported clause: "заявил «Матч ТВ», что …".
_TOLD_THEN_CLAUSE = re.compile(r"[»\"”]?\s*,\s*что\b")
#: The rest of a site's name after its first word: ".ru", ".kz", ".com.ua".
_DOMAIN_AFTER = re.compile(r"\.(?:[a-zа-я]{2,6})\b")
#: A line that ends in a colon: a speaker's header in press-conference and interview layouts.
_HEADER_END = re.compile(r":[ \t\u00a0]*\n")
#: A colon and a dash that open a speaker's words on the header's own line: "Вадим Иосуб, аналитик:- В течение …".
#: A dash that opens the next turn of a transcript printed on one line ("… моменты. - Почему …? - До этого …").
_INLINE_TURN = re.compile(r"(?<=[.!?…])[ \u00a0]+[—–-][ \u00a0]+(?=[А-ЯЁA-Z«\"])")
#: Where a header may begin inside a line of transcript: after a full stop ("… игру. Роман Григорчук (…): - …").
_TURN_BREAK = re.compile(r"[.!?…][ \u00a0]+(?=[А-ЯЁ])")

#: A header's colon with the words on the same line, neither dash nor quotation mark ("Имя, рыбак: Если …").
_HEADER_PLAIN = re.compile(r":[ \t\u00a0]+(?=[А-ЯЁA-Z][а-яёa-z])")

_HEADER_DASH = re.compile(r":[ \t\u00a0]*[—–-][ \u00a0]*(?=[^\s—–-])")
#: An answer's paragraph: a dash or a quotation mark opens it.
_ANSWER_OPEN = re.compile(r"[ \t\u00a0]*(?:[—–-][ \u00a0]*|(?=[«\"„“]))")
#: A journalist's question glued to the end of an answer: "…хорошей команды.- Что скажете о пенальти?"
_GLUED_QUESTION = re.compile(r"(?<=[.!…])[ \u00a0]*[—–-][ \u00a0]*[А-ЯЁA-Z][^\n]*\?[ \u00a0]*$")
#: ", — " right after a short attribution: the speaker's sentence goes on ("…, — говорит она, — будет …").
#: (a gerund of saying may come between: "…, — сказал X, уточнив, — b")
_GERUND_OF_SAYING = r"(?:уточн|добав|подчеркн|отмет|поясн|заключ|резюмир|напомн|продолж)[а-яё]*в(?:ши)?"
_MID_REOPEN_DASH = re.compile(
    rf"[^,.!?…\n«»\"]{{1,60}}?,(?:[ \u00a0]*{_GERUND_OF_SAYING},)?[ \u00a0]*[—–-][ \u00a0]+(?=\S)")
#: A dash right before a quotation mark, after the end of a sentence or a comma: the attribution hands the words
#: back ("«A», — сказал X. — «B»", "…, — сказал X, уточнив, — «b»").
_HANDED_BACK = re.compile(r"[.!?…,][ \u00a0]*[—–][ \u00a0]*$|[.!?…,][ \u00a0]+-[ \u00a0]*$")
#: A gerund of saying between an attribution and the words it hands back ("…, — сказал X, уточнив, — …").
_SPEECH_GERUND = re.compile(_GERUND_OF_SAYING)
#: ". — " after the attribution: the speaker goes on.
#: (a hyphen counts when spaced: ". - Поздравляю парней")
_REOPEN_DASH = re.compile(r"[.!?…](?:[ \u00a0]*[—–]|[ \u00a0]+-(?=[ \u00a0]))[ \u00a0]*(?=\S)")
#: A dash glued to the attribution's full stop, which the sentence splitter then misses: "…, - прокомментировал
#: Радаев.- Было много вызовов".
_GLUED_REOPEN_DASH = re.compile(r"(?<=[а-яё])[.!?…][—–-][ \u00a0]*(?=[А-ЯЁ«\"])")


@dataclass(slots=True)
class Cand:
    """A quote found in the text whose speaker is still to be resolved."""

    kind: str
    start: int
    end: int
    cue: str | None
    pos: int  # where the attribution is, for the discourse order of speakers
    subj: int = -1  # token naming the speaker
    actor: int | None = None  # speaker already known (a name before a colon)
    follow: Cand | None = None  # same speaker as this earlier quote (continuations)
    relay_obj: int = -1  # "цитирует РБК канцлера": the object is the speaker
    partial: bool = False
    speaker: int | None = None
    pron_offset: int = -1  # "говорится в сообщении": the owner of the last document quoted, or last speaker
    doc: bool = False  # the speaker is a document's owner ("говорится в заявлении X")
    standalone: bool = False  # a whole quoted sentence with no attribution: the speaker of the passage
    #: an answer in an interview printed as dialogue lines: where the questions and answers begin, the speaker
    #: being the person the lead before it is about
    interview: int = -1
    #: "высказался о беспорядках": a topic announced, what was said follows; the speaker carries the passage on,
    #: the о-phrase itself is not a quote
    topic: bool = False
    #: "прокомментировал слова X о том, что …": the words are X's, so the verb's gender says nothing of X
    owner: bool = False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past whitespace and the punctuation that belongs to the attribution."""
    # (and a dialogue dash before the words: ". - Цены взлетели, - возмущается она")
    while start < end and (text[start].isspace() or text[start] in ",;:" or (
            text[start] in "—–-" and text[start + 1:start + 2].isspace())):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    if end > start and text[end - 1] == "." and not text[start:end].endswith(".."):
        end -= 1
    return start, end


def _is_predicate(t: Tok) -> bool:
    """A finite verb, a short adjective or participle, or a predicative word: the clause says something."""
    if t.pos in {"VERB", "AUX"}:
        return t.feat("VerbForm") == "Fin" or t.feat("Variant") == "Short"
    if t.pos == "ADJ" and t.feat("Variant") == "Short":
        return True
    return t.lower in PREDICATIVES or t.text in DASHES


def elided_subject(p: Parsed, verb: int | None, number: str = "Sing") -> bool:
    """A finite verb in the 3rd person with no subject, opening its sentence after at most a linking word: its
    subject is the last speaker's ("Также отметил, что …", "И добавил: «…»"; in the plural a body's, "Также
    сообщили, что …"). The callers pass verbs of saying (a candidate's cue, a verb before a colon) and do not ask
    about any other."""
    if verb is None:
        return False
    t = p.toks[verb]
    if t.feat("VerbForm") != "Fin" or t.feat("Number") != number or t.feat("Person") in {"1", "2"} or any(
            p.toks[c].rel.startswith("nsubj") for c in t.children):
        return False
    first = p.sents[t.sent].first
    # (whom they told may stand before the verb: "Также горожанам напомнили, что …")
    return verb - first <= 3 and all(p.toks[k].lower in CARRY_ON or (
        p.toks[k].pos in {"NOUN", "ADJ"} and p.toks[k].feat("Case") == "Dat" and p.toks[k].span < 0)
        for k in range(first, verb))


class QuoteFinder:
    def __init__(self, p: Parsed) -> None:
        self.p = p
        self.text = p.text
        self.cands: list[Cand] = []
        self.attributed: set[int] = set()  # opens of top quotes already explained
        self.attr_end: dict[int, int] = {}  # quote open -> end of its attribution sentence
        self.cand_of_open: dict[int, Cand] = {}
        self.relay_tokens: set[int] = set()
        # verbs whose subject passes the words on to a source it cites: the verb agrees with the one passing on
        # ("сообщила газета со ссылкой на министра Ивана Петрова"), not with the speaker
        self.passed_on: set[int] = set()

    # --- helpers -----------------------------------------------------------------------------------------
    def vlemma(self, k: int) -> str:
        return verb_lemma(self.p.toks[k].text)

    def is_speech_verb(self, k: int) -> bool:
        t = self.p.toks[k]
        return t.pos in {"VERB", "AUX"} and self.vlemma(k) in SPEECH_VERBS

    def subject_of(self, v: int) -> int:
        """nsubj of a verb, climbing coordinated verbs ("отметил …, а также заявил") and gerunds."""
        p = self.p
        cur, hops = v, 0
        while cur >= 0 and hops < 4:
            # ("пояснила altapress.ru, что": a site after a verb in the past is whom she told, not who spoke; in
            # the present, "передает Караван.kz со ссылкой на …", it relays)
            # (nor "заявил «Матч ТВ», что": an outlet right after a past verb and before its clause, whom he told)
            # ("Глава государства был проинформирован о …": the subject of a passive is whom they told)
            subs = [c for c in p.toks[cur].children
                    if (p.toks[c].rel == "nsubj" or (p.toks[c].rel == "nsubj:pass" and not (p.toks[cur].feat(
                        "Voice") == "Pass" and p.toks[c].feat("Animacy") == "Anim"))) and p.toks[c].quoted == p.toks[
                        v].quoted
                    # ("сообщили „Ъ“ в банке": one outlet after a plural verb is whom they told; so is any one
                    # name between a plural verb and the body that speaks, "рассказали БЕЛТА в МЧС")
                    and not (c > cur and (self._outlet(c) or self._body_after(c)) and (
                        p.toks[c].feat("Case") == "Dat" or (
                            p.toks[cur].feat("Number") == "Plur" and p.toks[c].feat("Number") != "Plur")))
                    and not (c > cur and p.toks[cur].feat("Tense") == "Past"
                             and (_DOMAIN_AFTER.match(self.text, p.toks[c].stop) or (
                                 self._outlet(c) and _TOLD_THEN_CLAUSE.match(self.text, p.spans[p.toks[c].span].stop)
                                 and c - cur <= 3)))]
            # "Министр … заявил о …, а глава РФПИ Кирилл Дмитриев сообщил, что …": the parser may give each verb the
            # other's subject; a subject across another finite verb, or after ", а" that opens another clause, is
            # not this verb's
            subs = [c for c in subs if not self._across_clause(cur, c)]
            if subs:
                # "date 2025 … президент … заявил": a real noun phrase beats a stray token the parser also linked
                # "— признал РИА Новости Олаф Шольц": the outlet he told is no subject beside the person
                # ("– метафорично описала Набиуллина": an adverb the tagger took for a noun loses to a name)
                # ("Как рассказал «МК» директор компании Сергей Зайцев": a name beside a person is whom he told)
                people = {c for c in subs if self._person_phrase(c)}
                # ("Дмитрий Песков, пресс-секретарь президента Владимира Путина, заявил": the parser made the title
                # a second subject; the name is the speaker, not the title's principal)
                # ("Помощник …, который посетил Белград заявил": a subject the tagger reads in another case than
                # the nominative loses to one it reads so)
                best = min(subs, key=lambda c: (p.toks[c].pos not in {"NOUN", "PROPN", "PRON"},
                                                p.toks[c].feat("Case") not in {"Nom", None},
                                                bool(people) and c not in people,
                                                self._outlet(c), abs(c - cur), p.toks[c].span < 0))
                # "Проверка начата, проинформировали в компании": a verb hung on another clause shares its
                # subject only when it agrees with it in number
                if cur != v and self._number_clash(v, best) and not any(
                        p.toks[c].rel == "conj" for c in p.toks[best].children):
                    return -1
                # "Рязанцев предупреждают о том, что …": one person's name is never the subject of a plural verb
                # (the tagger took the plural of "рязанец" for a surname)
                b = p.toks[best]
                if b.span >= 0 and p.spans[b.span].type == "PER" and p.toks[cur].feat("Number") == "Plur" and \
                        b.feat("Number") == "Sing" and not any(p.toks[c].rel == "conj" for c in b.children):
                    return -1
                told = self._person_after_addressee(cur, best)
                if told >= 0:
                    return told
                if lemma(p.toks[best].text) == "который":
                    # "депутата X, который отметил, что …", "чиновника Y, который сказал: «…»": the antecedent
                    t = p.toks[cur]
                    if t.rel == "acl:relcl" and t.head >= 0 and p.toks[t.head].pos in {"NOUN", "PROPN"}:
                        return t.head
                    return self._relative_antecedent(cur, p.sents[t.sent].first)
                return best
            t = p.toks[cur]
            if t.rel in {"conj", "xcomp", "advcl"} and t.head >= 0 and (
                    t.rel != "advcl" or t.feat("VerbForm") == "Conv"):
                h = p.toks[t.head]
                # coordinated verbs share a subject only when the head is itself a main verb of saying/acting
                if t.rel == "conj" and (h.pos not in {"VERB", "AUX"} or h.rel not in {"root", "conj", "parataxis"}):
                    break
                cur, hops = t.head, hops + 1
                continue
            break
        # "…, а также заявил, что …": the subject of the previous verb of saying in the sentence
        t = p.toks[v]
        if v > 1 and (p.toks[v - 1].lower in CLAUSE_CONJUNCTIONS or p.toks[v - 1].text == ",") and not t.quoted:
            first = p.sents[t.sent].first
            for k in range(v - 2, first - 1, -1):
                u = p.toks[k]
                if not u.quoted and u.pos in {"VERB", "AUX"} and self.vlemma(k) in SPEECH_VERBS:
                    if any(p.toks[j].span >= 0 and p.spans[p.toks[j].span].type == "PER" and p.toks[j].feat(
                            "Case") == "Nom" and not p.toks[j].quoted for j in range(k + 1, v)):
                        return -1  # "A признался, что …, где Валдис Затлерс заявил, что …": a speaker of its own
                    shared = self.subject_of(k) if k != v else -1
                    # "Задержанный признал вину, сообщили в УМВД": the plural verb has a subject of its own
                    if shared >= 0 and self._number_clash(v, k):
                        return -1
                    return shared
        return self._stray_subject(v)

    def _stray_subject(self, v: int) -> int:
        """"Учитывая обстановку …, Главное управление МЧС по Хакасии информирует …": a noun in the nominative
        between the last comma and a finite verb without a subject, which the parser hung on the clause before
        (as a conjunct of its object), is the verb's subject when it agrees with it in number."""
        p = self.p
        t = p.toks[v]
        if t.feat("VerbForm") != "Fin" or t.quoted or any(p.toks[c].rel.startswith("nsubj") for c in t.children):
            return -1
        first = p.sents[t.sent].first
        comma = next((k for k in range(v - 1, max(first, v - 12) - 1, -1) if p.toks[k].text == ","), -1)
        if comma < 0:
            return -1
        inside = range(comma + 1, v)
        for k in inside:
            u = p.toks[k]
            if u.pos in {"NOUN", "PROPN"} and u.feat("Case") == "Nom" and not u.quoted and u.head not in inside and \
                    u.head != v and not self._number_clash(v, k):
                return k
        return -1

    def _across_clause(self, verb: int, subj: int) -> bool:
        """Whether a subject the parser gave a verb lies in another clause: ", а" / ", но" between the verb and
        it open a clause with a subject of its own."""
        p = self.p
        lo, hi = sorted((verb, subj))
        for k in range(lo + 2, hi):
            if p.toks[k].lower in {"а", "но"} and p.toks[k - 1].text == "," and any(
                    p.toks[j].rel.startswith("nsubj") and p.toks[j].pos in {"NOUN", "PROPN", "PRON"} and p.toks[
                        j].feat("Case") == "Nom" for j in range(k + 1, hi + 1)):
                return True  # (the clause after ", а" has a subject of its own: "…, а глава РФПИ X сообщил")
        # ("рассказал, как переносят заседания Александр и его брат": the subject of the question he told about)
        return subj > verb + 2 and p.toks[verb + 1].text == "," and (
            p.toks[verb + 2].lower in INTERROGATIVES | {"что", "чтобы"}) and any(
            p.toks[j].pos in {"VERB", "AUX"} for j in range(verb + 3, subj))

    def _person_after_addressee(self, verb: int, subj: int) -> int:
        """"Как сообщила сегодня JustMedia председатель союза Валентина Муранова, …": a name of a body right after
        the verb, with a person in the nominative right after it who agrees with the verb, is whom she told (the
        parser took the undeclined name for the subject); the person, or -1."""
        p = self.p
        s = p.toks[subj]
        if subj < verb or s.span < 0 or p.spans[s.span].type != "ORG" or self._person_phrase(subj):
            return -1
        nxt = p.spans[s.span].toks[-1] + 1
        while nxt < len(p.toks) and p.toks[nxt].text in ALL_QUOTES:
            nxt += 1  # (the outlet's name in its marks: "Как сообщил «Новому Региону» начальник отдела …")
        if nxt - verb > 7 or nxt >= len(p.toks) or p.toks[nxt].sent != s.sent:
            return -1
        u = p.toks[nxt]
        # (or a person's noun whose name comes after its titles: "рассказал ФБА «Экономика сегодня» экономист,
        # эксперт Института … Борис Пивовар")
        if u.quoted or u.feat("Case") != "Nom" or u.pos not in {"NOUN", "PROPN"} or not (
                self._person_phrase(nxt) or (u.pos == "NOUN" and u.feat("Animacy") == "Anim")):
            return -1
        # (a woman's title is masculine: "председатель … Валентина Муранова" agrees with "сообщила" by her name)
        name = next((c for c in u.children if p.toks[c].rel == "appos" and p.toks[c].span >= 0), nxt)
        return nxt if self._agrees(verb, name) else -1

    def _unnamed_person(self, k: int) -> bool:
        """Whether a speaker token is nobody the parse could find, or a person's noun with no name."""
        return k < 0 or (self.p.toks[k].span < 0 and self.p.toks[k].feat("Animacy") == "Anim")

    def _number_clash(self, a: int, b: int) -> bool:
        """Whether two tokens both have a grammatical number and it differs."""
        na, nb = self.p.toks[a].feat("Number"), self.p.toks[b].feat("Number")
        return na is not None and nb is not None and na != nb

    def _there(self, v: int) -> int:
        """"Там отметили, что …", "«…», — заверили там": the "там" of a plural verb of saying, which the resolver
        reads as the body that spoke just before; -1 when there is none."""
        p = self.p
        if p.toks[v].feat("Number") != "Plur":
            return -1
        return next((c for c in p.toks[v].children if p.toks[c].lower == "там"), -1)

    def _reports_clause(self, v: int) -> bool:
        """Whether a speech verb introduces a clause: ", что" or a colon right after it (or after its subject)."""
        p = self.p
        for j in range(v + 1, min(len(p.toks), v + 6)):
            t = p.toks[j]
            if t.text == ":" or (t.lower == "что" and p.toks[j - 1].text == ","):
                return True
            if t.text in _SENT_END or t.pos in {"VERB", "AUX"}:
                return False
        return False

    def _named_speaker(self, k: int) -> bool:
        """Whether a subject token is somebody: a name, a person's noun or a pronoun, not "исследования"."""
        if k < 0:
            return False
        t = self.p.toks[k]
        return t.span >= 0 or t.pos == "PRON" or t.feat("Animacy") == "Anim"

    def _person_phrase(self, k: int) -> bool:
        """Whether token k is a person's name or a noun with one in apposition ("директор … Сергей Зайцев")."""
        p = self.p

        def person(j: int) -> bool:
            return p.toks[j].span >= 0 and p.spans[p.toks[j].span].type == "PER"

        return person(k) or any(p.toks[c].rel == "appos" and person(c) for c in p.toks[k].children)

    def _body_after(self, k: int) -> bool:
        """Whether a named body in "в" follows the name at token k: "рассказали БЕЛТА в МЧС"."""
        p = self.p
        t = p.toks[k]
        j = (p.spans[t.span].toks[-1] if t.span >= 0 else k) + 1
        while j < len(p.toks) and p.toks[j].text in ALL_QUOTES:
            j += 1
        return j + 1 < len(p.toks) and p.toks[j].lower in {"в", "во"} and p.toks[j + 1].span >= 0 and p.spans[
            p.toks[j + 1].span].type == "ORG"

    def _outlet(self, k: int) -> bool:
        t = self.p.toks[k]
        return t.span >= 0 and is_outlet(self.p.spans[t.span].normal)

    def _cited_outlet(self, k: int) -> bool:
        """A cited source that is an outlet itself, by name or by its noun ("со ссылкой на агентство «Anadolu»",
        "со ссылкой на газету"): one outlet passing on another's report, nobody's words. An agency of a field
        ("Федеральное агентство воздушного транспорта") is a body."""
        p = self.p
        return self._outlet(k) or (lemma(p.toks[k].text) in MEDIA_NOUNS and not any(
            p.toks[c].rel == "nmod" and p.toks[c].feat("Case") == "Gen" and p.toks[c].pos == "NOUN"
            for c in p.toks[k].children))

    def nominal_after(self, k: int, stop: int) -> int:
        """Fallback subject: first nominative name/pronoun/noun after token k (parse failed or misattached)."""
        p = self.p
        for j in range(k + 1, min(stop, k + 12)):
            t = p.toks[j]
            if t.quoted or (t.text in _SENT_END and not self._inside_word(t)):
                break
            if t.span >= 0 and p.spans[t.span].type == "PER":
                return j
            if self._outlet(j) or _DOMAIN_AFTER.match(self.text, t.stop):
                continue  # "сообщил NEWS.ru Геннадий Шмаль": the site he told, then who spoke
            if self._addressee_name(t):
                continue  # ("сообщил изданию «Подъём», что …": the name of whom he told)
            if t.pos in {"PRON", "NOUN", "PROPN"} and t.feat("Case") == "Nom":
                return j
        return -1

    def _addressee_name(self, t: Tok) -> bool:
        """Whether a nominative is only the name of whom the words were told ("сообщил изданию «Подъём»": the
        parser hangs the name on the dative noun)."""
        return t.rel == "appos" and t.head >= 0 and self.p.toks[t.head].feat("Case") == "Dat"

    def _group_document(self, v: int) -> bool:
        """"говорится в их совместном заявлении", "в совместном оповещении авиакомпаний": a document of several
        bodies, nobody in particular."""
        p = self.p
        return any(p.toks[c].rel == "obl" and any(p.toks[g].lower == "их" or p.toks[g].lower.startswith("совместн")
                                                  for g in p.toks[c].children)
                   for c in p.toks[v].children)

    def _follows_from_document(self, v: int, lem: str) -> bool:
        """"Как следует из сообщения Минэнерго, …": "следовать" with "из" and a document noun."""
        p = self.p
        return lem == "следовать" and any(
            p.toks[c].rel == "obl" and lemma(p.toks[c].text) in DOC_NOUNS and any(
                p.toks[g].lower == "из" for g in p.toks[c].children) for c in p.toks[v].children)

    def impersonal(self, v: int) -> bool:
        """"говорится в отчете", "сказано в отчете", "указано на сайте": the words are a document's."""
        t = self.p.toks[v]
        return self.vlemma(v) in IMPERSONAL_VERBS or self._follows_from_document(v, self.vlemma(v)) or (
            t.feat("Variant") == "Short" and t.feat("Voice") == "Pass" and self.vlemma(v) in SPEECH_VERBS)

    def _inside_word(self, t: Tok) -> bool:
        """A full stop inside a domain or an abbreviation ("news.sputnik.ru", "т.е."): glued to the next letter."""
        if t.text != ".":
            return False
        nxt = self.text[t.stop:t.stop + 1]
        # "т.е. примерно", "тыс. руб. в месяц": the full stop of a short abbreviation, where a lower-case word
        # goes on ("…внутри страны. по словам канцлера, …" is only a typo after a real sentence end)
        after = self.text[t.stop:t.stop + 4].lstrip(" \u00a0")
        word = self.text[max(0, t.start - 5):t.start].split()[-1:] or [""]
        short = 0 < len(word[0].strip(".")) <= 4 or word[0].count(".") > 0
        # (and an initial: "как отметил В. М. Джум, …" — one capital letter of a person's name the tagger found,
        # not "витамина D. Министр …")
        toks = self.p.toks
        initial = len(word[0].strip(".")) == 1 and word[0][:1].isupper() and after[:1].isupper() and 0 < t.i < len(
            toks) - 1 and toks[t.i - 1].span >= 0 and toks[t.i - 1].span == toks[t.i + 1].span and self.p.spans[
            toks[t.i - 1].span].type == "PER"
        return nxt.isalnum() or (t.stop + 1 < len(self.text) and after[:1].islower() and short) or initial

    def sent_end_tok(self, k: int) -> int:
        return self.p.sents[self.p.toks[k].sent].last

    def negated(self, v: int) -> bool:
        p = self.p
        # ("не только отрицает, что …, но и …" negates nothing)
        if v > 1 and p.toks[v - 1].lower == "только" and p.toks[v - 2].lower == "не":
            return False
        if any(p.toks[c].lower == "не" for c in p.toks[v].children):
            return True
        return v > 0 and p.toks[v - 1].lower == "не"

    def is_relay(self, v: int, subj: int, claim: bool = False) -> bool:
        """"— передает ТАСС", "сообщает РБК", "сообщило издание": a medium relaying, not speaking.
        With `claim` the outlet opens its own "что"-clause ("«Ведомости» сообщают, что …"): it is the claimant."""
        p = self.p
        lem = self.vlemma(v)
        if lem in ALWAYS_RELAY_VERBS:
            # "Такой прогноз привел министр": a statement of his own he gave, not words of another he passed on
            # (but "приводит ТАСС заявление Кудрина" passes on Kudrin's: only "такой/этот/данный" points back)
            return not any(p.toks[c].rel == "obj" and lemma(p.toks[c].text) in STATEMENT_NOUNS | {"цифра"} and any(
                lemma(p.toks[d].text) in DEMONSTRATIVES for d in p.toks[c].children)
                for c in p.toks[v].children)
        if subj < 0:
            return False
        s = p.toks[subj]
        if lem == "передать" and (self._outlet(subj) or lemma(s.text) in MEDIA_NOUNS):
            return True  # "ТАСС передал, что …": an outlet passing on what it heard ("Ryanair передала" speaks)
        if lemma(s.text) in MEDIA_NOUNS:
            if lemma(s.text) in ANONYMOUS_NOUNS:
                return True  # "источник DonDay.ru сообщил, что …": the outlet's unnamed source, nobody's claim
            if not any(p.toks[c].rel in {"appos", "flat", "flat:name", "flat:foreign"} or p.toks[c].quoted
                       for c in s.children) and any(
                    p.toks[c].rel == "nmod" and p.toks[c].feat("Case") == "Gen" and (
                        p.toks[c].pos == "NOUN" or lemma(s.text) in PLATFORM_NOUNS) and lemma(
                        p.toks[c].text) not in MEDIA_NOUNS | NEWS_FIELDS and not self._outlet(c)
                    for c in s.children):
                # "сообщили в агентстве лесного хозяйства": an agency of a field is a body; "сообщили в
                # телеграм-канале МЧС города": an owner's channel, the owner speaks (not "агентство городских
                # новостей «Москва»", "телеграм-канал издания «Подъём»": outlets)
                return False
            # "Газета «Ведомости» пишет, что …": a paper named beside its kind noun makes its own claim
            # (not "Как сообщает агентство Reuters, …", nor a paper "со ссылкой на источники": those pass on);
            # so does a paper whose kind noun is part of its name ("«Новая газета» утверждает, что …"), and one
            # recalling its own earlier report ("Как писала газета «Взгляд», …")
            return not (claim and (v == 0 or p.toks[v - 1].lower != "как" or p.toks[v].feat(
                "Tense") == "Past") and not self._cites(v) and (any(
                p.toks[c].rel in {"appos", "flat", "flat:name", "flat:foreign"} and (
                    p.toks[c].span >= 0 or p.toks[c].pos in {"PROPN", "X"}) for c in s.children) or s.span >= 0))
        if claim:
            return False
        # "…, пишет РБК", "…, отмечают «Ведомости»" after a news fact: the paper passes it on; but "…, сообщает
        # КЧС МВД РК" is the body's own report
        if s.span < 0 or p.spans[s.span].type != "ORG" or p.toks[v].feat("Tense") != "Pres":
            return False
        name = p.spans[s.span].normal
        first = name.split()[0] if name.split() else ""
        official = (fold(first).lower() if first.isupper() else lemma(first)) in GENERIC_ORG_HEADS | GOVERNMENT_HEADS
        return lem == "писать" or is_outlet(name) or (lem == "сообщать" and not official)

    # --- direct speech -----------------------------------------------------------------------------------
    def find_direct(self) -> None:
        p, text = self.p, self.text
        prev: Cand | None = None
        for q in p.quotes:
            content_start, content_end = q.open + 1, q.close
            if content_end - content_start < 2:
                continue
            if q.depth > 0:
                self._headline(q)
                continue
            # (a name in quotation marks inside a dialogue line, "… отмечать в «Байкальской ривьере», – подчеркнул
            # он", is no quotation of its own: the line is the speaker's words)
            if self._inside_dialogue_line(q):
                continue  # "— Правило было: «…», — говорит X. — …": the line is the speaker's words, marks and all
            made = (q.open not in p.name_quotes and (self._after(q) or self._before(q))) or self._headline(q)
            if not made:
                made = self._continuation(q, prev)
            if made:
                prev = self.cand_of_open.get(q.open, prev)
            elif text[self._line_start(q.open):q.open].strip():
                prev = None if not self._sentence_start(q.open) else prev
        self._open_paragraphs()
        self._speaker_headers()
        self._caption_headers()
        self._colon_paragraphs()
        self._dash_paragraphs()
        self._interview_answers()
        for q in p.top_quotes:
            if q.open not in self.attributed:
                self._partial(q)
        for q in p.top_quotes:
            if q.open not in self.attributed and q.open not in p.name_quotes and not self._signature_below(q):
                self._standalone(q)

    def _inside_dialogue_line(self, q: QuoteSpan) -> bool:
        """A quotation inside a line of dialogue ("— … правило: «всё, что в доме, — бесплатно», — говорит X.",
        "- Прокуратурой организована проверка по публикации «…», - рассказали в ведомстве."), not opening its
        words, with the line's own attribution dash after it: the line is one quotation of the speaker's."""
        text = self.text
        ls = self._line_start(q.open)
        m = _DIALOGUE_LINE.match(text, ls)
        if m is None:
            # the last line the page lost before the quotation, if its own attribution does not end before it
            m = next(reversed(self._glued_lines(ls, q.open)), None)
            verbs = [v for a in _ATTRIBUTION_DASH.finditer(text, m.end(), q.open) if (v := self._dash_attribution(
                a, q.open)) >= 0] if m is not None else []
            # (the line's own attribution ends it, unless a dash reopens the words after it: "…, – рассказала
            # она. – А директор назвал жалобы «надуманными», – добавила она")
            if verbs and not _REOPEN_DASH.search(text, self.p.sents[self.p.toks[verbs[-1]].sent].stop - 1, q.open):
                return False
        if m is None or q.open <= m.end():
            return False
        eol = text.find("\n", q.close)
        eol = len(text) if eol < 0 else eol
        return any(self._dash_attribution(a, eol) >= 0 for a in _ATTRIBUTION_DASH.finditer(text, q.close, eol))

    def _glued_lines(self, start: int, end: int) -> list[re.Match[str]]:
        """The lines of dialogue whose break the page lost, between two offsets; not in a paragraph that opens
        with a dash itself ("– Мы работали всю ночь.– Теперь все позади, – сказал он": one line of words)."""
        return [g for g in _GLUED_DIALOGUE_LINE.finditer(self.text, start, end)
                if not _DIALOGUE_LINE.match(self.text, self._line_start(g.start()))]

    def _dash_attribution(self, dash: re.Match[str], end: int) -> int:
        """The verb of saying right after an attribution dash (", — сказал министр") within its line, or -1."""
        p = self.p
        k0 = p.tok_at(dash.end())
        if k0 >= len(p.toks) or p.toks[k0].start >= end:
            return -1
        return self._attribution_verb(k0, self.sent_end_tok(k0), True)

    def _dash_paragraphs(self) -> None:
        """"— Мы не допустим дефицита, — сказал министр. — Расходы сократят.": direct speech set as a paragraph
        that opens with a dash, the typographic form of Russian dialogue and interviews; the words run to the
        attribution dash, and after the attribution's sentence a dash reopens them."""
        p, text = self.p, self.text
        glued = self._glued_lines(0, len(text))
        for m in [*_DIALOGUE_LINE.finditer(text), *glued]:
            start = m.end()
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if self._attribution_line(m, start, end):
                continue
            # (a lost line break ends at the next one lost, and at the first sentence that is no words of anyone's)
            end = min([end, *(g.start() for g in glued if g.start() > start)])
            for a in _ATTRIBUTION_DASH.finditer(text, start, end):
                verb = self._dash_attribution(a, end)
                if verb < 0:
                    continue
                subj = self._subject_in_clause(verb, a.start())
                if self.is_relay(verb, subj):
                    # "— Мы были готовы, — приводит слова нападающего «Чемпионат»": the cited one speaks
                    self.relay_tokens.add(subj)
                    subj = self._relay_object(verb)
                    if subj < 0:
                        continue
                if subj < 0:
                    subj = self._obl_org(verb)
                extra: dict[str, object] = {}
                if subj < 0 and self.impersonal(verb) and not self._group_document(verb):
                    subj, extra = self._document_source(verb)  # "— …, — говорится в сообщении"
                close = a.start() + (1 if a.group(1) in "!?…" else 0)
                first = self._emit_dialogue(start, close, verb, subj, **extra)
                # ". — B": the words go on after the attribution's sentence, in the same paragraph; ", — b" goes
                # on within it ("— Теперь рядом с постом, — говорит она, — будет и палата")
                sent_stop = p.sents[p.toks[verb].sent].stop
                # (or glued to the attribution's full stop, which the splitter then does not see: "…, -
                # прокомментировал Радаев.- Было много вызовов")
                again = _MID_REOPEN_DASH.match(text, p.toks[verb].stop, end) or _GLUED_REOPEN_DASH.search(
                    text, p.toks[verb].stop, min(sent_stop, end)) or _REOPEN_DASH.search(text, sent_stop - 1, end)
                # (each reopened stretch to the next attribution of the line, if one follows, and reopened again
                # after it: "… – А директор назвал жалобы «надуманными», – возмущается она. – Придется идти в суд")
                at = verb
                for _ in range(8):
                    if first is None or again is None:
                        break
                    nxt = next(((b, v2) for b in _ATTRIBUTION_DASH.finditer(text, again.end(), end)
                                if (v2 := self._dash_attribution(b, end)) >= 0), None)
                    stop = nxt[0].start() + (1 if nxt[0].group(1) in "!?…" else 0) if nxt else end
                    first = self._emit_dialogue(again.end(), stop, at, -1, follow=first)
                    if nxt is None:
                        break
                    at = nxt[1]
                    again = _MID_REOPEN_DASH.match(text, p.toks[at].stop, end) or _REOPEN_DASH.search(
                        text, p.sents[p.toks[at].sent].stop - 1, end)
                break

    def _attribution_line(self, m: re.Match[str], start: int, end: int) -> bool:
        """"Помогаем в реализации дальнейших планов, ⏎⏎ — подчеркнул Владислав Шапша.": a line that is only the
        attribution dash and its verb (a channel post's layout) gives the paragraph above it, which ends in a
        comma and is no quotation of its own, to the speaker."""
        p, text = self.p, self.text
        if m.re is not _DIALOGUE_LINE:
            return False
        k0 = p.tok_at(start)
        if k0 >= len(p.toks) or p.toks[k0].start >= end:
            return False
        if not self._only_attribution(start):
            return False
        verb = k0
        above_end = len(text[:m.start()].rstrip())
        if above_end == 0 or text[above_end - 1] != ",":
            return False
        above = text.rfind("\n", 0, above_end) + 1
        words = text[above:above_end]
        bare = words.strip().lstrip("—–- \u00a0").rstrip(",")
        if not bare or bare[0] in ALL_QUOTES or bare[-1] in ALL_QUOTES or len(bare.split()) < 4:
            return False
        opening = _DIALOGUE_LINE.match(text, above)
        if opening and above > 0 and text[:above].rstrip().endswith(","):
            return False  # (the last item of a list of dash lines, each ending in a comma)
        subj = self._subject_in_clause(verb, start)
        if subj < 0 or self.is_relay(verb, subj) or self._outlet(subj) or lemma(p.toks[subj].text) in (
                MEDIA_NOUNS | PRESS_NOUNS):
            return False  # ("…,⏎— пишет «Интерфакс».": an outlet passes on what the paragraph reports)
        toks = range(p.tok_at(above), p.tok_at(above_end))
        k = p.tok_at(opening.end() if opening else above)
        if self._taken(above, above_end) or (k + 1 < len(p.toks) and p.toks[k].lower in {"по", "как"} and p.toks[
                k + 1].lower in ACCORDING_TO_NOUNS | {"словам", "сообщил", "сообщила", "сообщили", "заявил",
                                                      "заявила", "заявили", "рассказал", "рассказала"}) or any(
                p.toks[j].pos in {"VERB", "AUX"} and p.toks[j].feat("Person") != "1" and self.is_speech_verb(j)
                and p.toks[j].rel == "root" for j in toks):
            # (a paragraph that reports somebody's words itself — "X сообщил, что …", "По словам X, …" — has the line
            # as another attribution; "Как я уже говорил, …", "по словам жителей" inside are still the speaker's)
            return False
        first = self._emit_dialogue(opening.end() if opening else above, above_end, verb, subj)
        again = _REOPEN_DASH.search(text, p.sents[p.toks[verb].sent].stop - 1, end)
        if first is not None and again is not None:
            self._emit_dialogue(again.end(), end, verb, -1, follow=first)  # "— подчеркнул он. — Ситуация …"
        return first is not None

    def _only_attribution(self, start: int) -> bool:
        """Whether a dialogue line opens with its verb of saying ("— подчеркнул Владислав Шапша."): an attribution
        of the words above, no words of its own."""
        p = self.p
        k0 = p.tok_at(start)
        if k0 >= len(p.toks):
            return False
        verb = self._attribution_verb(k0, self.sent_end_tok(k0), True)
        return verb == k0 and self.vlemma(verb) in SPEECH_VERBS

    def _interview_answers(self) -> None:
        """"— Будет ли повышен НДС? (break) — Нет, таких планов нет.": an interview printed as dialogue lines with
        no attributions. Lines that end in a question mark are the journalist's; the lines after a question are the
        answers, the words of the person the lead is about (decided later, like a quotation standing alone)."""
        text = self.text
        lines: list[tuple[int, int, int]] = []  # (line start, words start, line end) of consecutive dialogue lines
        runs: list[list[tuple[int, int, int]]] = []
        for m in _DIALOGUE_LINE.finditer(text):
            line = self._line_start(m.start())
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            if lines and text[lines[-1][2]:line].strip():
                runs.append(lines)
                lines = []
            lines.append((line, m.end(), end))
        if lines:
            runs.append(lines)
        for run in runs:
            questions = [text[s:e].rstrip().rstrip("»\"").endswith("?") or self._vocative(s) for _, s, e in run]
            if not any(questions) or all(questions):
                continue
            asked = len(run) > 1 and questions[1] and not questions[0] and self._opening_answer(run[0][1], run[0][2])
            for (_, s, e), question in zip(run, questions, strict=True):
                if question:
                    asked = True
                elif asked and not self._taken(s, e) and not (
                        self._only_attribution(s) and text[:self._line_start(s)].rstrip().endswith(",")):
                    cand = self._emit_words(s, e, None, s, -1)
                    if cand is not None:
                        cand.interview = run[0][0]

    def _opening_answer(self, start: int, end: int) -> bool:
        """"Пресс-конференция наставника X. ⏎ – Прежде всего, хочу поздравить … Думаю, ничья закономерна. ⏎ – Как
        вы оцениваете …?": a first line of statements before the first question is the answer to the lead's
        occasion; a journalist's opening line asks or bids ("— Расскажите о …", "— Добрый день!")."""
        p = self.p
        line = self.text[start:end].rstrip()
        if not line.endswith(".") or len(line.split()) < 12:
            return False
        toks = [t for t in p.toks[p.tok_at(start):p.tok_at(end)] if t.pos != "PUNCT"]
        # (one who answers speaks of himself, "хочу поздравить", "у нас был"; a journalist addresses him, "Вы
        # возглавили театр …")
        return not any(t.feat("Mood") == "Imp" for t in toks[:4]) and _in_person(toks, "1") and not _in_person(
            toks, "2")

    def _vocative(self, start: int) -> bool:
        """Whether a line opens by addressing a person by name ("— Виталий, мы с вами говорим …", "— Антон
        Германович, …"): the journalist's line, not the answer."""
        p = self.p
        k = p.tok_at(start)
        if k >= len(p.toks) or p.toks[k].span < 0 or p.spans[p.toks[k].span].type != "PER":
            return False
        last = p.spans[p.toks[k].span].toks[-1]
        return last + 1 < len(p.toks) and p.toks[last + 1].text == "," and last - k <= 1

    def _emit_dialogue(self, start: int, end: int, verb: int, subj: int, **kw: object) -> Cand | None:
        return self._emit_words(start, end, self.p.toks[verb].text, self.p.toks[verb].start, subj, **kw)

    def _one_person(self, toks: range, nominative: bool = False) -> int:
        """The first token of the one person named among `toks` (with `nominative`, in a nominative that the
        tagger gave or left open), or -1 when none or several are."""
        p = self.p
        people = {p.toks[k].span for k in toks if p.toks[k].span >= 0 and p.spans[p.toks[k].span].type == "PER"
                  and (not nominative or p.toks[k].feat("Case") in {"Nom", None})}
        return p.spans[people.pop()].toks[0] if len(people) == 1 else -1

    def _emit_words(self, start: int, end: int, cue: str | None, pos: int, subj: int, **kw: object) -> Cand | None:
        """Direct speech without quotation marks (a dialogue line, an answer below a header)."""
        s, e = _trim(self.text, start, end)
        if e - s < 3 or any(c.kind == "direct" and c.start < e and s < c.end for c in self.cands):
            return None  # too short, or the marks of a quotation already cover it
        cand = Cand("direct", s, e, cue, pos, subj=subj, **kw)  # type: ignore[arg-type]
        self.cands.append(cand)
        return cand

    def _speaker_headers(self) -> None:
        """"Александр Побегалов, главный тренер «Шинника»: (paragraph break) — Тренеру …": a line that is only a
        person's name and description, ending in a colon, introduces that person's answers — the paragraphs after
        it that open with a dash or a quotation mark, until a paragraph that does not. Journalists' questions
        (ending in "?") are not the speaker's words."""
        text, p = self.text, self.p
        n = len(text)
        heads = []  # (header start, words start, speaker) of every header with the words on its line
        for m in _HEADER_DASH.finditer(text):
            # "Вадим Иосуб, старший аналитик центра «Альпари»:- В течение …": the words on the header's line;
            # a transcript may run several speakers on one line, each header after the last one's full stop
            line_start = self._line_start(m.start())
            before = list(_TURN_BREAK.finditer(text, line_start, m.start()))
            start = before[-1].end() if before else line_start
            speaker = self._header_speaker(start, m.start(), name_first=True)
            if speaker >= 0:
                heads.append((start, m.end(), speaker))
        for i, (_, words, speaker) in enumerate(heads):
            end = text.find("\n", words)
            end = n if end < 0 else end
            if i + 1 < len(heads) and heads[i + 1][0] < end:
                end = heads[i + 1][0]  # (the next speaker's header on the same line)
            # "- Почему …? - До этого …": the journalist's questions between the answers are not the speaker's
            turns = list(_INLINE_TURN.finditer(text, words, end))
            for s, e in zip([words, *(t.end() for t in turns)], [*(t.start() for t in turns), end], strict=True):
                if not text[s:e].rstrip().endswith("?"):
                    self._emit_words(s, e, None, p.toks[speaker].start, speaker)
        for m in _HEADER_PLAIN.finditer(text):
            # "Максим Гончаров, рыбак: Если невод тяжелее идет, значит есть рыба.": a television transcript, the
            # speaker's name and description and his words on one line, no dash, no quotation marks
            line_start = self._line_start(m.start())
            end = text.find("\n", m.end())
            end = n if end < 0 else end
            words = text[m.end():end].strip()
            if len(words.split()) < 4 or words[-1:] not in ".!…" or words.endswith("?"):
                continue
            speaker = self._header_speaker(line_start, m.start(), name_first=True)
            if speaker >= 0 and any(_is_predicate(u) for u in p.toks[p.tok_at(m.end()):p.tok_at(end)]):
                self._emit_words(m.end(), end, None, p.toks[speaker].start, speaker)
        for m in _HEADER_END.finditer(text):
            speaker = self._header_speaker(text.rfind("\n", 0, m.start()) + 1, m.start())
            if speaker < 0:
                continue
            pos = m.end()
            line_start = text.rfind("\n", 0, m.start()) + 1
            first = True
            while pos < n:
                while pos < n and text[pos].isspace():
                    pos += 1
                end = text.find("\n", pos)
                end = n if end < 0 else end
                opener = _ANSWER_OPEN.match(text, pos, end)
                plain = text[pos:end].strip()
                if first and opener is None and plain[:1].isupper() and len(plain.split()) >= 5 and \
                        plain[-1:] in ".!…" and self._header_speaker(line_start, m.start(), name_first=True) >= 0 \
                        and any(_is_predicate(u) for u in p.toks[p.tok_at(pos):p.tok_at(end)]):
                    # "Александр Лукашенко, Президент Республики Беларусь: (break) Короче, …": a transcript
                    # printed without a dash, one paragraph
                    self._emit_words(pos, end, None, p.toks[speaker].start, speaker)
                    break
                first = False
                if pos >= n or opener is None or text[pos:end].rstrip().endswith(":"):
                    break  # (another header, or the story goes on)
                body = text[opener.end():end]
                glued = _GLUED_QUESTION.search(body)
                stop = opener.end() + (glued.start() if glued else len(body))
                if not body.rstrip().endswith("?") or glued:
                    q = p.top_quote_at(opener.end() + 1) if text[opener.end():opener.end() + 1] in ALL_QUOTES else None
                    if q is not None and q.open == opener.end():
                        if q.open not in self.attributed:
                            self._emit_direct(q, q.open + 1, q.close, None, p.toks[speaker].start, subj=speaker)
                    else:
                        self._emit_words(opener.end(), stop, None, p.toks[speaker].start, speaker)
                pos = end

    def _caption_headers(self) -> None:
        """"Андрей Пожарский, военный комиссар области (paragraph break) “Призываться будут …”": a line that is
        only a person's name and description, with no colon and no full stop, captions the quotation that fills
        the paragraph below it (video quotes in regional news)."""
        text, p = self.text, self.p
        for m in re.finditer(r"[^\S\n]*(\S[^\n]*?)[^\S\n]*(?:\n|$)", text):
            line, head_start, head_end = m.group(1), m.start(1), m.end(1)
            nxt = len(text) - len(text[m.end():].lstrip())
            if "," not in line or len(line.split()) > 14 or line[-1:] in ".!?…:;,»\"”“" or nxt >= len(text) or \
                    text[nxt] not in ALL_QUOTES:
                continue
            q = p.top_quote_at(nxt + 1)
            below = text.find("\n", nxt)
            below = len(text) if below < 0 else below
            # (each part after a comma describes the person: "военный комиссар области", not "в колонии",
            # "под арестом" of a headline about him)
            parts = [c.end() for c in re.finditer(r",[ \t\u00a0]*", line)]
            described = all(p.toks[p.tok_at(head_start + k)].pos in {"NOUN", "ADJ", "PROPN"} for k in parts)
            if described and q is not None and q.open == nxt and q.open not in self.attributed and not text[
                    q.close + 1:below].strip(" .\t\u00a0"):
                speaker = self._header_speaker(head_start, head_end, name_first=True)
                if speaker >= 0:
                    self._emit_direct(q, q.open + 1, q.close, None, p.toks[speaker].start, subj=speaker)

    def _header_speaker(self, start: int, colon: int, name_first: bool = False) -> int:
        """The first token of the one person named in a header line [start, colon) that has no verb, or -1.
        With `name_first` the line must open with the name and a comma ("Игорь Колыванов, главный тренер: «…»",
        the quotation on the same line), not merely mention one person."""
        p = self.p
        toks = range(p.tok_at(start), p.tok_at(colon))
        if not 1 <= len(toks) <= 20 or any(p.toks[k].pos in {"VERB", "AUX"} and p.toks[k].feat("VerbForm") in {
                "Fin", None} and not p.toks[k].quoted for k in toks):
            return -1
        person = self._one_person(toks)
        if person < 0:
            return -1
        sp = p.spans[p.toks[person].span]
        # (the description after a comma or in brackets: "Андрей Баль (главный тренер «Черноморца»): — …")
        if name_first and (sp.toks[0] != toks[0] or sp.toks[-1] + 1 >= toks[-1] or p.toks[sp.toks[-1] + 1].text not in {
                ",", "("}):
            return -1
        return sp.toks[0]

    def _colon_paragraphs(self) -> None:
        """"Игорь Сечин так прокомментировал соглашение: (paragraph break) Приобретение … является важным шагом …":
        a paragraph after a speech verb and a colon that ends its own paragraph is the speaker's words, quotation
        marks or not (releases and interviews print them so)."""
        p, text = self.p, self.text
        pos = text.find(":\n")
        while pos >= 0:
            start = pos + 1
            while start < len(text) and text[start].isspace():
                start += 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            nxt = text.find(":\n", pos + 2)
            # (a dialogue dash may open the paragraph: "наставник Владимир Крикунов:\n\n- Нам нужно было …")
            dialogue = _DIALOGUE_LINE.match(text, start)
            if dialogue is not None and dialogue.end() < end:
                start = dialogue.end()
            # (a dialogue line with an attribution of its own, "— Мы будем …, — сказала она.", is the dialogue's:
            # its words stop at that dash)
            own = next((a for a in _ATTRIBUTION_DASH.finditer(text, start, end) if self._dash_attribution(a, end) >= 0),
                       None) if dialogue is not None else None
            if own is not None:
                # (the dialogue reader gives the line its own speaker; when that one is nobody the text names, "—
                # сказал президент России" under "Путин ответил:", the colon's speaker holds the same words)
                end = own.start() + (1 if own.group(1) in "!?…" else 0)
            if start < end and text[start] not in ALL_QUOTES and text[start].isupper():
                k = p.tok_at(pos) - 1
                first = p.sents[p.toks[k].sent].first if 0 <= k < len(p.toks) else 0
                for v in range(k, max(first, k - 25) - 1, -1):
                    t = p.toks[v]
                    if t.quoted or t.pos not in {"VERB", "AUX"} or (
                            t.feat("VerbForm") == "Conv" and not self.is_speech_verb(v)):
                        continue  # (", оставив след на обоях:": the main verb is further back)
                    if not self.is_speech_verb(v):
                        # "Лукашенко пояснил, что это было сделано по согласованию с Путиным:": the clause before
                        # the colon reports; its verb of saying is further up
                        up, hops = t.head, 0
                        while up >= 0 and hops < 4 and not self.is_speech_verb(up):
                            up, hops = p.toks[up].head, hops + 1
                        if up >= first and hops < 4 and up < v and p.toks[up].feat("VerbForm") == "Fin":
                            v, t = up, p.toks[up]
                    lem = self.vlemma(v)
                    # (after a colon a dialogue line is the subject's words whatever the verb: "Оценил ремонт и
                    # депутат Юрий Паюсов:\n\n- Моющиеся. Вот это хорошо.")
                    if (lem in SPEECH_VERBS or self._speech_phrase(v, lem) or (
                            dialogue is not None and t.feat("VerbForm") == "Fin")) and not self.negated(v) and \
                            t.feat("Person") != "1":
                        subj = self.subject_of(v)
                        if subj < 0:
                            # "Поделился мнением и наставник команды Владимир Крикунов:": the one person named
                            # between the verb and the colon, however the parser linked him
                            subj = self._one_person(range(v + 1, k + 1), nominative=True)
                        body = text[start:end]
                        if subj >= 0 and len(body.split()) >= (2 if dialogue is not None else 5) and any(
                                _is_predicate(u) for u in p.toks[p.tok_at(start):p.tok_at(end)]) and not (
                                dialogue is None and self._reports_named(p.tok_at(start), p.tok_at(end))):
                            s, e = _trim(text, start, end)
                            first_cand = Cand("direct", s, e, t.text, t.start, subj=subj)
                            self.cands.append(first_cand)
                            if dialogue is not None:
                                self._more_dialogue_lines(end, first_cand)
                    break
            pos = nxt
        self._lead_dialogue()

    def _reports_named(self, lo: int, hi: int) -> bool:
        """Whether tokens lo..hi tell in the third person what somebody named said ("Министр Сергей Лавров заявил,
        что …"): a paragraph of the article's own, not the words of whoever spoke before a colon above it."""
        p = self.p
        # (its first sentence only, and not one in the first person: "Сегодня провел встречу. Министр X заверил, что
        # …" after "Гладков написал в Telegram:" is Gladkov's post, which reports another's words itself)
        end = next((j for j in range(lo, hi) if p.toks[j].text in _SENT_END and not self._inside_word(p.toks[j])), hi)
        if any(p.toks[j].lower in FIRST_PERSON or p.toks[j].feat("Person") == "1" for j in range(lo, end)):
            return False
        for j in range(lo, end):
            t = p.toks[j]
            if t.quoted or t.pos not in {"VERB", "AUX"} or t.feat("VerbForm") != "Fin" or not self.is_speech_verb(j):
                continue
            s = self.subject_of(j)
            if s >= lo and any(p.toks[k].span >= 0 for k in p.subtree(s, 8)) and self._opens_report(j):
                return True
        return False

    def _addresses(self, start: int, end: int) -> bool:
        """Whether a dialogue line speaks to somebody: a bid ("Прокомментируйте слухи …"), the second person
        ("Вы сказали …"), a name in address ("Спасибо, Антон Германович") — the interviewer's, not the answer."""
        p = self.p
        raw = p.toks[p.tok_at(start):p.tok_at(end)]
        toks = [t for t in raw if t.pos != "PUNCT"]
        return self._vocative(start) or any(t.feat("Mood") == "Imp" for t in toks[:3]) or _in_person(
            toks, "2") or any(t.span >= 0 and p.spans[t.span].type == "PER" and i > 0 and raw[i - 1].text == ","
                              for i, t in enumerate(raw[:6]))

    def _lead_person_line(self, sent: Sent, start: int, end: int) -> None:
        """"Сегодня в поликлинике привилась наша коллега Татьяна Воеводина. ⏎ — Прошла за час, … Мы все
        довольны.": a dialogue line in the first person right after a sentence whose subject is one named person
        is that person's words, though no verb of saying introduced them."""
        p = self.p
        root = next((k for k in range(sent.first, sent.last + 1) if p.toks[k].rel == "root"), -1)
        subj = self.subject_of(root) if root >= 0 else -1
        if subj < 0 or not self._person_phrase(subj) or p.toks[root].feat("Person") == "1":
            return
        words = p.toks[p.tok_at(start):p.tok_at(end)]
        # ("— Прошла за час, …" after "привилась Татьяна Воеводина": a past verb with no subject opening the line
        # is hers, in her gender; the past tense has no person)
        # (the dictionary's reading, the tagger often has none for a verb that opens a line)
        # (not one the sentence says died, was hurt or was held, "погиб водитель Иван Петров. — Выехал на
        # встречную …", and not a verb with a subject of its own, "— Начался ремонт дороги")
        elided = bool(words) and words[0].text[:1].isupper() and _past_gender(words[0].text) in {
            _past_gender(p.toks[root].text), self._name_gender(subj)} - {None} and not any(
            p.toks[c].rel.startswith("nsubj") for c in words[0].children) and verb_lemma(
            p.toks[root].text) not in SILENT_STATES
        # (not a journalist's line: "— Виталий, мы говорим спустя год после …", "… о вашей болезни")
        if not (_in_person(words, "1") or elided) or self._vocative(start) or _in_person(words, "2"):
            return
        s, e = _trim(self.text, start, end)
        if e - s > 2:
            cand = Cand("direct", s, e, None, s, subj=subj)
            self.cands.append(cand)
            self._more_dialogue_lines(end, cand)

    def _name_gender(self, subj: int) -> str | None:
        """The gender of the person a subject phrase names by a first name ("наша коллега Татьяна Воеводина"), as
        the dictionary writes it ("femn"), else None."""
        p = self.p
        for k in range(subj, min(subj + 4, len(p.toks))):
            sp = p.toks[k].span
            if sp >= 0 and p.spans[sp].type == "PER":
                gender = first_name_gender(p.toks[p.spans[sp].toks[0]].text)
                return {"Masc": "masc", "Fem": "femn"}.get(gender or "")
        return None

    def _wrapped_end(self, start: int) -> int:
        """The end of the paragraph that starts at `start`, across the hard line breaks of wrapped text: a line
        that ends mid-sentence goes on on the next one unless that opens with a dash or is empty."""
        text = self.text
        end = text.find("\n", start)
        while end >= 0 and text[end - 1:end] not in _PARAGRAPH_END and end + 1 < len(text) and \
                text[end + 1:end + 2].strip() and not _DIALOGUE_LINE.match(text, end + 1):
            end = text.find("\n", end + 1)
        return len(text) if end < 0 else end

    def _taken(self, start: int, end: int) -> bool:
        """Whether a candidate already holds some of the words between two offsets."""
        return any(c.start < end and start < c.end for c in self.cands)

    def _words_at(self, k: int) -> bool:
        """Whether token k is inside a quotation of somebody's words (four words or more), not a name in marks."""
        t = self.p.toks[k]
        q = self.p.top_quote_at(t.start) if t.quoted else None
        return q is not None and len(self.text[q.open + 1:q.close].split()) >= 4

    def _more_dialogue_lines(self, end: int, first: Cand) -> None:
        """"Администрация дала ответ:\n\n— … (break) — Наши коллеги выйдут на место …": the dialogue lines that
        follow the first one, unattributed and asking nothing, go on with the same speaker."""
        text = self.text
        while True:
            start = end
            while start < len(text) and text[start].isspace():
                start += 1
            line = _DIALOGUE_LINE.match(text, start)
            if start >= len(text) or line is None:
                return
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            body = text[line.end():end].rstrip()
            if body.endswith("?") or _ATTRIBUTION_DASH.search(body) or self._addresses(line.end(), end) or \
                    self._taken(line.end(), end):
                return  # (a question, a bid, a line with its own attribution, words already taken)
            s, e = _trim(text, line.end(), end)
            if e - s > 2:
                self.cands.append(Cand("direct", s, e, None, first.pos + 1, follow=first))

    def _lead_dialogue(self) -> None:
        """"Главный тренер X прокомментировал матч — 0:1.\n— Поздравляю команду соперника …": a dialogue line
        right after a sentence whose verb of saying reports nothing of its own (no clause, no quotation, no
        "о"-phrase) is that speaker's words, and so are the unattributed lines after it."""
        p, text = self.p, self.text
        for m in _LEAD_BREAK.finditer(text):
            start = m.end()
            line = _DIALOGUE_LINE.match(text, start)
            if line is None:
                continue
            end = self._wrapped_end(start)
            body = text[line.end():end].rstrip()
            if body.endswith("?") or _ATTRIBUTION_DASH.search(body) or len(body.split()) < 3 or self._vocative(
                    line.end()) or self._taken(line.end(), end):
                continue
            k = p.tok_at(m.start())
            if not 0 <= k < len(p.toks):
                continue
            sent = p.sents[p.toks[k].sent]
            verbs = [v for v in range(sent.first, sent.last + 1) if p.toks[v].rel == "root" and self.is_speech_verb(
                v) and p.toks[v].feat("VerbForm") == "Fin" and p.toks[v].feat("Person") != "1" and not self.negated(v)]
            if not verbs:
                self._lead_person_line(sent, line.end(), end)
                continue
            # (but a topic announced as a question, "рассказывает о том, как идут дела", reports no words yet)
            topic = next((j for j in range(verbs[0] + 1, min(verbs[0] + 4, sent.last - 2)) if p.toks[j].lower == "о"
                          and p.toks[j + 1].lower == "том" and p.toks[j + 2].text == "," and p.toks[
                              j + 3].lower in INTERROGATIVES), sent.last + 1)
            if len(verbs) != 1 or any(self._words_at(j) or p.toks[j].lower in {"что", "о", "об", "обо"} or (
                    p.toks[j].text == ":" and not text[p.toks[j].start - 1:p.toks[j].start].isdigit())
                    for j in range(verbs[0] + 1, topic)):
                continue  # (its own words; but "0:1" is a score, «Жетысу» a name)
            subj = self.subject_of(verbs[0])
            if subj < 0 or not self._person_phrase(subj) or (topic <= sent.last and any(
                    lemma(p.toks[k].text) in JOURNALIST_NOUNS for k in p.subtree(subj, 8))):
                continue  # (a reporter announcing a topic gives the next line to whoever she met)
            s, e = _trim(text, line.end(), end)
            v = verbs[0]
            cand = Cand("direct", s, e, p.toks[v].text, p.toks[v].start, subj=subj)
            self.cands.append(cand)
            self._more_dialogue_lines(end, cand)

    def _open_paragraphs(self) -> None:
        """«A (paragraph break) «B», — сказал X: a quotation over paragraphs reopens each one; A is X's too."""
        text = self.text
        opens = {q.open for q in self.p.quotes}
        pos = 0
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            lead = len(line) - len(line.lstrip())
            o = pos + lead
            if line.strip() and text[o] in "«„" and o not in opens:
                nxt = end
                while nxt < len(text) and text[nxt].isspace():
                    nxt += 1
                target = self.cand_of_open.get(nxt)
                if target is not None and target.kind == "direct" and nxt - end <= 4:
                    self._emit_paragraph(o, end, target)
            pos = end + 1

    def _emit_paragraph(self, o: int, end: int, target: Cand) -> None:
        s, e = _trim(self.text, o + 1, end)
        if e - s > 2:
            self.cands.append(Cand("direct", s, e, None, target.pos + 1, follow=target))

    def _line_start(self, off: int) -> int:
        return self.text.rfind("\n", 0, off) + 1

    def _sentence_start(self, off: int) -> bool:
        before = self.text[self._line_start(off):off].rstrip()
        return not before or before[-1] in ".!?…»\"”"

    def _emit_direct(self, q: QuoteSpan, start: int, end: int, cue: str | None, pos: int, **kw: object) -> Cand:
        s, e = _trim(self.text, start, end)
        c = Cand("direct", s, e, cue, pos, **kw)  # type: ignore[arg-type]
        if e > s:
            self.cands.append(c)
        self.attributed.add(q.open)
        self.cand_of_open[q.open] = c
        return c

    def _attribution_verb(self, k0: int, stop: int, dash: bool) -> int:
        """The verb of an attribution clause starting at token k0 ("сказал он", "он сказал", "— говорится")."""
        p = self.p
        for j in range(k0, min(stop + 1, k0 + 4)):
            t = p.toks[j]
            if t.quoted or (t.pos == "PUNCT" and t.text not in DASHES):
                return -1
            if t.pos in {"VERB", "AUX"}:
                lem = self.vlemma(j)
                fin = t.feat("VerbForm") in {"Fin", None}
                if lem in SPEECH_VERBS or (dash and fin and lem not in {"быть", "являться", "стать"}):
                    return j
                return -1
            if dash and t.pos == "ADJ" and t.feat("Variant") == "Short" and lemma(t.text) in ATTITUDE_ADJECTIVES:
                return j  # "«…», — уверен он", "— согласна бывший редактор": the words are his
        return -1

    def _inner_split(self, q: QuoteSpan) -> list[tuple[int, int, int]]:
        """«A, — сказал он. — B»: (start, end, verb) pieces when the attribution sits inside the marks."""
        text, p = self.text, self.p
        pieces: list[tuple[int, int, int]] = []
        cur = q.open + 1
        i = cur
        while i < q.close:
            ch = text[i]
            # (the dash may be glued to the comma: "говорю,— пояснил он.— И …")
            gap = 1 if i + 1 < q.close and text[i + 1] == " " else 0
            if ch in ",!?…" and i + 1 + gap < q.close and text[i + 1 + gap] in DASHES and (
                    gap or text[i + 2:i + 3] == " "):
                k0 = p.tok_at(i + 2 + gap)
                if k0 < len(p.toks) and p.toks[k0].start < q.close:
                    # the attribution's tokens are marked quoted; test them as if they were not
                    v = self._inner_verb(k0, q.close)
                    if v >= 0:
                        # end of the attribution: ". — " or ": — " or ", — " before the quote goes on
                        j = p.toks[v].stop
                        end_attr = resume = -1
                        while j < q.close - 2:
                            if text[j] in ".,:;" and text[j + 1] == " " and text[j + 2] in DASHES:
                                end_attr, resume = j, j + 3
                                break
                            if text[j] in ".,:;" and text[j + 1] in DASHES:
                                end_attr, resume = j, j + 2  # ("в интервью.— И я …")
                                break
                            if text[j] in "«\"„":
                                # a name in its own marks inside the attribution ("координатор „Лиза Алерт Юг“
                                # Максим Максименко. — …") is skipped; any other mark ends the search
                                shut = text.find({"«": "»", "„": "“"}.get(text[j], '"'), j + 1, min(q.close, j + 60))
                                if shut < 0 or text[j] == '"':
                                    break
                                j = shut
                            j += 1
                        if end_attr > 0 and end_attr - p.toks[v].stop < 150:
                            pieces.append((cur, i, v))
                            cur = i = resume
                            continue
            i += 1
        if pieces:
            pieces.append((cur, q.close, pieces[-1][2]))
        return pieces

    def _inner_verb(self, k0: int, close: int) -> int:
        p = self.p
        for j in range(k0, min(len(p.toks), k0 + 4)):
            t = p.toks[j]
            if t.start >= close or t.pos == "PUNCT":
                return -1
            if t.pos in {"VERB", "AUX"}:
                lem = self.vlemma(j)
                return j if lem in SPEECH_VERBS or (t.feat("VerbForm") == "Fin" and lem != "быть") else -1
        return -1

    def _after(self, q: QuoteSpan) -> bool:
        """«…», — сказал X / «…», сказал X / "…" - отметил он (and split quotes inside the marks)."""
        text, p = self.text, self.p
        pieces = self._inner_split(q)
        j = q.close + 1
        n = len(text)
        while j < n and text[j] == " ":
            j += 1
        punct = ""
        if j < n and text[j] in ",!?.…":
            punct = text[j]
            j += 1
            while j < n and text[j] == " ":
                j += 1
        dash = j < n and text[j] in DASHES
        if dash:
            j += 1
        verb = -1
        if not dash and not self._sentence_start(q.open):
            punct = ""  # "… "очень плохое", заявил X" is a partly quoted clause, not direct speech
        if dash or punct == ",":
            k0 = p.tok_at(j)
            if k0 < len(p.toks) and p.toks[k0].start - j < 3:
                verb = self._attribution_verb(k0, self.sent_end_tok(k0), dash)
        if verb < 0 and not pieces:
            return False
        if verb >= 0:
            subj = self._subject_in_clause(verb, q.close)
            if self.is_relay(verb, subj):
                obj = self._relay_object(verb)
                if obj < 0:
                    # "«…», — цитирует издание": the outlet cites whoever the passage is about; the speaker
                    # is decided like that of a quotation standing alone
                    self.relay_tokens.add(subj)
                    self._emit_direct(q, q.open + 1, q.close, p.toks[verb].text, q.open, standalone=True)
                    return True
                subj = obj
            self.attr_end[q.open] = p.sents[p.toks[verb].sent].stop
        extra: dict[str, object] = {}
        if verb >= 0 and subj < 0:
            subj = self._obl_org(verb)  # "», — пояснили в авиакомпании"
        if verb >= 0 and (subj < 0 or lemma(p.toks[subj].text) in DOC_NOUNS):
            if self.impersonal(verb) and not self._group_document(verb):
                owner, extra = self._document_source(verb)
                subj = owner if owner >= 0 or not extra else subj
            else:
                owner = self._doc_owner(verb)
                if owner >= 0:
                    subj, extra = owner, {"doc": True}
        if pieces:
            first = None
            for s, e, v in pieces:
                sv = self._subject_in_clause(v, -1, inner=True)
                kw: dict[str, object] = {}
                if self.is_relay(v, sv):
                    # "«A, — приводит слова спортсмена «Р-Спорт». — B»": the one cited speaks; when the outlet
                    # names nobody, whoever the passage is about, as for a quotation standing alone
                    self.relay_tokens.add(sv)
                    sv = self._relay_object(v)
                    if sv < 0:
                        kw = {"standalone": True}
                c = self._emit_direct(q, s, e, p.toks[v].text, p.toks[v].start, subj=sv, **kw)
                first = first or c
            if verb >= 0:
                last = self.cands[-1]
                last.follow = None
            return True
        self._emit_direct(q, q.open + 1, q.close, p.toks[verb].text, p.toks[verb].start, subj=subj, **extra)
        return True

    def _subject_in_clause(self, verb: int, after: int, inner: bool = False) -> int:
        p = self.p
        s = self.subject_of(verb)
        if s >= 0 and (inner or p.toks[s].start > after) and (inner or not p.toks[s].quoted):
            return s
        org = self._obl_org(verb)
        if org >= 0:
            return org  # "», — уточнили в компании, комментируя публикацию газеты «Ведомости»"
        there = self._there(verb)
        if there >= 0:
            return there  # "«…», — заверили там": the body that spoke just before
        stop = self.sent_end_tok(verb) + 1
        j = verb
        while j + 1 < stop:
            t = p.toks[j + 1]
            if t.text in _SENT_END or (t.text in DASHES and j > verb):
                break
            if t.text == "," and j + 2 < stop and p.toks[j + 2].feat("VerbForm") == "Conv":
                break  # a gerund phrase of the speaker's follows, with nouns of its own
            if t.span >= 0 and p.spans[t.span].type == "PER":
                return j + 1
            if t.pos in {"PRON", "NOUN", "PROPN"} and t.feat("Case") == "Nom" and not self._addressee_name(t):
                return j + 1
            j += 1
            if j - verb > 12:
                break
        return -1

    def _relay_object(self, verb: int) -> int:
        """"цитирует РБК Дмитрия Медведева": the person cited. The parse often hangs the name on the outlet,
        so a person's name after the verb in the same clause counts too; the outlet itself never does."""
        p = self.p
        inside = p.toks[verb].quoted  # (an attribution inside the marks: «A, — приводит слова спортсмена «…». — B»)
        for c in p.toks[verb].children:
            t = p.toks[c]
            if (t.rel in {"obj", "iobj"} and t.pos in {"NOUN", "PROPN", "PRON"} and t.quoted == inside
                    and not (t.span >= 0 and p.spans[t.span].type == "ORG") and lemma(t.text) not in MEDIA_NOUNS):
                if lemma(t.text) in WORDS_NOUNS:
                    # "цитирует ее слова ТАСС", "приводит его слова агентство": whom the pronoun means
                    poss = next((g for g in t.children if p.toks[g].lower in POSSESSIVE_PRONOUNS - {"их"}
                                 and g < c), -1)
                    if poss >= 0:
                        return poss
                    # "приводит ТАСС заявление Кудрина": whose words they are; "приводит выдержки из заявления
                    # главы государства": the owner of the statement the excerpts come from
                    cur = c
                    for _ in range(3):
                        owners = [g for g in p.toks[cur].children if p.toks[g].rel == "nmod" and p.toks[g].feat(
                            "Case") == "Gen" and p.toks[g].pos in {"NOUN", "PROPN"} and p.toks[g].quoted == inside]
                        if not owners:
                            break
                        cur = owners[0]
                        if lemma(p.toks[cur].text) not in WORDS_NOUNS | DOC_NOUNS:
                            return cur
                    continue
                return c
        last = self.sent_end_tok(verb)
        for k in range(verb + 1, min(last + 1, verb + 10)):
            t = p.toks[k]
            if t.quoted != inside or (t.text in _SENT_END and not self._inside_word(t)) or t.text in {",", ";"}:
                break  # (the full stop of «Чита.Ру» ends nothing)
            if t.span >= 0 and p.spans[t.span].type == "PER":
                return k
            if lemma(t.text) in ANONYMOUS_NOUNS or t.lower == "ссылкой":
                break  # ("со ссылкой на источник в пресс-службе Кремля": an anonymous source, nobody's statement)
            if t.span < 0 and lemma(t.text) in PRESS_NOUNS | SPOKESPERSON_NOUNS and t.feat("Case") != "Nom" and not any(
                    p.toks[c].rel == "case" for c in t.children):
                return k  # "цитирует агентство «Чита.Ру» пресс-службу ведомства": the office, for its body
        return -1

    def _subject_before(self, v: int) -> int:
        """The nominative name or noun nearest before a speech verb in its clause, when the parse hung the
        subject elsewhere ("Пресс-секретарь … Дмитрий Песков заявил: «Мы …»" parsed with «Мы» as the root)."""
        p = self.p
        first = p.sents[p.toks[v].sent].first
        for k in range(v - 1, max(first, v - 10) - 1, -1):
            t = p.toks[k]
            if t.quoted or t.text in _SENT_END or t.text in {",", ":", ";"}:
                return -1
            if t.feat("Case") == "Nom" and (t.pos in {"PROPN", "PRON"} or (t.pos == "NOUN" and t.span >= 0)):
                return k
            if t.feat("Case") == "Nom" and t.pos == "NOUN":
                return k
        return -1

    def _token_before_colon(self, q: QuoteSpan) -> int:
        """The last token before a colon that opens the quotation ("…: «"), or -1 when there is no such colon."""
        text = self.text
        j = q.open - 1
        while j >= 0 and (text[j] == " " or (text[j] == "\n" and text[j + 1:q.open].count("\n") < 2)):
            j -= 1  # (the quotation may open the next paragraph: "начал со слов:\n\n«…»")
        if j < 0 or text[j] != ":":
            return -1
        return self.p.tok_at(j) - 1

    def _before(self, q: QuoteSpan) -> bool:
        """X заявил: «…»"""
        p = self.p
        k = self._token_before_colon(q)
        if k < 0:
            return False
        lo = p.sents[p.toks[min(k + 1, len(p.toks) - 1)].sent].first if p.toks else 0
        lo = max(lo, k - 25)
        for v in range(k, lo - 1, -1):
            t = p.toks[v]
            if t.quoted or t.text in _SENT_END:
                break
            if t.pos in {"VERB", "AUX"} and t.feat("VerbForm") == "Part" and t.rel in {"obl", "iobj", "obj", "nmod"}:
                continue  # "обратилась к собравшимся: «…»": a participle used as a noun, whom she addressed
            if t.pos in {"VERB", "AUX"}:
                lem = self.vlemma(v)
                if lem in ALWAYS_RELAY_VERBS:
                    # "ТАСС цитирует Сергея Лаврова: «…»": the words are the cited person's
                    cited = self._relay_object(v)
                    if cited < 0 or self.negated(v):
                        return False
                    self.relay_tokens.add(self.subject_of(v))
                    self._emit_direct(q, q.open + 1, q.close, t.text, t.start, subj=cited)
                    return True
                # "заявил журналистам: «…»", "высказал мнение в кулуарах: «…»"
                # ("отреагировал на приговор фразой: «…»": a reaction in words, before a colon only)
                # ("не скрывал удивления тем, что …: «…»": not hiding a feeling before a colon is voicing it)
                voiced = self._voices_feeling(v)
                if not voiced and ((lem not in SPEECH_VERBS | SO_SAID_VERBS | COLON_SPEECH_VERBS and not
                                    self._speech_phrase(v, lem)) or self.negated(v)):
                    if t.rel == "ccomp" and any(p.toks[m].lower == "что" for m in t.children):
                        continue  # "подтвердила, что директор арестован: «…»": the report's own verb is further back
                    in_chto = any(p.toks[m].lower == "что" and p.toks[m - 1].text == "," for m in range(max(lo, 1), v))
                    if in_chto and any(self._voices_feeling(m) for m in range(lo, v)):
                        continue  # "не скрывал удивления тем, что соперник отказался от борьбы: «…»": the feeling's
                    return False
                subj = self.subject_of(v)
                extra: dict[str, object] = {}
                if subj < 0:
                    # "В сообщении МВД говорится: «…»", "В МИД заявили: «…»": a document's or a body's words
                    subj = self._obl_org(v)
                if ((subj < 0 and self.impersonal(v)) or (subj >= 0 and lemma(p.toks[subj].text) in DOC_NOUNS)) and (
                        self._doc_owner(v) >= 0 or not self._group_document(v)):
                    subj, extra = self._document_source(v)
                if subj < 0 and not extra:
                    subj = self._subject_before(v)
                if subj < 0 and not extra and not elided_subject(p, v):
                    return False  # ("И добавил: «…»" goes to the last speaker)
                self._emit_direct(q, q.open + 1, q.close, t.text, t.start, subj=subj, **extra)
                return True
        return False

    def _voices_feeling(self, v: int) -> bool:
        """"не скрывал удивления": not hiding a feeling, which before a colon voices the words that follow."""
        return self.vlemma(v) in {"скрывать", "скрыть"} and self.negated(v)

    def _headline(self, q: QuoteSpan) -> bool:
        """"Иван Петров: «…»" — a name and a colon right before the marks (headlines, titles)."""
        text, p = self.text, self.p
        k = self._token_before_colon(q)
        if k < 0:
            return False
        # "Сергей Шепелев, главный тренер ХК «Югра»: «…»": the one person of a verbless line before the colon
        colon = p.toks[k + 1].start if k + 1 < len(p.toks) else q.open
        named = self._header_speaker(self._line_start(q.open), colon, name_first=True)
        if named >= 0:
            self._emit_direct(q, q.open + 1, q.close, None, p.toks[named].start, subj=named)
            return True
        if p.toks[k].span < 0:
            # NER often misses names in headlines: a line that is just capitalised proper nouns and a colon
            line = self._line_start(q.open)
            toks = list(range(p.tok_at(line), k + 1))
            if 2 <= len(toks) <= 3 and all(p.toks[i].pos == "PROPN" and p.toks[i].text[:1].isupper()
                                           for i in toks):
                self._emit_direct(q, q.open + 1, q.close, None, p.toks[toks[0]].start, subj=k)
                return True
            return False
        sp = p.spans[p.toks[k].span]
        if sp.type != "PER" or text[sp.stop:q.open].rstrip() != ":":  # the name ends right at the colon
            return False
        before = text[max(0, sp.start - 2):sp.start]
        at_start = sp.start == 0 or before.endswith(("\n", "«", "\"", "„"))
        if not (at_start or (before[-1:] == " " and before[:1] in "«\"\n.") or self._described(sp)):
            return False
        c = self._emit_direct(q, q.open + 1, q.close, None, sp.start, subj=p.toks[k].i)
        c.subj = sp.toks[0]
        return True

    def _described(self, sp: Span) -> bool:
        """"Министр иностранных дел России Сергей Лавров: «…»": only the name's description (nouns,
        adjectives, prepositions, names — no verb) stands between the start of the sentence and the name."""
        p = self.p
        first = p.sents[p.toks[sp.toks[0]].sent].first
        before = range(first, sp.toks[0])
        return 0 < len(before) <= 12 and p.toks[first].text[:1].isupper() and all(
            p.toks[k].pos in {"NOUN", "PROPN", "ADJ", "ADP", "DET", "NUM", "CCONJ"} or p.toks[k].text in {
                "-", "«", "»", "\""} for k in before)

    def _continuation(self, q: QuoteSpan, prev: Cand | None) -> bool:
        """A quotation standing alone right after an attributed one continues the same speaker."""
        if prev is None:
            return False
        text = self.text
        # (a dash may hand the words back: "«A», — сказал X. — «B»", "…, — сказал X, уточнив, — «b»")
        # (not after a question asked of somebody, whose answer is the other's; not a name in marks, "— «Ведомости»")
        words = text[q.open + 1:q.close].strip()
        handed_back = _HANDED_BACK.search(text, self._line_start(q.open), q.open) is not None and not (
            prev.cue is not None and self.vlemma(self.p.tok_at(prev.pos)) in ASKING_VERBS
            and text[prev.start:prev.end].rstrip().endswith("?")) and (len(words.split()) > 1 or words[-1:] in ".!?…")
        if not (self._sentence_start(q.open) or handed_back):
            return False
        tail = text[q.close + 1:q.close + 4].lstrip(".!?… ")
        if tail and tail[0] not in "\n«\"" and not tail[0].isupper():
            return False
        prev_open = next((o for o, c in self.cand_of_open.items() if c is prev), None)
        gap_from = self.attr_end.get(prev_open, prev.end) if prev_open is not None else prev.end
        gap = text[gap_from:q.open]
        rest = gap.strip(" \n\t.,—–-»\"”")
        if (rest and not (handed_back and _SPEECH_GERUND.fullmatch(rest))) or gap.count("\n") > 2:
            return False
        self._emit_direct(q, q.open + 1, q.close, None, q.open, follow=prev)
        return True

    def _signature_below(self, q: QuoteSpan) -> bool:
        """"«…» (paragraph break) Генеральный директор компании «Русал» Евгений Никитин": a quotation that is a
        paragraph of its own, signed by the next paragraph, a line that is only a title and one person's name
        (the caption of a broadcast soundbite). A bare name with no title may be the author's byline; a line
        with a colon is a header of what follows."""
        text, p = self.text, self.p
        if text[self._line_start(q.open):q.open].strip():
            return False
        eol = text.find("\n", q.close)
        eol = len(text) if eol < 0 else eol
        if text[q.close + 1:eol].strip() not in {"", ".", "!", "?", "…"}:
            return False
        start = eol
        while start < len(text) and text[start].isspace():
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].rstrip().rstrip(".")
        if not line or ":" in line or line[-1] in "»\"”":
            return False
        toks = range(p.tok_at(start), p.tok_at(start + len(line)))
        if not 2 <= len(toks) <= 20 or any(_is_predicate(p.toks[k]) or p.toks[k].pos in {"VERB", "AUX"}
                                           for k in toks):
            return False
        person = self._one_person(toks, nominative=True)
        if person < 0:
            return False
        sp = p.spans[p.toks[person].span]
        if sp.toks[-1] != toks[-1] or not any(p.toks[k].pos == "NOUN" for k in range(toks[0], sp.toks[0])):
            return False  # the line ends with the name, after a title
        self._emit_direct(q, q.open + 1, q.close, None, p.toks[person].start, subj=person)
        return True

    def _standalone(self, q: QuoteSpan) -> None:
        """«…» as a sentence of its own, after a passage where somebody speaks: agency texts quote on in
        a new sentence or paragraph without repeating the attribution. Only whole sentences qualify (a quoted
        phrase inside someone else's sentence is a title or a scare quote); the speaker is decided later."""
        text = self.text
        if not self._sentence_start(q.open):
            return
        content = text[q.open + 1:q.close].strip()
        if len(content.split()) < 4 or not (content[:1].isupper() or content[:1] in "«\"„"):
            return
        tail = text[q.close + 1:q.close + 3]
        ends = content[-1:] in ".!?…" or tail[:1] in {".", "!", "?", "…", "\n", ""}
        if not ends:
            return
        s, e = _trim(text, q.open + 1, q.close)
        inside = []
        k = self.p.tok_at(s)
        while e - s > 2 and k < len(self.p.toks) and self.p.toks[k].start < e:
            inside.append(self.p.toks[k])
            k += 1
        # a sentence says something; a name in quotation marks after another ("Голубой поток" "Блю Стрим …")
        # has no predicate
        if inside and any(_is_predicate(t) for t in inside):
            self.cands.append(Cand("direct", s, e, None, q.open, standalone=True))
            self.attributed.add(q.open)

    def _partial(self, q: QuoteSpan) -> None:
        """назвал это «…», пожелал «…», заявил, что «…»: a quotation governed by a speech verb."""
        p, text = self.p, self.text
        content = text[q.open + 1:q.close].strip()
        words = content.split()
        if not words:
            return
        # (the clause in quotation marks, not a name that opens it: "что «АвтоВАЗ» планирует …" goes on after)
        after_chto = text[max(0, q.open - 6):q.open].rstrip().lower().endswith("что") and not text[
            q.close + 1:q.close + 3].lstrip(" \u00a0")[:1].isalnum()
        first = content.lstrip("«„“\"")[:1]
        if not after_chto and (first.isupper() or first.isdigit() or "a" <= first.lower() <= "z") and (
                len(words) <= 6 and content[-1:] not in ".!?…"):
            return  # a name or a title: «Аурус», театр «Россия», закон "Об образовании"
        before = p.tok_at(q.open) - 1
        if not after_chto and before >= 0 and p.toks[before].pos == "ADP" and p.toks[before].stop <= q.open and \
                p.toks[before].lower not in {"о", "об", "обо"}:
            return  # "встречи в «нормандском формате»": a term inside a phrase, not anybody's words
        if not after_chto and before >= 0 and (p.toks[before].lower.startswith(SCARE_QUOTE_STEMS) or fold(
                text[max(0, q.open - 6):q.open]).replace(" ", "").lower().endswith("т.н.")):
            return  # "так называемый «мирный план»": the writer's distance from a term, nobody's words
        k = p.tok_at(q.open + 1)
        inside = []
        while k < len(p.toks) and p.toks[k].start < q.close:
            inside.append(k)
            k += 1
        if not inside:
            return
        naming = self._naming_verb_at(inside[0])
        if not after_chto and len(words) < 2 and not (first.islower() and naming >= 0):
            return  # one word: only an evaluation after "назвал …" («неприемлемой»), not a term
        inset = set(inside)
        starts = [p.toks[i].head for i in inside if p.toks[i].head not in inset and p.toks[i].head >= 0][:3]
        if not starts:
            # the parse linked the quotation only to itself: start from the word before the marks
            j = inside[0] - 1
            while j >= 0 and p.toks[j].pos == "PUNCT" and p.toks[j].text in ALL_QUOTES:
                j -= 1
            starts = [j] if j >= 0 and p.toks[j].sent == p.toks[inside[0]].sent else []
        if after_chto:
            # "…, уточнив, что "до августа еще достаточно времени"": the verb right before "что" says it,
            # wherever the parser hung the quoted words (an opinion's only when they are words, not a name)
            verb = self._verb_before_chto(q.open)
            if verb >= 0 and self.vlemma(verb) in OPINION_VERBS and not self._quoted_words_after(verb):
                verb = -1
            if verb >= 0:
                subj = self.subject_of(verb)
                kw: dict[str, object] = {}
                if subj < 0 and self.impersonal(verb) and not self._group_document(verb):
                    subj, kw = self._document_source(verb)  # "В нем также отмечается, что «…»"
                if subj >= 0 or kw:
                    self.cands.append(Cand("direct", *_trim(text, q.open + 1, q.close), p.toks[verb].text,
                                           p.toks[verb].start, subj=subj, partial=True, **kw))  # type: ignore[arg-type]
                    self.attributed.add(q.open)
                    return
        after = p.tok_at(q.close + 1)
        # (not a word of the noun after it: "назвал объемы торговли «серыми» телефонами значительными")
        modifies = after < len(p.toks) and p.toks[after].pos in {"NOUN", "ADJ", "PROPN"}
        if naming >= 0 and p.toks[inside[0]].feat("Case") == "Ins" and not self.negated(naming) and not modifies:
            # "назвал внесение законопроекта «попыткой посмеяться над собой», так как …": the instrumental after
            # the object is what he called it, however the parser hung it on a clause further on
            subj = self.subject_of(naming)
            if subj >= 0:
                self.cands.append(Cand("direct", *_trim(text, q.open + 1, q.close), p.toks[naming].text,
                                       p.toks[naming].start, subj=subj, partial=True))
                self.attributed.add(q.open)
                return
        said = any(_is_predicate(p.toks[i]) for i in inside)
        for start in starts:
            cur, hops = start, 0
            while cur >= 0 and hops < 3:
                t = p.toks[cur]
                if t.quoted:
                    break
                if hops == 0 and t.pos == "NOUN" and not said and not self._named_by_verb(cur):
                    break  # "в список «иностранных агентов»", "о системе «ночных дежурств»": a term of a noun
                if t.pos in {"VERB", "AUX"}:
                    lem = self.vlemma(cur)
                    if lem in PARTIAL_VERBS and not self.negated(cur):
                        subj = self.subject_of(cur)
                        if subj >= 0:
                            self.cands.append(Cand("direct", *_trim(text, q.open + 1, q.close), t.text, t.start,
                                                   subj=subj, partial=True))
                            self.attributed.add(q.open)
                            return
                    if t.feat("VerbForm") != "Inf" or t.rel not in {"xcomp", "ccomp"}:
                        break  # ("поручил создать «лучший в мире супертрактор»": an infinitive passes it up)
                cur, hops = t.head, hops + 1

    def _named_by_verb(self, k: int) -> bool:
        """Whether a naming verb ("назвал", "называя") or a wish ("пожелал народу «…»") governs the noun within
        two steps."""
        p = self.p
        for _ in range(2):
            k = p.toks[k].head
            if k < 0:
                return False
            if p.toks[k].pos in {"VERB", "AUX"} and self.vlemma(k) in NAMING_VERBS | WISH_VERBS:
                return True
        return False

    def _verb_before_chto(self, offset: int) -> int:
        """The speech verb of ", что" right before `offset` (", уточнив, что «…»"), or -1."""
        p = self.p
        k = p.tok_at(offset) - 1
        while k >= 0 and p.toks[k].text in ALL_QUOTES:
            k -= 1
        if k < 1 or p.toks[k].lower != "что":
            return -1
        k -= 1
        while k >= 0 and p.toks[k].text == ",":
            k -= 1
        if k >= 0 and (self.is_speech_verb(k) or self.vlemma(k) in OPINION_VERBS) and not p.toks[
                k].quoted and not self.negated(k):
            return k  # (an opinion too: "считает, что «…»" gives his words, as the guide says)
        return -1

    def _quoted_words_after(self, v: int) -> bool:
        """"считает, что «проект является инструментом …»", "полагает, что референдумы «не могут …»": an opinion
        verb whose ", что" clause carries words in quotation marks, not a name ("«Северный поток-2» будет …")."""
        p = self.p
        if v + 2 > self.sent_end_tok(v) or p.toks[v + 1].text != "," or p.toks[v + 2].lower != "что":
            return False
        for k in range(v + 3, self.sent_end_tok(v) + 1):
            q = p.top_quote_at(p.toks[k].start + 1) if p.toks[k].text in ALL_QUOTES else None
            if q is not None and q.open == p.toks[k].start:
                words = self.text[q.open + 1:q.close].split()
                if len(words) >= 3 or (words and words[0][:1].islower()):
                    return True
        return False

    def _skip_title(self, j: int) -> int:
        """Token after a short capitalised name in quotation marks starting at token j, else -1."""
        p = self.p
        t = p.toks[j]
        q = p.top_quote_at(t.start + 1) if t.text in ALL_QUOTES else p.top_quote_at(t.start)
        if q is None:
            return -1
        content = self.text[q.open + 1:q.close].strip()
        if not content or not content[0].isupper() or len(content.split()) > 4:
            return -1
        k = p.tok_at(q.close + 1)
        return k if k < len(p.toks) and p.toks[k].sent == t.sent else -1

    def _naming_verb_at(self, k: int) -> int:
        """The verb of naming a few words before token k ("назвал игру своей команды «…»"), or -1."""
        p = self.p
        first = p.sents[p.toks[k].sent].first
        for j in range(k - 1, max(first, k - 6) - 1, -1):
            t = p.toks[j]
            if t.quoted or t.text in _SENT_END or t.text in {",", ":", ";"}:
                return -1
            if t.pos in {"VERB", "AUX"} and t.feat("VerbForm") != "Part":  # ("назвал заболевших детей «…»")
                return j if self.vlemma(j) in {"назвать", "называть"} else -1
        return -1

    # --- indirect speech ---------------------------------------------------------------------------------
    def find_indirect(self) -> None:
        p = self.p
        for si, sent in enumerate(p.sents):
            if sent.last < sent.first:
                continue
            self._po_slovam(si)
            for v in range(sent.first, sent.last + 1):
                t = p.toks[v]
                if t.quoted or (t.pos not in {"VERB", "AUX"} and not self._mistagged_verb(v)):
                    continue
                lem = self.vlemma(v)
                # (an active verb with its giver: "Сообщение об этом опубликовано на сайте X" is a document's)
                if lem in STATEMENT_VERBS | INFORMING_VERBS and t.feat("VerbForm") == "Fin" and not self.negated(
                        v) and self._information_about_this(sent.first, v):
                    self._back_reference(si, v)  # "Информацию об этом в пятницу распространила пресс-служба X"
                    continue
                if lem in STATEMENT_VERBS and ((v - sent.first <= 4 and self._such_statement(sent.first, v)) or (
                        self._opens_with_statement(sent.first, v))):
                    self._back_reference(si, v)  # "Такое заявление сделал X", "С таким заявлением выступил X"
                    continue
                if (lem in {"озвучить", "озвучивать", "назвать", "называть"} or (
                        lem in {"привести", "приводить"} and t.feat("Number") != "Plur")) and v - sent.first <= 6 and \
                        self._such_statement(sent.first, v, {"цифра"}):
                    # "Такую цифру озвучил X", "Эту цифру назвал губернатор" (not "Эти цифры предоставили в
                    # Росстате": figures released are statistics, the guide's "по данным")
                    self._back_reference(si, v)
                    continue
                if v == sent.first + 1 and p.toks[sent.first].lower == "это" and lem in SPEECH_VERBS and t.feat(
                        "Tense") == "Past" and si > 0:
                    self._back_reference(si, v)  # "Это заявил X": like "Об этом заявил X"
                    continue
                if (lem in SO_SAID_VERBS or lem in SPEECH_VERBS) and self._so_said(sent.first, v):
                    self._so_said_back(si, v)  # "Так прокомментировал ситуацию X", "Так ответил X"
                    continue
                if lem in PUBLISH_VERBS and v - sent.first <= 4 and lemma(p.toks[sent.first].text) in (
                        DOC_NOUNS | REPORT_NOUNS) and any(p.about_this(k) for k in range(sent.first + 1, v)):
                    # "Сообщение об этом опубликовано на официальном сайте регулятора": the site's owner said it
                    owner = self._doc_owner(v)
                    if owner >= 0:
                        self._back_reference(si, v, owner)
                    continue
                # "Как выяснил РБК, …": a finding of the subject's own, reported like "как сообщил"
                claim = (lem in CLAIM_VERBS or (lem == "стать" and v + 1 <= sent.last and p.toks[
                    v + 1].lower == "известно")) and v > sent.first and p.toks[v - 1].lower == "как" and (
                    v - 1 == sent.first or p.toks[v - 2].text == ",")  # (also "Как стало известно РБК, …")
                # "не исключил, что …" reports a statement; so does "как следует из сообщения X"
                denied = lem in NEGATED_SPEECH_VERBS and self.negated(v)
                # "…, передает «Интерфакс» со ссылкой на министра": the cited source's words
                relayed = lem in ALWAYS_RELAY_VERBS and self._cited_source(v) >= 0
                quoted_view = lem in OPINION_VERBS and self._quoted_words_after(v)
                if (lem not in SPEECH_VERBS and not claim and not denied and not relayed and not quoted_view
                        and not self._speech_phrase(v, lem)
                        and not self._follows_from_document(v, lem)) or (self.negated(v) and not denied) or (t.feat(
                        "VerbForm") == "Inf" and not self._done_through(v)):
                    continue
                if t.feat("Person") == "1":
                    continue  # "Напомним, что …", "Отметим, что …": the writer, not a speaker
                if lem in OPINION_IN_PRESENT and t.feat("Tense") == "Pres":
                    continue  # "аналитик предполагает, что …" is a view he holds; "предположил, что" he voiced
                if self._recap(v) or self._indicates(v, lem) or self._asks(v, lem):
                    continue
                if self._fronted_about(si, v):
                    continue
                if self._about_this_after_comma(si, v):
                    continue
                self._indirect_at(si, v, lem)

    def _done_through(self, v: int) -> bool:
        """"поспешил заверить, что …", "попытался объяснить, что …": an infinitive of saying under a verb in the
        past that says it was done (not "планирует заявить", "намерен сообщить": words not said yet)."""
        p = self.p
        t = p.toks[v]
        h = p.toks[t.head] if t.rel == "xcomp" and t.head >= 0 else None
        return h is not None and h.feat("Tense") == "Past" and not self.negated(t.head) and \
            self.vlemma(t.head) in SAID_THROUGH_VERBS

    def _asks(self, v: int, lem: str) -> bool:
        """"уточнил у градоначальника о возможных проблемах": "уточнить у кого-то" is to ask him, and an
        "о"-phrase after it is the question, not an answer (the answer, "Как уточнили «РИА Новости» у губернатора,
        …", is the one asked's: _asked_source)."""
        p = self.p
        first = p.sents[p.toks[v].sent].first
        return self._asked_source(v, lem) >= 0 and not (v > first and p.toks[v - 1].lower == "как")

    def _asked_source(self, v: int, lem: str) -> int:
        """Whom "уточнить у …" asks: the noun of its "у"-phrase, or -1."""
        p = self.p
        if lem not in {"уточнить", "уточнять"}:
            return -1
        return next((c for c in p.toks[v].children if p.toks[c].rel in {"obl", "iobj"} and any(
            p.toks[g].lower == "у" and p.toks[g].rel == "case" for g in p.toks[c].children)), -1)

    def _indicates(self, v: int, lem: str) -> bool:
        """"…, что говорит о том, что …", "Это говорит о том, что …", "Статистика говорит о …": a fact that
        points to something, not a speaker — the subject is a pronoun for a fact or a thing."""
        if lem not in {"говорить", "свидетельствовать"}:
            return False
        p = self.p
        s = self.subject_of(v)
        if s < 0:
            return False
        t = p.toks[s]
        return t.lower in {"что", "это", "все"} or (
            t.pos == "NOUN" and t.feat("Animacy") == "Inan" and t.span < 0 and lemma(t.text) not in (
                GENERIC_ORG_NOUNS | PRESS_NOUNS | DOC_NOUNS | MEDIA_NOUNS))

    def _first_person_run(self, si: int, start: int) -> int:
        """Where speech without quotation marks begins that ends in ", — сказал X": the sentences before it in
        the same paragraph belong to it while they speak in the first person (a verb or pronoun of "я/мы") and
        report nobody else's words."""
        p, text = self.p, self.text
        k = si - 1
        while k >= 0:
            prev = p.sents[k]
            if prev.last < prev.first or "\n" in text[prev.stop:start] or any(
                    ch in text[prev.start:prev.stop] for ch in ALL_QUOTES):
                break
            toks = [p.toks[j] for j in range(prev.first, prev.last + 1)]
            if not _in_person(toks, "1") or any(t.pos in {"VERB", "AUX"} and self.vlemma(t.i) in SPEECH_VERBS
                                                 and t.feat("Person") != "1" for t in toks):
                break
            start = prev.start
            k -= 1
        return start

    def _dash_opened_run(self, start: int, subj: int) -> int:
        """"— Во-первых, … (break) Во-вторых, … (break) Наши ребята … , — сказал X.": words that fill their
        paragraph and end in an attribution dash began at the dialogue dash that opened an earlier paragraph, when
        the paragraphs between open with no dash and hold no quotation marks and no words of anyone else. The
        opening line must itself be unattributed and neither ask nor address anybody (the interviewer's), and the
        speaker must be one the text named before it (one introduced only in the attribution, "— сказал директор
        завода Игорь Сидоров", answers no line above him)."""
        p, text = self.p, self.text
        ls = self._line_start(start)
        if text[ls:start].strip() or _DIALOGUE_LINE.match(text, ls) or subj < 0:
            return start
        mark = fold(p.toks[subj].text)[:5]
        for _ in range(4):
            if ls == 0:
                return start
            prev = self._line_start(ls - 1)
            while prev > 0 and not text[prev:ls].strip():
                prev = self._line_start(prev - 1)  # (blank lines between paragraphs)
            end = prev + len(text[prev:ls].rstrip())
            body = text[prev:end]
            if not body.strip() or any(ch in body for ch in ALL_QUOTES) or self._taken(prev, end):
                return start
            first, last = p.tok_at(prev), p.tok_at(end)
            if any(p.toks[k].pos in {"VERB", "AUX"} and self.is_speech_verb(k) and p.toks[k].feat("Person") != "1"
                   for k in range(first, min(last, len(p.toks)))):
                return start
            line = _DIALOGUE_LINE.match(text, prev)
            if line is not None:
                words = text[line.end():end]
                named = p.toks[subj].pos == "PRON" or any(fold(u.text)[:5] == mark for u in p.toks if u.stop <= prev)
                if words.endswith("?") or _ATTRIBUTION_DASH.search(words) or len(words.split()) < 3 or \
                        self._addresses(line.end(), end) or not named:
                    return start
                return line.end()
            if body.rstrip()[-1:] not in _PARAGRAPH_END:
                return start
            ls = prev
        return start

    def _mistagged_verb(self, v: int) -> bool:
        """"Захарова подытожила, что …": a rarer verb of saying in the past the tagger read as a short
        adjective."""
        t = self.p.toks[v]
        return t.pos == "ADJ" and t.feat("Variant") == "Short" and t.lower.endswith(("л", "ла", "ло", "ли")) and \
            self.vlemma(v) in SPEECH_VERBS

    def _recap(self, v: int) -> bool:
        """"Ранее сообщалось, что …", "как сообщалось": the writer recalling earlier news, nobody's words; an
        impersonal verb in the past with no document or place it was said in."""
        p = self.p
        # (a time is no place: "В июле 2024-го сообщалось, что …", "В прошлом году сообщалось")
        # (nor a document the parser hung elsewhere: "а в заявлении Белого дома по итогам переговоров сообщалось")
        return self.vlemma(v) in IMPERSONAL_VERBS and p.toks[v].feat("Tense") == "Past" and not any(
            p.toks[c].rel == "obl" and p.toks[c].pos in {"NOUN", "PROPN"} and lemma(p.toks[c].text) not in
            TIME_NOUNS for c in p.toks[v].children) and self._doc_owner(v) < 0

    def _speech_phrase(self, v: int, lem: str) -> bool:
        """Verbs that report speech only with their noun: "выразил надежду, что", "высказал мнение, что",
        "дал понять, что", "ограничился заявлением, что"."""
        if lem not in SPEECH_PHRASE_VERBS:
            return False
        p = self.p
        return any(lemma(p.toks[c].text) in SPEECH_PHRASE_NOUNS for c in p.toks[v].children
                   if p.toks[c].rel in {"obj", "obl", "xcomp", "iobj"} and c > v)

    def _fronted_about(self, si: int, v: int) -> bool:
        """"О росте цен сообщил X": the о-phrase that opens the sentence is what X reported."""
        p = self.p
        sent = p.sents[si]
        first = sent.first
        # "Напомним, о …", "Как известно, о …": an aside of the writer before the о-phrase
        if first + 2 < v and p.toks[first + 1].text == "," and p.toks[first].lower in WRITER_ASIDES:
            first += 2
        # the о-phrase opens the clause, after at most a few adverbs of time ("Ранее сегодня о …")
        while first < v and first - sent.first < 3 and p.toks[first].pos == "ADV":
            first += 1
        if p.toks[first].lower not in {"о", "об", "обо"} or first + 1 > sent.last:
            return False
        if p.toks[first + 1].lower in {"этом", "том", "чем"} or p.about_this(first):
            return False
        noun = p.toks[first].head
        if noun < 0 or p.toks[noun].head != v or noun >= v:
            return False
        if lemma(p.toks[noun].text) in WORDS_NOUNS | STATEMENT_NOUNS:
            return True  # "О соответствующем заявлении министра сообщило издание": his words, passed on
        end = max(self.p.subtree(noun))
        if any(p.toks[k].lower in {"этому", "этом"} for k in range(first, min(end, v) + 1)):
            # "О своем негодовании по этому поводу президент написал": it points back at the sentence before
            self._back_reference(si, v)
            return True
        if end >= v:
            return False
        subj = self._speaker_token(v)
        if subj < 0 or self.is_relay(v, subj):
            return False
        self._emit_indirect(p.toks[first].start, p.toks[end].stop, v, subj)
        return True

    def _information_about_this(self, first: int, v: int) -> bool:
        """"Информацию об этом в пятницу, 23 мая, распространила X": a statement noun "об этом" opening the
        sentence, its verb the first one after it."""
        p = self.p
        return first + 2 < v <= first + 14 and lemma(p.toks[first].text) in STATEMENT_NOUNS and p.about_this(
            first + 1) and not any(p.toks[j].pos in {"VERB", "AUX"} for j in range(first + 3, v))

    def _opens_with_statement(self, first: int, v: int) -> bool:
        """"Такой прогноз сегодня журналистам в кулуарах привел министр": a sentence that opens with a
        demonstrative and a statement noun, whatever adjuncts stand before its verb (none of them a verb)."""
        p = self.p
        k = first + (1 if p.toks[first].pos == "ADP" else 0)
        return k + 1 < v <= first + 14 and lemma(p.toks[k].text) in DEMONSTRATIVES and \
            lemma(p.toks[k + 1].text) in STATEMENT_NOUNS and not any(
                p.toks[j].pos in {"VERB", "AUX"} or p.toks[j].text in {",", ";", ":"} for j in range(k + 2, v))

    def _such_statement(self, lo: int, v: int, nouns: frozenset[str] | set[str] = STATEMENT_NOUNS) -> bool:
        words = [self.p.toks[k].lower for k in range(lo, v)]
        return any((w.startswith("так") and lemma(w) == "такой") or w.startswith(("данн", "подобн")) or w in {
            "этим", "это", "этой", "эту", "эти"} for w in words) and any(lemma(w) in nouns for w in words)

    def _clause_end(self, k0: int, verb: int, *, nominal: bool = False) -> int:
        """Offset where a reported clause starting at token k0 ends. `nominal`: an о-phrase ("сообщил о …"),
        a noun phrase that has no predicate of its own to wait for."""
        p, text = self.p, self.text
        if k0 >= len(p.toks):
            return len(text)
        last = self.sent_end_tok(k0)
        # A comma ends the reported clause only once the clause has its own predicate outside any subordinate
        # clause: "что в случае, если A, придется B", "что компании, ставшие резидентами, смогут B" and "что им,
        # скорее всего, придется B" run on, whatever the parser attached the next verb to.
        predicate, subordinate = nominal, False
        # a clause may run past a quotation whose marks sentenize split
        for j in range(k0, last + 1):
            t = p.toks[j]
            if t.quoted:
                if not subordinate and _is_predicate(t):
                    predicate = True
                continue
            if t.text in _SENT_END and not self._inside_word(t):
                return t.start
            if t.text == ":" and (self.text[t.stop:t.stop + 2].lstrip()[:1] in set("«\"„“") or (
                    "\n" in self.text[t.stop:t.stop + 3] and self.text[t.stop:t.stop + 4].lstrip()[:1] in DASHES)):
                # "…предложением: «Пакет …»", "заявила, что арест будет обжалован:⏎— Мы будем …": the speaker's own
                # words follow, quoted or set off by a dash on the next line
                return t.start
            if t.text != ",":
                if t.text in DASHES and predicate and not subordinate and j + 2 <= last and p.toks[
                        j + 1].lower == "по" and any(p.toks[i].lower in ACCORDING_TO_NOUNS for i in range(
                            j + 2, min(j + 4, last + 1))):
                    return t.start  # "что A – по его мнению, B": the speaker's view, reported on its own
                if (t.lower in {"и", "а", "но"} and j + 1 <= last and verb >= 0 and p.toks[j + 1].head == verb
                        and p.toks[j + 1].rel == "conj" and self.is_speech_verb(j + 1)):
                    return t.start  # "сообщил о A и добавил, что B": the speaker's next report
                if nominal and not subordinate and t.lower == "и" and j + 1 <= last and verb >= 0 and \
                        self._coordinate_predicate(j + 1, verb):
                    return t.start  # "рассказала о минусах диеты и предостерегла от …": her next act, not the topic
                if j > k0 and (t.pos == "SCONJ" or t.lower in SUBORDINATORS or lemma(t.text) == "который"):
                    subordinate = True
                elif not subordinate and _is_predicate(t):
                    predicate = True
                continue
            subordinate = False
            if not predicate:
                continue
            if self._new_attribution_after(j, last):
                return t.start
            if t.text == ",":
                nxt = j + 1
                # (", — передает корреспондент": the dash of a trailing attribution)
                while nxt <= last and (p.toks[nxt].lower in CLAUSE_CONJUNCTIONS or p.toks[nxt].lower == "не" or (
                        nxt == j + 1 and p.toks[nxt].text in DASHES)):
                    nxt += 1
                if nxt <= last:
                    u = p.toks[nxt]
                    if u.pos in {"VERB", "AUX"} and not u.quoted and u.feat("VerbForm") != "Part" and (
                            # (a present tense never goes on a past verb of saying: "подчеркнул, что Турция «не
                            # оставляет братьев», защищает их права" is the clause's own coordinate)
                            (verb >= 0 and u.head == verb and not (
                                p.toks[verb].feat("Tense") == "Past" and u.feat("Tense") == "Pres"))
                            # (", и попросил …" coordinated with a verb before the report: the speaker acts on)
                            or (u.rel == "conj" and u.feat("VerbForm") == "Fin" and u.head >= 0 and p.toks[
                                u.head].pos in {"VERB", "AUX"} and (u.head < k0 or (
                                    # (or hung on the clause's own verb it does not agree with)
                                    verb >= 0 and self._number_clash(nxt, u.head) and not self._number_clash(
                                        nxt, verb) and u.feat("Gender") == p.toks[verb].feat("Gender"))))
                            # (", передает РИА Новости", ", и назвал это …": another report begins)
                            or (self.vlemma(nxt) in SPEECH_VERBS | RELAY_VERBS | NAMING_VERBS
                                and u.feat("VerbForm") != "Inf")):
                        return t.start
                    if u.lower == "по" and nxt + 1 <= last and p.toks[nxt + 1].lower in ACCORDING_TO_NOUNS | {
                            "данным"}:
                        return t.start
                    if nominal and verb >= 0 and self._coordinate_predicate(nxt, verb):
                        return t.start  # "рассказывал об успехах, гордился рекордами": his next act
                    if u.feat("VerbForm") == "Conv" and not u.quoted and self.vlemma(nxt) in SPEECH_VERBS | {
                            "упомянуть", "упоминать"}:
                        return t.start  # ", упомянув о …", ", добавив, что …": the speaker's next act
                    if u.lower == "как" and nxt + 1 <= last and p.toks[nxt + 1].pos == "VERB" and \
                            self.vlemma(nxt + 1) in SPEECH_VERBS:
                        return t.start
        return p.toks[last].stop if p.toks[last].text not in _SENT_END else p.toks[last].start
        _ = text

    def _coordinate_predicate(self, k: int, verb: int) -> bool:
        """Whether token k is a finite verb in the past agreeing with the speech verb in gender and number (a
        second predicate of the speaker), the dictionary's reading where the tagger has none."""
        p = self.p
        u, v = p.toks[k], p.toks[verb]
        if u.quoted or v.feat("Tense") != "Past":
            return False
        gender = _past_gender(u.text)
        return gender is not None and gender == _past_gender(v.text)

    def _new_attribution_after(self, comma: int, last: int) -> bool:
        """", Дэвид Дэвис отметил, что …" after a clause: a named speaker and a speech verb begin a new report
        ("Напомнив, что A, X отметил, что B" is two reports); a relative clause ("которое X сообщил") is not."""
        p = self.p
        start = comma + 1
        if start <= last and p.toks[start].lower in {"а", "и", "но", "однако"}:
            start += 1  # ", а актриса Полина Гухман призналась, что …": another speaker's report
        for k in range(start, min(last + 1, start + 6)):
            t = p.toks[k]
            if t.quoted or t.pos == "PUNCT" or lemma(t.text) == "который":
                return False
            if t.pos in {"VERB", "AUX"}:
                if any(p.toks[c].lower in {"это", "что", "то", "все"} and comma < c < k for c in t.children
                       if p.toks[c].rel.startswith("nsubj")):
                    return False  # ", это говорит о том, что …": a fact that shows, nobody speaking
                return (k > start and self.vlemma(k) in SPEECH_VERBS and t.feat("VerbForm") == "Fin"
                        and (any(p.toks[c].rel.startswith("nsubj") and comma < c < k for c in t.children)
                             or any(p.toks[c].feat("Case") == "Nom" and p.toks[c].pos in {"NOUN", "PROPN"}
                                    for c in range(start, k))))
            if t.pos not in {"NOUN", "PROPN", "ADJ", "PRON", "DET"}:
                return False
        return False

    def _emit_indirect(self, start: int, end: int, verb: int, subj: int, kind: str = "indirect",
                       **kw: object) -> None:
        text = self.text
        s, e = _trim(text, start, end)
        if e - s < 3:
            return
        # a clause that is one whole quotation is direct speech (handled by _partial), also when the quotation
        # runs on past the sentence the clause ends with ("заявил, что «A. B»")
        if text[s] in "«\"„“":
            qs = self.p.top_quote_at(s + 1)
            if qs is not None and qs.open == s and (qs.close == e - 1 or (qs.close >= e and text[e - 1] not in
                                                                              "»\"“”")):
                return
        if kind == "direct" and any(c.kind == "direct" and c.start < e and s < c.end for c in self.cands):
            return  # the marks of a quotation (or a dialogue line) already cover these words
        t = self.p.toks[verb]
        if verb in self.passed_on:
            kw["owner"] = True
        self.cands.append(Cand(kind, s, e, t.text, t.start, subj=subj, **kw))  # type: ignore[arg-type]

    def _indirect_at(self, si: int, v: int, lem: str) -> None:
        p = self.p
        sent = p.sents[si]
        t = p.toks[v]
        # (a) "X заявил, что …" / (b) "X сообщил о …" (after the circumstances: "заявил в ходе выступления на
        # пленарном заседании форума «…», что …"; a comma or another verb ends the search)
        j = v + 1
        steps = 0
        while j <= sent.last and (steps < 8 or (steps < 14 and not any(
                p.toks[i].rel == "obj" and p.toks[i].head == v for i in range(v + 1, j)))):
            # (past an object a "что" is relative: "подтвердила прогноз прибыли от … до …, что ниже …")
            u = p.toks[j]
            if u.text in ALL_QUOTES or u.quoted:
                after = self._skip_title(j)  # "рассказала «Газете.Ru», что …": an addressee named in quotes
                if after < 0:
                    break
                j, steps = after, steps + 1
                continue
            if u.text == ":" and self.text[u.start - 1:u.start].isdigit() and self.text[u.stop:u.stop + 1].isdigit():
                j, steps = j + 1, steps + 1  # "перерыв до 11:00": a time, not a colon before words
                continue
            if u.text == ":" and j < sent.last and p.toks[j + 1].text not in ALL_QUOTES and \
                    self.text[u.stop:u.stop + 1] != "\n":
                self._colon_clause(j, v)  # "заявил журналистам: поставки будут восстановлены к вечеру."
                break
            if (u.text in _SENT_END and not self._inside_word(u)) or u.text == ":":
                break  # (the full stop of "пояснила altapress.ru, что" ends nothing)
            if lemma(u.text) in {"вопрос", "запрос"} and j + 2 <= sent.last and p.toks[j + 1].lower == "о" and \
                    p.toks[j + 2].lower == "том":
                break  # "Отвечая на вопрос о том, что делать …": the question's words, not the answer
            w = j + 1  # (the word after the comma)
            if j == v + 1 and u.text == "," and w <= sent.last and (p.toks[w].lower in INTERROGATIVES or (
                    p.toks[w].pos == "ADP" and w + 1 <= sent.last and p.toks[w + 1].lower in INTERROGATIVES)):
                # "пояснил, к кому он обращается", "рассказал, почему …": a question named, not an answer given;
                # no quote, but the speaker carries the passage on to the quotation that follows
                subj = self._speaker_token(v)
                if subj >= 0 and not self.is_relay(v, subj):
                    self._emit_indirect(p.toks[w].start, self._clause_end(w + 1, v), v, subj, topic=True)
                return
            if j == v + 1 and u.text == "," and w <= sent.last and t.feat("VerbForm") == "Fin" and \
                    self._bare_clause(w, sent.last):
                # "Лавров … сообщил, встреча глав МИД состоится в Берлине": the clause without "что" (the speaker
                # named before the verb: "Цены, заявил министр, вырастут" is a parenthetical attribution)
                # (the parser may take the clause's own subject for the verb's: the one before the verb speaks)
                subj = next((c for c in t.children if p.toks[c].rel.startswith("nsubj") and c < v), -1)
                if subj < 0:
                    subj = self._speaker_token(v)
                if subj < 0 and t.feat("Number") == "Plur" and not self._group_document(v):
                    subj = self._doc_owner(v)  # ("В сообщении МВД заявили, водитель выехал на встречную")
                if 0 <= subj < v and not self.is_relay(v, subj, claim=True):
                    self._emit_indirect(p.toks[w].start, self._clause_end(w, v), v, subj)
                    return
            if u.lower == "что" and (p.toks[j - 1].text == "," or j == v + 1):
                if steps >= 8 and j + 1 <= sent.last and p.toks[j + 1].pos in {"VERB", "AUX"} and p.toks[
                        j + 1].feat("VerbForm") == "Fin":
                    return  # "пошутил … во время встречи в здании музея, что вызвало смех зала": relative
                if j - 2 > v and p.toks[j - 2].lower == "все" and p.toks[j - 1].text == ",":
                    return  # "говорит всё, что у неё на уме": what she thinks, no clause reported
                if j - 2 > v and lemma(p.toks[j - 2].text) in {"факт", "обстоятельство"} and p.toks[
                        j - 1].text == "," and lem in {"комментировать", "прокомментировать"}:
                    # "прокомментировал (тот) факт, что …": the clause is the fact he spoke of, not his words
                    # ("признал тот факт, что …" asserts it, as "признал, что …" does)
                    return
                subj = self._reporter(v)
                if subj == _PASSED_TO_NOBODY:
                    return  # ("со ссылкой на источники в Елисейском дворце": nobody to hold to the words)
                kw: dict[str, object] = {}
                if subj < 0 and self.impersonal(v):
                    if self._said_by_nobody(v):
                        return  # "Ранее в СМИ сообщалось, что …": no document of anybody's
                    subj, kw = self._document_source(v)  # "Уточняется, что …", "В сообщении говорится, что …"
                elif subj < 0 and t.feat("Number") == "Plur" and not self._group_document(v):
                    subj = self._doc_owner(v)  # "В сообщении МВД заявили, что …": the document's owner
                self._emit_indirect(p.toks[j].stop, self._clause_end(j + 1, v), v, subj, **kw)
                return
            confirms = lem in {"подтвердить", "подтверждать"} and j + 1 <= sent.last and p.toks[j + 1].head >= 0 and \
                lemma(p.toks[p.toks[j + 1].head].text) in REPORT_NOUNS
            # "Говоря о сроках, X отметил …": a gerund opening the sentence names the topic; one that follows the
            # main clause ("X отвергает обвинения, говоря о временных трудностях") says what X said
            trailing = t.feat("VerbForm") == "Conv" and v > sent.first + 2 and p.toks[v - 1].text == "," and any(
                p.toks[k].pos in {"VERB", "AUX"} and p.toks[k].feat("VerbForm") == "Fin" for k in range(sent.first, v))
            # ("рассказал про свой первый гол", "напоминая про ответственность": colloquial "про" is "о")
            if u.lower in {"о", "об", "обо", "про"} and (lem not in NO_O_CLAUSE or confirms) and (
                    t.feat("VerbForm") != "Conv" or trailing):
                # "Говоря о сроках, X отметил …": the gerund names the topic, X's words follow
                nxt = p.toks[j + 1] if j + 1 <= sent.last else None
                # "прокомментировал информацию об аресте (о том, что …)": the о-phrase belongs to the object noun,
                # not the verb ("выразил мнение о …" is still the speaker's view, "подтвердил информацию о …" the
                # speaker's claim; "прокомментировал заявление X об Y" is X's statement, not the commenter's)
                owners = {p.toks[k].head for k in (j + 1, u.head) if 0 <= k < len(p.toks) and k <= sent.last}
                # (a dative is whom he told, no owner of the phrase: "напомнила череповчанам о сроке")
                owner = next((o for o in owners if v < o < j and p.toks[o].pos == "NOUN" and p.toks[o].feat(
                    "Case") != "Dat"), -1)
                # "прокомментировал слова общественного деятеля X о том, что Y": Y is X's, whose words they are
                # (and a report's: "комментируя сообщение РБК о том, что Y" is the paper's claim Y)
                # (not "подтвердил сообщение «Ведомостей» о том, что …": confirming a report makes it his own claim)
                reports = {"сообщение", "публикация", "статья"} if lem in {"комментировать", "прокомментировать"} \
                    else set()
                words = next((k for k in range(v + 1, j) if lemma(p.toks[k].text) in WORDS_NOUNS | reports and not
                              p.toks[k].quoted and p.toks[k].rel == "obj"), -1)
                said = self._words_owner(words, j) if words >= 0 else -1
                if said >= 0 and nxt is not None and nxt.lower == "том" and j + 3 <= sent.last and \
                        p.toks[j + 2].text == "," and p.toks[j + 3].lower == "что":
                    self._emit_indirect(p.toks[j + 3].stop, self._clause_end(j + 4, v), v, said, owner=True)
                    break
                if owner >= 0 and (lemma(p.toks[owner].text) not in SPEECH_PHRASE_NOUNS or lem not in
                                   SPEECH_PHRASE_VERBS or (
                        # "поделилась впечатлениями о гонке": what the impressions are of, not what she said
                        lemma(p.toks[owner].text) in TOPIC_OF_NOUNS and not (nxt is not None and nxt.lower == "том"))
                                   ) and not (
                        lem in {"подтвердить", "подтверждать"} and lemma(p.toks[owner].text) in REPORT_NOUNS):
                    break
                if nxt is not None and nxt.lower in {"этом", "том"}:
                    if nxt.lower == "этом" and j == v + 1 and t.feat("VerbForm") == "Fin" and any(
                            p.toks[c].rel.startswith("nsubj") and c < v for c in t.children) and \
                            not self._private_report(v):
                        # "Министр Александр Новак сообщил об этом по итогам встречи": the subject before the verb,
                        # "об этом" right after it points back like "Об этом сообщил X"
                        self._back_reference(si, v)
                    if nxt.lower == "том" and j + 3 <= sent.last and p.toks[j + 3].lower == "что":
                        subj = self._reporter(v)
                        if subj != _PASSED_TO_NOBODY:
                            self._emit_indirect(p.toks[j + 3].stop, self._clause_end(j + 4, v), v, subj)
                    elif nxt.lower == "том" and j + 4 <= sent.last and p.toks[j + 2].text == "," and p.toks[
                            j + 3].lower in INTERROGATIVES:
                        # "рассказал о том, как идут дела у команды": the topic he told of, "о …" as the guide has it
                        subj = self._reporter(v)
                        if subj != _PASSED_TO_NOBODY:
                            self._emit_indirect(u.start, self._clause_end(j + 4, v), v, subj)
                    break
                # ("объявил о принятом им решении …": a participle before its noun opens the phrase as an
                # adjective would; "сообщил о произошедшем" names a topic)
                if nxt is not None and (nxt.pos not in {"VERB", "AUX", "PUNCT"} or (
                        nxt.feat("VerbForm") == "Part" and nxt.head > j + 1 and p.toks[nxt.head].pos == "NOUN") or (
                        nxt.feat("VerbForm") == "Part" and self._participle_noun(j + 1, sent.last) > 0)):
                    subj = self._reporter(v)
                    if subj != _PASSED_TO_NOBODY:
                        self._emit_indirect(u.start, self._clause_end(j + 1, v, nominal=True), v, subj,
                                            topic=lem in TOPIC_VERBS)
                break
            if u.text == "," and j + 1 <= sent.last and p.toks[j + 1].lower == "что":
                j += 1
                continue
            if u.text == "," and j + 2 <= sent.last and p.toks[j + 1].lower == "как" and p.toks[j + 2].lower == "и":
                # "объявил сегодня, как и ожидалось, о подъеме ставки": a comparison set off by commas
                close = next((k for k in range(j + 3, min(j + 7, sent.last + 1)) if p.toks[k].text == ","), -1)
                if close > 0:
                    j = close + 1
                    continue
            if u.text == ",":
                close = next((k for k in range(j + 1, min(j + 5, sent.last + 1)) if p.toks[k].text == ","), -1)
                inside = range(j + 1, close)
                # "сообщил, в частности, о введении …": a connective set off by commas right after the verb;
                # "рассказал в понедельник, 1 июля, на совещании, что …": a date set off by commas
                if close > j + 1 and ((j == v + 1 and " ".join(p.toks[k].lower for k in inside) in PARENTHETICALS) or (
                        any(p.toks[k].pos == "NUM" or p.toks[k].text.isdigit() for k in inside) and all(
                            p.toks[k].pos in {"NUM", "NOUN", "ADJ"} or p.toks[k].text.isdigit() for k in inside))):
                    j = close + 1
                    continue
            # (a participle describes the object: "подтвердило появившуюся информацию о том, что …")
            if (u.pos in {"VERB", "AUX"} and u.feat("VerbForm") != "Part" and not (
                    u.head == v and lemma(u.text) in SPEECH_PHRASE_NOUNS)) or \
                    u.text in {",", ";", "—", "–"}:
                break  # (but "дал понять, что": the verb of the phrase goes on to its clause)
            j += 1
            steps += 1
        # (c) "…, сообщил X." — the reported clause comes first
        # ("…, — сообщил X." with the dash of direct speech but no quotation marks is the same construction)
        # ("Без воды остались 34 дома – пишет пресс-служба": a dash alone, no comma, hands over a report as a comma
        # does; only ", —" is the dash of direct speech)
        comma = v - 1 if v > sent.first and (p.toks[v - 1].text == "," or (
            p.toks[v - 1].text in {"—", "–"} and p.toks[v - 2].pos != "PUNCT" and v - 1 > sent.first + 2)) else (
            v - 2 if v - 1 > sent.first and p.toks[v - 1].text in {"—", "–", "-"} and p.toks[v - 2].text == ","
            else -1)
        timed = self._time_before(v, sent.first)
        if comma >= 0 and timed < v:
            comma = -1  # ("Как в среду, 12 марта, сообщил X, …": the comma closes a date after "Как", see (d))
        if comma >= 0 and t.feat("Tense") in {"Past", "Pres", None}:
            # nothing reported after the verb: only the subject (and adjuncts) until the end
            if any(p.toks[k].lower == "что" for k in range(v + 1, sent.last + 1)):
                return
            nxt = p.toks[v + 1] if v + 1 <= sent.last else None
            if nxt is not None and nxt.text[:1].isupper() and nxt.pos not in {"PROPN", "NOUN"} and nxt.span < 0:
                return  # "…, пишет Так или иначе, …": a sentence break the text lost, no attribution
            subj = self._speaker_token(v)
            if subj < 0 and not self.impersonal(v):
                return
            if subj >= 0 and p.toks[subj].start < t.start:
                # the parser hung a noun of the reported clause on the verb ("…уведомила об этом Министерство
                # здравоохранения, заявил … глава общества Евгений Калейс"): the subject after the verb speaks
                subj = next((c for c in t.children if p.toks[c].rel.startswith("nsubj") and c > v
                             and not p.toks[c].quoted and self._agrees(v, c)), -1)
                if subj < 0:
                    return
            if subj >= 0:
                subj = self._through_relay(v, subj)  # "…, передает «Интерфакс» со ссылкой на министра"
                if subj < 0:
                    return
            start_tok = self._after_agency_tag(sent.first, comma)
            # "Как сообщил X, …" earlier in the sentence is a different construction
            s = p.toks[start_tok].start
            q = p.top_quote_at(s + 1) if self.text[s] in "«\"" else None
            if q is not None and q.close >= p.toks[comma].start - 2:
                return  # «…», сказал X: direct speech
            if p.toks[start_tok].lower == "как" or (p.toks[comma].text in {"—", "–"} and p.toks[
                    start_tok].lower in (INTERROGATIVES | {"что"}) - {"когда", "чем"}):
                return  # ("Как сообщил X, …"; "Что изменится для водителей – рассказывает юрист": a question led)
            # "Мэр X подчеркнул, что …, сообщила пресс-служба мэрии": the sentence is his report, relayed (its first
            # predicate, his speech verb after him; not "X угрожал соседу и сказал, что …", "После того как X …")
            first_verb = next((j for j in range(start_tok, comma) if (_is_predicate(p.toks[j]) and p.toks[
                j].text not in DASHES) or p.toks[j].pos == "SCONJ" or p.toks[j].lower in SUBORDINATORS), -1)
            if first_verb >= 0 and not p.toks[first_verb].quoted and p.toks[first_verb].pos in {"VERB", "AUX"} and \
                    self.is_speech_verb(first_verb) and not self.negated(first_verb) and (self._reports_clause(
                        first_verb) or self._opens_report(first_verb)) and self._named_speaker(
                        self._speaker_token(first_verb)) and start_tok <= self._speaker_token(first_verb) < first_verb:
                return  # (his "что"-clause or his "о …")
            if p.toks[start_tok].lower == "по" and start_tok + 1 < comma and p.toks[
                    start_tok + 1].lower in ACCORDING_TO_NOUNS | {"данным"}:
                return  # "По информации главы УВД, сообщило ИА, …": a source named, not a clause reported
            if p.about_this(start_tok) or (p.toks[start_tok].lower in {"подробнее", "подробно"} and not any(
                    _is_predicate(p.toks[k]) for k in range(start_tok, comma)) and p.toks[start_tok + 1].lower not in {
                    "о", "об", "обо", "про"}):  # ("Подробнее о новых правилах, …, рассказал X": "о …" is his)
                # "Об этом в понедельник, 9 июля, сообщил X", "Подробнее во вторник, 26 августа, рассказал X": the
                # sentence before is what X told
                self._back_reference(si, v)
                return
            if any(p.about_this(k) and p.toks[k + 2].pos != "NOUN" and p.toks[k + 2].feat(
                    "Case") != "Loc" for k in range(start_tok + 1, min(start_tok + 3, comma))):
                # "Речь об этом шла на совещании, сообщает пресс-служба": where, not what was said (not "Спор об
                # этом законе идет уже год": "этом" of a noun)
                return
            kw: dict[str, object] = {}
            if subj < 0:
                if self._said_by_nobody(v):
                    return  # "…, сообщалось в соцсетях"
                subj, kw = self._document_source(v)  # "…, говорится в сообщении"
            after = self._parenthetical_rest(v, sent.last)
            if after >= 0:
                # "A, подчеркнул президент, B": both parts are what was said, like the two halves of a split
                # quotation; a bare connective before ("При этом, отметили в Берлине, …") is not
                before = range(start_tok, comma)
                words = sum(1 for k in before if p.toks[k].pos not in {"PUNCT", "CCONJ", "SCONJ", "PART"})
                if any(_is_predicate(p.toks[k]) for k in before) or words >= 4:
                    self._emit_indirect(s, p.toks[comma].start, v, subj, **kw)
                end = self._clause_end(after + 1, v)
                rest = range(after + 1, p.tok_at(end))
                # (", передает корреспондент РБК", ", следует из пресс-релиза министерства" after it is one more
                # attribution, not more of what was said)
                if any(_is_predicate(p.toks[k]) for k in rest) and not any(
                        self.is_speech_verb(k) or self.vlemma(k) in ALWAYS_RELAY_VERBS or (
                            p.toks[k].pos in {"VERB", "AUX"} and self.impersonal(k)) for k in rest):
                    self._emit_indirect(p.toks[after].stop, end, v, subj, **kw)
                return
            # the dash of direct speech marks the words as the speaker's own, quotation marks lost or not
            if comma == v - 2:
                s = self._first_person_run(si, s)  # "Старались играть агрессивно. … Расстроен, — рассказал тренер."
                s = self._dash_opened_run(s, subj)
            self._emit_indirect(s, p.toks[comma].start, v, subj, "direct" if comma == v - 2 else "indirect", **kw)
            return
        # (d) "Как сообщил X, …" (also "Как сегодня сообщил X, …": an adverb between)
        b = timed  # (and a time: "Как 24 марта сообщили в ЦОС ФСБ, …", "Как в среду,
        # 12 марта, рассказал X, …", "Как 12 марта журналистам рассказал мэр, …", "Как в прошлую пятницу сообщил X")
        a = b - 1
        # (and whom they told: "Как изданию рассказала пассажирка …", "Как агентству сообщили в …")
        while a > sent.first and a >= b - 2 and (
                p.toks[a].pos == "ADV" or p.toks[a].lower in {"и", "уже", "не"} or (
                    p.toks[a].pos in {"NOUN", "PROPN", "PRON"} and p.toks[a].feat("Case") == "Dat"
                    and p.toks[a - 1].lower == "как") or (  # ("Как нам сообщили в …")
                    p.toks[a].lower in SUBJECT_PRONOUNS and p.toks[a - 1].lower == "как")  # ("Как он отметил в …")
        ) and p.toks[a].lower != "как":
            a -= 1
        if a >= sent.first and p.toks[a].lower == "как" and (a == sent.first or p.toks[a - 1].text == ","):
            subj = self._speaker_token(v)
            asides = self._date_commas(v, sent.last)
            for k in range(v + 1, sent.last + 1):
                if p.toks[k].text == "," and not p.toks[k].quoted and k not in asides:
                    # ("Как рассказала пассажирка Елена Панюкова, бортпроводница объявила, что …": a named person
                    # tells what somebody she does not name announced, and the telling is hers)
                    named_teller = v < subj < k and any(p.toks[j].span >= 0 and p.spans[p.toks[j].span].type == "PER"
                                                        for j in range(subj, k))
                    if any(self.is_speech_verb(j) and p.toks[j].feat("VerbForm") == "Fin" and not p.toks[j].quoted
                           and self._opens_report(j) and not self.negated(j) and not (
                               named_teller and self._unnamed_person(self._speaker_token(j))) and not any(
                               p.toks[i].pos in {"VERB", "AUX"} and p.toks[i].feat("VerbForm") == "Fin"
                               for i in range(k + 1, j))  # (the first predicate after the comma, not "…, и он …")
                           for j in range(k + 1, min(k + 16, sent.last + 1))):
                        return  # "Как сообщает Reuters, она заявила, что …": the report inside is hers
                    if k + 2 <= sent.last and p.toks[k + 1].lower == "по" and (
                            p.toks[k + 2].lower in ACCORDING_TO_NOUNS or (
                                k + 3 <= sent.last and p.toks[k + 3].lower in ACCORDING_TO_NOUNS)):
                        self.relay_tokens.add(subj)
                        return  # "Как сообщает Delfi, по его словам, …": the words are his
                    asked = self._asked_source(v, self.vlemma(v))
                    if v < asked < k:
                        self.relay_tokens.add(subj)
                        subj = asked  # "Как уточнили «РИА Новости» у губернатора X, …": his answer
                    if not (v < subj < k or a < subj < v):
                        subj = self._phrase_subject(v, k) if self._phrase_subject(v, k) >= 0 else self._obl_org(v)
                    if subj >= 0 and self._outlet(subj) and (told_in := self._obl_org(v)) >= 0:
                        subj = told_in  # "Как сообщили «Ъ» в «Мегафоне», …": the paper is whom they told
                    if subj < 0:
                        subj = self._document_speaker(v)  # "Как сообщается на сайте администрации Ачинска, …"
                    cited = self._cited_source(v)
                    if subj >= 0 and v < cited < k:
                        # "Как сообщает ТАСС со ссылкой на представителя авиакомпании X, …": X's words
                        self.relay_tokens.add(subj)
                        if self._cited_outlet(cited):
                            self.relay_tokens.add(cited)  # "со ссылкой на ТАСС": one outlet through another
                            return
                        subj = cited
                    elif self.is_relay(v, subj, claim=True):  # "Как сообщает Минздрав, …" is Минздрав's claim
                        cited = self._relay_object(v)  # "Как передает Reuters со ссылкой на X, …"
                        if cited < 0 or not v < cited < k:
                            self.relay_tokens.add(subj)
                            return
                        subj = cited
                    # ("Инцидент, как утверждают в департаменте образования, исчерпан": the clause runs around the
                    # attribution; its words before it are the subject of what was said)
                    inside = a > sent.first and p.toks[a - 1].text == "," and a - sent.first <= 6 and all(
                        p.toks[j].pos in {"NOUN", "PROPN", "ADJ", "DET", "NUM"} and not p.toks[j].quoted
                        for j in range(sent.first, a - 1)) and any(
                        p.toks[j].pos in {"NOUN", "PROPN"} and p.toks[j].feat("Case") == "Nom"
                        for j in range(sent.first, a - 1))
                    begin = p.toks[sent.first].start if inside else p.toks[k].stop
                    self._emit_indirect(begin, self._clause_end(k + 1, v), v, subj)
                    return
                if p.toks[k].text in _SENT_END and not self._inside_word(p.toks[k]):
                    break  # (the full stop of "корреспонденту Odessa.online" ends nothing)
            if a > sent.first and p.toks[a - 1].text == ",":
                self._trailing_as(si, a, v)
            return
        # (e) "Об этом сообщил X" — the previous sentence (also after an outlet's tag: "Как передает Report, об
        # этом заявил X")
        first = sent.first
        if p.toks[first].lower == "как" and first + 1 < v and self.vlemma(first + 1) in RELAY_VERBS | SPEECH_VERBS:
            comma = next((k for k in range(first + 2, min(v, first + 8)) if p.toks[k].text == ","), -1)
            if comma > 0:
                first = comma + 1
        if si > 0 and p.about_this(first) and v - first <= 18 and not any(
                    p.toks[k].pos in {"VERB", "AUX"} and p.toks[k].feat("VerbForm") != "Part"
                    for k in range(first + 2, v)):
            # "Об этом сообщил X", "Об этом в понедельник, 9 июля, сообщает пресс-служба X", "Об этом на
            # расширенном заседании коллегии министерства сообщил X"
            self._back_reference(si, v)

    def _time_before(self, v: int, first: int) -> int:
        """The first token of a time phrase (and whom they told) right before the verb, between it and "Как":
        "Как 12 марта 2024 года сообщили …", "Как в среду, 12 марта, журналистам рассказал …"; `v` when none."""
        p = self.p

        def timely(k: int) -> bool:
            t = p.toks[k]
            return t.text.isdigit() or lemma(t.text) in TIME_NOUNS | {"прошлый", "минувший", "этот", "текущий"}

        k, b = v - 1, v
        if k > first and p.toks[k].pos in {"NOUN", "PRON"} and p.toks[k].feat("Case") == "Dat" and not timely(k):
            k -= 1  # ("журналистам", "изданию": whom they told)
        start = k
        while k > first and start - k < 8 and not p.toks[k].quoted and (
                timely(k) or (p.toks[k].lower in {"в", "во", "на"} and timely(k + 1)) or (
                    p.toks[k].text == "," and (timely(k - 1) or timely(k + 1)))):
            k -= 1
        if k < start and p.toks[k].lower == "как" and any(timely(j) for j in range(k + 1, start + 1)):
            b = k + 1
        return b

    def _participle_noun(self, k: int, last: int) -> int:
        """"напомнил о произошедшем 3 года назад отказе": the noun a participle describes, the first noun after
        it in its case, number and gender (masculine and neuter share their oblique forms), however the parser
        hung the participle; -1 when none (a participle standing for a noun: "сообщил о произошедшем")."""
        p = self.p
        t = p.toks[k]
        for m in range(k + 1, min(k + 7, last + 1)):
            u = p.toks[m]
            if u.text in {",", ";", ":"} or u.quoted:
                return -1
            if u.pos == "NOUN" and u.feat("Case") == t.feat("Case") and u.feat("Number") == t.feat("Number") and \
                    not any(p.toks[c].rel == "case" for c in u.children):
                # (not a noun of a phrase of its own: "рассказал о произошедшем в поселке" names a topic)
                genders = {u.feat("Gender"), t.feat("Gender")}
                if len(genders) == 1 or genders <= {"Masc", "Neut"}:
                    return m
        return -1

    def _bare_clause(self, w: int, last: int) -> bool:
        """Whether the words from token w to the sentence end are a clause of their own reported without "что":
        they open with a noun phrase or "если", hold a subject and a finite verb of their own, and no "что" or
        relative word follows ("сообщил, встреча состоится в Берлине", "заявил, если покупатели …, то …")."""
        p = self.p
        first = p.toks[w]
        # ("утверждают, произошла подвижка грунта": a finite verb before its own subject opens one too)
        inverted = first.pos == "VERB" and first.feat("VerbForm") == "Fin" and w + 1 <= last and p.toks[
            w + 1].lower != "ли" and any(p.toks[c].rel == "nsubj" and c > w for c in first.children)
        # (also a circumstance first: "отметил, с такой инициативой выступило руководство области")
        adverbial = first.pos == "ADP" and w + 1 <= last and p.toks[w + 1].pos in {"DET", "ADJ", "NOUN", "PROPN"} \
            and lemma(p.toks[w + 1].text) not in {"какой", "чей", "каков", "который", "сколько"}  # (not a question)
        if first.quoted or lemma(first.text) == "который" or first.feat("VerbForm") in {"Conv", "Part"} or not (
                first.pos in {"NOUN", "PROPN", "ADJ", "DET", "NUM"} or first.lower == "если" or inverted
                or adverbial):
            return False
        rest = range(w, last + 1)
        if any(p.toks[k].lower == "что" or lemma(p.toks[k].text) == "который" for k in rest):
            return False
        return any(p.toks[k].rel.startswith("nsubj") for k in rest) and any(
            p.toks[k].pos in {"VERB", "AUX"} and p.toks[k].feat("VerbForm") == "Fin" for k in rest)

    def _trailing_as(self, si: int, a: int, v: int) -> None:
        """"В Новосибирске построят две станции метро, как заявил мэр Максим Кудрявцев в интервью.": the clause
        before ", как заявил X" is what X said (nobody's when an outlet merely relays it)."""
        p = self.p
        sent = p.sents[si]
        if a - 2 < sent.first or p.toks[a - 2].lower in {"того", "тем", "то", "так", "том", "тех", "таким"} or \
                self.vlemma(v) not in SPEECH_VERBS:
            return  # "после того, как стало известно …": a subordinate clause of time, nobody reporting
        start_tok = self._after_agency_tag(sent.first, a - 1)
        if start_tok >= a - 1 or not any(_is_predicate(p.toks[j]) for j in range(start_tok, a - 1)):
            return
        subj = self._speaker_token(v)
        if not v < subj <= sent.last:
            subj = self._phrase_subject(v, sent.last + 1)
        if subj < 0:
            subj = self._obl_org(v)
        if subj < 0:
            subj = self._document_speaker(v)
        if subj < 0:
            return
        if self.is_relay(v, subj, claim=True) or self._outlet(subj):
            cited = self._cited_source(v)
            self.relay_tokens.add(subj)
            if cited < 0 or self._cited_outlet(cited):
                return  # ", как сообщает ТАСС.": passed on, whoever said it
            subj = cited
        self._emit_indirect(p.toks[start_tok].start, p.toks[a - 1].start, v, subj)

    def _date_commas(self, lo: int, hi: int) -> set[int]:
        """The commas around a date that names a day again ("Как рассказали в четверг, 6 февраля, в мэрии, …"):
        they end no clause."""
        p = self.p
        out: set[int] = set()
        for k in range(lo + 1, hi):
            if p.toks[k].text != "," or p.toks[k].quoted:
                continue
            j = k + 1
            if j + 2 > hi or not p.toks[j].text.isdigit() or lemma(p.toks[j + 1].text) not in MONTHS or lemma(
                    p.toks[k - 1].text) not in DAY_WORDS:
                continue  # (only a date after the day it names again: "Как сообщили в УМВД, 12 октября, …" opens
                # the words with their date)
            j += 2
            if j + 1 <= hi and p.toks[j].text.isdigit() and lemma(p.toks[j + 1].text) in {"год", "г."}:
                j += 2  # ("6 февраля 2025 года")
            if j <= hi and p.toks[j].text == ",":
                out.update((k, j))
        return out

    def _parenthetical_rest(self, v: int, last: int) -> int:
        """The comma that closes an attribution standing inside a sentence ("A, отметили в Берлине, B"), when the
        sentence goes on with more than a gerund of the speaker ("…, добавив, что"); -1 when it does not."""
        p = self.p
        for k in range(v + 1, last):
            t = p.toks[k]
            if t.quoted:
                continue
            if t.text in _SENT_END or t.text in {":", ";"} or t.text in DASHES:
                return -1
            if t.text == ",":
                nxt = p.toks[k + 1]
                if (nxt.pos in {"VERB", "AUX"} and nxt.feat("VerbForm") == "Conv") or lemma(nxt.text) in {
                        "который", "где", "когда", "куда", "откуда", "чей"}:
                    return -1  # "…, добавив, что", "на передаче, которая …": the attribution's own phrase
                before = p.toks[k - 1]
                j = k + 1
                while j < last and p.toks[j].pos == "ADJ":
                    j += 1
                noun = p.toks[j]
                own_verb = False  # ("…, сообщил мэр Игорь Белов, жители получат квартиры": a clause of its own)
                for m in range(j + 1, last + 1):
                    if p.toks[m].text in {",", ";", ":"} or p.toks[m].text in _SENT_END:
                        break
                    own_verb = own_verb or (_is_predicate(p.toks[m]) and p.toks[m].text not in DASHES)
                if noun.pos == "NOUN" and noun.feat("Number") != "Plur" and not own_verb and (
                        (v < noun.head < k and noun.rel == "appos") or (
                            before.span >= 0 and p.spans[before.span].type == "PER" and noun.feat(
                                "Animacy") == "Anim" and noun.feat("Case") == "Nom")):
                    return -1  # "…, сообщил Алексей Васильченко, генеральный директор компании": who he is
                if nxt.pos in {"NOUN", "ADJ", "PROPN"} and nxt.feat("Case") not in {None, "Nom"} and nxt.feat(
                        "Case") == before.feat("Case") and before.pos in {"NOUN", "PROPN"}:
                    return -1  # "на заседании совещания по правопорядку, антитеррористической комиссии и …": a list
                return k if k + 1 <= last and nxt.text not in _SENT_END else -1
        return -1

    def _back_reference(self, si: int, v: int, owner: int = -1) -> None:
        """"Об этом сообщил X" / "Такое заявление сделал X": X said the previous sentence (`owner`, when the
        caller found X as a document's owner: "Сообщение об этом опубликовано на сайте X")."""
        p = self.p
        if si == 0:
            return
        subj = owner if owner >= 0 else self._speaker_token(v)
        if subj < 0:
            subj = self._document_speaker(v)  # "Об этом говорится в сообщении Минздрава, опубликованном …"
        subj = self._through_relay(v, subj)  # "Об этом сообщает ТАСС со ссылкой на пресс-службу ведомства"
        if subj < 0:
            return
        prev = p.sents[si - 1]
        if prev.last < prev.first:
            return
        stop = prev.stop
        cut = self.text[prev.start:prev.stop].rstrip(" .")
        if si >= 2 and prev.last - prev.first <= 3 and not any(
                _is_predicate(p.toks[j]) for j in range(prev.first, prev.last + 1)) and "\n" not in self.text[
                p.sents[si - 2].stop:prev.start]:
            if cut.endswith(")") and "(" not in cut and "(" in self.text[p.sents[si - 2].start:p.sents[si - 2].stop]:
                # "… несмотря на мороз (ожидается -18 ℃ — прим. Ф.). Об этом сообщил X": the splitter cut a
                # bracket's abbreviation off as a sentence of its own; the words are the sentence before, without
                # the aside
                prev = p.sents[si - 2]
                bracket = self.text.rfind("(", prev.start, prev.stop)
                stop = bracket if bracket > prev.start and ")" not in self.text[bracket:prev.stop] else prev.stop
            elif lemma(p.toks[prev.first].text) in PAGE_FURNITURE:
                prev = p.sents[si - 2]  # ("… с понедельника. Видео. Об этом заявил мэр": the page's, nobody's)
                stop = prev.stop
        if p.about_this(prev.first):
            # "Об этом сообщает «Рен ТВ». Так политик прокомментировал …": an attribution says nothing of its own;
            # the speaker still carries the passage on
            sent = p.sents[si]
            self._emit_indirect(p.toks[v].stop, sent.stop, v, subj, topic=True)
            return
        # a quotation is someone's own words, not what X reported; a name in quotation marks ("расширять
        # «нормандский формат»") is just a name
        quoted = sum(p.toks[k].stop - p.toks[k].start for k in range(prev.first, prev.last + 1) if p.toks[k].quoted)
        if quoted * 2 > prev.stop - prev.start:
            # "«Оппозиции не удалось собрать подписи». Об этом сообщил X": a quoted sentence nobody was given is X's
            alone = next((c for c in self.cands if c.standalone and c.subj < 0 and c.follow is None
                          and prev.start <= c.start and c.end <= prev.stop), None)
            if alone is not None and not self.p.toks[v].quoted:
                alone.standalone, alone.subj, alone.cue, alone.pos = False, subj, p.toks[v].text, p.toks[v].start
            return
        if any(c.start < prev.stop and c.end > prev.start and not self._anonymous_people(c.subj)
               for c in self.cands):
            return  # the previous sentence reports its own speech ("X заявил, что …"): "об этом" repeats it
        s = prev.start
        # skip a dateline glued to the sentence ("МОСКВА, 8 августа. /ТАСС/.")
        line = self.text.rfind("\n", 0, prev.stop) + 1
        s = max(s, line)
        # and the writer's aside that opens it ("Отметим, что …", "Напомним, что …")
        k = p.tok_at(s)
        if k + 2 <= prev.last and p.toks[k].lower in WRITER_ASIDES and p.toks[k + 1].text == "," and \
                p.toks[k + 2].lower == "что":
            s = p.toks[k + 2].stop
        words = range(k, prev.last + 1)
        if len(words) <= 9 and any(p.toks[j].text == "," for j in words) and any(
                p.toks[j].text[:1].isdigit() for j in words) and not any(_is_predicate(p.toks[j]) for j in words):
            return  # "Грузия, 25 мая, ГРУЗИНФОРМ. Об этом …": a dateline says nothing
        tail = self.text[s:stop].rstrip(" .")
        if tail.endswith(")") and "прим." in tail[tail.rfind("("):]:
            stop = s + tail.rfind("(")  # ("… (ожидается -20 ℃ — прим. ред.)": the editor's note is nobody's words)
        self._emit_indirect(s, stop, v, subj)

    def _anonymous_people(self, subj: int) -> bool:
        """"Сверстники девятиклассника предупреждали директора о нападении. Об этом сообщила омбудсмен X": a plural
        noun of people nobody names is no speaker of its own — the sentence is what X reported."""
        if subj < 0:
            return False
        t = self.p.toks[subj]
        return t.pos == "NOUN" and t.span < 0 and t.feat("Number") == "Plur" and t.feat("Animacy") == "Anim" and \
            lemma(t.text) not in SPOKESPERSON_NOUNS

    def _private_report(self, v: int) -> bool:
        """"Смирнова сообщила об этом в полицию", "Водитель сообщил об этом диспетчеру": telling an institution or
        a private person of an event, not a statement to the public (journalists, a meeting, followers are)."""
        p = self.p
        for c in p.toks[v].children:
            ct = p.toks[c]
            told = ct.rel in {"iobj", "obl"} and ct.feat("Case") == "Dat" and lemma(ct.text) in PRIVATE_ADDRESSEES
            into = ct.rel == "obl" and ct.feat("Case") == "Acc" and lemma(ct.text) not in TIME_NOUNS and any(
                p.toks[g].lower in {"в", "во"} and p.toks[g].rel == "case" for g in ct.children)
            if (told or into) and ct.span < 0:
                return True
        return False

    def _about_this_after_comma(self, si: int, v: int) -> bool:
        """"Губернатор завёл канал, об этом сообщили в пресс-службе правительства": "об этом" after a comma
        points back at the clause before it, like "Об этом сообщил X" at the previous sentence."""
        p = self.p
        sent = p.sents[si]
        k = v - 1
        while k > sent.first and (p.toks[k].pos in {"ADV", "NOUN", "PROPN", "ADP", "ADJ", "DET"} or p.toks[
                k].text in ALL_QUOTES) and p.toks[k].lower not in {"этом", "это"} and v - k < 8:
            k -= 1  # "об этом в понедельник сообщили", "об этом на своей странице в ВК сообщил"
        if k - 2 < sent.first or not p.about_this(k - 1) or \
                p.toks[k - 2].text != ",":
            return False
        comma = k - 2
        before = range(sent.first, comma)
        if not any(_is_predicate(p.toks[j]) for j in before) or any(
                self.is_speech_verb(j) or self.vlemma(j) in ALWAYS_RELAY_VERBS for j in before if p.toks[j].pos in {
                    "VERB", "AUX"}):
            return False  # ("Как передает X, об этом заявил Y": the part before is an attribution itself)
        subj = self._speaker_token(v)
        if subj < 0:
            subj = self._document_speaker(v)
        subj = self._through_relay(v, subj)
        if subj < 0:
            return True
        start = self._after_agency_tag(sent.first, comma)
        self._emit_indirect(p.toks[start].start, p.toks[comma].start, v, subj)
        return True

    def _opens_report(self, v: int) -> bool:
        """Whether a speech verb introduces words of its own ("заявила, что", "сообщил: «…»", "рассказал о"),
        unlike "признал вину", where the verb is an event the report tells of."""
        p = self.p
        last = self.sent_end_tok(v)
        for j in range(v + 1, min(last + 1, v + 8)):
            t = p.toks[j]
            if t.lower in {"что", "о", "об", "обо"} or t.text == ":" or t.text in ALL_QUOTES:
                return True
            # ("пообещал американскому лидеру Дональду Трампу, что …": the addressee may run to a few words)
            if t.text in _SENT_END or (t.text == "," and j > v + 1 and j + 1 <= last and p.toks[j + 1].lower != "что"):
                return False
        return v + 1 <= last and p.toks[v + 1].text == ","

    def _after_agency_tag(self, first: int, stop: int) -> int:
        """"ИНТЕРФАКС - В городе произошел пожар, сообщил …": the agency's tag of a dateline, in capitals and
        followed by a dash, opens the sentence but is nobody's words; the first token after it."""
        p = self.p
        k = first
        while k < stop and p.toks[k].text.isupper() and len(p.toks[k].text) > 1 and k - first < 3:
            k += 1
        tag = " ".join(p.toks[j].text for j in range(first, k)).lower()
        # (only an outlet's name: "США — главная угроза, заявил X" keeps its first word)
        if k > first and k < stop and p.toks[k].text in DASHES and is_outlet(tag):
            return k + 1
        return first

    def _colon_clause(self, colon: int, v: int) -> None:
        """A clause after the speech verb's colon, without quotation marks, that runs to the end of the sentence:
        the speaker's words as the writer retells them. A list or a single noun phrase after the colon is not."""
        p = self.p
        subj = self._speaker_token(v)
        last = self.sent_end_tok(colon)
        rest = range(colon + 1, last + 1)
        words = [k for k in rest if p.toks[k].pos != "PUNCT"]
        if subj < 0 or len(words) < 4 or any(p.toks[k].text in {";", ":"} or p.toks[k].quoted for k in rest):
            return
        if not any(_is_predicate(p.toks[k]) for k in rest) or self.is_relay(v, subj, claim=True):
            return
        if not self._speaks(subj):
            return  # "Статистические данные подтверждают тенденцию: …": data bear something out, nobody speaks
        self._emit_indirect(p.toks[colon].stop, self._clause_end(colon + 1, v), v, subj)

    def _reporter(self, v: int) -> int:
        """Whose report a verb's own clause ("X сообщил, что …", "X сообщил о …") gives: its subject, or whom
        an outlet or a citing body passes it on from ("АрмИнфо со ссылкой на заявление лидера фракции X
        сообщало, что …": X); _PASSED_TO_NOBODY when it passes on nobody one could hold to the words."""
        subj = self._speaker_token(v)
        said = self._through_relay(v, subj, claim=True)
        return _PASSED_TO_NOBODY if said != subj and said < 0 else said

    def _through_relay(self, v: int, subj: int, claim: bool = False) -> int:
        """The speaker behind an outlet that relays ("…, передает «Интерфакс» со ссылкой на министра": the
        minister), -1 for a relay that cites nobody (the outlet is noted as a medium); `subj` when nothing relays.
        A body that cites someone passes the words on too ("…, сообщает пресс-служба мэрии со ссылкой на
        заявление первого замглавы X": X's words), and to nobody when it cites anonymous sources; a person citing
        data ("сообщил мэр со ссылкой на данные министерства") still speaks."""
        if subj < 0:
            return subj
        relay = self.is_relay(v, subj, claim)
        p = self.p
        if not relay and not (self._cites(v) and not self._person_phrase(subj) and p.toks[subj].pos != "PRON"
                              and p.toks[subj].feat("Animacy") != "Anim"):
            return subj
        if relay:
            self.relay_tokens.add(subj)
        cited = self._cited_source(v)
        if not relay and not self._speaks(cited):
            return subj  # "сообщила администрация со ссылкой на данные Росстата": statistics, the body's report
        if cited >= 0 and lemma(p.toks[cited].text) in ANONYMOUS_NOUNS:
            return -1
        if cited >= 0:
            self.passed_on.add(v)
        return cited

    def _speaks(self, k: int) -> bool:
        """Whether a cited source names somebody who speaks (a person, a body, their words or channel, anonymous
        sources), not data ("данные", "результаты опроса", "информацию Минздрава")."""
        if k < 0:
            return False
        u = self.p.toks[k]
        return u.span >= 0 or u.pos == "PROPN" or u.feat("Animacy") == "Anim" or lemma(u.text) in (
            WORDS_NOUNS | DOC_NOUNS | PLATFORM_NOUNS | ANONYMOUS_NOUNS | ORG_NOUNS)

    def _document_speaker(self, v: int) -> int:
        """"говорится в сообщении Минздрава": the owner of the document an impersonal verb quotes, unless it is
        several bodies' joint one; -1 otherwise."""
        return self._doc_owner(v) if self.impersonal(v) and not self._group_document(v) else -1

    def _cites(self, v: int) -> bool:
        """Whether the verb passes on a source, "со ссылкой на …", before or after it."""
        p = self.p
        sent = p.sents[p.toks[v].sent]
        return any(p.toks[k].lower == "ссылкой" and (p.toks[k].head == v or k > v) for k in range(
            sent.first, sent.last + 1))

    def _cited_source(self, v: int) -> int:
        """"передает ТАСС со ссылкой на пресс-службу X": the head noun of the phrase the outlet cites, or -1."""
        p = self.p
        last = self.sent_end_tok(v)
        first = p.sents[p.toks[v].sent].first
        if self.vlemma(v) in ALWAYS_RELAY_VERBS:
            # "…, передает ТАСС слова министра", "приводит издание высказывания Силуанова": whose words are passed
            for c in p.toks[v].children:
                # (the parser may take "слова" for the subject; the accusative says it is the object)
                if c > v and (p.toks[c].rel == "obj" or p.toks[c].feat("Case") == "Acc") and lemma(
                        p.toks[c].text) in WORDS_NOUNS - {"ответ"} and not p.toks[c].quoted:
                    owner = self._words_owner(c, last + 1)
                    if owner < 0:  # (a title: "слова министра")
                        owner = next((g for g in p.toks[c].children if g > c and p.toks[g].rel == "nmod" and p.toks[
                            g].feat("Case") == "Gen" and p.toks[g].pos in {"NOUN", "PROPN"}), -1)
                    if owner >= 0:
                        return owner
        # after the verb, or between its subject and it ("АрмИнфо со ссылкой на заявление X сообщало, что …")
        before = [k for k in range(max(first + 1, v - 12), v) if p.toks[k].lower == "ссылкой"]
        for k in before + list(range(v + 1, min(last, v + 14))):
            t = p.toks[k]
            if k > v and ((t.text in _SENT_END and not self._inside_word(t)) or t.text == ";"):
                return -1  # (the full stop of "NUR.KZ", "Караван.kz" ends nothing)
            if t.lower == "ссылкой" and p.toks[k - 1].lower in {"со", "с"} and k + 1 <= last and \
                    p.toks[k + 1].lower == "на":
                for j in range(k + 2, min(last + 1, k + 6)):
                    u = p.toks[j]
                    if u.pos in {"NOUN", "PROPN", "PRON", "X"} and not u.quoted:
                        # "со ссылкой на Twitter мюнхенской полиции": the account's owner
                        # (and "со ссылкой на заявление лидера фракции X": the statement's owner)
                        if self._publication(j) or lemma(u.text) in WORDS_NOUNS | TALK_NOUNS:
                            # (the tagger may read an unknown owner right after as a nominative: "Telegram-канал
                            # акимата")
                            # ("со ссылкой на его интервью каналу CNBC": whose interview a pronoun says)
                            owner = next((g for g in p.toks[j].children if (p.toks[g].rel == "nmod" and (p.toks[
                                g].feat("Case") == "Gen" or g == j + 1) and p.toks[g].pos in {"NOUN", "PROPN"}) or (
                                g < j and p.toks[g].lower in POSSESSIVE_PRONOUNS - {"их"})), -1)
                            if owner >= 0:
                                return owner
                        return j
                    if u.pos not in {"ADJ", "DET", "PUNCT"}:
                        return -1
                return -1
        return -1

    def _so_said(self, first: int, v: int) -> bool:
        """"Так прокомментировал X", "Именно так X ответил на вопрос": "так" opening the sentence points back at
        the words before it."""
        p = self.p
        k = first + (1 if p.toks[first].lower in {"именно", "вот"} else 0)
        # (the subject between may be a whole title: "Так пресс-секретарь российского лидера Дмитрий Песков …", and
        # the topic and the occasion: "Так о темпах выполнения ГОЗ во время посещения завода «…» высказался X")
        # (not "Так в Подмосковье губернатор X заявил, что …": "так" for "for instance", the verb with words of
        # its own after it)
        last = self.sent_end_tok(v)
        # (an "о"-phrase of the object is no words of its own: "Так политик прокомментировал информацию о …")
        own = self._reports_clause(v) or (v + 1 <= last and p.toks[v + 1].lower in {"о", "об", "обо"}) or any(
            p.toks[j].text in ALL_QUOTES and p.toks[j].quoted for j in range(v + 1, min(v + 4, last + 1)))
        return p.toks[k].lower == "так" and 0 < v - k <= 20 and not own and all(
            p.toks[j].pos in {"NOUN", "PROPN", "ADJ", "DET", "PRON", "ADV", "ADP", "NUM"} or (
                p.toks[j].text in ALL_QUOTES and not p.toks[j].quoted) for j in range(k + 1, v)) and not p.toks[
            v].quoted

    def _so_said_back(self, si: int, v: int) -> None:
        """The previous sentence is X's: a quotation standing alone there becomes X's direct speech, other
        words his indirect speech (like "Об этом сообщил X")."""
        p = self.p
        subj = self._speaker_token(v)
        if si == 0 or subj < 0:
            return
        prev = p.sents[si - 1]
        q = p.top_quote_at(prev.start + 1) if self.text[prev.start] in ALL_QUOTES else None
        if q is None or q.open != prev.start or q.close < prev.stop - 3:
            self._back_reference(si, v)
            return
        if q.open in self.attributed and not any(c.standalone and c.start == q.open + 1 for c in self.cands):
            return  # somebody else's words already
        self.cands = [c for c in self.cands if not (c.start >= q.open and c.end <= q.close + 1)]
        t = p.toks[v]
        self._emit_direct(q, q.open + 1, q.close, t.text, t.start, subj=subj)

    def _phrase_subject(self, lo: int, hi: int) -> int:
        """A name, else a nominative noun or pronoun, among tokens lo < k < hi (when the parse misses it)."""
        p = self.p
        noun = -1
        for k in range(lo + 1, hi):
            t = p.toks[k]
            if t.quoted:
                continue
            if t.span >= 0 and p.spans[t.span].type in {"PER", "ORG"} and t.feat("Case") == "Dat" and \
                    self.is_speech_verb(lo) and k == p.spans[t.span].toks[0]:
                # ("Как рассказали «Комсомолке» в правительстве": whom they told; but "Как стало известно
                # «Коммерсанту»": the paper that learned it)
                continue
            if t.span >= 0 and p.spans[t.span].type in {"PER", "ORG"}:
                # ("Как сообщила сегодня ТАСС председатель союза X, …": the outlet she told, then she)
                told = self._person_after_addressee(lo, k) if p.toks[lo].pos in {"VERB", "AUX"} else -1
                return told if told >= 0 else k
            if noun < 0 and t.pos in {"NOUN", "PRON"} and t.feat("Case") == "Nom":
                noun = k
        return noun

    def _speaker_token(self, v: int) -> int:
        p = self.p
        t = p.toks[v]
        h = t.head
        if t.feat("VerbForm") == "Conv" and h >= 0 and p.toks[h].rel == "ccomp" and 0 <= p.toks[h].head < h < v \
                and self.is_speech_verb(p.toks[h].head) and p.toks[v - 1].text == ",":
            # "X подчеркнул, что Израиль защищается, упомянув о …": the parser hung the gerund on the reported
            # clause; its subject is the reporting verb's, not the clause's
            s = self._speaker_token(p.toks[h].head)
            if s >= 0:
                return s
        s = self.subject_of(v)
        if s >= 0 and not p.toks[s].quoted and p.toks[s].span < 0 and p.toks[s].pos == "NOUN" and s < v - 1:
            # "Самый титулованный спортсмен в истории Игр американский пловец Майкл Фелпс подтвердил": the name
            # that ends the subject's phrase right before the verb is who the noun is
            # (one person, not one of several "X и Y заявили"; nor one in the genitive, "муж Асии Биби выразил")
            u = p.toks[v - 1]
            first = p.spans[u.span].toks[0] if u.span >= 0 else -1
            oblique = first >= 0 and any(p.toks[m].feat("Case") in {"Gen", "Dat", "Ins", "Loc", "Acc"}
                                         for m in p.spans[u.span].toks)
            if first >= 0 and p.spans[u.span].type == "PER" and u.feat("Case") in {"Nom", None} and not oblique and \
                    t.feat("Number") != "Plur" and p.toks[first].rel not in {"nmod", "conj", "obl"} and \
                    v - 1 in p.subtree(s, 24):
                return first
        if s >= 0 and not p.toks[s].quoted:
            if t.feat("Number") == "Plur" and self._number_clash(v, s):
                # "Об этом сообщили «Клопс» в компании «Россети Янтарь»": a name that cannot be the plural verb's
                # subject is whom they told (an outlet that does not decline); the body they spoke in speaks (a
                # body: "в Калининграде" is where)
                o = self._obl_org(v)
                if o >= 0 and ((p.toks[o].span >= 0 and p.spans[p.toks[o].span].type == "ORG") or lemma(
                        p.toks[o].text) in ORG_NOUNS):
                    return o
            return s
        if v + 1 < len(p.toks) and (n := p.toks[v + 1]).rel == "nsubj" and 0 <= n.head < v and n.feat(
                "Case") == "Nom" and not n.quoted and n.pos in {"NOUN", "PROPN"} and (
                n.feat("Animacy") == "Anim" or n.span >= 0) and t.feat("Number") == n.feat("Number"):
            # "…продолжает инвестировать, об этом на своей странице сообщил губернатор X": the parser gave the
            # nominative right after the verb to the verb of the clause before; it is this one's
            return v + 1
        o = self._obl_org(v)
        if o >= 0:
            return o
        t = p.toks[v]
        if t.rel == "conj" and t.head >= 0 and t.head < v and self.is_speech_verb(t.head) and t.feat(
                "Number") == "Plur" and self.subject_of(t.head) < 0:
            # "В компании подтвердили, что …, и отметили, что …": the coordinated verb speaks from the same place
            o = self._obl_org(t.head)
            if o >= 0:
                return o
        if t.feat("VerbForm") == "Conv" and t.head >= 0 and self.is_speech_verb(t.head):
            # "«…», — сообщили в пресс-службе, добавив, что …": the gerund's speaker is its verb's
            o = self._obl_org(t.head)
            if o < 0:
                o = self._there(t.head)
            if o >= 0:
                return o
        there = self._there(v)
        if there >= 0:
            return there
        first = p.sents[p.toks[v].sent].first
        rel = self._relative_antecedent(v, first)
        if rel < 0:
            rel = self._host_subject(v)
        if rel >= 0:
            return rel
        # the parse lost the subject: the nearest nominative name before the verb in its sentence (past a
        # gerund phrase between commas: "Валдис Затлерс, рассуждая о событиях, заявил")
        top = v - 1
        if top > first and p.toks[top].text == ",":
            j = top - 1
            while j > max(first, top - 12) and p.toks[j].text != "," and not p.toks[j].quoted:
                j -= 1
            # (or an apposition with no verb: "Надав Бен-Йосеф, директор департамента, пояснил")
            if p.toks[j].text == "," and j + 1 < top and (p.toks[j + 1].feat("VerbForm") == "Conv" or not any(
                    p.toks[m].pos in {"VERB", "AUX"} for m in range(j + 1, top))):
                top = j - 1
        for k in range(top, max(first, top - 7) - 1, -1):
            t = p.toks[k]
            if t.quoted or (t.text in {",", ":", ";"} and k < v - 1):
                break
            if t.span >= 0 and p.spans[t.span].type == "PER" and t.feat("Case") == "Nom" and not self._number_clash(
                    v, k):
                return k
            # "… профсоюзов глава региона также отметил, что …": a person's noun the parser made the subject of
            # the reported clause after the verb
            if t.pos == "NOUN" and t.rel.startswith("nsubj") and t.head > v and t.feat("Case") == "Nom" and (t.feat(
                    "Animacy") == "Anim" or lemma(t.text) in ORG_NOUNS) and self._agrees(v, k):
                # (or a body's: "Федеральная служба безопасности Российской Федерации заявляет, что … задержан")
                return k
        # "…, сообщила Федеральная пассажирская компания (ФПК, …)": the parser hung the subject of an inverted
        # attribution on the clause before it; the nominative that follows and agrees with the verb is it
        if v > first and p.toks[v - 1].text in {",", "—", "–", "-"} and not self.impersonal(v) and not (
                p.toks[v].lower.endswith(("ся", "сь")) and p.toks[v].feat("Tense") == "Pres"):
            k = self.nominal_after(v, p.sents[p.toks[v].sent].last + 1)
            if k >= 0 and p.toks[k].pos != "PRON" and self._agrees(v, k):
                return k
        return -1

    def _agrees(self, verb: int, noun: int) -> bool:
        """Whether a verb and a nominative agree in number and, for a past singular verb, in gender."""
        vt, nt = self.p.toks[verb], self.p.toks[noun]
        if self._number_clash(verb, noun):
            return False
        vg, ng = vt.feat("Gender"), nt.feat("Gender")
        return vg is None or ng is None or vg == ng or (nt.span >= 0 and self.p.spans[nt.span].type == "PER")

    def _words_owner(self, noun: int, stop: int) -> int:
        """"слова общественного деятеля Мурата Жетимишбаева": the person or body whose words (a genitive name
        before `stop`), or -1."""
        p = self.p
        org = -1
        for k in range(noun + 1, stop):
            t = p.toks[k]
            if t.quoted or t.text in {",", ";"}:
                break
            if t.span >= 0 and t.feat("Case") in {"Gen", None}:
                if p.spans[t.span].type == "PER":
                    return k  # ("слова главы МИД Сергея Лаврова": the person, not the body of his title)
                if p.spans[t.span].type == "ORG" and org < 0:
                    org = k
        return org

    def _relative_antecedent(self, v: int, first: int) -> int:
        """"…министр Джереми Хант, который в интервью уже сообщил, что …": the name a nominative "который"
        stands for, when the parse lost the relative clause's subject."""
        p = self.p
        for k in range(v - 1, max(first, v - 15) - 1, -1):
            t = p.toks[k]
            if t.quoted or t.text in _SENT_END or (t.pos in {"VERB", "AUX"} and t.feat("VerbForm") == "Fin"):
                return -1
            if t.lower in {"который", "которая", "которое"}:
                j = k - 1
                if j >= first and p.toks[j].text == ",":
                    a = p.toks[j - 1] if j - 1 >= first else None
                    if a is not None and a.span >= 0 and p.spans[a.span].type in {"PER", "ORG"}:
                        return a.i
                return -1
        return -1

    def _host_subject(self, v: int) -> int:
        """"Кадыров опубликовал видео, в котором заявил, что …", "провел совещание, на котором сообщил": a relative
        clause with no subject of its own, on a thing its host verb's subject made or held, is that subject's
        (when the verbs agree); -1 otherwise."""
        p = self.p
        t = p.toks[v]
        if t.rel != "acl:relcl" or t.head < 0 or self.impersonal(v) or t.lower.endswith(("ся", "сь")) or not any(
                p.toks[c].lower in OBLIQUE_RELATIVES and p.toks[c].rel in {"obl", "advmod"} for c in t.children):
            return -1  # ("письмо, в котором говорится": the document's words, not its critic's)
        def made(k: int) -> bool:
            u = p.toks[k]
            return u.rel in {"obj", "obl"} and u.head >= 0 and p.toks[u.head].pos == "VERB" and self.vlemma(
                u.head) in MAKE_OR_HOLD_VERBS

        thing = p.toks[t.head]
        if not made(t.head):
            # (the parser may hang the clause on another noun: "Директор … дал интервью изданию, в котором
            # рассказал": the relative word's gender and number name the thing, the nearest such noun before it)
            rel = next(c for c in t.children if p.toks[c].lower in OBLIQUE_RELATIVES and p.toks[c].rel in {
                "obl", "advmod"})
            k = rel - 1
            while k >= 0 and p.toks[k].text != ",":
                k -= 1
            cands = [j for j in range(k - 1, max(p.sents[t.sent].first, k - 12) - 1, -1) if p.toks[j].pos == "NOUN"
                     and p.toks[j].feat("Gender") == p.toks[rel].feat("Gender") and p.toks[j].feat(
                         "Number") == p.toks[rel].feat("Number")]
            made_one = next((j for j in cands if made(j)), -1)
            if made_one < 0:
                return -1  # (only what the subject made or held is his: not "раскритиковал письмо, в котором …")
            thing = p.toks[made_one]
        s = self.subject_of(thing.head)
        if s < 0 or p.toks[s].quoted or not self._agrees(v, s) or (
                p.toks[s].pos != "PRON" and not self._named_speaker(s)):
            return -1
        return s

    def _obl_org(self, v: int) -> int:
        """"в Кремле заявили", "в пресс-службе министерства сообщили": the place that speaks."""
        p = self.p
        t = p.toks[v]
        # ("Как стало известно «Коммерсанту» в Минфине": the body that told the paper)
        known = self.vlemma(v) == "стать" and v + 1 < len(p.toks) and p.toks[v + 1].lower == "известно"
        if t.feat("Number") != "Plur" and not known:
            return -1
        # (inside the marks of «A, — уточнили в УФССП. — B» the place is as quoted as the verb)
        places = [c for c in t.children
                  if p.toks[c].rel == "obl" and p.toks[c].quoted == t.quoted
                  and any(p.toks[g].lower in {"в", "во"} for g in p.toks[c].children)
                  and lemma(p.toks[c].text) not in NOT_SPEAKING_PLACES]
        # a named body beats a common noun ("в свою очередь в «Нафтогазе» сообщили")
        named = [c for c in places if p.toks[c].span >= 0 or p.toks[c].pos == "PROPN"]
        if not places:
            # "В компании АФК «Система» отметили, что …" with the place hung on a word of the clause: "в" and a
            # noun opening the sentence right before the verb, nothing but its name between
            first = p.sents[t.sent].first
            k = first + 1
            if v - first <= 8 and p.toks[first].lower in {"в", "во"} and k < v and p.toks[k].pos in {
                    "NOUN", "PROPN"} and p.toks[k].feat("Case") == "Loc" and not p.toks[k].quoted and lemma(
                    p.toks[k].text) not in NOT_SPEAKING_PLACES and all(
                    p.toks[j].pos not in {"VERB", "AUX", "ADP", "SCONJ"} and p.toks[j].text not in {",", ";", ":"}
                    for j in range(k + 1, v)):
                return k
            # "…, сообщили агентству "Интерфакс - Дальний Восток" в Сахалино-Курильском терруправлении": the
            # parser lost the place after the verb; "в" and a noun in the locative before the next verb or comma
            asides = self._date_commas(v, p.sents[t.sent].last)
            for k in range(v + 1, min(p.sents[t.sent].last, v + 12)):
                u = p.toks[k]
                if u.pos in {"VERB", "AUX"} or (u.text in {",", ";", ":"} and not u.quoted and k not in asides):
                    break
                if u.lower in {"в", "во"} and not u.quoted:
                    noun = next((j for j in range(k + 1, min(k + 4, len(p.toks))) if p.toks[j].pos in {
                        "NOUN", "PROPN"}), -1)
                    if noun >= 0 and p.toks[noun].feat("Case") == "Loc" and not p.toks[noun].quoted and lemma(
                            p.toks[noun].text) not in NOT_SPEAKING_PLACES and all(
                            p.toks[j].pos == "ADJ" for j in range(k + 1, noun)):
                        return noun
        place = (named or places or [-1])[0]
        # "сообщили в минтрансе области и «Росавтотрансе»": two bodies, nobody's words alone (a conjunct in the
        # place's case, or in another case than the genitive it hangs on, is a second place; "в министерстве
        # транспорта и связи" is one)
        # ("в комиссии по делам несовершеннолетних и защите их прав": a second field of one body is no second body)
        field = place + 1 < len(p.toks) and p.toks[place + 1].lower == "по"
        if place >= 0 and any(p.toks[k].rel == "conj" and p.toks[k].pos in {"NOUN", "PROPN"} and (
                p.toks[k].feat("Case") == p.toks[place].feat("Case") or p.toks[k].feat("Case") != p.toks[
                    p.toks[k].head].feat("Case")) and not (field and p.toks[k].head != place)
                for k in p.subtree(place) if k > place):
            return -1
        return place

    def _publication(self, k: int) -> bool:
        """A document or the place it is published ("сообщение", "сайт", "Telegram-канал", "Twitter"): its owner in
        the genitive is the source."""
        t = self.p.toks[k]
        return fold(t.text) in PLATFORM_NOUNS or lemma(t.text) in PLATFORM_NOUNS | DOC_NOUNS

    def _said_by_nobody(self, v: int) -> bool:
        """Whether an impersonal verb says where, not whose: "в СМИ сообщалось", "в соцсетях пишут", "в сети
        появилась информация" — the media at large, no document the passage quotes."""
        p = self.p
        # (not "в соцсетях губернатора", "в телеграме ведомства": an owner's channel)
        return any(p.toks[c].rel == "obl" and lemma(p.toks[c].text) in NOBODYS_PLACES and not any(
            p.toks[g].rel in {"nmod", "det", "nmod:poss"} and (p.toks[g].feat("Case") == "Gen" or p.toks[
                g].lower in POSSESSIVE_PRONOUNS) for g in p.toks[c].children) for c in p.toks[v].children)

    def _document_source(self, v: int) -> tuple[int, dict[str, object]]:
        """Who speaks through the document an impersonal verb quotes, and the evidence for the candidate: the
        owner named in the genitive ("говорится в сообщении Минздрава"), else -1 and the document quoted last
        in the passage ("Уточняется, что …", "В нем также отмечается …")."""
        owner = self._doc_owner(v)
        if owner < 0 and any(self.p.toks[c].rel == "obl" and lemma(self.p.toks[c].text) in WORK_TEXTS
                             for c in self.p.toks[v].children):
            return -1, {}  # "— отмечается в аннотации к фильму": a work's blurb, nobody's words
        return (owner, {"doc": True}) if owner >= 0 else (-1, {"doc": True, "pron_offset": self.p.toks[v].start})

    def _doc_owner(self, v: int) -> int:
        """"говорится в заявлении гособвинителя X": the genitive owner of the document."""
        p = self.p
        # the document itself, then where it was published ("в сообщении на сайте Минфина")
        docs = [c for c in p.toks[v].children if p.toks[c].rel == "obl"]
        if not any(lemma(p.toks[c].text) in DOC_NOUNS for c in docs):
            # "в заявлении Белого дома по итогам переговоров сообщалось": the parser hung the document on the verb
            # of the clause before; it is the document right before the verb, in the same clause
            k = v - 1
            while k >= max(p.sents[p.toks[v].sent].first, v - 8) and p.toks[k].text not in {",", ";", ":", "—"}:
                if lemma(p.toks[k].text) in DOC_NOUNS and p.toks[k].feat("Case") == "Loc" and k > 0 and p.toks[
                        k - 1].lower in {"в", "во"}:
                    docs.append(k)
                    break
                k -= 1
        # where it was published ("в сообщении на сайте Минфина", "в сообщении в Telegram-канале ведомства")
        docs += [g for c in docs for g in p.toks[c].children
                 if p.toks[g].rel == "nmod" and p.toks[g].feat("Case") != "Gen" and self._publication(g)]
        for c in docs:
            if lemma(p.toks[c].text) in SETTLEMENT_NOUNS | STREET_WORDS:
                continue  # ("В селе Лопатино Тарусского района … было объявлено": where, no document's owner)
            for g in p.toks[c].children:
                gt = p.toks[g]
                # (a name in Latin letters has no case: "В заявлении Co-op подчеркивается")
                if gt.rel == "nmod" and gt.pos in {"NOUN", "PROPN"} and (gt.feat("Case") == "Gen" or (
                        gt.feat("Case") is None and gt.span >= 0 and p.spans[gt.span].type == "ORG")):
                    return g
                # "в статье Mail on Sunday": a foreign name after the document noun
                if gt.rel == "appos" and g == c + 1 and gt.span >= 0:
                    return g
                # "В распространенном пресс-службой МВД сообщении": the agent of the participle that describes it
                if gt.rel in {"amod", "acl"} and gt.feat("VerbForm") == "Part" and gt.feat("Voice") == "Pass":
                    # (an undeclined name has no case: "В письме, разосланном Wildberries продавцам, …")
                    agent = next((a for a in gt.children if p.toks[a].pos in {"NOUN", "PROPN"} and (
                        (p.toks[a].feat("Case") == "Ins" and p.toks[a].rel in {"obl", "obl:agent", "nmod"}) or (
                            p.toks[a].rel == "obl:agent" and p.toks[a].span >= 0))), -1)
                    if agent >= 0:
                        return agent
        return -1

    def _po_slovam(self, si: int) -> None:
        """"по словам X, …" / "по мнению X, …" / "по его словам, …" / "…, по словам X."."""
        p = self.p
        sent = p.sents[si]
        for k in range(sent.first, sent.last - 1):
            t = p.toks[k]
            if t.quoted or t.lower not in {"по", "согласно", "со", "с"}:
                continue
            subj = -1
            nxt = p.toks[k + 1]
            opens = k == sent.first or p.toks[k - 1].text in {",", "—", "–", ":"}
            if t.lower == "со":
                # ("составлен со слов потерпевшей", "начал со слов благодарности": a source of a text, not a report)
                if nxt.lower != "слов" or not opens:
                    continue
                key, j = k + 1, k + 2  # "Со слов волгодончанки, …": "по словам"
            elif t.lower == "с":
                if not (opens and nxt.lower in POSSESSIVE_PRONOUNS and p.toks[k + 2].lower == "слов"):
                    continue
                key, subj, j = k + 2, k + 1, k + 3  # "С ее слов, …"
            elif nxt.lower in {"свидетельству", "свидетельствам"} and p.toks[k + 2].lower in {"о", "об"}:
                continue  # "По свидетельству о рождении …": a certificate, nobody's words
            elif t.lower == "согласно":
                # "Согласно объявлению министерства, …", "Согласно отчету Guardian, …", "Согласно Марку, …"
                # ("согласно данным" is statistics, like "по данным")
                if lemma(nxt.text) in ACCORDING_LEMMAS or lemma(nxt.text) in DOC_NOUNS:
                    key, j = k + 1, k + 2
                elif nxt.span >= 0 and p.spans[nxt.span].type == "PER":
                    key, j = k, k + 1  # ("Согласно IDC, …" is a data source, like "по данным")
                else:
                    continue
            elif nxt.lower in ACCORDING_TO_NOUNS:
                key, j = k + 1, k + 2
            elif nxt.lower in POSSESSIVE_PRONOUNS and p.toks[k + 2].lower in ACCORDING_TO_NOUNS:
                key, subj, j = k + 2, k + 1, k + 3
            elif nxt.pos == "ADJ" and p.toks[k + 2].lower in ACCORDING_TO_NOUNS:
                key, j = k + 2, k + 3  # "По предварительной информации ГАИ, …", "по официальной версии X"
            else:
                continue
            # names in quotation marks ("главного редактора "Рамблер-Новости" Максима Токарева") are part of
            # the phrase; a quotation after a comma is not
            glued = -1
            if subj < 0:
                stop = j
                while stop <= sent.last and (p.toks[stop].text not in {",", ".", ":", ";"}
                                             or self._inside_word(p.toks[stop])):
                    stop += 1
                if stop >= sent.last and k == sent.first:
                    # "По словам Миненкова вся документация прошла экспертизу": no comma after the name; the phrase
                    # is the name (after the genitives of its title) and the words begin right after it
                    name = j
                    while name < stop and p.toks[name].span < 0 and p.toks[name].pos in {"NOUN", "ADJ"} and p.toks[
                            name].feat("Case") == "Gen":
                        name += 1
                    if name < stop and p.toks[name].span >= 0 and p.spans[p.toks[name].span].type == "PER":
                        end = p.spans[p.toks[name].span].toks[-1]
                        after = p.toks[end + 1] if end + 1 <= sent.last else None
                        # (not "По словам Ивана Петрова и Анны Сидоровой …", "… Петрова из Минфина …")
                        if after is not None and after.pos not in {"CCONJ", "ADP", "PUNCT"} and not any(
                                p.toks[c].rel in {"conj", "nmod"} for c in p.toks[end].children):
                            glued = end
                            stop = glued + 1
                subj = self._phrase_subject_gen(j, stop)
                j = stop
            cue = f"{t.lower} {p.toks[key].text}" if key > k else t.lower  # ("согласно X": no noun of words)
            if glued >= 0 and subj >= 0 and glued + 2 < sent.last:
                self._emit_po(p.toks[glued].stop, self._clause_end(glued + 1, -1), k, subj, cue)
                continue
            while j <= sent.last and (p.toks[j].text not in {",", "."} or self._inside_word(p.toks[j])):
                j += 1
            if subj < 0:
                continue
            if j < sent.last and p.toks[j].text == ",":
                # "По информации X, сообщило ИА «Кабар», …": the outlet that relays it stands between
                rel = j + 1
                if rel <= sent.last and p.toks[rel].pos in {"VERB", "AUX"} and self.vlemma(rel) in (
                        RELAY_VERBS | SPEECH_VERBS) and not p.toks[rel].quoted:
                    end = rel + 1
                    while end < sent.last and (p.toks[end].text != "," or p.toks[end].quoted):
                        end += 1
                    if end < sent.last and end - rel <= 8 and p.toks[end + 1].lower != "что":
                        self.relay_tokens.add(self.subject_of(rel))
                        j = end
                elif rel <= sent.last and p.toks[rel].feat("VerbForm") == "Part" and p.toks[rel].feat(
                        "Case") in {"Dat", "Gen", "Ins"} and not p.toks[rel].quoted:
                    # (the tagger reads a plural dative in -ым as an instrumental: "По сообщениям МЧС, поступившим")
                    # "по информации Росстата, опубликованной в конце августа, …": the participle describes the
                    # source; the words come after it
                    end = next((e for e in range(rel + 1, min(rel + 10, sent.last)) if p.toks[e].text == ","), -1)
                    if end > 0:
                        j = end
                self._emit_po(p.toks[j].stop, self._clause_end(j + 1, -1), k, subj, cue)
            elif k > sent.first and p.toks[k - 1].text == ",":
                self._emit_po(p.toks[sent.first].start, p.toks[k - 1].start, k, subj, cue)

    def _phrase_subject_gen(self, lo: int, hi: int) -> int:
        """The owner of the words in "по словам <phrase>": a name in it, else its first noun."""
        p = self.p
        noun = org = -1
        for k in range(lo, hi):
            t = p.toks[k]
            named = next((m for m in range(k + 1, min(hi, k + 5)) if p.toks[m].span >= 0 and p.spans[
                p.toks[m].span].type == "PER"), -1)
            # (a name beside the noun, no preposition between: "источника в окружении Владимира Путина" is not he)
            beside = named > 0 and not any(p.toks[m].pos == "ADP" for m in range(k + 1, named))
            if noun < 0 and org < 0 and t.pos == "NOUN" and lemma(t.text) in ANONYMOUS_NOUNS and not beside:
                # "по словам источника в министерстве": nobody to hold to the words ("по словам жителя села Ивана
                # Петрова" names him)
                return -1
            if lemma(t.text) == "один" and k + 1 < hi and p.toks[k + 1].lower == "из":
                return -1  # "по словам менеджера одной из компаний": somebody, unnamed
            if t.span >= 0 and p.spans[t.span].type == "PER":
                return k
            if org < 0 and t.span >= 0 and p.spans[t.span].type == "ORG":
                org = k
            if noun < 0 and org < 0 and t.pos in {"NOUN", "PROPN"}:
                noun = k
        if noun >= 0 and p.toks[noun].feat("Animacy") == "Anim":
            return noun  # "по словам главы иорданского МИД": the head of the ministry, not the ministry
        return org if org >= 0 else noun

    def _emit_po(self, start: int, end: int, k: int, subj: int, cue: str) -> None:
        s, e = _trim(self.text, start, end)
        if e - s < 3:
            return
        q = self.p.top_quote_at(s + 1) if self.text[s] in "«\"„“" else None
        if q is not None and q.open == s and q.close < e and (
                not self.text[q.close + 1:e].strip(" .,!?…") or self.text[q.close + 1:e].lstrip()[:1] == ";"):
            # "по словам зампреда комиссии, «люди начали …»; причины …": the words are a quotation, direct speech
            if q.open not in self.attributed:
                self._emit_direct(q, q.open + 1, q.close, cue, self.p.toks[k].start, subj=subj)
            return
        self.cands.append(Cand("indirect", s, e, cue, self.p.toks[k].start, subj=subj))
