"""HTML for Telegram: escaping and splitting into messages that fit its limits.

Every text the bot sends goes through here. Messages are built from *blocks* (a quote, an actor line, a
heading), each a complete piece of HTML with balanced tags; splitting happens only between blocks, so no
message ends inside a tag or in the middle of a quote. A single block longer than the limit is cut at a word
boundary on its plain text and re-escaped, never inside an entity or a tag.

Lengths are counted as Telegram counts them: in UTF-16 code units (`tg_len`), so an emoji or any other
character outside the Basic Multilingual Plane counts two.
"""

from __future__ import annotations

import html
import re

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
_TAG = re.compile(r"<[^>]+>")


def tg_len(text: str) -> int:
    """The length Telegram measures its limits in: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def tg_prefix(text: str, limit: int) -> str:
    """The longest prefix of `text` within `limit` UTF-16 units (never half of a surrogate pair)."""
    if tg_len(text) <= limit:
        return text
    units = 0
    for index, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit:
            return text[:index]
    return text


def esc(text: object) -> str:
    """Escape for parse_mode=HTML: the three characters Telegram requires (&, <, >), and quotes for attributes."""
    return html.escape(str(text), quote=True)


def plain_length(fragment: str) -> int:
    """What Telegram counts toward the 4096 limit: the text after entities are parsed (tags and escapes off)."""
    return tg_len(html.unescape(_TAG.sub("", fragment)))


def shorten(text: str, limit: int) -> str:
    """Plain text cut to `limit` UTF-16 units at a word boundary, with an ellipsis when cut."""
    text = " ".join(text.split())
    if tg_len(text) <= limit:
        return text
    cut = tg_prefix(text, max(1, limit - 1))
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:—-") + "…"


def split_blocks(blocks: list[str], limit: int = MESSAGE_LIMIT, separator: str = "\n") -> list[str]:
    """Pack HTML blocks into as few messages as fit `limit`; never split inside a block that fits alone.

    Length is counted on the raw HTML (tags included) in UTF-16 units: it is stricter than Telegram's count,
    so a message accepted here is always accepted there.
    """
    messages: list[str] = []
    current = ""
    for block in blocks:
        for piece in _fit_block(block, limit):
            candidate = f"{current}{separator}{piece}" if current else piece
            if tg_len(candidate) <= limit:
                current = candidate
            else:
                if current:
                    messages.append(current)
                current = piece
    if current:
        messages.append(current)
    return messages


def fit_page(head: str | None, blocks: list[str], limit: int = MESSAGE_LIMIT, separator: str = "\n\n") -> int:
    """How many of `blocks`, in order and whole, fit in one message after `head` (at least one: a page must
    show something; a block too long even alone is cut by `split_blocks`).

    Paged answers take as many items as fit instead of a fixed count, so a page of long quotes loses neither
    its later quotes nor its markup.
    """
    used = tg_len(head) if head else 0
    count = 0
    for block in blocks:
        used += tg_len(block) + (len(separator) if used else 0)
        if used > limit:
            break
        count += 1
    return max(1, count) if blocks else 0


def _fit_block(block: str, limit: int) -> list[str]:
    if tg_len(block) <= limit:
        return [block]
    # Too long for one message even alone: fall back to its plain text, cut at word boundaries.
    plain = html.unescape(_TAG.sub("", block))
    pieces: list[str] = []
    while plain:
        size = min(len(plain), limit)
        while True:
            chunk = plain[:size]
            if size < len(plain):
                space = chunk.rfind(" ")
                if space > size // 2:
                    chunk = chunk[:space]
            if tg_len(esc(chunk)) <= limit:
                break
            size = max(1, size * 3 // 4)  # escaping lengthened it past the limit: take less
        pieces.append(esc(chunk))
        plain = plain[len(chunk):].lstrip()
    return pieces


def plural(n: int, one: str, few: str, many: str) -> str:
    """Russian noun form for a count: 1 статья, 2 статьи, 5 статей (11–14 take the "many" form)."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def human_size(size: int) -> str:
    """A byte count as a Russian reader writes it: 3 МБ, 1,5 КБ, 200 байт."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:g}".replace(".", ",") + " МБ"
    if size >= 1000:
        return f"{size / 1000:g}".replace(".", ",") + " КБ"
    return f"{size} байт"
