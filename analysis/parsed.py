"""A flat, index-based view of natasha's Doc plus the article's quotation marks.

natasha gives string token ids per sentence and no child lists; every rule here needs "the subject of this
verb", "the tokens inside this quotation" and "which NER span is this token in" many times, so they are
computed once, in linear time, into plain lists indexed by a global token number.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from analysis.lexicon import (
    BOOKS,
    DOC_NOUNS,
    KIND_ONLY,
    ORDINALS,
    PERSON_ROLE_HEADS,
    PREPOSITIONS,
    PRESS_NOUNS,
    RESIDENT_NOUNS,
    STREET_WORDS,
    TITLE_ABBREVIATIONS,
    VEHICLE_NOUNS,
)
from analysis.pipeline import (
    common_word,
    genitive_to_nominative,
    guess_nominative,
    is_first_name,
    lemma,
    models,
    name_reading,
    nominative_name,
    noun_in_dictionary_form,
)

OPEN_QUOTES = "«„“"
ALL_QUOTES = "«»„“”\""
DASHES = "-–—"

#: A full stop between two letters, inside a word: a site's name («Чита.Ру»), not the end of a sentence.
_INNER_DOT = re.compile(r"(?<=\w)\.(?=\w)")


#: Endings of a noun's plural in the dative, instrumental and prepositional cases.
_PLURAL_CASE_ENDINGS = {"ам": "Dat", "ям": "Dat", "ами": "Ins", "ями": "Ins", "ах": "Loc", "ях": "Loc"}


#: "Герман-младший", "Кличко-старшего": a surname with the word for the younger or the elder, which the tagger
#: does not know for a name.
_JUNIOR_NAME = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+)-(младш|старш)(?:ий|его|ему|им|ем)\b")


@dataclass(slots=True)
class _ExtraSpan:
    """A name the tagger missed, in the shape of its spans."""

    type: str
    start: int
    stop: int
    text: str
    normal: str
    tokens: list = field(default_factory=list)


def _with_junior_names(text: str, spans: list) -> list:
    """The tagger's spans with the "X-младший" names it missed put in order."""
    extra = []
    for m in _JUNIOR_NAME.finditer(text):
        if any(sp.start < m.end() and m.start() < sp.stop for sp in spans):
            continue
        extra.append(_ExtraSpan("PER", m.start(), m.end(), m.group(0), _junior_normal(m)))
    return sorted([*spans, *extra], key=lambda sp: sp.start) if extra else spans


def _junior_normal(m: re.Match[str]) -> str:
    """"Германа-младшего" → "Герман-младший"."""
    surname = m.group(1)
    if m.group(0).endswith(("его", "ему", "им", "ем")):
        surname = nominative_name(surname, "Masc") or guess_nominative(surname, "Gen", "Masc")
    return f"{surname}-{m.group(2)}ий"


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a span starts a sentence or a line: only spaces between it and a sentence's end (or nothing)."""
    return text[:start].rstrip(" \t\u00a0")[-1:] in {"", "\n", ".", "!", "?", "…"}


def _place_reading(word: str) -> bool:
    """Whether the dictionary knows a word as a place's name ("Королева" is of Королёв; "Смирнова" is nobody's
    town)."""
    return any("Geox" in q.tag for q in models().morph_vocab.parse(word.lower()))


def _a_persons_noun(word: str) -> bool:
    """Whether the dictionary reads a word only as an animate common noun ("Эндокринолог", "Врач-эндокринолог"),
    never as a name."""
    if "-" in word:
        return all(_a_persons_noun(part) for part in word.split("-") if part)
    parses = models().morph_vocab.parse(word.lower())
    return bool(parses) and parses[0].is_known and all(
        q.tag.POS == "NOUN" and "anim" in q.tag and not any(t in q.tag for t in ("Name", "Surn", "Patr", "Geox",
                                                                                  "Orgn"))
        for q in parses)


def _genitives_kept(tokens: list, normal: str) -> str:
    """"Федеральной службы судебных приставов" is "Федеральная служба судебных приставов": a body's name
    declines by its first noun; the genitives after it stay as written, however the parser hung them (the
    normaliser puts every word whose head lies outside the name in the nominative: "судебные приставы")."""
    words = normal.split()
    if len(words) != len(tokens):
        return normal
    head = next((i for i, t in enumerate(tokens) if t.pos in {"NOUN", "PROPN"} and t.rel != "amod"), None)
    if head is None:
        return normal
    if head + 1 < len(tokens) and tokens[head].pos == "PROPN" and tokens[head].text == words[head] and tokens[
            head + 1].pos in {"NOUN", "PROPN"} and tokens[head + 1].text != words[head + 1]:
        head += 1  # "Уралсиб Банка": an undeclined word before the noun the normaliser declined qualifies it
    return " ".join(words[:head + 1] + [t.text if (t.feats or {}).get("Case") == "Gen" else w for t, w in zip(
        tokens[head + 1:], words[head + 1:], strict=True)])


