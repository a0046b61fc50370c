"""The who-said-what engine: text in, `Analysis` out (see ../shared/CONTRACT.md).

Steps: natasha parse (pipeline), actors from NER spans (actors), quotations and speech verbs (quotes),
speakers resolved in text order so that pronouns see who spoke before (coref), summary from the lead.
`analyze` never raises: any unexpected failure degrades to an analysis with a summary only.
"""

from __future__ import annotations

import logging
import re

from analysis.actors import ActorIndex, Role, stem
from analysis.coref import Resolver
from analysis.keys import fold
from analysis.lexicon import (
    ANONYMOUS_NOUNS,
    ANOTHER_WORDS,
    ANY_OFFICE_HEADS,
    COMMON_GENDER_TITLES,
    COUNTRIES,
    COUNTRY_STEMS,
    ENTOURAGE_NOUNS,
    INTERLOCUTOR_NOUNS,
    KIND_ABBREVIATIONS,
    PERSON_NOUNS,
    PERSON_ROLE_HEADS,
    PLACE_GENITIVES,
    PRESS_NOUNS,
    PRONOUN_GENDER,
    REGIONAL_HEADS,
    RELAY_VERBS,
    SHARE_NOUNS,
    SPOKESPERSON_NOUNS,
    WORDS_NOUNS,
    is_outlet,
)
from analysis.model import Actor, Analysis, Quote
from analysis.parsed import DASHES, Parsed
from analysis.pipeline import MAX_CHARS, is_first_name, lemma, nominative_name_gender, parse, verb_lemma
from analysis.quotes import Cand, QuoteFinder, elided_subject
from analysis.scoring import Option, choose
from analysis.summary import fallback_summary, summarize

log = logging.getLogger(__name__)
#: How far back (characters) the last speaker may be for an unresolved role noun to refer to them.
_ROLE_FALLBACK_CHARS = 1500
_LETTER = re.compile(r"[^\W\d_]")


def analyze(text: str) -> Analysis:
    """Analyse one article; returns an empty Analysis for empty input and never raises."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if not _LETTER.search(text[:MAX_CHARS]):
        return Analysis()
    try:
        return _analyze(text[:MAX_CHARS])
    except Exception:  # the bot must answer something; the failure is logged for a fix
        log.exception("analysis failed on a text of %d characters", len(text))
        return Analysis(summary=fallback_summary(text[:MAX_CHARS]))


#: Control characters, lone surrogates and the invisible characters that pasted posts carry (zero-width spaces,
#: joiners, marks, BOM): they confuse the segmenter, and inside a line they glue to the next word, so
#: "\u200bПесков" is no longer a name to the tokenizer. Web pages also set non-breaking and thin spaces around
#: the attribution dash ("»,\u00a0— сказал"), which every rule reads as a plain space. One character for one
#: keeps every offset.
_NOT_FOR_NLP = re.compile(
    "[\x00-\x08\x0b-\x1f\u200b-\u200f\u2060\ufeff\ud800-\udfff\u00a0\u2000-\u200a\u202f\u205f\u3000]")


#: Two or three words in capitals: "СЕРГЕЙ ГРЕНАДЁРОВ, председатель комиссии:", "Андрей ДМИТРИЕВ (тренер …)".
_CAPS_WORDS = re.compile(r"\b[А-ЯЁ][А-ЯЁа-яё]+(?:[ \t][А-ЯЁ]{2,}){1,2}\b")


#: The full stop of an abbreviation that always precedes a name ("ул. Прудской", "им. Пирогова"): the
#: sentence splitter takes it for a sentence end before the capital letter.
_NAME_ABBREVIATION_DOT = re.compile(r"\b(ул|просп|пер|пл|наб|бул|пос|мкр)\.(?=[ \u00a0]*[А-ЯЁ])")


#: The full stop of a unit after a number that ends a sentence ("… ростом 40 см. Об этом сообщает …", "5 млрд. По
#: словам …"): the splitter reads "см." as an abbreviation inside one sentence; before a word that opens
#: sentences it is the sentence end, and the parser is shown one it cannot miss.
_UNIT_AT_SENTENCE_END = re.compile(
    r"(?<=\d[ \u00a0])(г|гг|руб|тыс|млн|млрд|трлн|см|мм|км|кг|га)\.(?=[ \u00a0]+(?:Это|Об|По|Как|Он|Она|Они|При|Также|"
    r"Кроме|Однако|Ранее|Но)[ \u00a0])")

#: Dashes that typesetting tools and pasted posts put where a writer means the attribution dash (a minus sign, a
#: figure dash, a horizontal bar) and hyphens that are not ASCII: every rule reads the three dashes of `DASHES`.
_ODD_DASHES = str.maketrans({"\u2212": "–", "\u2012": "–", "\u2015": "—", "\u2010": "-", "\u2011": "-"})


def _clean_for_nlp(text: str) -> str:
    """The text the parser sees, offset for offset the same: invisible characters as spaces, odd dashes as the
    usual ones, the full stop of an address abbreviation as a space, and a person's name set in capitals
    (interview and press-conference layouts) in ordinary case, which the tagger reads as a name and not as an
    organisation's abbreviation."""
    text = _NOT_FOR_NLP.sub(" ", text).translate(_ODD_DASHES)
    text = _MIXED_SCRIPT_WORD.sub(_cyrillic_lookalikes, text)
    text = _NAME_ABBREVIATION_DOT.sub(r"\1 ", text)
    text = _UNIT_AT_SENTENCE_END.sub(r"\1!", text)
    # "ПАВЛОДАР. КАЗИНФОРМ - Пресс-служба акима заявила …": a wire's dateline is no subject of the sentence
    text = _WIRE_DATELINE.sub(lambda m: " " * len(m.group(0)), text)
    return _CAPS_WORDS.sub(_name_case, text)


#: A word of Cyrillic letters with Latin or Greek look-alikes among them ("Cергей" with a Latin C, "слοвам" with a
#: Greek omicron: pasted text has them, some sites plant them against copying): the tagger and the lexicon know the
#: word only in Cyrillic.
_MIXED_SCRIPT_WORD = re.compile(r"\b(?=\w*[а-яёА-ЯЁ])(?=\w*[A-Za-z\u0370-\u03ff])\w+\b")
_FOREIGN_LOOKALIKES = "ABCEHKMOPTXaceopxyΑΒΕΗΚΜΟΡΤΧοακρχ"
_LOOKALIKES = str.maketrans(_FOREIGN_LOOKALIKES, "АВСЕНКМОРТХасеорхуАВЕНКМОРТХоакрх")


