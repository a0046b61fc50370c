"""NER spans -> canonical actors: grouping mentions, nominative names, genders and the roles they were given.

natasha's normaliser takes the first morphological parse, so oblique forms of foreign names survive ("Ким Чен
Ына") and some surnames change gender. Rather than lists of names, the canonical form is chosen by comparing
the mentions of one person with each other: a surface form the tagger reads as nominative wins; otherwise the
normal form that is a prefix of the most surface forms (case endings are suffixes), i.e. the bare stem.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from analysis.keys import fold, word_keys
from analysis.lexicon import (
    ACTING_WORDS,
    COMPOUND_BODY_STEMS,
    COUNTRIES,
    COUNTRY_STEMS,
    DOC_NOUNS,
    FEMININE_SUFFIXES,
    FIELD_BY_PO_BODIES,
    FIELD_NAMED_BODIES,
    FOREIGN_POLICY_ADJECTIVES,
    GENERIC_ORG_HEADS,
    GENERIC_ORG_NOUNS,
    KIN_NOUNS,
    MINISTRY_ABBREVIATIONS,
    MINISTRY_SHORT_NAMES,
    MONEY_FIELDS,
    NOT_A_FIELD,
    NOT_ROLES,
    OFFICIAL_NOUNS,
    ORG_SYNONYMS,
    PERSON_ROLE_HEADS,
    PLACE_ADJECTIVES,
    PLACE_GENITIVES,
    RANKS,
    ROLE_VARIANTS,
    UNNAMING_ADJECTIVES,
)
from analysis.parsed import Parsed, Span
from analysis.pipeline import (
    adjective_agreeing,
    common_word,
    feminine_nominative,
    first_name_gender,
    guess_nominative,
    is_first_name,
    lemma,
    nominative_name,
    nominative_name_gender,
)

_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)?\s*$")
_DEFINED_ABBREVIATION = re.compile(r"\s*\(([А-ЯЁA-Z]{2,8})[,)]?")


def _without_bracket(name: str) -> str:
    """"Федеральная пассажирская компания (ФПК" -> "Федеральная пассажирская компания": the tagger may take an
    abbreviation in brackets into an organisation's span (a name that is all brackets stays as it is)."""
    return _TRAILING_BRACKET.sub("", name).strip() or name.strip()

#: Adjectives and genitives that pin a role down ("российский", "России") are compared by these stems.
STEM = 4
_TAIL_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "NUM", "DET", "CCONJ"})


def stem(word: str) -> str:
    return fold(word)[:STEM]


#: Endings of oblique forms of first names (accusative, dative, instrumental) that no nominative first name has.
_OBLIQUE_FIRST_NAME = ("у", "ю", "ой", "ей")
_VOWELS = frozenset("аеёиоуыэюя")


def _oblique_first_name(first: str, surname: str) -> str | None:
    """"Лауру Галстян": a woman's first name in an oblique case before a surname that never declines (a
    consonant ends it), which the tagger reads as a man's nominative; the gender the dictionary gives the first
    name, or None. No woman's first name ends so in the nominative ("Максим", "Карим" end like an instrumental,
    so only the endings of the accusative, dative and instrumental of "-а/-я" names count); a surname of hers that
    declines would carry the case too ("Ханну Йортикка" is a man's nominative)."""
    if not fold(first).lower().endswith(_OBLIQUE_FIRST_NAME) or fold(surname).lower()[-1:] in _VOWELS:
        return None
    return first_name_gender(first) if is_first_name(first) else None


#: A name word set in capitals ("Роман ГРИГОРЧУК" in a transcript's header), each part of a double one: the
#: canonical name is in ordinary case.
_CAPS_NAME_WORD = re.compile(r"\b[А-ЯЁ]{3,}\b")


def _womans_first_name(word: str, surname: str, gender: str | None) -> str:
    """A woman's first name put in the nominative when it stands in an oblique case before a surname that never
    declines ("Лауру Галстян" → "Лаура"); any other word comes back as it is."""
    if gender == "Fem" and _oblique_first_name(word, surname):
        return nominative_name(word, "Fem") or word
    return word


#: Endings a man's surname never has in the nominative (feminine or oblique forms of Russian surnames).
_INSTRUMENTAL_SURNAME = ("овым", "евым", "ёвым", "иным", "ыным")
_NOT_MASC_NOMINATIVE = ("ова", "ева", "ина", "ына", "ого", "его", "ому", "ему", "ским", "цким", *_INSTRUMENTAL_SURNAME)


def _surname_in_gender(surname: str, gender: str) -> str:
    """A family's surname as a woman or a man of it bears it: "Кокорин" → "Кокорина", "Петровская" → "Петровский";
    others ("Скрипаль", "Шевчук") are the same for both."""
    low = surname.lower()
    if gender == "Fem":
        if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return surname + "а"
        if low.endswith(("ский", "цкий", "ской", "цкой")) or (low.endswith(("ой", "ый")) and len(low) >= 6):
            return surname[:-2] + "ая"  # ("Толстой" → "Толстая"; "Цой" is the same for both)
    else:
        if low.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return surname[:-1]
        if low.endswith(("ская", "цкая")):
            return surname[:-2] + "ий"
        if low.endswith("ая"):
            return ""  # ("Толстая" → "Толстой", "Белая" → "Белый": which one the word does not say)
    return surname


def _feminine_surname(gender: str | None, word: str) -> str:
    """"Виктории Лапиной": a woman's surname of the "-ова/-ина" kind in an oblique case (no woman's surname of that
    kind ends in "-ой" in the nominative), which the tagger called nominative or the normaliser kept."""
    low = word.lower()
    if gender == "Fem" and len(word) > 5 and low.endswith(("овой", "евой", "ёвой", "иной", "ыной")):
        return word[:-2] + "а"
    return word


@dataclass(slots=True)
class Role:
    head: str  # lemma of the role noun: президент, канцлер, глава
    mods: frozenset[str]  # stems of its modifiers: росс, фрг, генш
    text: str  # as the article wrote it, for aliases
    pos: int


@dataclass(slots=True)
class ActorRec:
    type: str
    spans: list[int] = field(default_factory=list)
    name: str = ""
    first: int = 0
    last_keys: set[str] = field(default_factory=set)
    first_names: set[str] = field(default_factory=set)
    gender_votes: Counter[str] = field(default_factory=Counter)
    roles: list[Role] = field(default_factory=list)
    aliases: dict[str, None] = field(default_factory=dict)
    refs: int = 0

    @property
    def gender(self) -> str | None:
        if not self.gender_votes:
            return None
        (g, n), *rest = self.gender_votes.most_common(2)
        if rest and rest[0][1] == n:
            return None
        return g


