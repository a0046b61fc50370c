"""Russian news analysis: text in, canonical actors, quotes and a summary out.

Pure functions of text, no Telegram and no database. Importing this package is cheap: natasha's models are
loaded on the first call to `analyze` (once per process), so the bot process can import the data model
without paying for the models that only the workers need.
"""

from analysis.model import Actor, Analysis, Quote

__all__ = ["Actor", "Analysis", "Quote", "analyze"]


def analyze(text: str) -> Analysis:
    """Analyse one article. Never raises on any input; returns an empty Analysis for text with nothing in it."""
    from analysis.engine import analyze as _analyze

    return _analyze(text)