def _cyrillic_lookalikes(m: re.Match[str]) -> str:
    word = m.group(0)
    foreign = [c for c in word if c.isalpha() and (c.isascii() or "\u0370" <= c <= "\u03ff")]
    if len(foreign) * 2 >= len(word) or any(c not in _FOREIGN_LOOKALIKES for c in foreign):
        return word  # (a Latin word with a Cyrillic slip, or a real mixed name, stays as written)
    return word.translate(_LOOKALIKES)


#: A wire dateline opening a paragraph: the place and the agency in capitals, a dash ("АСТАНА. КАЗИНФОРМ - "),
#: also with the date between ("Москва. 3 сентября. INTERFAX.RU - ", "ЕРЕВАН, 3 окт – ").
_WIRE_DATELINE = re.compile(
    r"(?m)^(?:[А-ЯЁ][А-ЯЁ-]+(?: [А-ЯЁ-]+)?\. [А-ЯЁA-Z][А-ЯЁA-Z.-]+(?: [А-ЯЁA-Z]+)? [-–—] "
    r"|[А-ЯЁ][А-ЯЁа-яё-]+(?: [А-ЯЁ][А-ЯЁа-яё-]+)?[.,] \d{1,2} (?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)"
    r"[а-яё]{0,5}\.?(?: \d{4})?[.,]? "
    r"(?:[А-ЯЁA-Z][А-ЯЁA-Z.-]+(?: [А-ЯЁA-Z]+)? )?[-–—] )")


#: A word in capitals right after or right before such a run: the run is part of a headline set in capitals.
_CAPS_AFTER = re.compile(r"[ \t]+[А-ЯЁ]+\b")
_CAPS_BEFORE = re.compile(r"\b[А-ЯЁ]+[ \t]+$")


def _name_case(m: re.Match[str]) -> str:
    run = m.group(0)
    # (a headline set in capitals, "ВЛАДИМИР ПУТИН ЗАЯВИЛ О …", is left as it is)
    if _CAPS_AFTER.match(m.string, m.end()) or _CAPS_BEFORE.search(m.string[:m.start()]):
        return run
    first = run.split()[0]
    if not is_first_name(first[:1] + first[1:].lower()):
        return run
    # each word in ordinary case, the spaces between as they were (offsets stay the same)
    return re.sub(r"\S+", lambda w: w[0][:1] + w[0][1:].lower(), run)


#: A sentence glued to the one before it ("обстановка спокойная.Об этом информирует …", "…».По её словам"): pasted
#: posts and scraped pages lose the space, and the segmenter then reads two sentences as one. A lower-case word
#: (not "Яндекс.Новости", a name), an abbreviation or a closing mark, the stop, and a capital or an opening mark
#: right after.
_GLUED_SENTENCE = re.compile(
    r"(?:(?<![^\W\d_])[а-яё]{3,}|[»”])[.!?…](?=[А-ЯЁ«]|\"[А-ЯЁ])|(?<=[а-яё]{3})[.!?…](?=«)"
    # (an abbreviation ends a sentence too, "блока №1 Белорусской АЭС.Как он отметил", before a whole word)
    # (not a site's name in quotation marks, «НГС.Новости»: the abbreviation follows a space, and the word after
    # the stop is no closing one)
    r"|(?<=\s)[А-ЯЁ]{2,6}[.!?…](?=[А-ЯЁ][а-яё]{2,}\b(?![»\"”.,]))"
    # (a capitalised word too, "в отелях Крыма.Это связано", when what follows opens sentences and names nothing)
    r"|(?<![^\W\d_])[А-ЯЁ][а-яё]{2,}[.!?…](?=(?:Это|Об|По|Как|Он|Она|Они|При|Также|Кроме|Однако|Ранее|Но|В|На|С)"
    r"[ \u00a0])"
    # (or a quotation opening right after it: "… сообщил глава города Михаил Исаев.«Как я и говорил …")
    r"|(?<![^\W\d_])[А-ЯЁ][а-яё]{2,}[.!?…](?=[«\"„][А-ЯЁ][а-яё])")


def _unglue(work: str) -> tuple[str, list[int]]:
    """The text with a space put after each glued full stop, and for every offset of it the offset in `work`
    (one past the end included), so what is found is cut from the text as the user sent it."""
    cuts = [m.end() for m in _GLUED_SENTENCE.finditer(work)]
    if not cuts:
        return work, list(range(len(work) + 1))
    parts, origin, prev = [], [], 0
    for cut in cuts:
        parts.append(work[prev:cut])
        origin.extend(range(prev, cut))
        parts.append(" ")
        origin.append(cut)  # (the space stands where the next sentence begins)
        prev = cut
    parts.append(work[prev:])
    origin.extend(range(prev, len(work) + 1))
    return "".join(parts), origin


def _analyze(text: str) -> Analysis:
    work, origin = _unglue(_clean_for_nlp(text))
    doc = parse(work)
    p = Parsed(work, doc)
    idx = ActorIndex(p)
    res = Resolver(p, idx)
    finder = QuoteFinder(p)
    finder.find_direct()
    finder.find_indirect()
    for k in finder.relay_tokens:
        ai = idx.span_actor[p.toks[k].span] if k >= 0 and p.toks[k].span >= 0 else -1
        # (a person is never a medium: "— цитирует Зайцева ТАСС" with the parser's subject on the person cited)
        if ai >= 0 and idx.actors[ai].type != "PER":
            res.media.add(ai)
    cands = _dedupe(finder.cands)
    quotes = _resolve(cands, p, idx, res, text, origin)
    actors = _actors(idx, p, {q.speaker for q in quotes})
    return Analysis(summary=summarize(p), actors=actors, quotes=quotes)


