"""Summary: the first one or two real sentences of the article (the lead says what happened).

Datelines ("МОСКВА, 10 авг - РИА Новости."), bylines and headlines have no finite verb or no sentence-final
punctuation; they are skipped so the summary starts with the lead.
"""

from __future__ import annotations

import re

from analysis.parsed import Parsed

MAX_SUMMARY = 300
_MIN_WORDS = 5

# Metadata some pastes start with, glued by the sentence splitter to the lead when no full stop ends it:
# "date 2025-09-03", "Опубликовано: 03.09.2025, 12:40", "Автор: Иван Петров", "МОСКВА, 3 сентября —".
_DATE = (r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+[а-яё]+\.?\s+\d{4})"
         r"(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?)?")
_METADATA = re.compile(
    r"^\s*(?:"
    rf"(?i:date|дата|published|updated|опубликовано|обновлено|время)\s*:?\s*{_DATE}"
    rf"|{_DATE}"
    r"|(?i:автор|текст|фото|by|source|источник)\s*:\s*[^\n.;|]{1,60}?(?=\s+[А-ЯЁA-Z][а-яёa-z]+\s+[а-яёa-z«]|\n|$)"
    r"|[А-ЯЁ][А-ЯЁ-]{2,}(?:\s+[А-ЯЁ][А-ЯЁ-]{2,})?,\s*\d{1,2}\s+[а-яё]+\.?(?:\s+\d{4})?\s*[—–-]"
    r"(?:\s*[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*)?\.)?"
    r")[\s,.;|—–-]*",
)


def strip_metadata(sentence: str) -> str:
    """The sentence without the metadata lines or prefixes a paste may have glued to its start."""
    lines = sentence.split("\n")
    while len(lines) > 1 and not lines[0].rstrip().endswith((".", "!", "?", "…")) and len(lines[0].split()) < 8:
        lines.pop(0)  # a line without a final stop before the sentence: a header, byline or date
    sentence = "\n".join(lines)
    for _ in range(4):
        cut = _METADATA.match(sentence)
        if not cut or not cut.group(0).strip():
            break
        sentence = sentence[cut.end():]
    return sentence


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
        sentence = " ".join(strip_metadata(p.text[s.start:s.stop]).split())
        if len(sentence.split()) < _MIN_WORDS:
            if chosen:
                break
            continue
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
