"""The who-said-what engine: text in, `Analysis` out (see ../shared/CONTRACT.md).

Steps: natasha parse (pipeline), actors from NER spans (actors), quotations and speech verbs (quotes),
speakers resolved in text order so that pronouns see who spoke before (coref), summary from the lead.
`analyze` never raises: any unexpected failure degrades to an analysis with a summary only.
"""

from __future__ import annotations

import logging
import re
import unicodedata

from analysis.actors import ActorIndex
from analysis.coref import Resolver
from analysis.model import Actor, Analysis, Quote
from analysis.parsed import Parsed
from analysis.pipeline import MAX_CHARS, parse
from analysis.quotes import Cand, QuoteFinder
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


def _clean_for_nlp(text: str) -> str:
    """Control characters confuse the segmenter; replace them by spaces so offsets stay the same."""
    if all(ch >= " " or ch in "\n\t" for ch in text):
        return text
    return "".join(ch if ch >= " " or ch in "\n\t" else " " for ch in text)


def _analyze(text: str) -> Analysis:
    work = _clean_for_nlp(text)
    work = "".join(ch if unicodedata.category(ch) != "Cs" else " " for ch in work) if not work.isascii() else work
    doc = parse(work)
    p = Parsed(work, doc)
    idx = ActorIndex(p)
    res = Resolver(p, idx)
    finder = QuoteFinder(p)
    finder.find_direct()
    finder.find_indirect()
    for k in finder.relay_tokens:
        if k >= 0 and p.toks[k].span >= 0 and idx.span_actor[p.toks[k].span] >= 0:
            res.media.add(idx.span_actor[p.toks[k].span])
    cands = _dedupe(finder.cands)
    quotes = _resolve(cands, p, idx, res)
    actors = _actors(idx)
    return Analysis(summary=summarize(p), actors=actors, quotes=quotes)


def _dedupe(cands: list[Cand]) -> list[Cand]:
    """Partial quotes inside reported clauses belong to the clause; one quote per span."""
    direct = [c for c in cands if c.kind == "direct" and not c.partial]
    indirect = [c for c in cands if c.kind == "indirect"]
    out: list[Cand] = []
    seen: set[tuple[int, int]] = set()
    for c in sorted(cands, key=lambda c: (c.start, c.kind)):
        if (c.start, c.end) in seen:
            continue
        if c.partial and any(i.start <= c.start and c.end <= i.end + 1 for i in indirect):
            continue
        if c.kind == "indirect":
            overlap = max((min(c.end, d.end) - max(c.start, d.start) for d in direct), default=0)
            if overlap > 0.5 * (c.end - c.start):
                continue
            if any(o.kind == "indirect" and o.start <= c.start and c.end <= o.end and (o.start, o.end) != (
                    c.start, c.end) for o in indirect):
                continue
        seen.add((c.start, c.end))
        out.append(c)
    return out


def _resolve(cands: list[Cand], p: Parsed, idx: ActorIndex, res: Resolver) -> list[Quote]:
    last: int | None = None
    last_pos = -(10**9)
    last_doc: int | None = None
    for c in sorted(cands, key=lambda c: c.pos):
        sp: int | None = None
        if c.follow is not None:
            sp = c.follow.speaker
        elif c.subj >= 0:
            sp = res.actor_of_token(c.subj, c.pos)
            t = p.toks[c.subj]
            if (sp is None and t.pos == "NOUN" and t.feat("Animacy") == "Anim" and last is not None
                    and idx.actors[last].type == "PER" and c.pos - last_pos < _ROLE_FALLBACK_CHARS):
                # "— сказал эксперт", "собеседник агентства отметил": a role the article never gave anyone
                # refers to the person speaking in this passage
                sp = last
        elif c.pron_offset >= 0:
            sp = last_doc if last_doc is not None else last
        elif c.standalone:
            sp = last if last is not None and p.sent_of_offset(c.pos) - p.sent_of_offset(last_pos) <= 2 else None
        if sp is not None and (sp in res.media or idx.actors[sp].type not in {"PER", "ORG", "LOC"}):
            sp = None
        c.speaker = sp
        if sp is not None:
            # the speaker is salient from the end of the attribution (its subject may follow the verb)
            res.note_speaker(max(c.pos, p.toks[c.subj].start if c.subj >= 0 else c.pos), sp)
            last, last_pos = sp, c.pos
            if c.doc:
                last_doc = sp
    out: list[Quote] = []
    for c in sorted(cands, key=lambda c: c.start):
        if c.speaker is None:
            continue  # a wrong or unknown speaker is worse than a missing quote
        a = idx.actors[c.speaker]
        out.append(Quote(speaker=a.name, speaker_type=a.type, kind=c.kind,  # type: ignore[arg-type]
                         text=p.text[c.start:c.end], cue=c.cue, start=c.start, end=c.end))
    return out


def _actors(idx: ActorIndex) -> list[Actor]:
    order = sorted(range(len(idx.actors)), key=lambda i: (-idx.mentions(i), idx.actors[i].first))
    out: list[Actor] = []
    for i in order:
        a = idx.actors[i]
        if not a.name.strip():
            continue
        out.append(Actor(name=a.name, type=a.type, mentions=idx.mentions(i),  # type: ignore[arg-type]
                         aliases=idx.surface_aliases(i)))
    return out