def _dedupe(cands: list[Cand]) -> list[Cand]:
    """Partial quotes inside reported clauses belong to the clause; one quote per span."""
    direct = [c for c in cands if c.kind == "direct" and not c.partial]
    # (a topic — "рассказал, почему …" — is no report: what it names may hold somebody's words)
    indirect = [c for c in cands if c.kind == "indirect" and not c.topic]
    out: list[Cand] = []
    seen: set[tuple[int, int]] = set()
    for c in sorted(cands, key=lambda c: (c.start, c.kind)):
        if (c.start, c.end) in seen:
            continue
        if c.partial and any(i.start <= c.start and c.end <= i.end + 1 for i in indirect):
            continue
        if c.kind == "indirect" and c.subj < 0 and c.pron_offset < 0 and any(
                i is not c and c.start <= i.start and i.end <= c.end and i.subj >= 0 for i in indirect):
            continue  # "Ранее сообщалось, что X заявил, что …": the impersonal outer report gives way to X's
        if c.kind == "indirect":
            overlap = max((min(c.end, d.end) - max(c.start, d.start) for d in direct), default=0)
            if overlap > 0.5 * (c.end - c.start):
                continue
            if any(o.kind == "indirect" and o.start <= c.start and c.end <= o.end and (o.start, o.end) != (
                    c.start, c.end) and (o.subj >= 0 or o.follow is not None) for o in indirect):
                continue  # reported speech inside a report by a named speaker belongs to the outer one
        seen.add((c.start, c.end))
        out.append(c)
    return out


class _Discourse:
    """Who spoke last, and where: the state that pronouns, documents and standalone quotes refer back to."""

    def __init__(self) -> None:
        self.last: int | None = None
        self.last_pos = -(10**9)
        self.last_doc: int | None = None
        self.spoken: set[int] = set()
        #: an organisation that last spoke through an unnamed person ("заявил представитель МИД"): a "он" right
        #: after means that person, who speaks for it
        self.spokes: tuple[int, int] | None = None
        #: the person a title "Орешкин: …" gives the words of the article to, and the title's sentence
        self.headline: tuple[int, int] | None = None


