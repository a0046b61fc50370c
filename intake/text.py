"""A message's text made fit for analysis, and the polite reasons when it is not an article."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")
_HTML_HINT = re.compile(r"</?(p|div|br|span|a|b|i|strong|em|h[1-6]|li|ul|ol|script|style|html|body)\b[^>]*>", re.I)
_BLANKS = re.compile(r"\n{3,}")
_SPACES = re.compile(r"[ \t\u00a0]+")
_CYRILLIC = re.compile(r"[а-яё]", re.I)
_LETTER = re.compile(r"[^\W\d_]")


class _TextOnly(HTMLParser):
    """Text of an HTML fragment: tags dropped, script and style bodies dropped, blocks on their own lines."""

    _BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"})
    _HIDDEN = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(markup: str) -> str:
    """The text of HTML with the standard library alone (no lxml): pasted markup, and the fallback for files."""
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def clean_text(raw: str) -> str:
    """Control characters out, HTML markup (pasted page source) reduced to its text, whitespace tidied."""
    text = _CONTROL.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    if len(_HTML_HINT.findall(text)) >= 2:
        text = html_text(text)
    elif "&" in text and re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", text, re.I):
        text = html.unescape(text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def russian_share(text: str) -> float:
    letters = len(_LETTER.findall(text))
    return len(_CYRILLIC.findall(text)) / letters if letters else 0.0


def article_problem(text: str, *, min_chars: int, max_chars: int) -> str | None:
    """Why this text is not taken as an article (a polite Russian answer), or None when it is fine."""
    if not text.strip():
        return ("В сообщении нет текста. Перешлите мне пост из новостного канала "
                "или вставьте текст статьи — я найду, кто что сказал.")
    if len(text) > max_chars:
        return (f"Текст слишком длинный: {len(text):,} символов, а я разбираю до {max_chars:,}. "
                "Пришлите, пожалуйста, статью покороче или её часть.").replace(",", " ")
    if len(text) < min_chars:
        return ("Это слишком коротко для статьи. Перешлите мне новостной пост или вставьте текст статьи, "
                "а чтобы узнать, кто что говорил, спросите: /who Путин")
    if russian_share(text) < 0.5:
        return "Я разбираю только новости на русском языке, а этот текст, похоже, на другом."
    return None
