"""Links in messages: spotting an article link, normalising it, fetching and extracting the page.

The bot fetches pages on behalf of anyone who can message it, so fetching is done
defensively: only http(s), a hard total time limit, a size cap while streaming, manual
redirects that are re-checked at every hop, and a refusal to connect to private,
loopback or otherwise non-public addresses (server-side request forgery).  The address
check lives in the DNS resolver that aiohttp actually connects with, so a host cannot
resolve to a public address for the check and a private one for the connection
(DNS rebinding).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import re
import socket
import zlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from intake.encoding import decode_bytes, sniff_html_charset
from render.text import human_size

__all__ = [
    "MIN_ARTICLE_CHARS",
    "SHORT_POST_CHARS",
    "TRACKING_PARAMS",
    "ExtractedArticle",
    "FetchError",
    "FetchedPage",
    "GuardedResolver",
    "extract_article",
    "fetch_page",
    "find_article_url",
    "is_forbidden_address",
    "normalise_url",
]

# --------------------------------------------------------------------------------------
# Finding the article link in a message
# --------------------------------------------------------------------------------------

#: A post with less non-link text than this is "a link with a comment": its point is the link.
SHORT_POST_CHARS = 600

_URL_IN_TEXT = re.compile(r"""(?:https?://|www\.)[^\s<>"'«»]+""", re.IGNORECASE)
_TRAILING_PUNCT = ".,;:!?…)]}»\"'"
_NOT_ARTICLE_HOSTS = ("t.me", "telegram.me", "telegram.dog")


def _utf16_slice(text: str, offset: int, length: int) -> str:
    """Cut ``text`` the way Telegram counts entity offsets: in UTF-16 code units.

    Characters outside the Basic Multilingual Plane (most emoji) take two units, so a
    plain ``text[offset:offset + length]`` is off by one per emoji before the entity.
    """
    raw = text.encode("utf-16-le")
    return raw[offset * 2 : (offset + length) * 2].decode("utf-16-le", "ignore")


def _clean_candidate(url: str) -> str | None:
    """Turn a link as written in a message into a fetchable http(s) URL, or None."""
    url = url.strip().rstrip(_TRAILING_PUNCT)
    if not url:
        return None
    if "://" not in url:
        if url.lower().startswith(("mailto:", "tel:", "tg:")):
            return None
        url = "https://" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if any(host == h or host.endswith("." + h) for h in _NOT_ARTICLE_HOSTS):
        # Links to Telegram itself are "subscribe to the channel" buttons, not articles.
        return None
    return url


def find_article_url(text: str, entities: list[dict[str, Any]] | None) -> str | None:
    """Return the article link a message is "about", or None when the text itself is the content.

    A message counts as a link to an article when it is only a URL, or a short post
    (under :data:`SHORT_POST_CHARS` characters once links are removed) with a URL or a
    ``text_link``.  A long article that merely cites a link is analysed as text, so this
    returns None for it.  ``entities`` are Telegram's (``type``, ``offset``, ``length``,
    ``url``) with UTF-16 offsets; without entities (a paste from elsewhere) URLs are found
    with a regular expression.  Links to Telegram itself are ignored.
    """
    text = text or ""
    candidates: list[tuple[int, str]] = []  # (position in UTF-16 units, url)
    url_spans: list[tuple[int, int]] = []  # spans (UTF-16 units) of URL text to discount

    for entity in entities or ():
        kind = entity.get("type")
        offset, length = int(entity.get("offset", 0)), int(entity.get("length", 0))
        if kind == "url":
            candidates.append((offset, _utf16_slice(text, offset, length)))
            url_spans.append((offset, offset + length))
        elif kind == "text_link" and entity.get("url"):
            candidates.append((offset, str(entity["url"])))

    if not entities:
        for match in _URL_IN_TEXT.finditer(text):
            start = len(text[: match.start()].encode("utf-16-le")) // 2
            end = start + len(match.group().encode("utf-16-le")) // 2
            candidates.append((start, match.group()))
            url_spans.append((start, end))

    cleaned = (_clean_candidate(raw_url) for _, raw_url in sorted(candidates, key=lambda c: c[0]))
    urls = [u for u in cleaned if u]
    if not urls:
        return None

    raw = text.encode("utf-16-le")
    for start, end in sorted(url_spans, reverse=True):
        raw = raw[: start * 2] + " ".encode("utf-16-le") + raw[end * 2 :]
    rest = raw.decode("utf-16-le", "ignore")
    rest_len = len(" ".join(rest.split()))
    return urls[0] if rest_len < SHORT_POST_CHARS else None


# --------------------------------------------------------------------------------------
# Normalising
# --------------------------------------------------------------------------------------

#: Query parameters that identify the click, not the article (compared case-insensitively).
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "yclid", "ysclid", "msclkid",
        "mc_cid", "mc_eid", "igshid", "igsh", "_openstat", "openstat", "ref", "ref_src", "ref_url",
        "referrer", "from", "utm", "erid", "_ga", "_gl", "spm", "si", "share", "at_medium",
        "at_campaign", "at_source", "cmpid", "rss", "yrwinfo", "_hsenc", "_hsmi", "vero_id",
    }
)  # fmt: skip
_TRACKING_PREFIXES = ("utm_", "utm-", "at_", "pk_", "mtm_", "hmb_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_PATH_SAFE = "!$&'()*+,;=:@-._~"


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES)


