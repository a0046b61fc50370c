"""Summary: the first one or two real sentences of the article (the lead says what happened).

Datelines ("МОСКВА, 10 авг - РИА Новости."), bylines and headlines have no finite verb or no sentence-final
punctuation; they are skipped so the summary starts with the lead.
"""

from __future__ import annotations

from analysis.parsed import Parsed

MAX_SUMMARY = 300
_MIN_WORDS = 5


def _good(p: Parsed, si: int) -> bool:
    s = p.sents[si]
    if s.last < s.first:
        return False
    toks = p.toks[s.first:s.last + 1]
    words = [t for t in toks if t.pos != "PUNCT"]
    if len(words) < _MIN_WORDS:
        return False
    if not any(t.pos in {"VERB", "AUX"} and t.feat("VerbForm") in {"Fin", None} and not t.quoted for t in toks):
        return False
    text = p.text[s.start:s.stop].rstrip()
    if text[-1:] not in ".!?…»\"":
        return False  # a headline: no final punctuation
    line_end = p.text.find("\n", s.stop)
    rest = p.text[s.stop:line_end if line_end >= 0 else len(p.text)]
    return not (rest.strip() == "" and text[-1:] not in ".!?…" and "\n" in p.text[max(0, s.start - 1):s.start + 1])


def summarize(p: Parsed) -> str:
    """One or two complete sentences from the lead, at most ~MAX_SUMMARY characters."""
    chosen: list[str] = []
    for si in range(len(p.sents)):
        if not _good(p, si):
            if chosen:
                break
            continue
        s = p.sents[si]
        sentence = " ".join(p.text[s.start:s.stop].split())
        if not chosen:
            chosen.append(sentence)
            if len(sentence) >= 150:
                break
            continue
        if len(chosen[0]) + 1 + len(sentence) <= MAX_SUMMARY:
            chosen.append(sentence)
        break
    summary = " ".join(chosen)
    if len(summary) > MAX_SUMMARY:
        cut = summary[:MAX_SUMMARY - 1]
        summary = cut[:cut.rfind(" ")].rstrip(",;:—- ") + "…" if " " in cut else cut + "…"
    return summary


def fallback_summary(text: str) -> str:
    """Without a parse: the first non-empty line, shortened (used when analysis fails)."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if len(line) > 20:
            return line[:MAX_SUMMARY]
    return " ".join(text.split())[:MAX_SUMMARY]