@dataclass(slots=True)
class Tok:
    i: int
    text: str
    lower: str
    start: int
    stop: int
    pos: str
    feats: dict[str, str]
    sent: int
    head: int = -1
    rel: str = ""
    children: list[int] = field(default_factory=list)
    span: int = -1
    quoted: bool = False

    def feat(self, name: str) -> str | None:
        return self.feats.get(name) if self.feats else None


@dataclass(slots=True)
class Span:
    start: int
    stop: int
    type: str
    text: str
    normal: str
    toks: list[int]


@dataclass(slots=True)
class Sent:
    first: int  # first token index
    last: int  # last token index (inclusive)
    start: int
    stop: int


@dataclass(slots=True)
class QuoteSpan:
    """A pair of quotation marks: `open`/`close` are the offsets of the marks themselves."""

    open: int
    close: int
    depth: int


_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?…]\s|\n)\s*$")
_DASH_AFTER = re.compile(r"\)?[ \u00a0]*[,.]?[ \u00a0]*[-–—]")
_ATTRIBUTION_INSIDE = re.compile(r"[,.!?…][ \u00a0]*[-–—][ \u00a0]*[а-яё]|,[ \u00a0]*(?:сказал|сообщил|заявил|отметил|"
                                 r"добавил|подчеркнул|пояснил|рассказал|уточнил|заверил)[аи]?\b")
_PARAGRAPH_END = re.compile(r"[.!?…]?[ \u00a0]*(?:\n|$)")
#: the dash and the verb of an attribution ("», — цитирует", "», - сказал", "» — уверен он"), by the endings of
#: Russian verbs and short participles; "«Кайрат» - последние игры" is a dash inside the speaker's sentence
_DASH_VERB_AFTER = re.compile(
    _DASH_AFTER.pattern + r"[ \u00a0]*[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись|т|ть|тся|ться|н|на|ны)\b")


#: One word that ends in the kind of a body, in any case ("Содбизнесбанк", "Леноблбанке", "Инфоксводоканал",
#: "ИТ-сообщество"): a compound name of a company or a group, never a person's, whatever the tagger says.
_BODY_COMPOUND = re.compile(
    r"[\w-](?:банк|водоканал|холдинг|завод|комбинат|трест|сообществ)(?:о|а|у|е|ом|и|ов|ами|ах)?$", re.IGNORECASE)


#: "Центр общественных связей (ФСБ)": a press office, whose owner speaks.
_RELATIONS_CENTRE = re.compile(r"[Цц]ентр\w* общественных связей(?:\s*\(ЦОС\))?")


def _after_colon(text: str, pos: int) -> bool:
    """Whether the mark at `pos` follows a colon (spaces between); looks back a few characters only."""
    return text[max(0, pos - 8):pos].rstrip()[-1:] == ":"


