"""natasha models, loaded once per process, and the parse every other module reads.

Loading the embeddings and the three slovnet models takes about a second and 300 MB, so they live in one lazily
built bundle shared by every call. `parse` is the bounded version of natasha's pipeline: it caps the analysed
length and skips the syntax parser on absurdly long "sentences" (its cost grows with the square of the sentence
length), so a 200,000-character paste of garbage stays cheap. `bare_pipeline` is natasha as documented, for
benchmarks that measure what the analysis adds on top.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from analysis.lexicon import NEWS_LEMMAS, UNITS
from analysis.textnorm import fold_yo

#: Only the first MAX_CHARS characters of a text are analysed; offsets stay valid because this is a prefix.
MAX_CHARS = 100_000
#: Sentences with more tokens than this are not given to the syntax parser (their tokens keep no heads).
MAX_SYNTAX_TOKENS = 150

_lock = threading.Lock()


@dataclass(slots=True)
class Models:
    """The natasha objects one process needs; built once by `models()`."""

    segmenter: Any
    morph_vocab: Any
    morph_tagger: Any
    syntax_parser: Any
    ner_tagger: Any


_MODELS: Models | None = None


def models() -> Models:
    """The process-wide natasha models, loaded on first use (thread-safe)."""
    global _MODELS
    if _MODELS is None:
        with _lock:
            if _MODELS is None:
                from natasha import (
                    MorphVocab,
                    NewsEmbedding,
                    NewsMorphTagger,
                    NewsNERTagger,
                    NewsSyntaxParser,
                    Segmenter,
                )

                emb = NewsEmbedding()
                _MODELS = Models(
                    segmenter=Segmenter(),
                    morph_vocab=MorphVocab(),
                    morph_tagger=NewsMorphTagger(emb),
                    syntax_parser=NewsSyntaxParser(emb),
                    ner_tagger=NewsNERTagger(emb),
                )
    return _MODELS


def warm_up() -> None:
    """Load the models and run them once, so that the first real article does not pay for it."""
    parse("Президент России Владимир Путин заявил, что «всё идёт по плану».")


def bare_pipeline(text: str) -> None:
    """natasha's documented pipeline (segment, morph, syntax, NER, span normalisation), for benchmarks."""
    from natasha import Doc

    m = models()
    doc = Doc(text)
    doc.segment(m.segmenter)
    doc.tag_morph(m.morph_tagger)
    doc.parse_syntax(m.syntax_parser)
    doc.tag_ner(m.ner_tagger)
    for span in doc.spans:
        span.normalize(m.morph_vocab)


def parse(text: str) -> Any:
    """natasha Doc for `text` (already capped by the caller), with the long-sentence guard for syntax."""
    from natasha import Doc

    m = models()
    doc = Doc(text)
    doc.segment(m.segmenter)
    doc.sents = _split_at_line_breaks(text, doc.sents)
    doc.tag_morph(m.morph_tagger)
    short = [s for s in doc.sents if 0 < len(s.tokens) <= MAX_SYNTAX_TOKENS]
    markups = m.syntax_parser.map([[t.text for t in s.tokens] for s in short])
    for sent, markup in zip(short, markups, strict=False):
        for target, source in zip(sent.tokens, markup.tokens, strict=False):
            target.id, target.head_id, target.rel = source.id, source.head_id, source.rel
    for sent_id, sent in enumerate(doc.sents, 1):
        for i, token in enumerate(sent.tokens, 1):
            if token.id is None:  # skipped sentence: every token is its own root
                token.id, token.head_id, token.rel = str(i), "0", None
            token.id = f"{sent_id}_{token.id}"
            token.head_id = f"{sent_id}_{token.head_id}"
    doc.tag_ner(m.ner_tagger)
    for span in doc.spans:
        try:
            span.normalize(m.morph_vocab)
        except Exception:  # natasha's ORG normaliser walks the parse; a skipped sentence has none
            span.normal = span.text
        if not span.normal:
            span.normal = span.text
    return doc


