"""The one place that decides who speaks: every candidate speaker of a quote is scored, the best one wins.

The candidate stage (quotes.py) finds quotations and speech clauses with the evidence around them; the resolution
stage (coref.py, actors.py) turns each piece of evidence into an actor. What remains is a choice between
alternatives that a first-match cascade cannot weigh: the syntactic subject against the speaker of the passage,
a pronoun against a name, a medium that relays against the person it cites. Here each alternative is an `Option`
with named features, its score is a weighted sum, and the quote keeps the best option only when it clears
`THRESHOLD` — a wrong speaker is worse than a missing quote, so the threshold sits above what weak evidence
alone (a recent speaker two sentences back) can reach.

Weights are set by hand and kept readable; `explain()` prints an option's features and contributions, which is
how a wrong speaker in `python -m bot eval --errors` is traced back to the feature that misled.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: How much each kind of evidence says "this actor speaks" on its own.
SOURCE_PRIOR: dict[str, float] = {
    "subject": 3.0,  # a name or a noun phrase that is the subject of the speech verb
    "relay_object": 3.0,  # "цитирует РБК Карасина"
    "colon_name": 3.0,  # "Иван Петров: «…»"
    "continuation": 2.6,  # the second half of a split quote, a quotation reopened on a new paragraph
    "pronoun": 2.2,  # "— добавил он": the antecedent resolution already checked gender and recency
    "elided_subject": 2.2,  # "И добавил, что …": a verb with no subject of its own, the last speaker's
    "role": 2.2,  # "— отметил министр": the person the article introduced with that role
    "organisation": 2.4,  # "в Минобороны заявили", "пресс-служба министерства сообщила"
    "document_owner": 2.0,  # "говорится в сообщении": whoever's document was quoted last
    "passage_speaker": 1.4,  # an animate role the article gave nobody: the person speaking in this passage
    "described_subject": 1.4,  # such a role right after a sentence about one person of the verb's gender
    "recent_speaker": 1.6,  # a whole quoted sentence standing alone: the speaker of the previous sentences
    "introduced_subject": 1.3,  # such a sentence right after a sentence about one person, who had not spoken
    "interviewee": 1.8,  # an answer in an interview's dialogue lines: the person the lead is about
    "headline_speaker": 1.4,  # a title in the lead right after "Орешкин: …" above it: the titled person
}

WEIGHTS: dict[str, float] = {
    "sentences_back": -0.45,  # per sentence between the evidence and the quote
    "is_media": -6.0,  # an outlet is a speaker only as a claimant, never as a relay
    "gender_clash": -3.0,  # "сказала она" and a man, the verb's gender against the actor's
    "named_in_quote": -1.2,  # people rarely name themselves in their own words; those they speak of, often
    "is_place": -0.8,  # "в Пакистане заявили": a country speaks only through a body
    "spoke_before": 0.4,  # an actor who already spoke in the article is the likelier speaker
    "outlet_not_subject": -6.0,  # a news outlet reached by any route but being the subject of its own claim
    "group_subject": -6.0,  # "Джонсон и Дэвис заявили", "демократы заявляют": several speakers, none annotated
    "future_verb": -6.0,  # "президент объявит": not said yet
    "anonymous": -6.0,  # "СМИ сообщают", "по словам источника в ведомстве": nobody to hold to the words
}

THRESHOLD = 1.0


@dataclass(slots=True)
class Option:
    """One possible speaker of one quote, with the evidence for it."""

    actor: int
    source: str
    features: dict[str, float] = field(default_factory=dict)

    @property
    def score(self) -> float:
        return SOURCE_PRIOR[self.source] + sum(WEIGHTS[name] * value for name, value in self.features.items())


def choose(options: list[Option]) -> Option | None:
    """The best-scoring option if it clears the threshold; ties go to the earlier (stronger) evidence."""
    best: Option | None = None
    for option in options:
        if best is None or option.score > best.score + 1e-9:
            best = option
    if best is None or best.score < THRESHOLD:
        return None
    return best


def explain(option: Option) -> str:
    """A readable account of one option's score, for error analysis."""
    parts = [f"{option.source} {SOURCE_PRIOR[option.source]:+.2f}"]
    parts += [f"{name} {WEIGHTS[name] * value:+.2f}" for name, value in option.features.items() if value]
    return f"actor {option.actor}: " + ", ".join(parts) + f" = {option.score:.2f}"