def place_adjective(word: str) -> bool:
    """Whether an adjective names a country or a place ("британский", "иркутский"), not a kind of body
    ("городской", "федеральный")."""
    lem = lemma(word)
    return lem.endswith(("ский", "цкий")) and lem not in UNNAMING_ADJECTIVES


def _is_patronymic(word: str) -> bool:
    w = fold(word)
    return w.endswith(("вич", "вна", "ична", "вича", "вичу", "вичем", "вной", "вну"))


def _first_compatible(a: str, names: set[str]) -> bool:
    fa = fold(a).rstrip(".")
    for b in names:
        b = b.rstrip(".")
        if len(fa) == 1 or len(b) == 1:  # an initial ("Н. Прянишников") fits every name it begins
            if fa[:1] == b[:1]:
                return True
            continue
        if fa == b or (min(len(fa), len(b)) >= 3 and (fa.startswith(b) or b.startswith(fa))):
            return True
        if word_keys(fa) & word_keys(b):
            return True
    return False


class ActorIndex:
    """All actors of one text and, for every NER span, the actor it belongs to."""

    def __init__(self, p: Parsed) -> None:
        self.p = p
        self.actors: list[ActorRec] = []
        self.span_actor: list[int] = [-1] * len(p.spans)
        self.ext_name: dict[int, str] = {}  # ORG span -> its name with the words after it ("МИД Египта")
        self._group()
        self._genders_and_roles()  # first: the gender picks the nominative of an oblique-only surname
        for a in self.actors:
            a.name = self._canonical(a)
        self._kin_surnames()

    def _kin_surnames(self) -> None:
        """"Сергей Скрипаль и его дочь Юлия", "Кокорину, его младшему брату Кириллу": a relative the article names
        by a first name alone, right after a kinship noun that points to a person ("его", "ее", or that person in
        the genitive), bears that person's surname in the relative's gender."""
        p = self.p
        for si, sp in enumerate(p.spans):
            ai = self.span_actor[si]
            k = sp.toks[0] - 1
            if ai < 0 or sp.type != "PER" or len(self.actors[ai].name.split()) != 1 or k < 0 or not is_first_name(
                    self.actors[ai].name) or len(sp.toks) != 1:
                continue
            gender = KIN_NOUNS.get(lemma(p.toks[k].text))
            if gender is None:
                continue
            # ("его супруга Инна": the lemma of "супруга" may be the husband's noun; the first name tells — and only
            # a first name the dictionary knows: "Джеральдина Чаплин" keeps a foreign surname as it is)
            gender = nominative_name_gender(self.actors[ai].name)
            if gender is None:
                continue
            family = -1
            for c in p.toks[k].children:
                ct = p.toks[c]
                if ct.rel == "nmod" and c > k and ct.span >= 0 and p.spans[ct.span].type == "PER":
                    family = self.span_actor[ct.span]  # "дочери Сергея Скрипаля Юлии"
                elif c < k and ct.lower in {"его", "ее", "её"}:
                    # the nearest person named before in the sentence, of the pronoun's gender
                    want = "Masc" if ct.lower == "его" else "Fem"
                    before = next((self.span_actor[x] for x in range(si - 1, -1, -1) if p.spans[x].type == "PER"
                                   and p.toks[p.spans[x].toks[0]].sent == p.toks[k].sent and self.span_actor[x] >= 0),
                                  -1)
                    if before >= 0 and self.actors[before].gender in {None, want}:
                        family = before
            if family < 0 or family == ai or len(self.actors[family].name.split()) < 2:
                continue
            surname = _surname_in_gender(self.actors[family].name.split()[-1], gender)
            full = f"{self.actors[ai].name} {surname}"
            if surname and not any(fold(a.name) == fold(full) for a in self.actors):
                # (an actor the text names so itself stays the one; the first name alone stays apart then)
                self.actors[ai].name = full

    # --- grouping ----------------------------------------------------------------------------------------
    def _group(self) -> None:
        p = self.p
        by_key: dict[tuple[str, str], int] = {}
        spelled = self._spelled_out()
        one = self._one_name()
        for si, sp in enumerate(p.spans):
            if sp.type == "PER":
                self.span_actor[si] = self._group_person(si)
                continue
            name = sp.normal
            if sp.type == "ORG":
                ext = self._extended_org(si) or self._without_kind(si)
                if ext:
                    self.ext_name[si] = name = ext
            # "ЦРЦ" after "Центральный региональный центр МЧС": an abbreviation the article spelled out once
            name = spelled.get(name, name) if sp.type == "ORG" and name.isupper() else name
            folded = fold(_without_bracket(name))
            if sp.type == "ORG" and folded.lower() in one and not self._of_another_country(si):
                self.ext_name[si] = name = one[folded.lower()]
                folded = fold(_without_bracket(name))
            key = (sp.type if sp.type == "PER" else "X", folded)
            if key not in by_key:
                by_key[key] = len(self.actors)
                self.actors.append(ActorRec(sp.type, first=sp.start))
            ai = by_key[key]
            # "Федеральная пассажирская компания (ФПК)": the abbreviation the text defines names the same body
            m = _DEFINED_ABBREVIATION.match(p.text, sp.stop) or _DEFINED_ABBREVIATION.search(sp.text)
            if sp.type == "ORG" and m and len(name.split()) > 1:
                by_key.setdefault(("X", fold(m.group(1))), ai)
            self.actors[ai].spans.append(si)
            self.span_actor[si] = ai
        self._first_name_before_full()
        for a in self.actors:
            if a.type != "PER":
                types = Counter(p.spans[s].type for s in a.spans)
                a.type = types.most_common(1)[0][0]

    def _first_name_before_full(self) -> None:
        """"Президент Белоруссии Александр пошутил … Александр Лукашенко": a first name alone under an office,
        that the article names in full only later, is that person when exactly one person of the article bears it
        (the same reading `_group_person` gives a first name after the full name)."""
        p = self.p
        drop: set[int] = set()
        for ai, a in enumerate(self.actors):
            if a.type != "PER" or a.first_names or not all(
                    len(p.spans[s].toks) == 1 and is_first_name(p.spans[s].text) for s in a.spans):
                continue
            # (only a first name under an office, "Президент Белоруссии Александр": "житель Твери Алексей", "его
            # сын Алексей" are somebody else than the official the text names in full)
            if not any(self._under_office(p.spans[s].toks[0]) for s in a.spans):
                continue
            word = p.spans[a.spans[0]].normal
            fits = [bi for bi, b in enumerate(self.actors) if bi != ai and b.type == "PER" and bi not in drop
                    and b.first_names and _first_compatible(word, b.first_names)]
            if len(fits) != 1:
                continue
            b = self.actors[fits[0]]
            for s in a.spans:
                self.span_actor[s] = fits[0]
            b.spans = sorted(b.spans + a.spans)
            b.first = min(b.first, a.first)
            drop.add(ai)
        if drop:
            new_index = {}
            kept = []
            for ai, a in enumerate(self.actors):
                if ai not in drop:
                    new_index[ai] = len(kept)
                    kept.append(a)
            self.actors = kept
            self.span_actor = [new_index.get(x, -1) if x >= 0 else x for x in self.span_actor]

    def _under_office(self, first: int) -> bool:
        """Whether the title whose phrase runs up to a name is an office ("Министр иностранных дел России
        Сергей"), not a word for a private person ("Житель Твери Алексей", "Сын губернатора Алексей")."""
        p = self.p
        t = p.toks[first]
        title = t.head if t.rel == "appos" and 0 <= t.head < first else self._title_before(first, t.feat("Case"))
        return title >= 0 and lemma(p.toks[title].text) in PERSON_ROLE_HEADS

    def _one_name(self) -> dict[str, str]:
        """Folded name -> the name the article uses for a body it calls in several ways ("ЦБ РФ", "Регулятор",
        "Банк России"): the official one of those it uses, so that all its words go to one actor."""
        written: dict[str, str] = {}
        for si, sp in enumerate(self.p.spans):
            if sp.type == "ORG" and not self._of_another_country(si):
                name = _without_bracket(self._extended_org(si) or self._without_kind(si) or sp.normal)
                written.setdefault(fold(name).lower(), name)
        out: dict[str, str] = {}
        for group in ORG_SYNONYMS:
            present = [n for n in group if n in written]
            if len(present) > 1:
                out.update((n, written[present[0]]) for n in present[1:])
        return out

    def _of_another_country(self, si: int) -> bool:
        """"Центральный банк Турции", "ЦБ Армении": a body the tagger cut off its country, which is not Russia."""
        p = self.p
        k = p.tok_at(p.spans[si].stop)
        if k >= len(p.toks) or p.toks[k].span < 0 or p.spans[p.toks[k].span].type != "LOC":
            return False
        return fold(p.spans[p.toks[k].span].normal).lower() not in {"россия", "рф", "российская федерация"}

    def _spelled_out(self) -> dict[str, str]:
        """Abbreviation -> the one multi-word organisation name of the article whose initials it is ("ЦРЦ" ->
        "Центральный региональный центр МЧС", "МВД" -> "Министерство внутренних дел"); an abbreviation two
        names fit stays apart."""
        fits: dict[str, set[str]] = {}
        for si, sp in enumerate(self.p.spans):
            if sp.type != "ORG":
                continue
            name = _without_bracket(self._extended_org(si) or self._without_kind(si) or sp.normal)
            words = name.split()
            if len(words) < 2:
                continue
            # a place or a parent body may follow the name the abbreviation stands for ("… МЧС", "… Киргизии")
            heads = [words[:k] for k in range(len(words), 1, -1) if all(w[:1].isupper() for w in words[k:])]
            for ws in [*heads, [w for w in words if not (w.islower() and len(w) <= 2)]]:
                if len(ws) >= 2:
                    fits.setdefault("".join(w[0] for w in ws).upper(), set()).add(name)
        return {abbr: next(iter(names)) for abbr, names in fits.items() if len(names) == 1}

    def _group_person(self, si: int) -> int:
        sp = self.p.spans[si]
        words = [self.p.toks[k].text for k in sp.toks if self.p.toks[k].pos != "PUNCT"] or [sp.text]
        normals = sp.normal.split()
        words_n = normals if len(normals) == len(words) else words
        last = fold(words_n[-1])
        keys = set(word_keys(last)) | set(word_keys(fold(words[-1])))
        first = words_n[0] if len(words_n) > 1 else None
        best = -1
        if first is not None and len(words_n) == 2 and _is_patronymic(words[-1]):
            # "Михаил Сергеевич": the person whose first name this is
            for ai, a in enumerate(self.actors):
                if a.type == "PER" and a.first_names and _first_compatible(first, a.first_names):
                    best = ai
            if best >= 0:
                self.actors[best].spans.append(si)
                return best
        for ai, a in enumerate(self.actors):
            if a.type != "PER" or not (a.last_keys & keys):
                continue
            if first is not None and a.first_names and not _first_compatible(first, a.first_names):
                continue
            best = ai  # the most recently created compatible person
        if best < 0 and first is None and is_first_name(words[-1]):
            # "Юлия" after "Юлия Скрипаль": the one person of the article with that first name
            fits = [ai for ai, a in enumerate(self.actors)
                    if a.type == "PER" and a.first_names and _first_compatible(words_n[-1], a.first_names)]
            if len(fits) == 1:
                self.actors[fits[0]].spans.append(si)
                return fits[0]
        if best < 0:
            best = len(self.actors)
            self.actors.append(ActorRec("PER", first=sp.start))
        a = self.actors[best]
        a.spans.append(si)
        a.last_keys |= keys
        if first is not None:
            a.first_names.add(fold(first))
        return best

    # --- canonical names ---------------------------------------------------------------------------------
    def _canonical(self, a: ActorRec) -> str:
        p = self.p
        if a.type != "PER":
            # the most frequent form, the fullest of equals ("Федеральная пассажирская компания" over "ФПК")
            counts = Counter(_without_bracket(self.ext_name.get(s, p.spans[s].normal)) for s in a.spans)
            # a name spelled out beats its abbreviation, however often the article used the short form
            return max(counts, key=lambda n: (len(n.split()) > 1 or not n.isupper(), counts[n], len(n)))
        mentions = []
        for s in a.spans:
            sp = p.spans[s]
            toks = [p.toks[k] for k in sp.toks if p.toks[k].pos != "PUNCT"]
            normals = sp.normal.split()
            if len(normals) != len(toks):
                normals = [t.text for t in toks]
            mentions.append((toks, normals, self._apposition_case(sp)))
        full = max(len(m[0]) for m in mentions)
        # a patronymic form ("Михаил Сергеевич") must not become the canonical full name
        fulls = [m for m in mentions if len(m[0]) == full and not _is_patronymic(m[0][-1].text)] or [
            m for m in mentions if len(m[0]) == full
        ]
        out: list[str] = []
        for j in range(full):
            # position j counted from the end for surnames, so shorter mentions vote on the surname too
            back = full - j
            # the surname is voted on by every mention but a patronymic or a first name alone ("Юлия")
            pool = fulls if back > 1 else [m for m in mentions if not _is_patronymic(m[0][-1].text) and not (
                full > 1 and len(m[0]) == 1 and is_first_name(m[0][0].text))] or fulls
            surfaces, noms, normals, cases = [], [], [], []
            for toks, norms, appos_case in pool:
                if len(toks) < back:
                    continue
                t = toks[len(toks) - back]
                # the role noun corrects a nominative tag, never an oblique one ("муж Асии Биби" is no apposition)
                case = appos_case if appos_case and t.feat("Case") == "Nom" else t.feat("Case")
                if case == "Nom" and toks[0].feat("Case") not in {None, "Nom"} and toks[0].pos == "PROPN":
                    case = toks[0].feat("Case")  # "Линасом Линкявичюсом": the words of a name share its case
                surfaces.append(t.text)
                normals.append(norms[len(toks) - back])
                cases.append(case)
                if case == "Nom":
                    noms.append(t.text)
            if any(len(w) > 1 for w in surfaces) and any(len(w) == 1 for w in surfaces):
                # the full first name over an initial ("Николай Прянишников" and "Н. Прянишников")
                keep = [i for i, w in enumerate(surfaces) if len(w) > 1]
                surfaces, normals, cases = [surfaces[i] for i in keep], [normals[i] for i in keep], [
                    cases[i] for i in keep]
                noms = [w for w in noms if len(w) > 1]
            # the tagger guesses a surname's gender, a Russian first name's the dictionary knows: "Эльвиру
            # Набиуллину" is "Эльвира Набиуллина", whatever gender the normaliser took the surname in
            named = first_name_gender(fulls[0][0][0].text) if back == 1 and full > 1 else None
            # (a first name in the nominative is a man's where the oblique reading made it ambiguous: "Евгений")
            man = named or (nominative_name_gender(fulls[0][0][0].text) if back == 1 and full > 1 and fulls[0][0][
                0].feat("Case") == "Nom" else None)
            if noms:
                c = Counter(noms)
                word = max(c, key=lambda w: (c[w], -len(w)))
                # (a foreign first name the dictionary does not know leaves a nominative in -а as it is: "Этторе
                # Мессина рассказал")
                foreign = full > 1 and named is None
                if back == full > 1:
                    word = _womans_first_name(word, fulls[0][0][-1].text, a.gender)
                if back == 1:
                    word = _feminine_surname(a.gender, word)
                # (an instrumental ending is no nominative whatever the first name: "Евгений Катичевым"; a
                # nominative "-ина" after an ambiguous first name stays, "Евгений Щербина")
                masculine = back == 1 and named != "Fem" and (not foreign or fold(word).lower().endswith(
                    _INSTRUMENTAL_SURNAME))
                out.append(self._masculine_surname(a, word, man) if masculine else word)
                continue
            ok = [n for n in normals if sum(fold(s).startswith(fold(n)) for s in surfaces) * 2 >= len(surfaces)]
            c = Counter(ok or normals)
            word = max(c, key=lambda w: (c[w], -len(w)))
            gender = named or a.gender
            if all(fold(word) == fold(s) for s in surfaces) or (named == "Fem" and not fold(word).lower().endswith(
                    ("а", "я")) and all(fold(s).lower().endswith(("у", "ой", "ы", "ю", "ей")) for s in surfaces)):
                # the normaliser gave the oblique form back: ask the dictionary for a name reading of it
                word = nominative_name(surfaces[0], gender) or guess_nominative(
                    surfaces[0], Counter(cases).most_common(1)[0][0], gender)
            if back == 1:
                word = _feminine_surname(named or a.gender, word)
            if back == 1 and named != "Fem":
                word = self._masculine_surname(a, word, man)
            if back == full > 1:
                word = _womans_first_name(word, fulls[0][0][-1].text, a.gender)
            if a.gender == "Fem" and named is None and not feminine_nominative(word):
                # "Александра Горбунова … подтвердила": a woman, whatever case the tagger read her name in
                word = next((s for s in surfaces if feminine_nominative(s)), word)
            out.append(word[:1].upper() + word[1:] if word[:1].islower() else word)
        # (an initial before a capitalised word keeps its full stop, which the tagger's tokens leave apart: "В. М.
        # Джум"; not "О лири", what is left of "О'Лири")
        return " ".join(_CAPS_NAME_WORD.sub(lambda m: m[0][:1] + m[0][1:].lower(), w) + (
            "." if len(w) == 1 and w.isupper() and i + 1 < len(out) and out[i + 1][:1].isupper() else "")
            for i, w in enumerate(out))

    @staticmethod
    def _masculine_surname(a: ActorRec, word: str, named: str | None = None) -> str:
        """"Павел Мамаева", "Константин Маковского": a man's surname in a form no man's surname has in the
        nominative (the tagger or the normaliser kept an oblique case) is put in the masculine nominative (a man
        by his verbs or by his first name: "с защитниками … Евгений Катичевым" says nothing he did)."""
        low = fold(word).lower()
        if not (a.gender == "Masc" and low.endswith(_NOT_MASC_NOMINATIVE)) and not (
                a.gender is None and named == "Masc" and low.endswith(_INSTRUMENTAL_SURNAME)):
            return word
        return nominative_name(word, "Masc") or guess_nominative(word, "Gen", "Masc")

    def _apposition_case(self, sp: Span) -> str | None:
        """The case of the noun a name stands in apposition to ("генерал-лейтенанта Аксары Кердпола", "с мэром
        Сюнскэ Хасэгавой"): the tagger often reads an unknown foreign name as nominative, its role noun it knows."""
        p = self.p
        for k in sp.toks:
            t = p.toks[k]
            if t.rel == "appos" and t.head >= 0 and t.head not in sp.toks and p.toks[t.head].pos == "NOUN":
                return p.toks[t.head].feat("Case")
        return None

    # --- genders and roles -------------------------------------------------------------------------------
    def _genders_and_roles(self) -> None:
        p = self.p
        for si, sp in enumerate(p.spans):
            ai = self.span_actor[si]
            if ai < 0 or self.actors[ai].type != "PER":
                continue
            a = self.actors[ai]
            toks = [p.toks[k] for k in sp.toks]
            g = toks[-1].feat("Gender")
            if g and toks[-1].feat("Number") != "Plur":
                a.gender_votes[g] += 1
            # a first name in an oblique form the dictionary knows ("Лауру Галстян": a woman's accusative)
            # outweighs the tagger's guess at a surname that never declines, not the verb's agreement
            # (an accusative in -у/-ю names a woman whatever her surname does: "Ольгу Чемоданову" is no man's dative)
            named = _oblique_first_name(toks[0].text, toks[-1].text) if len(toks) > 1 else None
            if named is None and len(toks) > 1 and fold(toks[0].text).lower().endswith(("у", "ю")) and is_first_name(
                    toks[0].text):
                named = first_name_gender(toks[0].text)
            if named:
                a.gender_votes[named] += 2
            head = self.head_of_span(si)
            ht = p.toks[head]
            # a verb agreeing with its subject is the most reliable signal (foreign surnames are opaque)
            subj = ht
            if (ht.rel == "appos" or (ht.rel == "nmod" and p.name_after_body(ht.head, ht.i))) and ht.head >= 0 and \
                    p.toks[ht.head].rel.startswith("nsubj"):
                subj = p.toks[ht.head]  # "Депутат Жылдызкан Джолдошова … предложила": the role noun is the subject
            if subj.rel.startswith("nsubj") and subj.head >= 0:
                v = p.toks[subj.head]
                vg = v.feat("Gender")
                if v.pos in {"VERB", "AUX"} and vg:
                    a.gender_votes[vg] += 3
            role_tok = -1
            # (an apposition the parser stretched across a verb is no role: "Глава СК Александр Бастрыкин подтвердил,
            # что обвиняемый в убийстве … Аслан Черкесов был задержан")
            between = range(min(ht.head, sp.toks[0]), max(ht.head, sp.toks[0])) if ht.head >= 0 else range(0)
            # (nor one that belongs to another name between: "директор музея Юлия Зайченко и куратор выставки,
            # ученый секретарь музея Наталья Бакина")
            if ht.rel == "appos" and ht.head >= 0 and p.toks[ht.head].pos == "NOUN" and not any(
                    p.toks[k].pos in {"VERB", "AUX"} or (p.toks[k].span >= 0 and p.toks[k].span != si
                                                         and p.spans[p.toks[k].span].type == "PER") for k in between):
                role_tok = ht.head
            elif sp.toks[0] > 0:
                prev = p.toks[sp.toks[0] - 1]
                # (a title opening the text is often tagged a proper noun: "Премьер-министр Биньямин Нетаниягу …")
                if ((prev.pos == "NOUN" or (prev.pos == "PROPN" and lemma(prev.text) in PERSON_ROLE_HEADS))
                        and prev.sent == ht.sent and prev.span < 0 and prev.feat("Case") == toks[0].feat("Case")):
                    role_tok = prev.i
            if role_tok < 0 and sp.toks[0] > 0:
                # "Министр экологии, геологии и природных ресурсов Сериккали Брекешев": the title's noun phrase ends
                # right before the name, whatever the parser hung the name on
                role_tok = self._title_before(sp.toks[0], toks[0].feat("Case"))
            if role_tok < 0 and ht.rel == "conj":
                # "Депутаты горкенеша Марат Аманкулов, Мирлан Жээнчороев и Фархат Иминов": a plural title before
                # coordinated names is each one's
                first = ht.head
                while first >= 0 and p.toks[first].rel == "conj" and p.toks[first].head >= 0:
                    first = p.toks[first].head
                ft = p.toks[first]
                if first >= 0 and ft.span >= 0 and p.spans[ft.span].type == "PER" and ft.rel == "appos" and \
                        ft.head >= 0 and p.toks[ft.head].pos == "NOUN" and p.toks[ft.head].feat("Number") == "Plur" \
                        and ft.head < first:
                    role_tok = ft.head
            if role_tok < 0:
                # "Алексей Гордеев, министр сельского хозяйства РФ, …": the role in apposition after the name
                role_tok = next((c for c in ht.children if c > sp.toks[-1] and p.toks[c].rel == "appos"
                                 and p.toks[c].pos == "NOUN" and p.toks[c].feat("Animacy") == "Anim"
                                 and p.toks[c].span < 0 and p.toks[c].feat("Case") == toks[0].feat("Case")
                                 and p.text[sp.stop:p.toks[c].start].strip() == ","), -1)
            if role_tok >= 0:
                if p.toks[role_tok].feat("Gender") == "Fem" and lemma(p.toks[role_tok].text).endswith(
                        FEMININE_SUFFIXES):
                    # "жительница", "пенсионерка" (a masculine title fits women too, and "звезда", "глава",
                    # "судья" either)
                    a.gender_votes["Fem"] += 2
                role = self.role_of(role_tok, exclude=set(sp.toks))
                if lemma(p.toks[role_tok].text) in RANKS and role_tok > 0:
                    # "официальный представитель Минобороны генерал-лейтенант Игорь Конашенков": the title before
                    # the rank is his role too
                    title = self._title_before(role_tok, p.toks[role_tok].feat("Case"))
                    if title >= 0:
                        above = self.role_of(title, exclude=set(sp.toks) | {role_tok})
                        if above and above.head not in NOT_ROLES:
                            a.roles.append(above)
                            a.aliases.setdefault(above.text, None)
                if role and role.head not in NOT_ROLES:
                    a.roles.append(role)
                    a.aliases.setdefault(role.text, None)
                    literal = self.role_of(role_tok, exclude=set(sp.toks), literal=True)
                    if literal.head != role.head:
                        a.roles.append(literal)  # "глава ведомства" is a minister, and a head of whatever body

    def _title_before(self, first: int, case: str | None) -> int:
        """The person's noun whose phrase runs up to token `first` (its genitives, adjectives, a list of them),
        in the name's case, or -1."""
        p = self.p
        if p.toks[first].rel == "conj" or p.toks[first - 1].pos not in {"NOUN", "ADJ", "PROPN"}:
            return -1  # ("Жители поселка и Иван Петров": a subject beside him, not his title)
        for j in range(first - 1, max(-1, first - 10), -1):
            t = p.toks[j]
            # (a body or a place the title names is part of it: "самого главы Сбербанка Германа Грефа")
            if t.sent != p.toks[first].sent or (t.span >= 0 and p.spans[t.span].type == "PER") or t.pos in {
                    "VERB", "AUX"} or t.quoted:
                return -1
            if t.pos == "NOUN" and t.feat("Animacy") == "Anim" and t.feat("Case") == case:
                phrase = set(p.subtree(j))
                if all(k in phrase for k in range(j + 1, first) if p.toks[k].pos != "PUNCT"):
                    return j
        return -1

    def head_of_span(self, si: int) -> int:
        """The token of a span whose syntactic head lies outside it (the span's first token if none)."""
        sp = self.p.spans[si]
        inside = set(sp.toks)
        for k in sp.toks:
            if self.p.toks[k].head not in inside:
                return k
        return sp.toks[0]

    def role_of(self, tok: int, exclude: set[int] | None = None, literal: bool = False) -> Role:
        """The role a noun expresses: its lemma and the stems of its modifiers (adjectives, genitives)."""
        p = self.p
        t = p.toks[tok]
        exclude = exclude or set()
        mods: set[str] = set()
        lo = hi = tok
        for c in t.children:
            ct = p.toks[c]
            if c in exclude or ct.quoted != t.quoted:
                continue
            if ct.rel in {"amod", "nmod"} and ct.pos in {"ADJ", "NOUN", "PROPN"}:
                mods.add(stem(lemma(ct.text)) if ct.pos != "PROPN" or ct.span < 0 else stem(ct.text))
                if ct.rel == "nmod":
                    mods.add(stem(ct.text))
                for g in ct.children:  # "глава российского Генштаба": the genitive's own adjective
                    gt = p.toks[g]
                    if gt.rel == "amod" and g not in exclude:
                        mods.add(stem(lemma(gt.text)))
                    elif gt.rel == "nmod" and ct.rel == "nmod" and g not in exclude and not gt.quoted:
                        # "глава министерства иностранных дел Украины": the genitive's genitives and theirs
                        mods.add(stem(lemma(gt.text)) if gt.span < 0 else stem(gt.text))
                        mods.update(stem(lemma(p.toks[x].text)) for x in gt.children
                                    if p.toks[x].rel in {"amod", "nmod"} and x not in exclude)
                sub = [k for k in p.subtree(c, 12) if k not in exclude]
                lo, hi = min(lo, *sub), max(hi, *sub)
        # (not the title itself: "Министр финансов" opening a sentence is a minister, not a ministry's head)
        if any(p.toks[k].text[:3] == "Мин" and p.toks[k].text[3:4].islower() and lemma(p.toks[k].text) != "министр"
               for k in range(lo, hi + 1) if k not in exclude):
            mods.add("мини")  # "глава Минфина", "глава Минпотребрынка региона" is a minister: Мин… are ministries
        elif any(p.toks[c].text in MINISTRY_ABBREVIATIONS and p.toks[c].rel == "nmod" and all(
                lemma(p.toks[g].text).lower() in COUNTRIES | {"страна"} or p.toks[g].text == "РФ"
                for g in p.toks[c].children if p.toks[g].rel == "nmod")
                 for c in t.children if c not in exclude):
            # "глава МЧС (России, Казахстана)" is the minister (of his field); "глава ГУ МЧС" (МЧС under "ГУ") and
            # "глава МЧС Якутии" (a regional directorate's head) are not
            mods.add("мини")
            mods.update(MINISTRY_ABBREVIATIONS[p.toks[c].text] for c in t.children
                        if p.toks[c].text in MINISTRY_ABBREVIATIONS)
        if lemma(t.text) in OFFICIAL_NOUNS and any(p.toks[c].rel in {"acl", "acl:relcl"} for c in t.children):
            mods.add("#опи")  # "чиновник, пожелавший остаться неназванным": somebody described, not the one named
        text = p.text[p.toks[lo].start:p.toks[hi].stop]
        for m in list(mods):
            mods.update(COMPOUND_BODY_STEMS.get(m, ()))  # "горсовета" is "городского Совета"
        head, found = lemma(t.text), frozenset(COUNTRY_STEMS.get(m, m) for m in mods)
        if head.startswith("экс-") and len(head) > 4:
            head, found = head[4:], found | {"бывш"}  # "экс-министр финансов" is "бывший министр финансов"
        if "-" in head and head not in PERSON_ROLE_HEADS and head.split("-")[0] in PERSON_ROLE_HEADS:
            head = head.split("-")[0]  # "врач-эндокринолог" is a "врач" to the article afterwards
        if head in ACTING_WORDS:
            # "врио губернатора региона" holds the governor's office: "глава области" is he
            office = next((c for c in t.children if p.toks[c].rel == "nmod" and p.toks[c].pos == "NOUN" and lemma(
                p.toks[c].text) in PERSON_ROLE_HEADS), -1)
            if office >= 0:
                ot = p.toks[office]
                head, found = lemma(ot.text), found - {stem(lemma(ot.text)), stem(ot.text)}
        for variant, marks, canonical, implied in () if literal else ROLE_VARIANTS:
            if head == variant and marks <= found:
                # "глава украинского внешнеполитического ведомства" ~ "министр иностранных дел Украины"
                head, found = canonical, (found - marks) | implied
                break
        return Role(head, found, text, t.start)

    # --- organisations named by a noun phrase -------------------------------------------------------------
    def org_tail_end(self, head: int, after: int) -> int:
        """End offset of the words after token `after` that depend on `head` and contain a proper name
        ("[прокуратуре] Свердловской области"), or -1 when nothing such follows."""
        p = self.p
        last = p.sents[p.toks[head].sent].last
        end, named, k = -1, False, after + 1
        # (an attribution inside the marks, «A, — рассказал представитель УФССП России по … . — B», is all quoted:
        # only a change of marks ends the name)
        inside = p.toks[head].quoted
        if k + 1 <= last and p.toks[k].lower == "по":
            # "МВД по Татарстану", "ГУ МЧС по Московской области": a territorial body is named with "по" and
            # the place in the dative, however the parser attached the phrase
            j = k + 1
            # (the rest of a place's name whatever its case, "по Республике Татарстан", and a second place after
            # "и", "по Санкт-Петербургу и Ленинградской области"; never a person's name, "комитет по транспорту
            # Валентину Енокаеву" is whom something was given)
            while j <= last and j - k <= 7 and p.toks[j].quoted == inside and not (
                    p.toks[j].span >= 0 and p.spans[p.toks[j].span].type == "PER") and (
                    (p.toks[j].pos in {"ADJ", "PROPN", "NOUN"} and p.toks[j].feat("Case") in {"Dat", None}) or (
                        p.toks[j].span >= 0 and p.toks[j].span == p.toks[j - 1].span) or (
                        p.toks[j].lower == "и" and end > 0 and j + 1 <= last and p.toks[j + 1].feat(
                            "Case") == "Dat" and p.toks[j + 1].pos in {"ADJ", "PROPN"})):
                u = p.toks[j]
                if (u.span >= 0 and p.spans[u.span].type == "LOC") or u.pos == "PROPN":
                    end = u.stop
                j += 1
            if end > 0:
                return end
        while k <= last and k - after <= 8:
            u = p.toks[k]
            if u.quoted != inside or u.pos not in _TAIL_POS:
                break
            if k == after + 1 and u.span >= 0 and p.spans[u.span].type == "LOC" and u.feat("Case") == "Gen" and \
                    p.spans[u.span].toks[0] == k:
                # "Министерство внутренних дел Армении и Министерство …": a place in the genitive right after the
                # name is its country, however the parser hung it
                named, end, k = True, p.spans[u.span].stop, p.spans[u.span].toks[-1] + 1
                continue
            h, hops = u.head, 0
            while h > head and hops < 6:
                h, hops = p.toks[h].head, hops + 1
            if h != head:
                break
            if (u.span >= 0 and p.spans[u.span].type in {"ORG", "LOC"}) or u.pos == "PROPN":
                named, end = True, u.stop
            k += 1
        if named and end > 0:
            # the name must end the phrase: "прокуратуре Свердловской области" but not "суду Москвы по делу"
            return end
        return -1

    def _extended_org(self, si: int) -> str | None:
        """An NER span that is only the generic head of a name ("МИД" in "МИД Египта"): the whole name."""
        p = self.p
        sp = p.spans[si]
        fragment = self._adjective_fragment(si)
        if fragment:
            return fragment
        head = self.head_of_span(si)
        if lemma(p.toks[head].text) not in GENERIC_ORG_HEADS and fold(p.toks[head].text) not in GENERIC_ORG_HEADS:
            return None
        end = self.org_tail_end(head, sp.toks[-1])
        if end < 0:
            return None
        return sp.normal.strip() + p.text[sp.stop:end]

    def _without_kind(self, si: int) -> str | None:
        """"Холдинг «Газпром-Медиа»", "компания «Роснефть»": the NER took the kind noun into the name; the name is
        what stands in quotation marks after it (the same organisation as a bare «Газпром-Медиа»)."""
        p = self.p
        sp = p.spans[si]
        toks = [p.toks[k] for k in sp.toks]
        if len(toks) < 2 or toks[0].pos != "NOUN" or lemma(toks[0].text) not in GENERIC_ORG_NOUNS:
            return None
        rest = p.text[toks[1].start:sp.stop].strip().strip("«»\"„“”").strip()
        return rest or None

    def _adjective_fragment(self, si: int) -> str | None:
        """NER often tags only the capitalised adjective of a name ("Российской" in "Российской премьер-лиги"):
        the name is the adjective with the noun it qualifies, in the nominative ("Российская премьер-лига")."""
        p = self.p
        sp = p.spans[si]
        if len(sp.toks) != 1:
            return None
        t = p.toks[sp.toks[0]]
        if t.pos != "ADJ" or t.i + 1 >= len(p.toks):
            return None
        noun = p.toks[t.i + 1]
        if noun.pos != "NOUN" or t.head != noun.i or noun.quoted or noun.text[:1].isupper():
            return None
        return f"{sp.normal.strip()} {lemma(noun.text)}"

    def org_name_of_token(self, tok: int) -> str | None:
        """"прокуратуре Свердловской области" -> "Прокуратура Свердловской области"; None without a name."""
        p = self.p
        t = p.toks[tok]
        lem = lemma(t.text)
        if lem not in GENERIC_ORG_HEADS or t.quoted:
            return None
        end = self.org_tail_end(tok, tok)
        if end < 0:
            return self._org_of_a_place(tok) or self._org_of_a_field(tok)
        # adjectives of the body's own name go with it: "рязанском отделении Центробанка" is "Рязанское отделение
        # Центробанка", "Верховного суда Пакистана" "Верховный суд Пакистана" (but "городской прокуратуры X" is X's)
        naming = [c for c in t.children if p.toks[c].rel == "amod" and p.toks[c].pos == "ADJ" and c < tok
                  and not p.toks[c].quoted and (place_adjective(p.toks[c].text) or (
                      lemma(p.toks[c].text) not in UNNAMING_ADJECTIVES and p.toks[c].text[:1].isupper()
                      and c > p.sents[t.sent].first))]
        if naming:
            return self.name_with_adjectives(tok, naming) + p.text[t.stop:end]
        head = t.text if t.text.isupper() else MINISTRY_SHORT_NAMES.get(lem, lem[:1].upper() + lem[1:])
        if self.foreign_policy_agency(tok):
            head = "МИД"  # "внешнеполитического ведомства России" is the foreign ministry of Russia
        return head + p.text[t.stop:end]

    def foreign_policy_agency(self, tok: int) -> bool:
        """"внешнеполитическое ведомство", "дипломатическое ведомство": a foreign ministry by its generic name."""
        p = self.p
        return lemma(p.toks[tok].text) == "ведомство" and any(
            lemma(p.toks[c].text) in FOREIGN_POLICY_ADJECTIVES for c in p.toks[tok].children)

    def _org_of_a_field(self, tok: int) -> str | None:
        field = self.field_name(tok)
        return field[0] if field else None

    def _field_by_po(self, tok: int, last: int) -> tuple[str, int] | None:
        """"комитет по транспорту", "комиссии по делам несовершеннолетних", "управление по вопросам миграции": a
        committee or a department named by its field in "по" and the dative (not a place: "МВД по Татарстану" is
        a territorial body, named elsewhere)."""
        p = self.p
        noun = tok + 2
        # ("комиссия по чрезвычайным ситуациям", "комитет по внешним связям": the field's adjectives first)
        while noun < last and p.toks[noun].pos == "ADJ" and p.toks[noun].feat("Case") == "Dat" and noun - tok < 5:
            noun += 1
        u = p.toks[noun]
        if u.pos != "NOUN" or u.span >= 0 or u.quoted or u.feat("Case") != "Dat" or lemma(u.text) in PLACE_GENITIVES \
                or lemma(u.text) in NOT_A_FIELD:
            return None  # ("Комиссия по итогам проверки пришла к выводу": "по итогам" tells when, names nothing)
        end = noun
        # ("по делам молодежи", "по вопросам миграции и гражданства": the field's genitives)
        def field_word(k: int) -> bool:
            u = p.toks[k]
            return u.pos in {"NOUN", "ADJ"} and (u.feat("Case") == "Gen" or (u.feat("Case") == "Dat" and (
                u.rel == "conj" or p.toks[k - 1].lower == "и")))

        # ("по строительству и реконструкции объектов спорта": a second field after "и", and their genitives)
        while end + 1 <= last and end - noun < 6 and not p.toks[end + 1].quoted and p.toks[end + 1].span < 0 and (
                field_word(end + 1) or (p.toks[end + 1].lower == "и" and end + 2 <= last and field_word(end + 2))):
            end += 1
        while p.toks[end].pos == "ADJ" or p.toks[end].lower == "и":
            end -= 1
        if end + 2 <= last and p.toks[end + 1].pos == "ADP":
            # "департамент по борьбе с терроризмом": the field's own complement, up to its noun
            inner = p.toks[end + 1].head
            if inner > end + 1 and inner - end <= 4 and noun <= p.toks[inner].head <= end and p.toks[
                    inner].pos == "NOUN":
                end = inner  # (not "комитет по транспорту в Петербурге": the place is the body's, not the field's)
        head = lemma(p.toks[tok].text)
        return head[:1].upper() + head[1:] + p.text[p.toks[tok].stop:p.toks[end].stop], end

    def field_name(self, tok: int) -> tuple[str, int] | None:
        """"министерстве строительства" -> ("Министерство строительства", last token), "департаменте
        жилищно-коммунального хозяйства" -> "Департамент жилищно-коммунального хозяйства": a ministry, department
        or agency is named by the field it runs, a thing in the genitive right after it (the guide lists such a
        name among the body's aliases). The place words that may follow ("… области", "… региона") are not part
        of the field; a person ("управление губернатора") or a document in the genitive names no field."""
        p = self.p
        t = p.toks[tok]
        last = p.sents[t.sent].last
        if lemma(t.text) in FIELD_BY_PO_BODIES and tok + 2 <= last and p.toks[tok + 1].lower == "по":
            return self._field_by_po(tok, last)
        if lemma(t.text) not in FIELD_NAMED_BODIES or tok + 1 > last:
            return None

        def field_word(k: int) -> bool:
            u = p.toks[k]
            return not u.quoted and u.pos in {"ADJ", "NOUN"} and u.feat("Case") == "Gen" and u.span < 0 and \
                lemma(u.text) not in PLACE_GENITIVES and lemma(u.text) not in PLACE_ADJECTIVES and lemma(
                    u.text) not in GENERIC_ORG_HEADS and lemma(u.text) not in GENERIC_ORG_NOUNS

        noun = next((k for k in range(tok + 1, min(tok + 4, last + 1)) if p.toks[k].pos == "NOUN"), -1)
        if noun >= 0 and lemma(t.text) == "фонд" and lemma(p.toks[noun].text) in MONEY_FIELDS:
            return None  # "фонд оплаты труда", "фонд заработной платы": money, not a body
        # ("департамент городского хозяйства": a place adjective of the field's noun is part of the field's name)
        if noun < 0 or not all(field_word(k) or (
                p.toks[k].pos == "ADJ" and p.toks[k].head == noun and lemma(p.toks[k].text) in PLACE_ADJECTIVES
                and p.toks[k].feat("Case") == "Gen") for k in range(tok + 1, noun + 1)) or p.toks[noun].feat(
                "Animacy") == "Anim" or p.toks[noun].head != tok or lemma(p.toks[noun].text) in DOC_NOUNS:
            return None
        end = noun
        # the field's own genitive words ("сельского хозяйства"), as long as they hang on the name, and a second
        # field after "и" ("министерство экологии и природных ресурсов")
        while end + 1 <= last and end - noun < 6:
            u = end + 1
            if p.toks[u].lower == "и" and u + 1 <= last and field_word(u + 1):
                end += 1
                continue
            h = p.toks[u].head
            if not field_word(u) or not (tok <= h <= end or h < 0 or p.toks[u].rel == "conj" or (
                    p.toks[u].pos == "ADJ" and h > u and u + 1 <= last and field_word(u + 1))):
                break
            end += 1
        while p.toks[end].pos == "ADJ" or p.toks[end].lower == "и":
            end -= 1
        if end < noun:
            return None
        nxt = p.toks[end + 1] if end + 1 <= last else None
        if nxt is not None and nxt.pos == "NOUN" and nxt.feat("Case") == "Gen" and (
                lemma(nxt.text) in GENERIC_ORG_NOUNS or lemma(nxt.text) == "банк"):
            return None  # "департамент маркетинга компании": a company's unit speaks for the company
        head = lemma(t.text)
        return head[:1].upper() + head[1:] + p.text[t.stop:p.toks[end].stop], end

    def _org_of_a_place(self, tok: int) -> str | None:
        """"британского правительства" -> "Британское правительство", "японская полиция" -> "Японская полиция":
        a body named by the adjective of its country or city, as the guide names it; "городская полиция",
        "федеральное правительство" name no body in particular."""
        p = self.p
        t = p.toks[tok]
        adjectives = [c for c in t.children if p.toks[c].rel == "amod" and p.toks[c].pos == "ADJ" and c < tok
                      and not p.toks[c].quoted]
        if not any(place_adjective(p.toks[c].text) for c in adjectives):
            return None
        # every adjective of the name, in the text's order: "Иркутский областной суд", not "Иркутский суд"
        return self.name_with_adjectives(tok, adjectives)

    def name_with_adjectives(self, tok: int, adjectives: list[int]) -> str:
        """A body's name in the nominative from its noun and these adjective tokens, in the text's order, each
        agreeing with the noun: "областного следственного управления" → "Областное следственное управление"."""
        p = self.p
        gender = p.toks[tok].feat("Gender")
        words = [adjective_agreeing(lemma(p.toks[c].text), gender) for c in sorted(adjectives)]
        name = " ".join([*words, lemma(p.toks[tok].text)])
        return name[:1].upper() + name[1:]

    def only_common_words(self, ai: int) -> bool:
        """A "person" the NER found only as one common word ("Коран", "Выплатите", "Б", a capitalised
        "Президент"): no person to list, and as a speaker a role noun at most."""
        p = self.p
        words = [[p.toks[k].text for k in p.spans[s].toks if p.toks[k].pos != "PUNCT"] for s in self.actors[ai].spans]
        return bool(words) and all(len(w) == 1 and common_word(w[0]) for w in words)

    def intern_org(self, name: str, offset: int) -> int:
        """The actor of an organisation the text refers to by a built phrase (created at its first use), with the
        reference counted: every caller resolves a mention to it."""
        key = fold(name)
        ai = next((ai for ai, a in enumerate(self.actors) if a.type == "ORG" and fold(a.name) == key), -1)
        if ai < 0:
            self.actors.append(ActorRec("ORG", name=name, first=offset))
            ai = len(self.actors) - 1
        self.actors[ai].refs += 1
        return ai

    # --- output ------------------------------------------------------------------------------------------
    def mentions(self, ai: int) -> int:
        a = self.actors[ai]
        return len(a.spans) + a.refs

    def surface_aliases(self, ai: int) -> list[str]:
        """Other names the article gives this actor (normal forms of shorter mentions, resolved roles)."""
        a = self.actors[ai]
        seen: dict[str, None] = {}
        for s in a.spans:
            n = self.p.spans[s].normal.strip()
            if a.type == "PER":
                toks = [self.p.toks[k] for k in self.p.spans[s].toks]
                if len(toks) == 1 and toks[0].feat("Case") != "Nom":
                    n = self._canonical_word(a, n)
            if n and n != a.name:
                seen.setdefault(n, None)
        for r in a.aliases:
            if r and r != a.name:
                seen.setdefault(r, None)
        return list(seen)[:12]

    def _canonical_word(self, a: ActorRec, word: str) -> str:
        """A one-word alias in an oblique case: the matching word of the canonical name, if any."""
        for w in a.name.split():
            if word_keys(fold(w)) & word_keys(fold(word)):
                return w
        return word