def _unit_stop(toks: list[Any], i: int) -> bool:
    """Whether token i starts a sentence after a unit's full stop: "… 563 тыс.т. | Об этом сообщил …"."""
    return (i >= 3 and toks[i - 1].text == "." and toks[i - 2].text.lower() in UNITS
            and (toks[i - 3].text[:1].isdigit() or toks[i - 3].text.lower() in UNITS | {"."})
            and toks[i].text[:1].isupper() and not toks[i].text[:1].isascii())


def _split_at_line_breaks(text: str, sents: list[Any]) -> list[Any]:
    """natasha's sentenizer joins a line without final punctuation to the next paragraph, and a sentence ending
    in an abbreviated unit to the next one; split there."""
    from natasha.doc import DocSent

    out: list[Any] = []
    for sent in sents:
        toks = sent.tokens
        cuts = [i for i in range(1, len(toks)) if "\n" in text[toks[i - 1].stop:toks[i].start] or _unit_stop(toks, i)]
        if not cuts:
            out.append(sent)
            continue
        for lo, hi in zip([0, *cuts], [*cuts, len(toks)], strict=True):
            part = toks[lo:hi]
            start, stop = part[0].start, part[-1].stop
            out.append(DocSent(start, stop, text[start:stop], tokens=part))
    return out


@lru_cache(maxsize=100_000)
def lemma(word: str) -> str:
    """Dictionary form of a word (lower case, ё as е like every list in lexicon.py), from pymorphy's first
    parse; cached per process."""
    low = word.lower()
    return NEWS_LEMMAS.get(low) or fold_yo(models().morph_vocab.parse(low)[0].normal_form)


@lru_cache(maxsize=100_000)
def verb_lemma(word: str) -> str:
    """Infinitive of a verb form, preferring verb parses (pymorphy's first parse may be a noun)."""
    parses = models().morph_vocab.parse(word.lower())
    for p in parses:
        if p.tag.POS in {"VERB", "INFN", "PRTS", "PRTF", "GRND"}:
            return fold_yo(p.normal_form)  # ("подчёркивают" is "подчеркивать", as the lexicon spells it)
    return fold_yo(parses[0].normal_form)


_NAME_TAGS = ("Surn", "Name", "Patr")


@lru_cache(maxsize=20_000)
def nominative_name(word: str, gender: str | None) -> str | None:
    """The nominative of a name word seen only in an oblique case ("Лугового" → "Луговой", "Мелкумовой" →
    "Мелкумова", "Линкявичюсом" → "Линкявичюс"), from pymorphy's parses that read it as a name, a surname or
    a surname-like adjective in that gender; None when no parse is a name in an oblique case."""
    want = {"Masc": "masc", "Fem": "femn"}.get(gender or "")
    parses = models().morph_vocab.parse(word.lower())
    # a surname's reading before an adjective's ("Толстым" is Толстой before it is "толстый")
    parses = sorted(parses, key=lambda q: not any(t in q.tag for t in _NAME_TAGS))
    for parse in parses:
        tag = parse.tag
        if tag.case in {None, "nomn"}:
            continue
        is_name = any(t in tag for t in _NAME_TAGS) or (tag.POS == "ADJF" and word[:1].isupper())
        if not is_name or tag.number == "plur" or (want and tag.gender not in {want, "ms-f", None}):
            continue
        # natasha's forms take Universal Dependencies features for inflection
        grams = {"Nom", "Sing"} | ({gender} if gender and tag.POS == "ADJF" else set())
        form = parse.inflect(grams)
        if form is None:
            continue
        out = form.word
        if tag.POS == "ADJF" and out.endswith(("овый", "евый", "ёвый", "иный")):
            out = out[:-2]  # "Пучковым" is Пучков: no surname ends in "-овый", the adjective's nominative
        return out[:1].upper() + out[1:]
    return None


@lru_cache(maxsize=4096)
def dative_name(word: str) -> bool:
    """Whether a name word reads as a dative and never as a nominative ("Мишустину", "Пашиняну"): the tagger
    often calls such a word nominative beside a subject, though it names whom the subject spoke to."""
    names = [p for p in models().morph_vocab.parse(word.lower()) if any(t in p.tag for t in _NAME_TAGS)]
    return any(p.tag.case == "datv" for p in names) and not any(p.tag.case == "nomn" for p in names)


