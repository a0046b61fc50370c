"""Link spotting, URL normalisation, safe fetching against a local server, and extraction."""

from __future__ import annotations

import ipaddress
import pickle
import socket
import time

import pytest
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.test_utils import TestServer as LocalServer

from intake import links
from intake.links import (
    ExtractedArticle,
    FetchError,
    GuardedResolver,
    extract_article,
    fetch_page,
    find_article_url,
    is_forbidden_address,
    normalise_url,
)
from render.text import human_size
from tests.intake.pages import ARTICLE_HTML

# ------------------------------------------------------------------ find_article_url


def test_message_that_is_only_a_url() -> None:
    assert find_article_url("https://ria.ru/20240315/budget.html", None) == "https://ria.ru/20240315/budget.html"


def test_url_entity_uses_utf16_offsets_after_emoji() -> None:
    text = "🔥🔥 Срочно: https://tass.ru/ekonomika/123 подробности"
    # Each 🔥 is two UTF-16 code units, so the URL starts at 13, not 11.
    start = len(text[: text.index("https")].encode("utf-16-le")) // 2
    assert start == 13
    entities = [{"type": "url", "offset": start, "length": len("https://tass.ru/ekonomika/123")}]
    assert find_article_url(text, entities) == "https://tass.ru/ekonomika/123"


def test_text_link_entity_in_short_post() -> None:
    text = "💬 Силуанов: дефицит бюджета не превысит плана. Читать полностью"
    offset = len(text[: text.index("Читать")].encode("utf-16-le")) // 2
    entities = [
        {"type": "bold", "offset": 0, "length": 12},
        {"type": "text_link", "offset": offset, "length": 16, "url": "https://www.rbc.ru/economics/1"},
    ]
    assert find_article_url(text, entities) == "https://www.rbc.ru/economics/1"


def test_telegram_links_are_not_articles() -> None:
    text = "Подписывайтесь на канал"
    entities = [{"type": "text_link", "offset": 0, "length": 11, "url": "https://t.me/somechannel"}]
    assert find_article_url(text, entities) is None


def test_long_article_with_a_link_is_analysed_as_text() -> None:
    text = "Министр финансов заявил, что бюджет сбалансирован. " * 20 + "Источник: https://ria.ru/a"
    assert find_article_url(text, None) is None


def test_no_link_at_all() -> None:
    assert find_article_url("Просто короткое сообщение без ссылок", []) is None
    assert find_article_url("", None) is None


def test_bare_domain_entity_gets_a_scheme_and_trailing_punctuation_is_dropped() -> None:
    text = "Смотрите: lenta.ru/news/1."
    entities = [{"type": "url", "offset": 10, "length": 16}]
    assert find_article_url(text, entities) == "https://lenta.ru/news/1"


# ------------------------------------------------------------------ normalise_url


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://ria.ru/20240315/budget.html?utm_source=telegram&utm_medium=social",
         "HTTPS://RIA.RU/20240315/budget.html"),
        ("https://www.rbc.ru/economics/1?from=newsfeed&yclid=123#comments", "https://www.rbc.ru/economics/1/"),
        ("http://example.com:80/a?b=2&a=1&fbclid=zzz", "http://example.com/a?a=1&b=2"),
        ("https://example.com:443/", "https://example.com"),
        ("https://президент.рф/news/статья", "https://xn--d1abbgf6aiiy.xn--p1ai/news/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F"),
        ("https://example.com/a?gclid=1&ref=tg&id=5", "https://example.com/a?id=5"),
    ],
)  # fmt: skip
def test_same_article_normalises_equal(a: str, b: str) -> None:
    assert normalise_url(a) == normalise_url(b)


def test_normalise_keeps_meaningful_parts() -> None:
    assert normalise_url("https://Example.com:8443/news/?id=7&page=2#x") == "https://example.com:8443/news?id=7&page=2"
    assert normalise_url("https://example.com/a?id=1") != normalise_url("https://example.com/a?id=2")
    assert normalise_url("https://example.com/a%2Fb") != normalise_url("https://example.com/a/b")