def _options(c: Cand, p: Parsed, idx: ActorIndex, res: Resolver, d: _Discourse) -> list[Option]:
    """Every plausible speaker of one candidate quote, each tagged with the kind of evidence behind it."""
    options: list[Option] = []
    if c.follow is not None:
        if c.follow.speaker is not None:
            options.append(Option(c.follow.speaker, "continuation"))
        return options
    if c.subj >= 0 and c.start <= p.toks[c.subj].start < c.end and p.top_quote_at(p.toks[c.subj].start) is not None:
        return options  # a word of the reported words themselves is no speaker of them ("говорит, что "Астана …"")
    verb = _cue_verb(p, c.pos)
    if c.subj >= 0:
        t = p.toks[c.subj]
        sp = res.actor_of_token(c.subj, c.pos)
        if sp is not None and _people_of_a_place(p, idx, sp, c.subj):
            sp = None
        if sp is not None:
            sp = _namesake_outside(p, idx, sp, c)
            if t.pos == "PRON" or t.lower in PRONOUN_GENDER:
                source = "pronoun"
            elif t.span >= 0 or (idx.actors[sp].type == "PER" and fold(idx.actors[sp].name).split()[-1:] == [
                    fold(t.text)]) or any(p.toks[k].rel in {"appos", "flat", "flat:foreign"} and p.toks[k].span >= 0
                                          and idx.span_actor[p.toks[k].span] == sp for k in t.children):
                source = "subject"  # (also a name beside its kind noun: "Газета «Ведомости» пишет")
            elif idx.actors[sp].type == "PER":
                source = "role" if t.span < 0 and not res.names_person(c.subj) else "subject"
            else:
                source = "organisation" if t.span < 0 else "subject"
            options.append(Option(sp, source))
        elif (t.pos == "PRON" and t.lower in {"он", "она"} and d.spokes is not None and d.spokes[0] == d.last
              and p.sent_of_offset(c.pos) - p.sent_of_offset(d.spokes[1]) <= 2):
            options.append(Option(d.spokes[0], "pronoun"))
        elif (lemma(t.text) in INTERLOCUTOR_NOUNS and d.last is not None and idx.actors[d.last].type == "ORG"
              and not is_outlet(idx.actors[d.last].name)
              and c.pos - d.last_pos < _ROLE_FALLBACK_CHARS):
            # "сообщили «Интерфаксу» в пресс-службе МЧС. «…», — сказал собеседник агентства": the body's voice
            options.append(Option(d.last, "passage_speaker"))
        elif (t.pos == "NOUN" and t.feat("Animacy") == "Anim" and t.feat("Number") != "Plur" and d.last is not None
              and not _another(p, c.subj) and not _of_somebody_named(p, c.subj) and not _contrasted(p, c.subj)
              and not _other_office(idx, d.last, idx.role_of(c.subj).head)
              and not _former_only(idx, d.last, idx.role_of(c.subj))
              and not _for_another_body(p, res, c.subj)
              and idx.actors[d.last].type == "PER" and c.pos - d.last_pos < _ROLE_FALLBACK_CHARS
              and not _clashes(idx.actors[d.last].gender, _verb_gender(p, verb))):
            # "— сказал эксперт", "собеседник агентства отметил": a role the article never gave anyone
            # refers to the person speaking in this passage (not a woman when the verb says a man spoke: then
            # it is the man the sentence before was about)
            office, who = idx.role_of(c.subj), d.last
            # (the last speaker spoke in a paragraph before: "Гладков сообщил, что … Губернатор добавил" right
            # after him is he)
            if d.headline is not None and d.headline[0] != d.last and office.head in PERSON_ROLE_HEADS and \
                    office.mods and not idx.actors[d.last].roles and "\n" in p.text[d.last_pos:t.start] and \
                    not _other_office(idx, d.headline[0], office.head):
                # "Гладков: «…» (title) … Путин сообщил о … Губернатор области рассказал, что …": a full title of
                # office that nobody holds is the person the title gives the article to, not whoever spoke last
                who = d.headline[0]
            options.append(Option(who, "passage_speaker"))
        elif (t.pos == "NOUN" and t.feat("Animacy") == "Anim" and t.feat("Number") != "Plur" and all(
                _of_the_place(p, k) for k in t.children)
              # ("Специалист подчеркнул" after "тренер X прокомментировал": a word for any expert, him)
              and lemma(t.text) not in ANONYMOUS_NOUNS | (SPOKESPERSON_NOUNS - {"специалист"}) | ENTOURAGE_NOUNS
              | (PERSON_NOUNS - {"эксперт", "аналитик"})):
            # "Мария Захарова провела брифинг. Дипломат заявила, что …": a bare role noun the article gave
            # nobody, right after a sentence about one person whose gender the verb repeats, describes that person
            gender = _verb_gender(p, verb)
            if gender is None and verb is not None and _relaying(p, verb) and (t.head == verb or (
                    t.head >= 0 and p.toks[t.head].head == verb and lemma(p.toks[t.head].text) in WORDS_NOUNS)):
                # "— приводит слова спортсмена «Р-Спорт»": the outlet's verb says nothing; the noun's gender does
                gender = t.feat("Gender")
            elif gender is None and verb is None and not lemma(t.text).endswith(("а", "я")):
                # "По словам ученого, …" has no verb; a noun not of common gender ("глава", "судья") gives it
                gender = t.feat("Gender")
            near = res.recent_subject(t.start, gender) if gender else None
            # (counted from where the words begin: a quotation of three sentences before "— отметил президент"
            # is no distance from the sentence about him)
            role = idx.role_of(c.subj)
            title = role.head
            if near is not None and idx.actors[near[0]].gender == gender and not _other_office(
                    idx, near[0], title) and not _former_only(idx, near[0], role) and min(p.sent_of_offset(
                    c.pos), p.sent_of_offset(c.start)) - p.sent_of_offset(near[1]) <= 1 and not any(
                    near[1] < at < t.start and ai != near[0] and not _other_office(idx, ai, title)
                    and _gender_of(idx, ai) in {None, gender} for at, ai in res.mentions) and not any(
                    ai != near[0] and idx.actors[ai].type == "PER" and p.sent_of_offset(at) == p.sent_of_offset(
                        near[1]) for at, ai in res.events):
                # (nor one of several subjects: "Депутаты X, Y и Z перейдут в парламент. «…», — сказал депутат")
                # (and nobody named since who may hold the title: "Путин встретился с Иваном Петровым. «…», —
                # сказал глава региона" may be Петров; "… с губернатором Петровым. «…», — сказал глава
                # государства" is Путин)
                options.append(Option(near[0], "described_subject"))
    elif c.pron_offset >= 0:
        target = d.last_doc if d.last_doc is not None else d.last
        if target is not None:
            options.append(Option(target, "document_owner"))
    elif (c.actor is None and d.last is not None and idx.actors[d.last].type == "PER"
          and elided_subject(p, verb)
          and p.sent_of_offset(c.pos) - p.sent_of_offset(d.last_pos) <= 2
          # (not past another person the text made the subject since: "Его заместитель X провел брифинг. И добавил")
          and not any(d.last_pos < at < c.pos and ai != d.last and idx.actors[ai].type == "PER"
                      for at, ai in res.events)):
        # "И добавил, что …", "Также отметил: «…»": a verb with no subject of its own carries on the speaker
        options.append(Option(d.last, "elided_subject"))
    elif c.actor is None and c.subj < 0 and elided_subject(p, verb) and (
            near := res.recent_subject(c.pos, _verb_gender(p, verb))) is not None and idx.actors[
            near[0]].type == "PER" and p.sent_of_offset(c.pos) - p.sent_of_offset(near[1]) == 1 and not any(
            near[1] < at < c.pos and ai != near[0] and idx.actors[ai].type == "PER" for at, ai in res.mentions):
        # "Титов пообщался с журналистами. И сказал, что …": nobody spoke yet, the sentence before was about him
        options.append(Option(near[0], "elided_subject"))
    elif (c.actor is None and c.subj < 0 and d.last is not None and idx.actors[d.last].type == "ORG"
          and not is_outlet(idx.actors[d.last].name) and elided_subject(p, verb, "Plur")
          and p.sent_of_offset(c.pos) - p.sent_of_offset(d.last_pos) <= 2):
        # "В администрации района сообщили, что … Также сообщили, что …": the body that spoke goes on
        options.append(Option(d.last, "elided_subject"))
    elif c.interview >= 0:
        # the answers of an interview: the person the lead is about, then whoever answered before
        if d.last is not None and d.last_pos >= c.interview:
            options.append(Option(d.last, "interviewee"))
        else:
            near = res.recent_subject(c.interview, None)
            if near is not None and p.sent_of_offset(c.interview) - p.sent_of_offset(near[1]) <= 2:
                options.append(Option(near[0], "interviewee"))
            else:
                # "«Фонтанка» задала главные вопросы председателю комитета Валентину Енокаеву.": the one person
                # the lead addresses
                lead = p.sents[max(0, p.sent_of_offset(c.interview) - 2)].start
                named = res.people_interviewed(lead, c.interview)
                if len(named) == 1:
                    options.append(Option(named.pop(), "interviewee"))
    elif c.standalone:
        if d.last is not None:
            options.append(Option(d.last, "recent_speaker"))
        # "Патриарх Кирилл обратился к президенту с просьбой о помиловании. «Казнь … станет утратой»": a whole
        # quoted sentence right after a sentence about one person, nobody having spoken in between
        near = res.recent_subject(c.start, None) if c.cue is None else None  # (not a quotation a medium relays)
        if near is not None and near[0] != d.last and near[1] > d.last_pos and \
                p.sent_of_offset(c.start) - p.sent_of_offset(near[1]) == 1:
            options.append(Option(near[0], "introduced_subject"))
    if not options and d.headline is not None and c.subj >= 0 and c.actor is None:
        t = p.toks[c.subj]
        if (t.pos == "NOUN" and t.span < 0 and t.feat("Animacy") == "Anim" and t.feat("Number") != "Plur"
                and lemma(t.text) not in ANONYMOUS_NOUNS | PERSON_NOUNS | SPOKESPERSON_NOUNS
                # (an aide of a person the text names is not that person: "помощник Ивана Петрова")
                and not any(p.toks[k].span >= 0 and p.spans[p.toks[k].span].type == "PER" for k in p.subtree(c.subj))
                and not _another(p, c.subj) and not _other_office(idx, d.headline[0], idx.role_of(c.subj).head)
                and 0 < p.sent_of_offset(c.pos) - d.headline[1] <= 2):
            # "Орешкин: России не удастся … (title) Однако Россия готова к кризису, подчеркнул помощник
            # президента.": a title that gives a person's words makes the lead's unnamed title his
            options.append(Option(d.headline[0], "headline_speaker"))
    here = p.sent_of_offset(c.pos)
    verb_gender = _verb_gender(p, verb)
    if c.owner or (c.subj >= 0 and lemma(p.toks[c.subj].text) in PRESS_NOUNS | SPOKESPERSON_NOUNS):
        verb_gender = None  # the verb agrees with its own subject: "сообщила пресс-служба главы Казахстана"
    elif verb_gender is None and c.subj >= 0 and _feminine_substantive(p, c.subj):
        verb_gender = "Fem"  # (no verb to agree: "По словам госслужащей, …" is a woman's words)
    # ("— подчеркнула глава региона" of a governor: the verb may agree with the noun's form, for the person whose
    # title it is; any other reading keeps the verb's word, "сказала глава города" after a governor is a woman)
    form_only = c.subj >= 0 and lemma(p.toks[c.subj].text) in COMMON_GENDER_TITLES and p.toks[c.subj].span < 0
    office = idx.role_of(c.subj).head if form_only else ""
    group = c.subj >= 0 and _group_subject(p, c.subj, verb)
    future = verb is not None and p.toks[verb].feat("Tense") == "Fut"
    for o in options:
        a = idx.actors[o.actor]
        if o.source in {"recent_speaker", "document_owner"}:
            # (counted from where the words begin: a long quotation before "— говорится в сообщении" is no distance)
            start = min(here, p.sent_of_offset(c.start))
            o.features["sentences_back"] = max(0, start - p.sent_of_offset(d.last_pos)) if d.last_pos >= 0 else 9

        # an outlet that relayed elsewhere may still make a claim of its own ("The Economist пишет, что …")
        own_claim = o.source == "subject" and c.kind == "indirect" and c.pos < c.start and not (
            verb is not None and _relaying(p, verb) and verb_lemma(p.toks[verb].text) != "писать")
        o.features["is_media"] = float(o.actor in res.media and not own_claim)
        # (only for an office the title reads as and he holds: "глава региона" of the governor)
        title_of_his = form_only and o.source == "role" and office not in COMMON_GENDER_TITLES and any(
            r.head == office for r in a.roles)
        # (the name itself as the verb's subject, written as the person's name is: "— сказала Дюков" is a slip of
        # the verb, not another person)
        # (only a surname with a man's and a woman's form, worn by nobody else here: "Ким", "Черных" say nothing)
        surname = fold(a.name.split()[-1])
        named_so = o.source == "subject" and c.subj >= 0 and fold(p.toks[c.subj].text) == surname and \
            surname.lower().endswith(("ов", "ев", "ин", "ын", "ский", "цкий")) and sum(
                fold(x.name.split()[-1]) == surname for x in idx.actors if x.type == "PER") == 1
        o.features["gender_clash"] = float(a.type == "PER" and not title_of_his and not named_so and _clashes(
            a.gender, verb_gender))
        # (a body's release names the body as a matter of course: "Роспотребнадзор в рамках проверок выявил …")
        o.features["named_in_quote"] = float((a.type == "PER" or o.source != "document_owner") and _named_inside(
            p, idx, o.actor, c.start, c.end))
        o.features["is_place"] = float(a.type == "LOC")
        o.features["spoke_before"] = float(o.actor in d.spoken)
        # ("Редакция «Медузы» заявила о …": the paper's own office is the paper as subject)
        own = o.source == "subject" or (o.source == "organisation" and c.subj >= 0 and lemma(
            p.toks[c.subj].text) in PRESS_NOUNS and any(p.toks[k].rel == "nmod" for k in p.toks[c.subj].children))
        o.features["outlet_not_subject"] = float(is_outlet(a.name) and (
            not own or (verb is not None and c.pos > c.start and _relaying(p, verb))))
        o.features["group_subject"] = float(group)
        o.features["future_verb"] = float(future)
        # "по словам источника в Роскомнадзоре": the body is named, the speaker is not
        # (and "В УК ответили": a kind of body, not one)
        o.features["anonymous"] = float(fold(a.name).lower() in ANONYMOUS_NOUNS | KIND_ABBREVIATIONS or (
            o.source == "organisation" and c.subj >= 0 and lemma(p.toks[c.subj].text) in ANONYMOUS_NOUNS))
    return [o for o in options if idx.actors[o.actor].type in {"PER", "ORG", "LOC"}]


