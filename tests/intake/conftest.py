"""A local web server on 127.0.0.1 with the pages the fetch tests need; nothing leaves the machine."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import zlib
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from tests.intake.pages import ARTICLE_HTML, CP1251_HTML

SLOW_SECONDS = 5.0


def build_app(release: asyncio.Event) -> web.Application:
    """Routes: article pages, redirects, a loop, a slow page, a huge page and a PDF."""

    async def article(_request: web.Request) -> web.Response:
        return web.Response(text=ARTICLE_HTML, content_type="text/html", charset="utf-8")

    async def article_cp1251(_request: web.Request) -> web.Response:
        # No charset in the header or the markup: the fetcher must fall back to cp1251.
        return web.Response(body=CP1251_HTML.encode("cp1251"), headers={"Content-Type": "text/html"})

    async def article_declared_cp1251(_request: web.Request) -> web.Response:
        return web.Response(
            body=CP1251_HTML.encode("cp1251"), headers={"Content-Type": "text/html; charset=windows-1251"}
        )

    async def plain(_request: web.Request) -> web.Response:
        return web.Response(text="Просто текст «с цитатой».", content_type="text/plain")

    async def chain(request: web.Request) -> web.Response:
        step = int(request.match_info["n"])
        if step >= 3:
            raise web.HTTPFound("/article")
        raise web.HTTPMovedPermanently(f"/chain/{step + 1}")  # relative Location

    async def loop(request: web.Request) -> web.Response:
        raise web.HTTPFound(f"/loop/{int(request.match_info['n']) + 1}")

    async def to_location(request: web.Request) -> web.Response:
        raise web.HTTPFound(request.query["to"])

    async def slow(_request: web.Request) -> web.Response:
        # Waits until the test finishes (or SLOW_SECONDS), far longer than the client's timeout.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(release.wait(), SLOW_SECONDS)
        return web.Response(text=ARTICLE_HTML, content_type="text/html")

    async def huge(request: web.Request) -> web.StreamResponse:
        # Streamed without Content-Length, so only counting while reading can stop it.
        response = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
        await response.prepare(request)
        chunk = ("<p>" + "Очень длинная страница. " * 400 + "</p>\n").encode()
        try:
            for _ in range(500):
                await response.write(chunk)
        except (ConnectionResetError, ConnectionError):
            pass
        return response

    async def huge_declared(_request: web.Request) -> web.Response:
        return web.Response(body=b"x" * 200_000, content_type="text/html")

    async def pdf(_request: web.Request) -> web.Response:
        return web.Response(body=b"%PDF-1.4\n%fake\n", content_type="application/pdf")

    async def missing(_request: web.Request) -> web.Response:
        raise web.HTTPNotFound()

    async def bogus_charset(request: web.Request) -> web.Response:
        return web.Response(body=ARTICLE_HTML.encode("utf-8"),
                            headers={"Content-Type": f"text/html; charset={request.query.get('c', 'rot13')}"})

    bomb: list[bytes] = []

    async def gzip_article(_request: web.Request) -> web.Response:
        return web.Response(body=gzip.compress(ARTICLE_HTML.encode()),
                            headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"})

    async def gzip_bomb(_request: web.Request) -> web.Response:
        if not bomb:  # 200 MB of spaces, about 200 KB on the wire
            packer = zlib.compressobj(9, zlib.DEFLATED, 31)
            chunk = b" " * 1_000_000
            bomb.append(b"".join(packer.compress(chunk) for _ in range(200)) + packer.flush())
        return web.Response(body=bomb[0], headers={"Content-Type": "text/html; charset=utf-8",
                                                   "Content-Encoding": "gzip"})

    app = web.Application()
    app.router.add_get("/article", article)
    app.router.add_get("/article-cp1251", article_cp1251)
    app.router.add_get("/article-declared-cp1251", article_declared_cp1251)
    app.router.add_get("/plain", plain)
    app.router.add_get("/chain/{n}", chain)
    app.router.add_get("/loop/{n}", loop)
    app.router.add_get("/to", to_location)
    app.router.add_get("/slow", slow)
    app.router.add_get("/huge", huge)
    app.router.add_get("/huge-declared", huge_declared)
    app.router.add_get("/doc.pdf", pdf)
    app.router.add_get("/missing", missing)
    app.router.add_get("/charset", bogus_charset)
    app.router.add_get("/gzip-bomb", gzip_bomb)
    app.router.add_get("/gzip", gzip_article)
    return app


@pytest.fixture
async def server() -> AsyncIterator[TestServer]:
    """The test site on 127.0.0.1 with a random free port."""
    release = asyncio.Event()
    test_server = TestServer(build_app(release), host="127.0.0.1")
    await test_server.start_server()
    try:
        yield test_server
    finally:
        release.set()
        await test_server.close()
