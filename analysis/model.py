"""Dataclasses that mirror the analysis JSON of ../shared/CONTRACT.md.

They are the only thing that crosses the process boundary between the NLP worker and the bot, so they stay
plain (picklable, no natasha objects) and convert to and from the contract's JSON shape.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ActorType = Literal["PER", "ORG", "LOC"]
QuoteKind = Literal["direct", "indirect"]


@dataclass(slots=True)
class Actor:
    name: str
    type: ActorType
    mentions: int = 1
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    speaker: str | None
    speaker_type: ActorType | None
    kind: QuoteKind
    text: str
    cue: str | None
    start: int
    end: int
    #: canonical names of the actors named inside the quote, the speaker excluded ("what X said about Y")
    about: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Analysis:
    summary: str = ""
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary,
            "actors": [asdict(a) for a in self.actors],
            "quotes": [asdict(q) for q in self.quotes],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            summary=data.get("summary", ""),
            actors=[Actor(**a) for a in data.get("actors", [])],
            quotes=[Quote(**q) for q in data.get("quotes", [])],
        )