_TERMINAL = tuple(".!?…»\"”“")


#: A title line "Квиташвили: «…»", "Дзюба об 1:4 от Дании: «…»": a short lead, a colon, a quotation closing the
#: line with no full stop after it.
_TITLE_QUOTE = re.compile(r"^[^\n«\"„“]{1,80}:\s*[«\"„“][^\n]{2,140}[»\"“”]$")


#: "«…», — заявил X" (a post's lead without its full stop), unlike a title "«…». X сказал, что …".
_QUOTE_ATTRIBUTION = re.compile(r"[»\"“”][ \u00a0]*[,!?…]?[ \u00a0]*[—–-][ \u00a0]*[а-яё]")


def _headline_person(p: Parsed, idx: ActorIndex, res: Resolver) -> tuple[int, int] | None:
    """"Орешкин: России не удастся остаться островком стабильности", "Ильхам Алиев: …": a first line that gives
    one person's words after his name and a colon; that person and the line's sentence, or None."""
    first = p.text.find("\n")
    if first < 0 or not _in_headline(p.text, 0):
        return None
    colon = p.text.find(":", 0, first)
    if colon <= 0 or colon > 60:
        return None
    toks = [t for t in p.toks[:p.tok_at(colon)] if t.pos != "PUNCT"]
    # (a surname alone in a title is often no span of the tagger's: the person the article names in full)
    people = {idx.span_actor[t.span] if t.span >= 0 else res.missed_surname(t.i) for t in toks
              if t.span >= 0 or t.pos == "PROPN"}
    if len(people) != 1 or any(t.span < 0 and t.pos not in {"NOUN", "ADJ", "PROPN"} for t in toks):
        return None
    (ai,) = people
    if ai is None or ai < 0 or idx.actors[ai].type != "PER":
        return None
    return ai, p.toks[0].sent


