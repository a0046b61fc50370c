"""Text out of documents users send to the bot (.txt, .md, .html, .pdf, .docx).

Everything here is pure and CPU-bound, so :func:`extract_file_text` can run in a worker
process.  PDF and DOCX readers are imported lazily: they are only needed when such a file
arrives, and a missing optional library becomes a polite refusal instead of a crash.
"""

from __future__ import annotations

import io
import os
import re
import zipfile

from intake.encoding import decode_bytes, sniff_html_charset
from intake.text import html_text
from render.text import human_size

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED_EXTENSIONS", "UnsupportedFile", "extract_file_text"]

#: Largest file accepted by default (Telegram lets bots download up to 20 MB).
DEFAULT_MAX_BYTES = 5_000_000

#: A PDF with more pages than this is a book or a bomb, not an article; refused before any page is read.
MAX_PDF_PAGES = 300
#: Limits on a .docx before python-docx opens it: the sum of the sizes its zip declares (python's zipfile never
#: inflates a member past its declared size, so a lying header cannot get around this), the largest XML part
#: (lxml keeps the whole tree in memory) and the number of parts.
MAX_DOCX_UNPACKED = 60_000_000
MAX_DOCX_XML = 15_000_000
MAX_DOCX_PARTS = 2_000

#: Extensions :func:`extract_file_text` understands, lower-case with the dot.
SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(
    {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf", ".docx"}
)

_SUPPORTED_HUMAN = "TXT, Markdown (.md), HTML, PDF с текстовым слоем и Word (.docx)"

_MIME_EXTENSIONS = {
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
    "text/html": ".html",
    "application/xhtml+xml": ".xhtml",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}


class UnsupportedFile(Exception):
    """A file could not be turned into text; ``str(error)`` is a polite Russian message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _kind(filename: str, mime: str | None) -> str:
    """Choose the reader by extension, or by MIME type when the name says nothing useful."""
    extension = os.path.splitext(filename or "")[1].lower()
    if extension in SUPPORTED_EXTENSIONS:
        return extension
    base_mime = (mime or "").split(";", 1)[0].strip().lower()
    if base_mime in _MIME_EXTENSIONS and extension in ("", ".bin", ".dat"):
        return _MIME_EXTENSIONS[base_mime]
    what = extension or base_mime or "без расширения"
    hint = " Старый формат .doc, пожалуйста, сохраните как .docx." if extension == ".doc" else ""
    raise UnsupportedFile(f"Извините, файлы этого типа ({what}) я читать не умею. Подойдут: {_SUPPORTED_HUMAN}.{hint}")


# ---------------------------------------------------------------------------- plain text


def _read_plain(data: bytes) -> str:
    text, _encoding = decode_bytes(data)
    return text


# ---------------------------------------------------------------------------- markdown

_MD_FENCE = re.compile(r"^\s*(```|~~~).*$", re.MULTILINE)
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_MD_REF_DEF = re.compile(r"^\s*\[[^\]]+\]:\s+\S+.*$", re.MULTILINE)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE)
_MD_SETEXT = re.compile(r"^\s*(=+|-+)\s*$", re.MULTILINE)
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?", re.MULTILINE)
_MD_BULLET = re.compile(r"^(\s*)[-*+]\s+", re.MULTILINE)
_MD_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_MD_CODE = re.compile(r"`([^`]+)`")
_MD_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def _strip_markdown(text: str) -> str:
    """Remove Markdown markup but keep every word; quotes and names must survive intact."""
    text = _MD_FENCE.sub("", text)
    text = _MD_REF_DEF.sub("", text)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_REF_LINK.sub(r"\1", text)
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_SETEXT.sub("", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_BULLET.sub(r"\1", text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_TAG.sub("", text)
    for _ in range(2):  # nested emphasis such as ***word***
        text = _MD_EMPHASIS.sub(r"\2", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# ---------------------------------------------------------------------------- HTML


def _html_to_text(html: str) -> str:
    """Main text via trafilatura; whole-page text via lxml when trafilatura finds no article."""
    from intake.links import extract_article

    article = extract_article(html, None)
    if article is not None:
        if article.title and not article.text.startswith(article.title):
            return f"{article.title}\n\n{article.text}"
        return article.text
    return _strip_tags(html)


def _strip_tags(html: str) -> str:
    """Plain tag stripping for pages trafilatura cannot make sense of (short notes, fragments)."""
    try:
        import lxml.html

        root = lxml.html.document_fromstring(html)
        for bad in root.xpath("//script|//style|//noscript|//template|//head"):
            bad.drop_tree()
        for block in root.xpath("//p|//div|//br|//li|//h1|//h2|//h3|//h4|//h5|//h6|//tr|//blockquote"):
            block.tail = "\n" + (block.tail or "")
        text = root.text_content()
    except Exception:  # lxml rejects some inputs (empty, odd encodings); use the stdlib parser
        text = html_text(html)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# ---------------------------------------------------------------------------- PDF and DOCX


def _read_pdf(data: bytes, max_chars: int) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError as exc:
        raise UnsupportedFile("Извините, чтение PDF сейчас не настроено.") from exc
    damaged = UnsupportedFile("Извините, не получилось прочитать этот PDF: файл повреждён или необычен.")
    pages: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnsupportedFile("Извините, этот PDF защищён паролем, и прочитать его я не могу.")
        count = len(reader.pages)
        if count > MAX_PDF_PAGES:
            raise UnsupportedFile(f"В этом PDF {count} страниц — это не статья. Я читаю PDF до {MAX_PDF_PAGES} "
                                  "страниц; пришлите, пожалуйста, нужную часть текстом.")
        total = 0
        for page in reader.pages:
            pages.append((page.extract_text() or "").strip())
            total += len(pages[-1])
            if total > max_chars:
                break  # already too long to analyse: reading on would only cost time and memory
    except UnsupportedFile:
        raise
    except MemoryError as exc:  # the worker's memory ceiling: a stream that inflates past it
        raise damaged from exc
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError, AttributeError,
            IndexError, zipfile.BadZipFile) as exc:
        raise damaged from exc
    text = "\n\n".join(page for page in pages if page)
    if not text.strip():
        raise UnsupportedFile(
            "В этом PDF нет текстового слоя — похоже, это скан или картинки. "
            "Пожалуйста, пришлите текст статьи или ссылку на неё."
        )
    return text


def _check_docx_zip(data: bytes) -> None:
    """Refuse a zip bomb by what its directory declares, before anything is inflated."""
    damaged = UnsupportedFile("Извините, не получилось прочитать этот файл Word: он повреждён или необычен.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise damaged from exc
    unpacked = sum(member.file_size for member in members)
    largest_xml = max((m.file_size for m in members if m.filename.endswith((".xml", ".rels"))), default=0)
    if len(members) > MAX_DOCX_PARTS or unpacked > MAX_DOCX_UNPACKED or largest_xml > MAX_DOCX_XML:
        raise UnsupportedFile(
            f"Этот файл Word распаковывается в {human_size(unpacked)} — для статьи это слишком много, "
            "и читать его я не буду. Пришлите, пожалуйста, текст статьи или ссылку на неё."
        )


def _read_docx(data: bytes) -> str:
    try:
        import docx
    except ImportError as exc:
        raise UnsupportedFile("Извините, чтение файлов Word сейчас не настроено.") from exc
    _check_docx_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises assorted zip/XML/KeyError types for broken files
        raise UnsupportedFile("Извините, не получилось прочитать этот файл Word: он повреждён или необычен.") from exc
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells: list[str] = []
            for cell in row.cells:
                value = cell.text.strip()
                if value and value not in cells:  # merged cells repeat their text
                    cells.append(value)
            if cells:
                parts.append(" | ".join(cells))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(parts)).strip()


# ---------------------------------------------------------------------------- entry point


def extract_file_text(filename: str, data: bytes, mime: str | None, *, max_bytes: int = DEFAULT_MAX_BYTES,
                      max_chars: int = 1_000_000) -> str:
    """Return the text of a user's document, ready for analysis, cut to ``max_chars`` + 1 characters.

    The cut keeps what a worker process sends back bounded; one character over the limit is enough for the
    caller to tell "too long" from "fits".
    The reader is chosen by extension (MIME type only when the name has none).  Raises
    :class:`UnsupportedFile` with a message for the user when the type is not supported,
    the file is larger than ``max_bytes``, it cannot be parsed, or it has no text.
    """
    if len(data) > max_bytes:
        raise UnsupportedFile(
            f"Извините, файл слишком большой ({human_size(len(data))}); я читаю файлы до {human_size(max_bytes)}."
        )
    kind = _kind(filename, mime)
    if kind in (".txt", ".text"):
        text = _read_plain(data)
    elif kind in (".md", ".markdown"):
        text = _strip_markdown(_read_plain(data))
    elif kind in (".html", ".htm", ".xhtml"):
        html, _encoding = decode_bytes(data, sniff_html_charset(data))
        text = _html_to_text(html)
    elif kind == ".pdf":
        text = _read_pdf(data, max_chars)
    else:
        text = _read_docx(data)
    text = text[: max_chars * 2].replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()
    text = text[: max_chars + 1]
    if not text:
        raise UnsupportedFile("В этом файле не нашлось текста. Пожалуйста, пришлите статью текстом или ссылкой.")
    return text
