"""Search keys for names, so that `/who Путину`, `/who путин` and `/who Владимир Путин` find one actor.

A key is a lower-cased, ё-folded dictionary form of one word of a name. pymorphy3 gives every possible normal
form of a word; all of them are keys, so an ambiguous surname ("Лаврова": Лавров or Лаврова) still matches.
It is light enough for the bot process (no natasha models) and is shared by storage and lookups.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.textnorm import fold_yo

_WORD = re.compile(r"[\w-]+", re.UNICODE)
_CASE_ENDINGS = ("ами", "ями", "ом", "ем", "ым", "им", "ой", "ою", "ах", "ях", "а", "я", "у", "ю", "е", "ы", "и")


@lru_cache(maxsize=1)
def _morph():  # type: ignore[no-untyped-def]
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def fold(text: str) -> str:
    """Lower case with ё as е: the form every comparison of names uses."""
    return fold_yo(text.lower())


def words(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text) if len(w) > 1 or w.isdigit()]


@lru_cache(maxsize=65536)
def word_keys(word: str) -> frozenset[str]:
    """Every dictionary form of one folded word, plus the word itself (foreign names are often unknown)."""
    keys = {word}
    if re.search(r"[а-я]", word):
        parses = _morph().parse(word)[:4]
        keys.update(fold(p.normal_form) for p in parses)
        if not any(p.is_known for p in parses):
            # A word the dictionary does not know (Ына, Зайберта): strip one case ending so both sides meet.
            keys.update(word[: -len(e)] for e in _CASE_ENDINGS if word.endswith(e) and len(word) - len(e) >= 2)
    return frozenset(keys)


def name_keys(name: str) -> set[str]:
    """All keys of all words of a name or alias."""
    keys: set[str] = set()
    for w in words(name):
        keys |= word_keys(w)
    return keys


def query_keys(query: str) -> list[frozenset[str]]:
    """One key set per word of a query; an actor matches when every word matches one of its keys."""
    return [word_keys(w) for w in words(query)]


def text_keys(text: str) -> list[str]:
    """Every key of every word of a text, each once, in order of first use: what a quote is indexed under.

    A query word matches when one of its keys is here (`query_keys`), so `санкциями` finds «санкции» through
    the shared normal form `санкция`, and ё never matters.
    """
    seen: dict[str, None] = {}
    for w in words(text):
        for key in sorted(word_keys(w)):
            seen.setdefault(key, None)
    return list(seen)


def matching_spans(text: str, query: list[frozenset[str]]) -> list[tuple[int, int]]:
    """(start, end) of every word of `text` that shares a key with a word of the query: what /search bolds."""
    wanted = frozenset().union(*query) if query else frozenset()
    spans = []
    for m in _WORD.finditer(text):
        word = fold(m.group(0))
        if (len(word) > 1 or word.isdigit()) and word_keys(word) & wanted:
            spans.append((m.start(), m.end()))
    return spans