def _in_headline(text: str, offset: int) -> bool:
    """A short line without a full stop, with the article going on below it, is a headline or a caption (the
    guide: headlines are not quotes). A post that is one line without a full stop is the article itself."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    if end < 0 or not text[end:].strip():
        return False
    if text[end + 1:end + 2].islower():
        return False  # a wrapped paragraph ("… Игра шла до гола. Все\nстарались, …") goes on below
    line = text[start:end].strip()
    # (a line ending in a colon introduces a dash line below it: "Также она заявила, что …:⏎— Мы …")
    # (or a quotation: "Гаджиев отметил, что …:⏎«Азербайджан …»")
    introduces = line.endswith(":") and text[end:].lstrip()[:1] in (*DASHES, *"«\"„“")
    cut_short = re.search(r"[а-яё]{3}[.!?…] [А-ЯЁ]", line) and len(line.split()) > 15 and not any(
        m in line for m in "«\"„“")
    if line.endswith((",", ";")) or introduces or cut_short:
        return False  # (a paragraph cut short, "… останутся. Но цены будут расти и дальше,": no title)
    above = text[:start].strip()
    if above and "\n" not in above and not above.endswith(_TERMINAL) and len(line.split()) >= 12:
        return False  # the lead under the title ("Признание Форсайта ⏎ Один из … Форсайт признал, что …")
    if not text[:start].strip() and _TITLE_QUOTE.match(line):
        return True  # the title "Квиташвили: «…»" above the article, whose body gives the words again
    # a name in quotation marks at its end ("… гендиректора «Эха Москвы»") is no full stop; "X: «…»" further down
    # is a line of the article (a press-conference layout)
    bare = line if line[:1] in "«\"„“" or re.search(r":\s*[«\"„“]", line) else line.rstrip("»\"”“")
    # (a line opening with a quotation is the article's, «…», — сказал X; not so the text's first line:
    # "«Это неизбежно». Набиуллина сказала, что …" above the article is its title)
    return 0 < len(line) <= 150 and not bare.endswith(_TERMINAL) and (line[:1] not in "«\"„“" or (
        not text[:start].strip() and not _QUOTE_ATTRIBUTION.search(line)))


def _cue_verb(p: Parsed, offset: int) -> int | None:
    k = p.tok_at(offset)
    return k if k < len(p.toks) and p.toks[k].pos in {"VERB", "AUX"} else None


def _relaying(p: Parsed, verb: int) -> bool:
    """"передает", "цитирует", "сообщает", "пишет" in the present: the outlet passes on someone's words."""
    t = p.toks[verb]
    lem = verb_lemma(t.text)
    return lem in RELAY_VERBS or (lem in {"сообщать", "писать", "сообщить"} and t.feat("Tense") == "Pres")


def _group_subject(p: Parsed, subj: int, verb: int | None) -> bool:
    """A plural verb whose subject is several named people, or a plural noun of people ("демократы", "помощники");
    or a subject coordinated with other names, whatever the verb's number: a verb before its subjects agrees with the
    first ("О покупке заявил «Аэрофлот», «Победа» и «Уральские авиалинии»", "Компании «А» и «Б» сообщили")."""
    t = p.toks[subj]
    if verb is None:
        return False
    # (the names a parenthesis lists, "Ассоциация (объединяет «Северсталь», ММК и Evraz)", are not the subject)
    heads = [subj, *(c for c in t.children if p.toks[c].rel == "appos" and 0 < c - subj <= 2)]
    if any(p.toks[c].rel == "conj" and p.toks[c].span >= 0 and p.toks[c].span != p.toks[h].span
           and not any(p.toks[k].text == "(" for k in range(subj, c)) for h in heads for c in p.toks[h].children):
        return True
    if lemma(t.text) in SHARE_NOUNS and any(
            p.toks[c].rel == "nmod" and p.toks[c].feat("Number") == "Plur" and p.toks[c].feat("Animacy") == "Anim"
            for c in t.children):
        return True  # "часть пользователей «Ростелекома» сообщила": some of its customers, not the company
    if p.toks[verb].feat("Number") != "Plur":
        return False
    if t.pos == "PRON":
        return True  # "они заявили": whoever they are, several
    if any(p.toks[c].rel == "conj" for c in t.children):
        return True
    return (t.feat("Number") == "Plur" and t.feat("Animacy") == "Anim" and t.span < 0
            and lemma(t.text) not in SPOKESPERSON_NOUNS)


def _clashes(gender: str | None, verb_gender: str | None) -> bool:
    """A person's gender and a past verb's that both are known and differ: the verb is not about that person."""
    return gender is not None and verb_gender is not None and gender != verb_gender


def _people_of_a_place(p: Parsed, idx: ActorIndex, actor: int, tok: int) -> bool:
    """"В России говорят, что …", "в Германии считают": somebody in a country, nobody named (the guide: anonymous);
    a capital or a seat of power stands for its government ("в Берлине заявили", "в Кремле заявили")."""
    a = idx.actors[actor]
    return a.type == "LOC" and fold(a.name).lower() in COUNTRIES and any(
        p.toks[c].rel == "case" and p.toks[c].lower in {"в", "во"} for c in p.toks[tok].children)


def _contrasted(p: Parsed, tok: int) -> bool:
    """"…, — написал отец ученика Иван Петров. Учитель же заявил, что …": "же" after a subject sets it against the
    one just spoken of, so it is somebody else."""
    words = set(p.subtree(tok, 12))
    k = tok + 1
    while k < len(p.toks) and k in words and p.toks[k].lower != "же":
        k += 1  # (past the noun's words: "Директор школы же заявил", where the parser may hang "же" on "школы")
    return k < len(p.toks) and p.toks[k].lower == "же" and p.toks[k].sent == p.toks[tok].sent


def _feminine_substantive(p: Parsed, tok: int) -> bool:
    """An adjective or participle used as a person's noun in a feminine singular form ("госслужащей",
    "заведующая", "управляющую"), which the tagger often reads as masculine; a masculine one never ends so."""
    t = p.toks[tok]
    return t.pos == "NOUN" and t.span < 0 and t.feat("Number") != "Plur" and t.feat("Animacy") == "Anim" and \
        t.lower.endswith(("щей", "щая", "щую", "вшей", "вшая", "вшую"))


def _verb_gender(p: Parsed, verb: int | None) -> str | None:
    """The gender a past-tense speech verb agrees in ("сказала" Fem), when the cue is such a verb."""
    if verb is None or p.toks[verb].feat("Number") == "Plur":
        return None
    return p.toks[verb].feat("Gender")