@lru_cache(maxsize=4096)
def feminine_nominative(word: str) -> bool:
    """Whether a name word reads as a woman's name in the nominative ("Александра", "Горбунова"): the same words
    are a man's name in the genitive, and the tagger often takes that reading."""
    return any(p.tag.gender == "femn" and p.tag.case == "nomn" and p.tag.number != "plur" and (
        any(t in p.tag for t in _NAME_TAGS) or p.tag.POS == "ADJF") for p in models().morph_vocab.parse(word.lower()))


_CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")


def guess_nominative(word: str, case: str | None, gender: str | None) -> str:
    """The nominative of a name word the dictionary does not know, from its case ending: foreign names declined
    like Russian ones ("Кердпола" → "Кердпол", "Хасэгавой" → "Хасэгава", "Аксары" → "Аксара"). Words whose ending
    does not fit the case (indeclinable names like "Абэ", "Сюнскэ") come back unchanged."""
    low = word.lower()
    for oblique in ("ского", "скому", "ским", "ском", "цкого", "цкому", "цким", "цком"):
        if low.endswith(oblique) and gender != "Fem" and len(word) > len(oblique) + 1:
            return word[:-len(oblique)] + oblique[0] + "кий"  # "Маковского" → "Маковский"

    def cut(n: int, add: str = "") -> str | None:
        stem = word[:-n]
        return stem + add if len(stem) >= 3 else None

    out: str | None = None
    if case == "Ins":
        if low.endswith(("ой", "ей")):
            out = cut(2, "а" if low.endswith("ой") else "я")
        elif low.endswith(("ом", "ем")) and gender != "Fem":
            out = cut(2)
    elif case in {"Gen", "Acc"}:
        if low.endswith("ы"):
            out = cut(1, "а")
        elif low.endswith(("а", "я")) and gender != "Fem":
            out = cut(1, "" if low.endswith("а") else "ь")
        elif low.endswith(("у", "ю")) and case == "Acc" and gender == "Fem":
            out = cut(1, "а" if low.endswith("у") else "я")
    elif case == "Dat":
        if low.endswith(("у", "ю")) and gender != "Fem":
            out = cut(1, "" if low.endswith("у") else "ь")
    elif case == "Loc" and low.endswith("е") and gender != "Fem":
        out = cut(1)
    if out is None:
        return word
    # what is left must look like a name: a consonant before a dropped ending
    if out.lower() == low[:len(out)] and not _CONSONANT_END.search(out.lower()):
        return word
    return out


@lru_cache(maxsize=4096)
def is_first_name(word: str) -> bool:
    """Whether the dictionary's likeliest reading of a capitalised word is a first name ("Юлия", "Джим")."""
    if not word[:1].isupper() or len(word) < 2:
        return False
    parses = models().morph_vocab.parse(word.lower())
    return bool(parses) and "Name" in parses[0].tag


@lru_cache(maxsize=4096)
def first_name_gender(word: str) -> str | None:
    """"Эльвиру" → "Fem": the gender of a first name when the dictionary's likeliest reading is one. It settles
    the nominative of a surname seen only in an oblique case ("Набиуллину" → "Набиуллина", not "Набиуллин")."""
    if not word[:1].isupper() or len(word) < 2:
        return None
    parses = models().morph_vocab.parse(word.lower())
    if not parses or "Name" not in parses[0].tag or parses[0].score < 0.6:
        return None  # foreign first names get guesses ("Илон" as a plural feminine)
    genders = {p.tag.gender for p in parses if "Name" in p.tag}
    return {"masc": "Masc", "femn": "Fem"}.get(genders.pop() or "") if len(genders) == 1 else None


@lru_cache(maxsize=4096)
def nominative_name_gender(word: str) -> str | None:
    """The gender of a first name written in the nominative, as a canonical name has it: the dictionary's
    likeliest nominative reading as a name ("Юлия" is a woman's, though "Юлия" is also the genitive of "Юлий",
    which is why `first_name_gender` leaves it open); None for a name it does not know in the nominative."""
    found = first_name_gender(word)
    if found is not None or not word[:1].isupper():
        return found
    parses = [p for p in models().morph_vocab.parse(word.lower()) if "Name" in p.tag and p.tag.case == "nomn"
              and p.tag.number != "plur" and p.score >= 0.5]
    return {"masc": "Masc", "femn": "Fem"}.get(parses[0].tag.gender or "") if parses else None