# ------------------------------------------------------------------ address policy


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "224.0.0.1",
     "100.64.0.1", "240.0.0.1", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "::",
     # special-purpose ranges Python (3.11) calls global: NAT64 reaches any IPv4 address, even 127.0.0.1
     "64:ff9b::7f00:1", "64:ff9b::808:808", "64:ff9b:1::1", "::7f00:1", "198.18.0.1", "192.0.2.1",
     "203.0.113.5", "3fff::1", "5f00::1", "2002:7f00:1::"],
)  # fmt: skip
def test_non_public_addresses_are_forbidden(address: str) -> None:
    assert is_forbidden_address(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "5.255.255.77", "2a02:6b8::2:242"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert not is_forbidden_address(ipaddress.ip_address(address))


class _FakeResolver(AbstractResolver):
    """Answers with fixed addresses, like a DNS server an attacker controls."""

    def __init__(self, addresses: list[str]) -> None:
        self.addresses = addresses

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        return [
            ResolveResult(hostname=host, host=a, port=port, family=family, proto=0, flags=0) for a in self.addresses
        ]

    async def close(self) -> None:
        return None


async def test_guarded_resolver_drops_private_answers() -> None:
    resolver = GuardedResolver(_FakeResolver(["10.0.0.5", "93.184.216.34"]))
    answers = await resolver.resolve("news.example", 443)
    assert [a["host"] for a in answers] == ["93.184.216.34"]


async def test_guarded_resolver_refuses_when_only_private_answers() -> None:
    resolver = GuardedResolver(_FakeResolver(["127.0.0.1", "::1"]))
    with pytest.raises(links._ForbiddenAddressError):
        await resolver.resolve("rebind.example", 80)


# ------------------------------------------------------------------ fetch_page


async def test_fetch_article_when_private_allowed(server: LocalServer) -> None:
    page = await fetch_page(str(server.make_url("/article")), allow_private=True, timeout=5)
    assert page.is_html
    assert page.content_type == "text/html"
    assert "«Мы видим устойчивое поступление" in page.text


async def test_loopback_refused_when_private_not_allowed(server: LocalServer) -> None:
    with pytest.raises(FetchError) as error:
        await fetch_page(str(server.make_url("/article")), allow_private=False, timeout=5)
    assert error.value.reason == "forbidden_address"
    assert "адрес во внутренней сети запрещён" in str(error.value)


async def test_hostname_resolving_to_loopback_is_refused_by_resolver(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Bypass the literal "localhost" shortcut so the resolver itself has to say no.
    monkeypatch.setattr(links, "_check_target", lambda url, allow_private: None)
    url = f"http://localhost:{server.port}/article"
    with pytest.raises(FetchError) as error:
        await fetch_page(url, allow_private=False, timeout=5)
    assert error.value.reason == "forbidden_address"


async def test_every_redirect_hop_is_rechecked(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend 127.0.0.1 is public, so the first hop passes; the redirect to 127.0.0.2 must not.
    original = links.is_forbidden_address
    monkeypatch.setattr(links, "is_forbidden_address", lambda ip: str(ip) != "127.0.0.1" and original(ip))
    monkeypatch.setattr(links, "ALLOWED_PORTS", frozenset({server.port}))  # the test site's random port
    target = f"http://127.0.0.2:{server.port}/article"
    with pytest.raises(FetchError) as error:
        await fetch_page(str(server.make_url("/to").with_query(to=target)), allow_private=False, timeout=5)
    assert error.value.reason == "forbidden_address"


async def test_redirect_to_other_scheme_is_refused(server: LocalServer) -> None:
    url = server.make_url("/to").with_query(to="file:///etc/passwd")
    with pytest.raises(FetchError) as error:
        await fetch_page(str(url), allow_private=True, timeout=5)
    assert error.value.reason == "bad_scheme"


async def test_non_http_scheme_is_refused() -> None:
    with pytest.raises(FetchError) as error:
        await fetch_page("ftp://example.com/file.html", allow_private=False)
    assert error.value.reason == "bad_scheme"


async def test_redirect_chain_is_followed(server: LocalServer) -> None:
    page = await fetch_page(str(server.make_url("/chain/0")), allow_private=True, timeout=5, max_redirects=5)
    assert page.url.endswith("/article")
    assert page.requested_url.endswith("/chain/0")
    assert "Силуанов" in page.text


async def test_redirect_loop_stops(server: LocalServer) -> None:
    with pytest.raises(FetchError) as error:
        await fetch_page(str(server.make_url("/loop/0")), allow_private=True, timeout=5, max_redirects=5)
    assert error.value.reason == "too_many_redirects"
    assert "слишком много перенаправлений" in str(error.value)


async def test_chain_longer_than_limit_is_refused(server: LocalServer) -> None:
    with pytest.raises(FetchError) as error:
        await fetch_page(str(server.make_url("/chain/0")), allow_private=True, timeout=5, max_redirects=2)
    assert error.value.reason == "too_many_redirects"


async def test_slow_server_times_out(server: LocalServer) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError) as error:
        await fetch_page(str(server.make_url("/slow")), allow_private=True, timeout=0.5)
    assert time.monotonic() - started < 2
    assert error.value.reason == "timeout"
    assert "сервер не ответил за 0,5 с" in str(error.value)


async def test_streamed_huge_page_is_cut_off(server: LocalServer) -> None:
    with pytest.raises(FetchError) as error:
        await fetch_page(str(server.make_url("/huge")), allow_private=True, timeout=5, max_bytes=100_000)
    assert error.value.reason == "too_large"
    assert "страница больше 100 КБ" in str(error.value)


async def test_declared_huge_page_is_refused_before_reading(server: LocalServer) -> None:
    with pytest.raises(FetchError) as error:
        await fetch_page(str(server.make_url("/huge-declared")), allow_private=True, timeout=5, max_bytes=100_000)
    assert error.value.reason == "too_large"


def test_default_size_message_reads_naturally() -> None:
    assert human_size(3_000_000) == "3 МБ"
    assert human_size(1_500) == "1,5 КБ"
    assert links._format_seconds(10) == "10 с"


async def test_pdf_is_not_a_web_page(server: LocalServer) -> None:
    with pytest.raises(FetchError) as error:
        await fetch_page(str(server.make_url("/doc.pdf")), allow_private=True, timeout=5)
    assert error.value.reason == "not_html"
    assert "это не веб-страница (application/pdf)" in str(error.value)


async def test_http_error_status(server: LocalServer) -> None:
    with pytest.raises(FetchError) as error:
        await fetch_page(str(server.make_url("/missing")), allow_private=True, timeout=5)
    assert error.value.reason == "http_status"
    assert "сервер ответил 404" in str(error.value)


async def test_connection_refused_is_reported() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with pytest.raises(FetchError) as error:
        await fetch_page(f"http://127.0.0.1:{port}/", allow_private=True, timeout=5)
    assert error.value.reason == "connection"


@pytest.mark.parametrize("path", ["/article-cp1251", "/article-declared-cp1251"])
async def test_cp1251_pages_are_decoded(server: LocalServer, path: str) -> None:
    page = await fetch_page(str(server.make_url(path)), allow_private=True, timeout=5)
    assert page.encoding in ("cp1251", "windows-1251")
    assert "«Мы видим устойчивое поступление" in page.text


async def test_plain_text_page_is_accepted(server: LocalServer) -> None:
    page = await fetch_page(str(server.make_url("/plain")), allow_private=True, timeout=5)
    assert not page.is_html
    assert page.text == "Просто текст «с цитатой»."


# ------------------------------------------------------------------ extract_article


def test_extract_article_text_and_metadata() -> None:
    article = extract_article(ARTICLE_HTML, "https://news.example/budget")
    assert isinstance(article, ExtractedArticle)
    assert article.title == "Минфин оценил дефицит бюджета"
    assert "«Мы видим устойчивое поступление ненефтегазовых доходов" in article.text
    assert "Главная" not in article.text  # navigation is not part of the article
    assert article.date == "2024-03-15"
    assert article.author == "Анна Петрова"


def test_extract_article_returns_none_without_text() -> None:
    assert extract_article("<html><body><nav><a href='/'>Главная</a></nav></body></html>", None) is None
    assert extract_article("", None) is None


def test_extract_article_is_picklable_for_worker_processes() -> None:
    assert pickle.loads(pickle.dumps(extract_article)) is extract_article
    article = extract_article(ARTICLE_HTML, None)
    assert pickle.loads(pickle.dumps(article)) == article


# ------------------------------------------------------------------ ports, charsets, compression bombs


@pytest.mark.parametrize(("url", "allowed"), [
    ("http://news.example/a", True), ("https://news.example/a", True), ("http://news.example:8080/a", True),
    ("https://news.example:8443/a", True), ("http://news.example:22/a", False),
    ("http://news.example:6379/a", False), ("https://news.example:8000/a", False),
])  # fmt: skip
def test_only_web_ports_unless_private_is_allowed(url: str, allowed: bool) -> None:
    from yarl import URL

    if allowed:
        links._check_target(URL(url), allow_private=False)
    else:
        with pytest.raises(FetchError) as error:
            links._check_target(URL(url), allow_private=False)
        assert error.value.reason == "forbidden_port"
    links._check_target(URL(url), allow_private=True)  # tests serve on random ports


@pytest.mark.parametrize("charset", ["rot13", "hex", "base64", "zlib", "no-such-charset"])
async def test_a_bogus_declared_charset_falls_back(server: LocalServer, charset: str) -> None:
    page = await fetch_page(str(server.make_url("/charset")) + f"?c={charset}", allow_private=True, timeout=5)
    assert "«Мы видим устойчивое поступление" in page.text


async def test_a_gzip_bomb_is_refused_with_bounded_memory(server: LocalServer) -> None:
    import tracemalloc

    tracemalloc.start()
    try:
        with pytest.raises(FetchError) as error:
            await fetch_page(str(server.make_url("/gzip-bomb")), allow_private=True, timeout=10, max_bytes=100_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.value.reason == "too_large"
    assert peak < 10_000_000, peak  # the page inflates to 200 MB; reading stops long before


async def test_a_gzip_encoded_page_is_read(server: LocalServer) -> None:
    page = await fetch_page(str(server.make_url("/gzip")), allow_private=True, timeout=5)
    assert "«Мы видим устойчивое поступление" in page.text


def test_link_extraction_imports() -> None:
    """A broken install (lxml without lxml_html_clean, as pip 23 gives) must fail here, loudly."""
    import importlib
    import tomllib
    from pathlib import Path

    importlib.import_module("lxml.html.clean")
    declared = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())
    names = {dep.split(">")[0].split("<")[0].split("=")[0].strip().lower().replace("-", "_")
             for dep in declared["project"]["dependencies"]}
    assert "lxml_html_clean" in names
    assert extract_article(ARTICLE_HTML, None) is not None


def test_an_import_error_inside_extraction_is_not_taken_for_no_article(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    with pytest.raises(ImportError):
        extract_article(ARTICLE_HTML, None)