def _normalise_host(host: str) -> str:
    """Lower-case the host and show IDNA (``xn--``) labels in Unicode so both spellings match."""
    host = host.lower().rstrip(".")
    if "xn--" in host:
        with contextlib.suppress(UnicodeError):
            host = host.encode("ascii").decode("idna")
    return host


def normalise_url(url: str) -> str:
    """Return a canonical spelling of ``url`` for recognising the same article twice.

    Lower-cases scheme and host, drops the fragment, default ports, tracking parameters
    (``utm_*``, ``fbclid``, ``yclid``, ``ref``, ``from`` …) and a trailing slash, sorts the
    remaining query parameters and evens out percent-encoding, so a link shared from a
    newsletter and the same link from a social network compare equal.  It is a key for
    comparison; fetching should use the URL as given.
    """
    url = url.strip()
    if "://" not in url and not url.lower().startswith(("mailto:", "tel:")):
        url = "https://" + url
    parts = urlsplit(url)
    scheme = parts.scheme.lower()

    host = _normalise_host(parts.hostname or "")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    if parts.username:
        userinfo = parts.username + (f":{parts.password}" if parts.password else "")
        netloc = f"{userinfo}@{netloc}"

    # Re-quote each segment separately so an encoded "/" (%2F) keeps its meaning.
    path = "/".join(quote(unquote(segment), safe=_PATH_SAFE) for segment in parts.path.split("/"))
    path = path.rstrip("/")

    params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    query = urlencode(sorted(params), quote_via=quote, safe=_PATH_SAFE.replace("&", "").replace("=", ""))
    return urlunsplit((scheme, netloc, path, query, ""))


# --------------------------------------------------------------------------------------
# Fetching
# --------------------------------------------------------------------------------------

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = _HTML_TYPES | {"text/plain"}
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_HEADERS = {
    "User-Agent": "Mozilla/5.0 (compatible; QuoteBot/0.1; news quote finder)",
    "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
    "Accept-Language": "ru,en;q=0.5",
    "Accept-Encoding": "gzip, deflate",  # what _read_limited can inflate within its limit
}
_PREFIX = "Не удалось загрузить страницу: "


class FetchError(Exception):
    """A page could not be fetched; ``str(error)`` is a polite Russian message for the user.

    ``reason`` is a short machine-readable code (``timeout``, ``too_large``, ``not_html``,
    ``forbidden_address``, ``too_many_redirects``, ``http_status``, ``bad_url``,
    ``bad_scheme``, ``forbidden_port``, ``dns``, ``connection``, ``ssl``) for logs and tests.
    """

    def __init__(self, message: str, reason: str = "error") -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason


class _ForbiddenAddressError(Exception):
    """Raised inside aiohttp by :class:`GuardedResolver`; deliberately not an ``OSError``.

    aiohttp wraps ``OSError`` from resolvers into a generic DNS error; a separate class
    lets :func:`fetch_page` tell "refused by policy" from "name not found".
    """


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A fetched page: where it ended up, what it is and its decoded text."""

    url: str  #: final URL after redirects
    requested_url: str
    content_type: str
    encoding: str
    text: str

    @property
    def is_html(self) -> bool:
        """True for HTML/XHTML (give it to :func:`extract_article`); False for plain text."""
        return self.content_type in _HTML_TYPES


IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


#: Special-purpose ranges (IANA registries) that Python's ``is_global`` does not flag, or flags only in newer
#: versions: NAT64 prefixes translate to any IPv4 address (``64:ff9b::7f00:1`` is 127.0.0.1 behind a NAT64
#: gateway), IPv4-compatible addresses embed one, and the rest are documentation, benchmarking, SRv6 and
#: reserved space that no public news site lives in.
_SPECIAL_NETWORKS = tuple(
    ipaddress.ip_network(net)
    for net in (
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
        "192.0.0.0/24", "192.0.2.0/24", "192.31.196.0/24", "192.52.193.0/24", "192.88.99.0/24", "192.168.0.0/16",
        "192.175.48.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
        "::/96", "::ffff:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32",
        "2002::/16", "3fff::/20", "5f00::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
    )
)  # fmt: skip
#: Ports a news page is served on; anything else is more likely an internal service than an article.
ALLOWED_PORTS = frozenset({80, 443, 8080, 8443})


def is_forbidden_address(ip: IPAddress) -> bool:
    """True when ``ip`` is not a public unicast address the bot may connect to.

    Anything Python does not call global, plus every special-purpose range above (NAT64, IPv4-compatible,
    6to4, Teredo, documentation…), including IPv4 addresses smuggled inside IPv6 (``::ffff:127.0.0.1``).
    """
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None and is_forbidden_address(embedded):
            return True
    if any(ip.version == net.version and ip in net for net in _SPECIAL_NETWORKS):
        return True
    return (
        not ip.is_global
        or ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


class GuardedResolver(AbstractResolver):
    """A resolver that only ever hands aiohttp public addresses.

    It wraps another resolver (by default aiohttp's threaded ``getaddrinfo`` one) and
    drops every address that :func:`is_forbidden_address` rejects; if nothing is left it
    raises.  Because aiohttp connects to exactly the addresses its resolver returns, the
    address checked is the address connected to.
    """

    def __init__(self, inner: AbstractResolver | None = None) -> None:
        self._inner = inner if inner is not None else aiohttp.ThreadedResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """Resolve ``host`` with the wrapped resolver and keep only public addresses."""
        results = await self._inner.resolve(host, port, family)
        allowed = []
        for result in results:
            try:
                ip = ipaddress.ip_address(result["host"].split("%", 1)[0])
            except ValueError:
                continue
            if not is_forbidden_address(ip):
                allowed.append(result)
        if not allowed:
            raise _ForbiddenAddressError(host)
        return allowed

    async def close(self) -> None:
        """Close the wrapped resolver."""
        await self._inner.close()


def _format_seconds(seconds: float) -> str:
    return f"{seconds:g}".replace(".", ",") + " с"


def _check_target(url: URL, allow_private: bool) -> None:
    """Refuse non-http(s) URLs and literal non-public IP hosts before connecting.

    aiohttp does not consult the resolver for an IP literal, so those are checked here;
    host names are checked by :class:`GuardedResolver` at connection time.
    """
    if url.scheme not in ("http", "https"):
        raise FetchError(_PREFIX + "поддерживаются только ссылки http:// и https://", "bad_scheme")
    if not url.host:
        raise FetchError(_PREFIX + "в ссылке нет адреса сайта", "bad_url")
    if allow_private:
        return
    forbidden = FetchError(_PREFIX + "адрес во внутренней сети запрещён", "forbidden_address")
    try:
        ip = ipaddress.ip_address(url.host.split("%", 1)[0])
    except ValueError:
        if url.host.rstrip(".").lower() == "localhost" or url.host.lower().endswith(".localhost"):
            raise forbidden from None
    else:
        if is_forbidden_address(ip):
            raise forbidden
    if url.port not in ALLOWED_PORTS:
        raise FetchError(_PREFIX + f"порт {url.port} не используется для веб-страниц", "forbidden_port")


def _inflater(encoding: str) -> Any:
    """A zlib decompressor for the response's Content-Encoding (None: not compressed)."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj(32 + zlib.MAX_WBITS)  # zlib-wrapped (as the RFC says) or gzip
    raise FetchError(_PREFIX + f"сервер сжал её неизвестным способом ({encoding[:20]})", "encoding")


async def _read_limited(response: aiohttp.ClientResponse, max_bytes: int) -> bytes:
    """Read the body in chunks and give up as soon as it grows past ``max_bytes``, compressed or not.

    Decompression is ours, not aiohttp's: aiohttp inflates each network chunk up to 32 MiB before anyone can
    count, so a gzip bomb would cost that much per chunk. Here every step inflates at most what is still
    allowed plus one byte.
    """
    too_large = FetchError(_PREFIX + f"страница больше {human_size(max_bytes)}", "too_large")
    if response.content_length is not None and response.content_length > max_bytes:
        raise too_large
    inflater = _inflater(response.headers.get("Content-Encoding", ""))
    body = bytearray()
    received = 0
    try:
        async for chunk in response.content.iter_chunked(64 * 1024):
            received += len(chunk)
            if inflater is not None:
                chunk = inflater.decompress(chunk, max_bytes - len(body) + 1)
                if inflater.unconsumed_tail:
                    raise too_large
            body += chunk
            if len(body) > max_bytes or received > max_bytes:
                raise too_large
        if inflater is not None:
            body += inflater.flush()
    except zlib.error as exc:
        raise FetchError(_PREFIX + "сервер прислал повреждённые сжатые данные", "encoding") from exc
    if len(body) > max_bytes:
        raise too_large
    return bytes(body)


async def _fetch(
    url: str,
    *,
    allow_private: bool,
    client_timeout: aiohttp.ClientTimeout,
    max_bytes: int,
    max_redirects: int,
) -> FetchedPage:
    try:
        current = URL(url.strip())
    except (ValueError, TypeError) as exc:
        raise FetchError(_PREFIX + "ссылка записана неправильно", "bad_url") from exc
    resolver: AbstractResolver = aiohttp.ThreadedResolver()
    if not allow_private:
        resolver = GuardedResolver(resolver)
    connector = aiohttp.TCPConnector(resolver=resolver, use_dns_cache=False, limit=2)
    async with aiohttp.ClientSession(
        connector=connector, timeout=client_timeout, headers=_HEADERS, trust_env=False
    ) as session:
        for _hop in range(max_redirects + 1):
            _check_target(current, allow_private)
            async with session.get(current, allow_redirects=False, auto_decompress=False) as response:
                if response.status in _REDIRECT_STATUSES:
                    location = response.headers.get("Location")
                    if not location:
                        raise FetchError(_PREFIX + f"сервер ответил {response.status}", "http_status")
                    try:
                        current = response.url.join(URL(location))
                    except (ValueError, TypeError) as exc:
                        message = _PREFIX + "сервер перенаправил на неверный адрес"
                        raise FetchError(message, "bad_url") from exc
                    continue
                if not 200 <= response.status < 300:
                    raise FetchError(_PREFIX + f"сервер ответил {response.status}", "http_status")
                has_type = "Content-Type" in response.headers
                content_type = response.content_type if has_type else "text/html"
                if content_type not in _TEXT_TYPES:
                    raise FetchError(_PREFIX + f"это не веб-страница ({content_type})", "not_html")
                body = await _read_limited(response, max_bytes)
                declared = response.charset
                if declared is None and content_type in _HTML_TYPES:
                    declared = sniff_html_charset(body)
                text, encoding = decode_bytes(body, declared)
                return FetchedPage(
                    url=str(response.url),
                    requested_url=url,
                    content_type=content_type,
                    encoding=encoding,
                    text=text,
                )
    raise FetchError(_PREFIX + "слишком много перенаправлений", "too_many_redirects")


async def fetch_page(
    url: str,
    *,
    allow_private: bool,
    timeout: float = 10,  # one limit for the whole fetch, redirects included
    max_bytes: int = 3_000_000,
    max_redirects: int = 5,
) -> FetchedPage:
    """Fetch an HTML (or plain-text) page safely and decode it.

    ``timeout`` bounds the whole fetch, redirects and body included.  ``allow_private``
    comes from the ``FETCH_ALLOW_PRIVATE`` setting and is meant for tests only.  Every
    failure raises :class:`FetchError` whose text can be shown to the user as is.
    """
    try:
        async with asyncio.timeout(timeout):
            return await _fetch(
                url,
                allow_private=allow_private,
                client_timeout=aiohttp.ClientTimeout(total=timeout),
                max_bytes=max_bytes,
                max_redirects=max_redirects,
            )
    except FetchError:
        raise
    except TimeoutError as exc:
        raise FetchError(_PREFIX + f"сервер не ответил за {_format_seconds(timeout)}", "timeout") from exc
    except _ForbiddenAddressError as exc:
        raise FetchError(_PREFIX + "адрес во внутренней сети запрещён", "forbidden_address") from exc
    except aiohttp.InvalidURL as exc:
        raise FetchError(_PREFIX + "ссылка записана неправильно", "bad_url") from exc
    except aiohttp.ClientConnectorDNSError as exc:
        raise FetchError(_PREFIX + "такой сайт не найден", "dns") from exc
    except (aiohttp.ClientConnectorCertificateError, aiohttp.ClientSSLError) as exc:
        raise FetchError(_PREFIX + "не удалось установить защищённое соединение с сайтом", "ssl") from exc
    except aiohttp.ClientConnectorError as exc:
        raise FetchError(_PREFIX + "не удалось соединиться с сервером", "connection") from exc
    except (aiohttp.ClientError, OSError) as exc:
        raise FetchError(_PREFIX + "соединение с сервером прервалось", "connection") from exc


# --------------------------------------------------------------------------------------
# Extracting the article
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExtractedArticle:
    """The main text of a web page with the metadata trafilatura could find."""

    title: str | None
    text: str
    date: str | None  #: ISO ``YYYY-MM-DD`` when the page has one
    author: str | None
    url: str | None
    sitename: str | None = None
    description: str | None = None


#: Less main text than this is a menu, a cookie banner or a paywall stub, not an article.
MIN_ARTICLE_CHARS = 100


def extract_article(html: str, url: str | None, *, min_chars: int = MIN_ARTICLE_CHARS) -> ExtractedArticle | None:
    """Pull the article text and metadata out of ``html`` with trafilatura.

    CPU-bound and free of shared state, so it is a plain top-level function that can be
    sent to a worker process.  Returns None when the page has no recognisable article
    text (an index page, a paywall stub, a script-only app): trafilatura's fallbacks
    happily return a lone menu item, hence the ``min_chars`` floor.
    """
    import trafilatura  # imported here: heavy, and only needed in the worker

    if not html or not html.strip():
        return None
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
        )
    except ImportError:
        raise  # a broken install (lxml without lxml_html_clean) must be loud, not "no article on any page"
    except Exception:  # trafilatura/lxml can raise on pathological markup; treat as "no article"
        return None
    if document is None:
        return None
    data = document if isinstance(document, dict) else document.as_dict()
    text = (data.get("text") or "").strip()
    if len(text) < min_chars:
        return None

    def field(name: str) -> str | None:
        value = data.get(name)
        return (str(value).strip() or None) if value else None

    return ExtractedArticle(
        title=field("title"),
        text=text,
        date=field("date"),
        author=field("author"),
        url=field("url") or url,
        sitename=field("sitename"),
        description=field("description"),
    )