@lru_cache(maxsize=4096)
def common_word(word: str) -> bool:
    """Whether a word the NER took for a person is a dictionary word that is no name in any reading ("Коран",
    "Ислам", "Выплатите"), or no word at all ("Б", "Ми-6"). Foreign surnames the dictionary does not know are
    not common words."""
    if len(word) < 2 or any(ch.isdigit() for ch in word):
        return True
    parses = models().morph_vocab.parse(word.lower())
    known = [p for p in parses if p.is_known]
    return bool(known) and not any(t in p.tag for p in parses for t in _NAME_TAGS)


@lru_cache(maxsize=4096)
def name_reading(word: str) -> bool:
    """Whether any dictionary reading of a word is a first name, a surname or a patronymic ("Надежда" is hope and
    a woman's name)."""
    return any(t in p.tag for p in models().morph_vocab.parse(word.lower()) for t in _NAME_TAGS)


@lru_cache(maxsize=4096)
def noun_in_dictionary_form(word: str, animate: bool = False) -> bool:
    """Whether the dictionary reads a word as a noun in its own dictionary form ("Аналитик", not "Токаев"); with
    `animate`, as a noun for a living being ("Онколог", not "Канат")."""
    low = word.lower()
    return any(p.is_known and p.tag.POS == "NOUN" and p.normal_form == low and (not animate or p.tag.animacy == "anim")
               for p in models().morph_vocab.parse(low))


@lru_cache(maxsize=1024)
def genitive_to_nominative(word: str) -> str:
    """A noun the dictionary reads in the genitive, put in the nominative of the same number, capitals kept
    ("Кремля" → "Кремль", "Министерства" → "Министерство"); any other word comes back unchanged."""
    for parse in models().morph_vocab.parse(word.lower()):
        if parse.is_known and parse.tag.POS == "NOUN" and parse.tag.case == "gent":
            form = parse.inflect({"Nom", "Plur" if parse.tag.number == "plur" else "Sing"})  # (UD features)
            if form is not None:
                out = form.word
                return out[:1].upper() + out[1:] if word[:1].isupper() else out
        break  # (only the likeliest reading counts)
    return word


@lru_cache(maxsize=1024)
def genitive_place(name: str) -> str:
    """A place name in the genitive, word by word ("Тверская область" → "Тверской области", "Воронеж" →
    "Воронежа"); words pymorphy cannot inflect ("Алматы", "США") stay as they are."""
    out = []
    for word in name.split():
        form = None
        for parse in models().morph_vocab.parse(word.lower()):
            if parse.tag.case == "nomn" and parse.tag.POS in {"NOUN", "ADJF"}:
                form = parse.inflect({"Gen", "Sing" if parse.tag.number != "plur" else "Plur"})
                if form is not None:
                    break
        w = form.word if form is not None and not word.isupper() else word
        parts, cased = w.split("-"), word.split("-")
        if len(parts) == len(cased):
            # (each part keeps its capital: "Комсомольск-на-Амуре" → "Комсомольска-на-Амуре")
            w = "-".join(x[:1].upper() + x[1:] if c[:1].isupper() else x for x, c in zip(parts, cased, strict=True))
        out.append(w[:1].upper() + w[1:] if word[:1].isupper() else w)
    return " ".join(out)


@lru_cache(maxsize=1024)
def adjective_agreeing(adjective: str, gender: str | None) -> str:
    """An adjective's nominative singular in the gender of its noun ("британский", Neut -> "британское")."""
    grams = {"Nom", "Sing", gender if gender in {"Fem", "Neut"} else "Masc"}  # natasha inflects by UD features
    for parse in models().morph_vocab.parse(adjective):
        if parse.tag.POS == "ADJF":
            form = parse.inflect(grams)
            if form is not None:
                return form.word
    return adjective