def _namesake_outside(p: Parsed, idx: ActorIndex, actor: int, c: Cand) -> int:
    """"«… продлили контракты с Игорем Головковым …», — цитирует Головкова издание" after "президент клуба
    Михаил Головков": a bare surname two people share is the one the words do not name (nobody names himself
    among those he speaks of)."""
    t = p.toks[c.subj]
    a = idx.actors[actor]
    if a.type != "PER" or t.span < 0 or len(p.spans[t.span].toks) > 1 or not _named_inside(
            p, idx, actor, c.start, c.end):
        return actor
    # (of the verb's gender: "— сказала Петрова" after "Иван Петров" and "Ольга Петрова" is still hers)
    gender = _verb_gender(p, _cue_verb(p, c.pos))
    others = [ai for ai, b in enumerate(idx.actors) if ai != actor and b.type == "PER" and b.last_keys & a.last_keys
              and not _named_inside(p, idx, ai, c.start, c.end) and not _clashes(b.gender, gender)
              and fold(b.name).split()[-1:] == fold(a.name).split()[-1:]]
    return others[0] if len(others) == 1 else actor


def _named_inside(p: Parsed, idx: ActorIndex, actor: int, start: int, end: int) -> bool:
    return any(sp.start >= start and sp.stop <= end and idx.span_actor[si] == actor
               for si, sp in enumerate(p.spans) if start <= sp.start < end)


def _resolve(cands: list[Cand], p: Parsed, idx: ActorIndex, res: Resolver, text: str,
             origin: list[int]) -> list[Quote]:
    """Scoring stage: speakers are chosen in text order, so that later pronouns see who spoke before."""
    d = _Discourse()
    d.headline = _headline_person(p, idx, res)
    for c in sorted(cands, key=lambda c: c.pos):
        best = choose(_options(c, p, idx, res, d))
        sp = best.actor if best is not None else None
        c.speaker = sp
        if sp is not None:
            # the speaker is salient from the end of the attribution (its subject may follow the verb)
            res.note_speaker(max(c.pos, p.toks[c.subj].start if c.subj >= 0 else c.pos), sp)
            d.spoken.add(sp)
            if not is_outlet(idx.actors[sp].name):  # a claimant outlet does not carry the passage on
                d.last, d.last_pos = sp, c.pos
                spokesperson = c.subj >= 0 and lemma(p.toks[c.subj].text) in SPOKESPERSON_NOUNS
                d.spokes = (sp, c.pos) if spokesperson and idx.actors[sp].type in {"ORG", "LOC"} else None
            if c.doc:
                d.last_doc = sp
    _cataphora(cands, p, idx)
    _quoted_run(cands, p, idx)
    out: list[Quote] = []
    for c in sorted(cands, key=lambda c: c.start):
        if c.speaker is None or c.topic:
            continue  # a wrong or unknown speaker is worse than a missing quote
        if _in_headline(p.text, c.start):
            continue  # "Фонд рассказал о связях …" as a title announces the article, it quotes nobody
        a = idx.actors[c.speaker]
        start, end = origin[c.start], origin[c.end - 1] + 1
        out.append(Quote(speaker=a.name, speaker_type=a.type, kind=c.kind,  # type: ignore[arg-type]
                         # the words as the article has them, not as cleaned for the parser
                         text=text[start:end], cue=c.cue, start=start, end=end,
                         about=_about(p, idx, c.speaker, c.start, c.end)))
    return out


def _quoted_run(cands: list[Cand], p: Parsed, idx: ActorIndex) -> None:
    """"«Я очень счастлив …» ⏎ «Здесь можно выигрывать …» ⏎ «…», — отметил Видаль.": whole quoted paragraphs
    nobody was found for, each right above the next, are the words of the person the run's last paragraph names
    (one speaker quoted at length; nothing but the marks and the paragraph breaks between them)."""
    order = sorted(cands, key=lambda c: c.start)
    for i in range(len(order) - 1, 0, -1):
        c = order[i]
        if c.speaker is None or c.kind != "direct" or idx.actors[c.speaker].type != "PER":
            continue
        j = i - 1
        nxt = c
        while j >= 0:
            w = order[j]
            between = p.text[w.end:nxt.start]
            if w.speaker is not None or not w.standalone or w.kind != "direct" or between.count("\n") < 1 or \
                    between.strip(" \t\n\u00a0«»\"„“”.!?…") or w.end > c.start or p.text[w.start:w.end].rstrip(
                    ).endswith("?"):
                break
            j -= 1
            nxt = w
        run = order[j + 1:i]
        if not run:
            continue
        # (the paragraph above the run must name him: not a post, a question or an appeal he answers)
        above = p.text.rfind("\n", 0, max(0, run[0].start - 2))
        above = p.text.rfind("\n", 0, max(0, above)) + 1 if above > 0 else 0
        if any(idx.span_actor[si] == c.speaker and above <= sp.start < run[0].start for si, sp in enumerate(p.spans)):
            for w in run:
                w.speaker = c.speaker


def _cataphora(cands: list[Cand], p: Parsed, idx: ActorIndex) -> None:
    """"«…», — сказал он. По мнению Сафонова, …" at the very start of an excerpt, before anybody is named: a
    pronoun or a bare title of office that spoke before the text names any person is the person whose words come
    next, when nobody else is named in between, the verb's gender does not clash, a pronoun's person is named by
    his surname alone and a title is one he holds (the article's beginning, where he was named, was cut off)."""
    order = sorted(cands, key=lambda c: c.pos)
    first_person = min((sp.start for sp in p.spans if sp.type == "PER"), default=len(p.text))
    waiting: list[Cand] = []
    for c in order:
        if c.speaker is not None:
            if waiting and idx.actors[c.speaker].type == "PER":
                own = {si for si, sp in enumerate(p.spans) if idx.span_actor[si] == c.speaker}
                gender = idx.actors[c.speaker].gender
                near = p.sent_of_offset(c.pos) - p.sent_of_offset(waiting[0].pos) <= 3
                others = any(sp.type == "PER" and si not in own and waiting[0].pos < sp.start < c.pos
                             for si, sp in enumerate(p.spans))
                # (a title of office must be one he holds: "мэр" is not "заммэра Петр Бирюков"; after a pronoun
                # only a surname alone refers back, a full name or a title introduces somebody new)
                offices = {idx.role_of(w.subj).head for w in waiting if p.toks[w.subj].pos == "NOUN"}
                held = {r.head for r in idx.actors[c.speaker].roles}
                back = c.subj >= 0 and p.toks[c.subj].span >= 0 and len(p.spans[p.toks[c.subj].span].toks) == 1 \
                    and not p.toks[c.subj].children
                pronouns = any(p.toks[w.subj].pos != "NOUN" for w in waiting)
                if near and not others and offices <= held and (back or not pronouns) and not any(
                        _clashes(gender, _verb_gender(p, _cue_verb(p, w.pos))) for w in waiting):
                    for w in waiting:
                        w.speaker = c.speaker
            break
        if c.pos >= first_person or c.subj < 0 or c.topic:
            break
        t = p.toks[c.subj]
        # (a title of office only, not "очевидец", "житель", "собеседник": anybody; and not "на сайте мэра
        # столицы": the owner of a page is not its subject)
        if not (t.lower in {"он", "она"} or (t.pos == "NOUN" and lemma(t.text) in PERSON_ROLE_HEADS and t.feat(
                "Number") != "Plur" and t.span < 0 and t.feat("Case") == "Nom" and t.rel.startswith("nsubj"))):
            break
        waiting.append(c)