def scan_quotes(text: str) -> list[QuoteSpan]:
    """Pair the quotation marks of a text; unbalanced marks are dropped, and pairs cross a line break only when
    a quotation opened at the start of a paragraph closes in a later one before its attribution dash.

    «» nest by counting; „“ and “” pair like brackets; a straight " opens when it follows a space or an
    opening punctuation mark and precedes a non-space, and closes the innermost open straight quote otherwise.
    """
    out: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []
    n = len(text)
    straight: list[QuoteSpan] = []  # straight and «» pairs closed in this paragraph

    def close_shared() -> None:
        """"…работать в формате "7/24", - добавил он", "…НАК «Нафтогаз Украины», — цитирует": one mark closes
        the inner quotation and the outer one. An outer opener left unclosed at the end of the paragraph ends
        where a pair opened inside it closes right before an attribution dash."""
        for mark, at in stack:
            if mark not in {'"', "«"}:
                continue
            inner = next((q for q in straight if q.open > at and text[q.open] == mark
                          and _DASH_VERB_AFTER.match(text, q.close + 1)), None)
            if inner is None:
                continue
            # every mark between the opener and that pair belongs to a pair of its own: no stray mark
            paired = {k for q in out if at < q.open and q.close < inner.open for k in (q.open, q.close)}
            if all(c not in ALL_QUOTES or at + 1 + k in paired for k, c in enumerate(text[at + 1:inner.open])):
                out.append(QuoteSpan(at, inner.close, 0))
        stack.clear()
        straight.clear()

    #: «A (paragraph break) B», — сказал X: a quotation opened at the start of a paragraph and left open there
    #: may close in one of the next paragraphs, right before its attribution dash
    carry: tuple[str, int, int] | None = None
    carried_from = 0

    def take_carry(pos: int, mark: str) -> bool:
        nonlocal carry
        if carry is None or carry[0] != mark or stack:
            return False
        # closed before its attribution dash, or opened after a colon ("заявил: «A (break) B»."), or opened a
        # paragraph and closes one ("Как сообщили в пресс-службе, … (break) «A (break) B»."): marks at both
        # ends of paragraphs are no stray ones
        if not _DASH_AFTER.match(text, pos + 1) and not _after_colon(text, carry[1]) and not (
                _PARAGRAPH_END.match(text, pos + 1) and not text[text.rfind("\n", 0, carry[1]) + 1:carry[1]].strip()):
            return False
        out.append(QuoteSpan(carry[1], pos, 0))
        carry = None
        return True

    for pos, ch in enumerate(text):
        if ch == "\n":
            # «…» and „…“ that stay open may do so anywhere in the paragraph; a straight mark only when it opens
            # the paragraph or follows a colon (elsewhere it is as likely a stray one)
            if carry is None and stack and (stack[0][0] in {"«", "„"} or (stack[0][0] == '"' and (not text[
                    text.rfind("\n", 0, stack[0][1]) + 1:stack[0][1]].strip() or _after_colon(text, stack[0][1])))):
                carry = (stack[0][0], stack[0][1], 0)
                carried_from = len(out)  # pairs found from here on may close the carried mark
            close_shared()
            if carry is not None:
                lines = carry[2] + (1 if text[text.rfind("\n", 0, pos) + 1:pos].strip() else 0)
                rest = text[pos + 1:pos + 40].lstrip()
                # a paragraph that opens with a quotation mark reopens the quotation (typographic style, see
                # QuoteFinder._open_paragraphs); past four paragraphs the opener was a stray mark
                paired = any(q.open == carry[1] for q in out[carried_from:])
                carry = None if lines > 4 or paired or (rest[:1] != "" and rest[:1] in "«„\"") else (
                    carry[0], carry[1], lines)
            continue
        if ch not in ALL_QUOTES:
            continue
        prev = text[pos - 1] if pos else " "
        nxt = text[pos + 1] if pos + 1 < n else " "
        # ""Династия" ведет …": a straight mark right after an opening one opens a name inside the quotation
        opener_like = (prev.isspace() or prev in "([{-–—:«„“/'" or (prev == '"' and pos >= 2 and (
            text[pos - 2].isspace() or text[pos - 2] in "([{-–—:«"))) and not nxt.isspace() and nxt not in ",.;!?"
        closer_like = (not prev.isspace() or nxt in ",.;!?") and (
            nxt.isspace() or nxt in ".,;:!?)-–—»“”\"…" or pos + 1 >= n)
        if ch == "«" or ch == "„":
            stack.append((ch, pos))
        elif ch == "»":
            if take_carry(pos, "«"):
                continue
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == "«":
                    out.append(QuoteSpan(stack[k][1], pos, k))
                    straight.append(out[-1])
                    del stack[k:]
                    break
        elif ch == "“":
            if take_carry(pos, "„"):
                continue
            if stack and stack[-1][0] == "„":
                out.append(QuoteSpan(stack[-1][1], pos, len(stack) - 1))
                stack.pop()
            elif opener_like:
                stack.append(("“", pos))
        elif ch == "”":
            if stack and stack[-1][0] == "“":
                out.append(QuoteSpan(stack[-1][1], pos, len(stack) - 1))
                stack.pop()
        else:  # straight quote
            if stack and stack[-1][0] == '"' and closer_like and not opener_like:
                out.append(QuoteSpan(stack[-1][1], pos, len(stack) - 1))
                straight.append(out[-1])
                stack.pop()
            elif opener_like:
                stack.append(('"', pos))
            elif stack and stack[-1][0] == '"' and closer_like:
                out.append(QuoteSpan(stack[-1][1], pos, len(stack) - 1))
                straight.append(out[-1])
                stack.pop()
            elif closer_like and not opener_like and take_carry(pos, '"'):
                pass
            elif closer_like and not any(m == '"' for m, _ in stack) and _DASH_AFTER.match(text, pos + 1):
                # '"Династия" ведет 20 программ …", - говорится': one mark opened the quotation and the name
                # it starts with; the quotation opens where that name opens, at the start of a sentence
                head = next((q for q in reversed(straight) if text[q.open] == '"' and _SENTENCE_BEFORE.search(
                    text, 0, q.open)), None)
                if head is not None and not any(q.open <= head.open < q.close < pos for q in out if q is not head):
                    out.append(QuoteSpan(head.open, pos, 0))
    # a quotation opened at the start of a paragraph or after a colon and still open where the text ends: the text
    # was cut inside it (a forwarded excerpt), and what there is of it is the speaker's
    end = len(text.rstrip())
    cut_open = carry[1] if carry is not None and not stack else next(
        (at for mark, at in stack if mark in {"«", "„", '"', "“"} and (
            not text[text.rfind("\n", 0, at) + 1:at].strip() or _after_colon(text, at))), None)
    close_shared()
    # (nothing after the opener may look like its end: another mark, or an attribution dash with its verb)
    if cut_open is not None and end - cut_open > 1 and not any(c in ALL_QUOTES for c in text[cut_open + 1:end]) \
            and not _ATTRIBUTION_INSIDE.search(text, cut_open + 1, end):
        out.append(QuoteSpan(cut_open, end, 0))
    out.sort(key=lambda q: (q.open, -q.close))
    # depth relative to the pairs actually found (an unclosed outer mark must not hide a top-level pair)
    result: list[QuoteSpan] = []
    open_ends: list[int] = []
    for q in out:
        while open_ends and open_ends[-1] < q.open:
            open_ends.pop()
        result.append(QuoteSpan(q.open, q.close, len(open_ends)))
        open_ends.append(q.close)
    return result


