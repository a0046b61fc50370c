"""Turning bytes from the web or from a user's file into text.

Russian sites and files still come in Windows-1251 often enough that "assume UTF-8" loses
articles, and a declared charset is sometimes wrong.  One small, predictable rule is shared
by page fetching and file reading so both behave the same way.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["FALLBACK_ENCODING", "decode_bytes", "sniff_html_charset"]

#: What legacy Russian text is almost always encoded in when it is not UTF-8.
FALLBACK_ENCODING = "cp1251"

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)


def _known_codec(name: str | None) -> str | None:
    """Return a normalised codec name, or None when Python does not know ``name``."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'"))
    except (LookupError, ValueError):
        return None
    # rot13, hex, base64, zlib…: codecs Python knows, but not text encodings; bytes.decode refuses them.
    return codec.name if getattr(codec, "_is_text_encoding", True) else None


def sniff_html_charset(data: bytes) -> str | None:
    """Find a ``<meta charset>`` (or http-equiv) declaration near the top of an HTML document."""
    match = _META_CHARSET.search(data[:8192])
    return _known_codec(match.group(1).decode("ascii", "ignore")) if match else None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and say which encoding was used.

    Order: a byte-order mark wins; then the declared charset if the bytes really are valid
    in it; then strict UTF-8; then Windows-1251 with replacement characters.  UTF-8 is tried
    strictly because cp1251 accepts almost any byte sequence and would happily turn UTF-8
    into mojibake, while real cp1251 Cyrillic is practically never valid UTF-8.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace"), "utf-16"
    for encoding in (_known_codec(declared), "utf-8"):
        if encoding is None:
            continue
        try:
            return data.decode(encoding), encoding
        except (UnicodeError, LookupError):  # idna and friends raise UnicodeError, not UnicodeDecodeError
            continue
    return data.decode(FALLBACK_ENCODING, "replace"), FALLBACK_ENCODING