#: Stems of the words a head of state is "глава" of: the country's names (as the role stems them) and "страна",
#: "государство".
_COUNTRY_ROLE_STEMS = frozenset({stem(c) for c in COUNTRIES} | {COUNTRY_STEMS.get(stem(c), stem(c)) for c in COUNTRIES}
                                | {"стра", "госу"})


def _other_office(idx: ActorIndex, actor: int, head: str) -> bool:
    """"…, — сказал министр. … президент напомнил, что": a title of office the last speaker does not hold (he was
    introduced with other titles) is somebody else, even if the article never names him."""
    roles = idx.actors[actor].roles
    if head not in PERSON_ROLE_HEADS - ANY_OFFICE_HEADS or not roles:
        return False
    # (one introduced as "глава Краснодара" may be its "мэр" or "губернатор", one introduced only as "глава РФ"
    # or "глава Сбербанка" its "президент"; "глава МИД" is a minister, no "президент")
    specific = any(r.head not in ANY_OFFICE_HEADS for r in roles)

    def fits(r: Role) -> bool:
        # (the head of a country is its president; of a district or a city, not)
        country = bool(r.mods & _COUNTRY_ROLE_STEMS)
        return r.head == head or (r.head in ANY_OFFICE_HEADS and bool(r.mods) and (
            head in REGIONAL_HEADS or (head == "президент" and not specific and country)))

    return not any(fits(r) for r in roles)


def _former_only(idx: ActorIndex, actor: int, role: Role) -> bool:
    """"Нурсултан Назарбаев, экс-президент страны, …": one the article introduced only by offices he held before
    is not whom a title of office now ("глава страны заявил") refers to."""
    roles = idx.actors[actor].roles
    # (a word for any such person, "политик", "экономист", "республиканец", he still is)
    return role.head in PERSON_ROLE_HEADS and bool(roles) and "бывш" not in role.mods and all(
        "бывш" in r.mods for r in roles)


def _for_another_body(p: Parsed, res: Resolver, tok: int) -> bool:
    """"по словам представителя коммунальной компании": a spokesperson of a body, who speaks for it, not the
    person last quoted ("собеседник агентства" names only whom he spoke to; "пресс-секретарь российского
    лидера" is a person's, who may well be the one quoted)."""
    return lemma(p.toks[tok].text) in SPOKESPERSON_NOUNS and any(
        p.toks[c].rel == "nmod" and p.toks[c].feat("Case") == "Gen" and p.toks[c].pos in {"NOUN", "PROPN"}
        and p.toks[c].feat("Animacy") != "Anim" and not res.medium(c) for c in p.toks[tok].children)


def _gender_of(idx: ActorIndex, ai: int) -> str | None:
    """A person's gender by the first name when the dictionary knows it ("Юлия Ступак", whose surname the tagger
    may read as a man's), else as the tagger read it."""
    words = idx.actors[ai].name.split()
    return (nominative_name_gender(words[0]) if len(words) > 1 else None) or idx.actors[ai].gender


def _of_the_place(p: Parsed, tok: int) -> bool:
    """"глава государства", "мэр города": a title of the article's own country, region or city, which names
    nobody else's office."""
    t = p.toks[tok]
    # ("мэр краевой столицы": the place word's adjectives say which kind of place, still the article's own)
    return t.rel == "nmod" and t.span < 0 and not t.quoted and all(
        p.toks[c].rel == "amod" and p.toks[c].span < 0 for c in t.children) and t.feat("Case") == "Gen" and \
        PLACE_GENITIVES.get(lemma(t.text)) not in {None, "district"}  # (the head of a district is somebody else)


def _of_somebody_named(p: Parsed, tok: int) -> bool:
    """"заместитель главы вооружённых сил генерал-лейтенанта Аксары Кердпола сообщил": a role held under a named
    person (his deputy, adviser, lawyer) is somebody the article did not name, not whoever spoke last."""
    stack = [(c, 1) for c in p.toks[tok].children if c > tok]
    while stack:
        k, depth = stack.pop()
        u = p.toks[k]
        if u.rel not in {"nmod", "appos", "flat:name", "flat"}:
            continue
        if u.span >= 0 and p.spans[u.span].type == "PER":
            return True
        if depth < 3:
            stack.extend((c, depth + 1) for c in u.children if c > tok)
    return False


def _another(p: Parsed, tok: int) -> bool:
    """"другой собеседник", "еще один эксперт": the article brings in somebody new, not the last speaker."""
    return any(lemma(p.toks[c].text) in ANOTHER_WORDS for c in p.toks[tok].children)


def _about(p: Parsed, idx: ActorIndex, speaker: int, start: int, end: int) -> list[str]:
    """Actors named inside the quoted words, in order of first mention, the speaker excluded.

    Only names count (NER spans resolved to their actor): a pronoun inside someone's words refers to whoever
    the speaker had in mind, which the article does not always say.
    """
    seen: list[int] = []
    for si, sp in enumerate(p.spans):
        if sp.start < start or sp.stop > end:
            continue
        actor = idx.span_actor[si]
        if actor >= 0 and actor != speaker and actor not in seen and idx.actors[actor].name.strip():
            seen.append(actor)
    return [idx.actors[a].name for a in seen]


def _actors(idx: ActorIndex, p: Parsed, speakers: set[str | None]) -> list[Actor]:
    order = sorted(range(len(idx.actors)), key=lambda i: (-idx.mentions(i), idx.actors[i].first))
    out: list[Actor] = []
    for i in order:
        a = idx.actors[i]
        if not a.name.strip():
            continue
        if a.type == "PER" and a.name not in speakers and idx.only_common_words(i):
            continue
        out.append(Actor(name=a.name, type=a.type, mentions=idx.mentions(i),  # type: ignore[arg-type]
                         aliases=idx.surface_aliases(i)))
    return out