#: A "name" of initials only, and a word in small letters after it: "И.О. начальника" is "acting head".
_INITIALS_ONLY = re.compile(r"[А-ЯЁ]\.?[ \u00a0]*[А-ЯЁ]\.?")
_LOWER_AFTER = re.compile(r"\.?[ \u00a0]+[а-яё]")


class Parsed:
    """Tokens, sentences, spans and quotation marks of one text, with lookups the rules need."""

    def __init__(self, text: str, doc: Any) -> None:
        self.text = text
        self.toks: list[Tok] = []
        self.sents: list[Sent] = []
        for si, sent in enumerate(doc.sents):
            first = len(self.toks)
            ids: dict[str, int] = {}
            for t in sent.tokens:
                ids[t.id] = len(self.toks)
                self.toks.append(
                    Tok(len(self.toks), t.text, t.text.lower().replace("ё", "е"), t.start, t.stop,
                        t.pos or "X", t.feats or {}, si)
                )
            for t in sent.tokens:
                me = ids[t.id]
                head = ids.get(t.head_id, -1)
                if head == me:
                    head = -1
                self.toks[me].head = head
                self.toks[me].rel = t.rel or ""
                if head >= 0:
                    self.toks[head].children.append(me)
            if len(self.toks) > first:
                self.sents.append(Sent(first, len(self.toks) - 1, self.toks[first].start, self.toks[-1].stop))
            else:
                self.sents.append(Sent(first, first - 1, sent.start, sent.stop))
        for t in self.toks:
            # "При этом глава регулятора предупредила, что …": the tagger may read "глава" as a chapter; the
            # subject of a verb is the head of something, a person
            # (not "Первая глава доклада рассказывает о …": a chapter has a number or is a document's)
            if t.lower == "глава" and t.pos == "NOUN" and t.rel.startswith("nsubj") and t.head >= 0 and self.toks[
                    t.head].pos == "VERB" and t.feat("Animacy") == "Inan" and not any(
                    lemma(self.toks[c].text) in ORDINALS or self.toks[c].pos == "NUM" or (
                        self.toks[c].rel == "nmod" and lemma(self.toks[c].text) in DOC_NOUNS | BOOKS)
                    for c in t.children):
                t.feats = {**t.feats, "Animacy": "Anim"}
            # "напомнила череповчанам о сроке": an unknown word the tagger took for a verb in the third person,
            # with a noun's plural ending no such verb has, is that noun
            case = _PLURAL_CASE_ENDINGS.get(t.lower[-3:]) or _PLURAL_CASE_ENDINGS.get(t.lower[-2:])
            if case and t.pos == "VERB" and t.feat("Person") == "3" and t.feat("VerbForm") == "Fin":
                t.pos, t.feats = "NOUN", {"Case": case, "Number": "Plur"}
        self._tok_starts = [t.start for t in self.toks]
        self.spans: list[Span] = []
        doc_spans = _with_junior_names(text, list(doc.spans))
        for n, sp in enumerate(doc_spans):
            if sp.type == "ORG" and {sp.text.lower(), (sp.normal or "").lower(), lemma(sp.text.lower())} & KIND_ONLY:
                # "писал Telegram-канал LIFE SHOT", "в Telegram-канале мэрии": the kind of a name, not a name
                continue
            if sp.type == "ORG" and sp.text.lower() in TITLE_ABBREVIATIONS:
                continue
            if sp.type in {"ORG", "LOC"} and " " not in sp.text and n + 1 < len(doc_spans) and doc_spans[
                    n + 1].type == "PER" and not text[sp.stop:doc_spans[n + 1].start].strip() and _a_persons_noun(
                    sp.text) and (_opens_sentence(text, sp.start) or
                                  sp.tokens[0].feats.get("Case") == doc_spans[n + 1].tokens[0].feats.get("Case")):
                # ("Главный тренер Металлурга Иван Петров": a club in the genitive after a title, not one itself)
                continue  # "Эндокринолог Светлана Шокур рассказала": a capitalised title opening the sentence
            words = sp.text.split()
            if sp.type == "ORG" and len(words) > 1 and lemma(words[0]) in PERSON_ROLE_HEADS and all(
                    w.islower() for w in words[1:]):
                continue  # "высказался Министр обороны России Сергей Шойгу": a title in capitals, no body
            stop, normal = sp.stop, sp.normal or sp.text
            if sp.type == "ORG":
                normal = _genitives_kept(sp.tokens, normal)
            cut = text.find("\n", sp.start, sp.stop)
            if cut >= 0:
                # "Признание Форсайта\n\nОдин из …": a name never runs across a line break (a headline above)
                stop = cut
                while stop > sp.start and text[stop - 1].isspace():
                    stop -= 1
                normal = text[sp.start:stop]
            if text[stop - 1:stop] == ")" and "(" not in text[sp.start:stop]:
                stop -= 1  # "Ата-Журт)": the tagger took in the closing bracket
                normal = normal.rstrip(")")
            kind = sp.type
            start = sp.start
            lead = text[start:stop].split(maxsplit=1)
            if _opens_sentence(text, start) and len(lead) == 2 and lead[0] == lead[0].capitalize() and lead[
                    0].lower() in PREPOSITIONS:
                # "В Кирове провели …", "От Прибрежного до …": the tagger took in the capitalised preposition that
                # opens the sentence (not "СО РАН", an abbreviation, nor «За правду», a name in marks)
                start = text.index(lead[1], start + len(lead[0]))
                rest = normal.split(maxsplit=1)
                normal = rest[1] if len(rest) == 2 and rest[0].lower() == lead[0].lower() else text[start:stop]
            if kind == "PER" and _INITIALS_ONLY.fullmatch(text[start:stop].strip()) and _LOWER_AFTER.match(text, stop):
                continue  # "рассказал И.О. начальника ГИБДД …": "и. о." (acting), no initials of anybody
            if kind == "PER" and self._a_thing(start, stop):
                continue
            if kind == "LOC" and self._people_of_a_place(start, stop):
                continue  # "Калининградцы сняли на видео …": the people of a place, not the place
            if kind == "PER" and self.spans and self.spans[-1].type == "PER" and text[
                    self.spans[-1].stop:sp.start].strip() == "(" and not text[sp.start:sp.start + 1].isascii():
                kind = "ORG"  # "Жылдызкан Джолдошова (Ата-Журт)": the bracket after a name holds a party or body
            if kind == "ORG":
                if lemma(text[sp.start:stop]) in PRESS_NOUNS or _RELATIONS_CENTRE.fullmatch(text, sp.start, stop):
                    continue  # "Пресс-центр ГУ МВД …" tagged twice: the office alone names nobody
                start, normal = self._without_press_office(start, stop, normal)
            junior = _JUNIOR_NAME.fullmatch(text, start, stop) if kind == "PER" else None
            pieces = [(start, stop, kind, _junior_normal(junior) if junior else normal)]
            if kind == "PER" and not junior:
                pieces = self._split_names(*self._without_title(start, stop, normal))
            bracket = text.find("(", sp.start, stop)
            if kind == "PER" and bracket > sp.start:
                # "Жылдызкан Джолдошова (Ата-Журт)": the bracket holds the person's party or body, not her name
                name_end = len(text[:bracket].rstrip())
                inner = text[bracket + 1:stop].strip(" )")
                words = len(text[sp.start:name_end].split())
                pieces = [(sp.start, name_end, "PER", " ".join(normal.split("(")[0].split()[:words]) or text[
                    sp.start:name_end])]
                if inner[:1].isupper() and not inner[:1].isascii():
                    first = text.index(inner, bracket)
                    pieces.append((first, first + len(inner), "ORG", inner))
            for start, end, kind, norm in pieces:
                self._add_span(start, end, kind, norm)
        for sp in self.spans:
            if sp.type == "PER" and len(sp.toks) == 1 and _BODY_COMPOUND.search(sp.text):
                sp.type = "ORG"
            before = sp.toks[0] - 1
            if sp.type == "PER" and ((before >= 0 and lemma(self.toks[before].text) in STREET_WORDS) or
                                     self._a_street_in_a_list(sp) or self._an_address(sp)):
                sp.type = "LOC"  # "на улице Олега Кошевого": a street named after somebody
            if sp.type == "PER" and len(sp.toks) == 1 and before >= 0 and lemma(
                    self.toks[before].text) in RESIDENT_NOUNS and self.toks[sp.toks[0]].feat("Case") == "Gen" and \
                    _place_reading(sp.text):
                sp.type = "LOC"  # "житель Королева": a town named after somebody
            if sp.type == "PER" and len(sp.toks) >= 3 and before >= 0 and lemma(
                    self.toks[before].text) in RESIDENT_NOUNS and self.toks[sp.toks[0]].rel == "nmod" and \
                    self.toks[sp.toks[0]].head == before and self.toks[sp.toks[1]].rel == "appos":
                # "жителя Сарытау Темиржана Ихсанова" tagged as one name: the first word is his village
                place = sp.toks.pop(0)
                self.toks[place].span = -1
                sp.start = self.toks[sp.toks[0]].start
                sp.text = self.text[sp.start:sp.stop]
                sp.normal = sp.normal.split(maxsplit=1)[1] if len(sp.normal.split()) == len(sp.toks) + 1 else sp.text
            # "представитель аэропорта Сармите Бунка-Брильйонока" tagged a place: a first name and a surname in
            # apposition to a person's noun are a person
            if sp.type == "LOC" and len(sp.toks) >= 2 and self.toks[sp.toks[1]].rel == "flat:name":
                first = self.toks[sp.toks[0]]
                head = self.toks[first.head] if first.head >= 0 else None
                if first.rel == "appos" and head is not None and head.pos == "NOUN" and head.feat(
                        "Animacy") == "Anim" and head.span < 0:
                    sp.type = "PER"
        self._find_quotes()
        named = {self.toks[k].lower for sp in self.spans if sp.type == "PER" for k in sp.toks}
        for t in self.toks:
            # "Аналитик отметил, что …", "Доктор напомнил": a capitalised word the tagger took for a name that
            # no NER span holds and the dictionary knows only as a common noun in its dictionary form is that
            # noun ("Токаев" is a form of "токай", and a name the text uses elsewhere is a name)
            # (and a title in capitals in any case: "По словам Председателя Совета министров, …")
            if t.pos == "PROPN" and t.span < 0 and not t.quoted and t.text[:1].isupper() and t.text[1:].islower() \
                    and t.lower not in named and common_word(t.text) and (
                        noun_in_dictionary_form(t.text) or lemma(t.text) in PERSON_ROLE_HEADS):
                t.pos = "NOUN"

    def _a_street_in_a_list(self, sp: Span) -> bool:
        """"улицы Просторная, Сутеева и Маршала Покрышкина", "на Орловской, 26 и Орджоникидзе, 14": a name
        coordinated with a street (under a street's word, or a place or an adjective with its house number) is
        a street too; a person is never listed with streets."""
        first = self.toks[sp.toks[0]]
        root = first
        while root.rel == "conj" and root.head >= 0 and root.i - root.head < 30:
            root = self.toks[root.head]
        if root is first:
            return False
        if root.span >= 0 and self.spans[root.span].type == "PER":
            return False  # ("директор парка Иван Петров и Пётр Сидоров": people listed after a park's director)
        if root.head >= 0 and lemma(self.toks[root.head].text) in STREET_WORDS:
            # a street named after somebody has his name in the genitive ("Маршала Покрышкина"); "жители улицы
            # Гагарина и Иван Петров" are people
            return all(self.toks[k].feat("Case") == "Gen" for k in sp.toks if self.toks[k].pos != "PUNCT")
        # (a street by its adjective with its own house number: "на Орловской, 26", not "жители Самары")
        return root.pos == "ADJ" and self._house_number_after(root.i) and self._house_number_after(sp.toks[-1])

    def _an_address(self, sp: Span) -> bool:
        """"площадка по Бойцова, 26", "на Ленина, 5": a surname alone after "по"/"на" with a house number is a
        street."""
        first = sp.toks[0]
        return len(sp.toks) == 1 and first > 0 and self.toks[first - 1].lower in {"по", "на"} and \
            self._house_number_after(first)

    def _house_number_after(self, k: int) -> bool:
        """", 64/1", ", 14 и …": a number after a comma that no word follows (not an age: ", 45 лет")."""
        toks = self.toks
        if k + 2 >= len(toks) or toks[k + 1].text != "," or not toks[k + 2].text[:1].isdigit():
            return False
        if k + 4 < len(toks) and "/" not in toks[k + 2].text and toks[k + 3].text == "," and toks[
                k + 4].text[:1].isalpha():
            return False  # ("на Сидорова, 34, через его знакомых": an age between commas)
        return k + 3 >= len(toks) or "/" in toks[k + 2].text or not toks[k + 3].text[:1].isalpha() or toks[
            k + 3].pos == "CCONJ"

    def name_after_body(self, tok: int, k: int) -> bool:
        """"аналитик финансового маркетплейса Банки.ру Гаянэ Замалеева": a nominative name right after the name
        of the body in the title (token `tok`) is the titled person, however the parser hung it (as the body's
        genitive)."""
        t = self.toks[k]
        if t.span < 0 or t.feat("Case") != "Nom" or self.toks[tok].feat("Case") != "Nom" or k < 2 or \
                self.spans[t.span].toks[0] != k:
            return False
        before = self.toks[k - 1]
        if before.text == ".":
            before = self.toks[k - 2]  # (the name of a site ends in its domain: "Банки.ру")
        return tok < before.i and before.span >= 0 and self.spans[before.span].type == "ORG"

    def _without_press_office(self, start: int, stop: int, normal: str) -> tuple[int, str]:
        """"Пресс-служба Кремля сообщила": the tagger took the office into the name; the office speaks for the
        body in its genitive, which is the name."""
        lo = bisect.bisect_left(self._tok_starts, start)
        if lo + 1 >= len(self.toks) or self.toks[lo + 1].start >= stop or lemma(
                self.toks[lo].text) not in PRESS_NOUNS:
            return start, normal
        nxt = self.toks[lo + 1]
        if nxt.pos == "ADJ":
            return start, normal  # ("Пресс-служба Московского метрополитена": one word's nominative is not enough)
        rest = normal.split()[1:] or self.text[nxt.start:stop].split()
        return nxt.start, " ".join([genitive_to_nominative(rest[0]), *rest[1:]])

    def _after_title(self, t: Tok) -> bool:
        """Whether a word stands in apposition to a person's noun ("Министр иностранных дел страны Хакан Фидан"):
        a title is given once, so a capitalised word after it is the name's first word even where the dictionary
        knows it as a noun (хакан, a khan)."""
        head = self.toks[t.head] if t.rel == "appos" and t.head >= 0 else None
        return head is not None and head.pos == "NOUN" and head.feat("Animacy") == "Anim" and head.span < 0 and \
            head.i < t.i and (head.text.islower() or head.i == self.sents[head.sent].first)

    def _without_title(self, start: int, stop: int, normal: str) -> tuple[int, int, str]:
        """"Сменщик Тулеева также сообщил …": a capitalised common noun in its dictionary form that the tagger ran
        into a name in another case is no part of the name (the successor is somebody else)."""
        lo = bisect.bisect_left(self._tok_starts, start)
        if lo + 1 >= len(self.toks) or self.toks[lo + 1].start >= stop:
            return start, stop, normal
        first, second = self.toks[lo], self.toks[lo + 1]
        if self._after_title(first):
            return start, stop, normal
        # (a person's noun is a title before a nominative name as well: "Онколог Каприн")
        if first.text[:1].isupper() and first.text[1:].islower() and first.feat("Case") == "Nom" and (second.feat(
                "Case") in {"Gen", "Dat", "Ins"} or noun_in_dictionary_form(first.text, animate=True)) and common_word(
                first.text) and noun_in_dictionary_form(first.text):
            words = normal.split()
            return second.start, stop, " ".join(words[1:]) if len(words) > 1 else self.text[second.start:stop]
        return start, stop, normal

    def _split_names(self, start: int, stop: int, normal: str) -> list[tuple[int, int, str, str]]:
        """"корреспонденту Илье Азару Найем рассказал", "адвокат Егора Свиридова Аслан Черкесов": the tagger ran
        two people's names together; a name in an oblique case followed by one in the nominative are two."""
        lo = bisect.bisect_left(self._tok_starts, start)
        toks = [t for t in self.toks[lo:lo + 8] if t.start < stop]
        cases = [t.feat("Case") for t in toks]
        if len(toks) >= 3 and cases[0] in {"Gen", "Dat", "Ins"} and cases[1] == cases[0]:
            k = next((i for i, c in enumerate(cases) if c != cases[0]), -1)
            if k >= 2 and cases[k] == "Nom" and toks[k].text[:1].isupper():
                return [(start, toks[k - 1].stop, "PER", self.text[start:toks[k - 1].stop]),
                        (toks[k].start, stop, "PER", self.text[toks[k].start:stop])]
        return [(start, stop, "PER", normal)]

    def _a_thing(self, start: int, stop: int) -> bool:
        """A "person" that is a thing: a capitalised common noun opening a sentence that the text also writes in
        small letters ("Маркетплейс потребовал …" and "в маркетплейсе"), a compound ending in a common noun
        ("Телеграм-канал"), a make of car after its noun ("автомобиля Рено Логан")."""
        k = self.tok_at(start)
        if k >= len(self.toks) or self.toks[k].start != start:
            return False
        t = self.toks[k]
        word = self.text[start:stop]
        if " " not in word and "-" in word and not _JUNIOR_NAME.fullmatch(word):
            last = word.rsplit("-", 1)[1]
            if last.islower() and common_word(last) and not is_first_name(last) and models().morph_vocab.parse(
                    last)[0].tag.POS == "NOUN":
                return True  # (not "Герман-младший": an adjective after a surname)
        if k > 0 and lemma(self.toks[k - 1].text) in VEHICLE_NOUNS and t.feat("Case") in {"Nom", None} and \
                self.toks[k - 1].feat("Case") != "Nom" and not name_reading(t.text) and not is_first_name(
                    t.text) and not t.rel.startswith("nsubj") and not word.isascii():
            return True  # (a make stands in the nominative after its noun; "машину Ивана Петрова" is his car)
        if " " in word or not word[:1].isupper() or t.i != self.sents[t.sent].first or name_reading(word):
            return False  # ("Надежда рассказала …" beside "надежда": a first name is a name)
        form = lemma(word)
        return any(u.text[:1].islower() and u.start != start and lemma(u.text) == form for u in self.toks)

    def _people_of_a_place(self, start: int, stop: int) -> bool:
        """Whether a "place" is one word the tagger reads as a plural animate common noun ("Калининградцы",
        "Москвичи"), a name for the people who live there; place names in the plural ("Химки") are inanimate."""
        k = self.tok_at(start)
        if k >= len(self.toks) or self.toks[k].start != start or self.toks[k].stop != stop:
            return False
        t = self.toks[k]
        return t.pos == "NOUN" and t.feat("Animacy") == "Anim" and t.feat("Number") == "Plur"

    def _add_span(self, start: int, stop: int, kind: str, normal: str) -> None:
        lo = bisect.bisect_left(self._tok_starts, start)
        toks: list[int] = []
        k = lo
        while k < len(self.toks) and self.toks[k].start < stop:
            toks.append(k)
            k += 1
        if not toks:
            return
        idx = len(self.spans)
        for k in toks:
            self.toks[k].span = idx
        self.spans.append(Span(start, stop, kind, self.text[start:stop], normal, toks))

    def _find_quotes(self) -> None:
        """Quotation marks, and the tokens inside quotations that are somebody's words (not a name)."""
        text = self.text
        self.quotes = scan_quotes(text)
        self.top_quotes = [q for q in self.quotes if q.depth == 0]
        self._top_opens = [q.open for q in self.top_quotes]
        #: opens of quotations that name something («Газпром», "Нафтогаз Украины"): their words are part of the
        #: sentence ("«Газпром» заявил, что …" has «Газпром» as its subject), not somebody's speech
        self.name_quotes: set[int] = set()
        for q in self.top_quotes:
            inside = range(bisect.bisect_right(self._tok_starts, q.open), self.tok_at(q.close))
            if self._names_something(q, inside):
                self.name_quotes.add(q.open)
                continue
            for k in inside:
                self.toks[k].quoted = True

    def _names_something(self, q: QuoteSpan, inside: range) -> bool:
        """A short capitalised quotation with no verb and no sentence punctuation, not set off by a dash or a
        colon as speech is: a company, a newspaper, a project, not words anybody said."""
        content = self.text[q.open + 1:q.close].strip()
        words = content.split()
        if not words or len(words) > 4 or not (content[0].isupper() or content[0].isdigit()):
            return False
        # (a full stop inside a word is part of a site's name: «Чита.Ру», «Газета.Ru»)
        if any(ch in _INNER_DOT.sub("", content) for ch in ".!?…,;:"):
            return False
        toks = [self.toks[k] for k in inside]
        if not toks or any(t.pos in {"VERB", "AUX"} or t.feat("VerbForm") == "Fin" for t in toks):
            return False
        after = self.text[q.close + 1:q.close + 4].lstrip(" ,")
        before = self.text[max(0, q.open - 3):q.open].rstrip()
        # ("… будем отмечать в «Байкальской ривьере», – подчеркнул он": after a preposition it names a place,
        # whatever dash follows)
        word_before = self.text[max(0, q.open - 6):q.open].split()[-1:] if self.text[q.open - 1:q.open] == " " else []
        if word_before and word_before[0].lower() in {"в", "во", "на", "из", "от", "до", "у", "с", "со", "к", "ко"}:
            return True
        # (nor after the noun it names inside a phrase: "… только в артели «Статус», – сообщил министр", "на пост
        # директора «Эха Москвы»"; "назвал решение «ошибкой»" is a verb's object, the words may be his)
        k = inside.start - 2  # (the token before the opening mark)
        if k >= 1 and self.toks[k].pos == "NOUN" and self.toks[k].text.islower() and self.text[
                self.toks[k].stop:q.open] == " " and self.toks[k - 1].pos in {"ADP", "ADJ", "NOUN"}:
            return True
        return not (after[:1] in DASHES or before.endswith(":"))

    # --- lookups -------------------------------------------------------------------------------------------
    def tok_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset` (len(toks) when none)."""
        return bisect.bisect_left(self._tok_starts, offset)

    def top_quote_at(self, offset: int) -> QuoteSpan | None:
        """The top-level quotation whose marks enclose `offset`, if any."""
        k = bisect.bisect_right(self._top_opens, offset) - 1
        if k >= 0 and self.top_quotes[k].open < offset < self.top_quotes[k].close:
            return self.top_quotes[k]
        return None

    def about_this(self, k: int) -> bool:
        """"Об этом" at token k, the phrase that points back at what was just said; also its frequent misprint
        "Об это" ("Об это сообщил X"), which cannot mean anything else."""
        if k < 0 or k + 1 >= len(self.toks):
            return False
        prep, word = self.toks[k].lower, self.toks[k + 1].lower
        return (prep in {"о", "об"} and word == "этом") or (prep == "об" and word == "это")

    def sent_of_offset(self, offset: int) -> int:
        k = self.tok_at(offset)
        if k >= len(self.toks):
            return len(self.sents) - 1
        return self.toks[k].sent

    def subtree(self, i: int, limit: int = 60) -> list[int]:
        """Token indices in the subtree of token i (bounded, so a broken parse cannot blow up)."""
        out = [i]
        k = 0
        while k < len(out) and len(out) < limit:
            out.extend(self.toks[out[k]].children)
            k += 1
        return sorted(out)
