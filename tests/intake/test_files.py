"""Text out of user documents: every supported type, encodings, and polite refusals."""

from __future__ import annotations

import io
import pickle

import docx
import pytest

from intake.files import SUPPORTED_EXTENSIONS, UnsupportedFile, extract_file_text
from tests.intake.pages import ARTICLE_HTML

QUOTE = "«Мы видим устойчивое поступление доходов», — подчеркнул Силуанов."


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with real (extractable) Cyrillic text, built by hand.

    Helvetica with a /Differences encoding that names Cyrillic glyphs (afii10017…) lets a
    PDF carry Russian text without embedding a font, so no PDF-writing library is needed.
    """
    upper = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    lower = upper.lower()
    chars = upper + lower + "«»—"
    names = [f"/afii{10017 + i}" for i in range(33)] + [f"/afii{10065 + i}" for i in range(33)]
    names += ["/guillemotleft", "/guillemotright", "/emdash"]

    def encode(line: str) -> bytes:
        out = bytearray()
        for ch in line:
            if ch in chars:
                out.append(0x80 + chars.index(ch))
            elif ch in "()\\":
                out += b"\\" + ch.encode()
            else:
                out += ch.encode("latin-1")
        return bytes(out)

    ops = b"BT /F1 12 Tf 72 720 Td 14 TL " + b" ".join(b"(" + encode(line) + b") '" for line in lines) + b" ET"
    differences = ("[128 " + " ".join(names) + "]").encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding"
        b" /BaseEncoding /WinAnsiEncoding /Differences " + differences + b" >> >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def make_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Минфин оценил дефицит бюджета", level=1)
    document.add_paragraph(QUOTE)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Показатель"
    table.rows[0].cells[1].text = "Дефицит"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ------------------------------------------------------------------ plain text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251"])
def test_txt_in_common_encodings(encoding: str) -> None:
    text = "Министр заявил:\n" + QUOTE
    assert extract_file_text("статья.txt", text.encode(encoding), "text/plain") == text


def test_txt_crlf_is_normalised() -> None:
    assert extract_file_text("a.TXT", "Строка один\r\nСтрока два".encode(), None) == "Строка один\nСтрока два"


# ------------------------------------------------------------------ markdown


def test_markdown_markup_is_stripped_but_words_kept() -> None:
    source = (
        "# Минфин оценил дефицит\n\n"
        "Министр **Антон Силуанов** заявил [журналистам](https://example.com/a):\n\n"
        f"> {QUOTE}\n\n"
        "- первый пункт\n* второй пункт\n\n"
        "---\n\n"
        "Переменная snake_case_name и `код` остаются. ![фото](img.png)\n"
    )
    text = extract_file_text("note.md", source.encode(), "text/markdown")
    assert text.startswith("Минфин оценил дефицит\n")
    assert "Министр Антон Силуанов заявил журналистам:" in text
    assert QUOTE in text
    assert "первый пункт\nвторой пункт" in text
    assert "snake_case_name и код остаются. фото" in text
    for markup in ("**", "](", "# ", "> ", "---", "`"):
        assert markup not in text


# ------------------------------------------------------------------ HTML


def test_html_article_via_trafilatura() -> None:
    text = extract_file_text("page.html", ARTICLE_HTML.encode(), "text/html")
    assert text.startswith("Минфин оценил дефицит бюджета")
    assert "«Мы видим устойчивое поступление ненефтегазовых доходов" in text
    assert "Главная" not in text


def test_html_cp1251_without_declaration() -> None:
    html = ARTICLE_HTML.replace('<meta charset="utf-8">', "")
    assert "Силуанов" in extract_file_text("page.htm", html.encode("cp1251"), None)


def test_small_html_falls_back_to_tag_stripping() -> None:
    html = "<html><head><style>p{}</style><script>var x=1</script></head>"
    html += "<body><p>Коротко:</p><p>«Да».</p></body></html>"
    assert extract_file_text("short.html", html.encode(), "text/html") == "Коротко:\n«Да»."


# ------------------------------------------------------------------ PDF and DOCX


def test_pdf_text() -> None:
    data = make_pdf(["Минфин оценил дефицит бюджета", QUOTE])
    text = extract_file_text("report.pdf", data, "application/pdf")
    assert "Минфин оценил дефицит бюджета" in text
    assert QUOTE in text


def test_pdf_without_text_layer_is_explained() -> None:
    with pytest.raises(UnsupportedFile) as error:
        extract_file_text("scan.pdf", make_pdf([]), "application/pdf")
    assert "текстового слоя" in str(error.value)


def test_broken_pdf() -> None:
    with pytest.raises(UnsupportedFile) as error:
        extract_file_text("broken.pdf", b"%PDF-1.4 not really", None)
    assert "PDF" in str(error.value)


def test_docx_paragraphs_and_tables() -> None:
    text = extract_file_text("статья.docx", make_docx(), None)
    assert text.startswith("Минфин оценил дефицит бюджета\n")
    assert QUOTE in text
    assert "Показатель | Дефицит" in text


def test_broken_docx() -> None:
    with pytest.raises(UnsupportedFile):
        extract_file_text("broken.docx", b"PK\x03\x04 not a zip", None)


# ------------------------------------------------------------------ type choice and refusals


def test_mime_is_used_when_the_name_has_no_extension() -> None:
    assert extract_file_text("article", QUOTE.encode(), "text/plain; charset=utf-8") == QUOTE


@pytest.mark.parametrize(("name", "mime"), [("photo.jpg", "image/jpeg"), ("archive.zip", None), ("noext", None)])
def test_unsupported_type_lists_what_works(name: str, mime: str | None) -> None:
    with pytest.raises(UnsupportedFile) as error:
        extract_file_text(name, b"\x00\x01", mime)
    message = str(error.value)
    assert message.startswith("Извините")
    assert "TXT" in message and "PDF" in message and ".docx" in message


def test_old_word_format_gets_a_hint() -> None:
    with pytest.raises(UnsupportedFile) as error:
        extract_file_text("old.doc", b"\xd0\xcf\x11\xe0", "application/msword")
    assert "сохраните как .docx" in str(error.value)


def test_too_large_file_is_refused_before_parsing() -> None:
    with pytest.raises(UnsupportedFile) as error:
        extract_file_text("big.txt", b"a" * 2_000, "text/plain", max_bytes=1_000)
    assert "слишком большой" in str(error.value)
    assert "до 1 КБ" in str(error.value)


def test_empty_file_is_refused() -> None:
    with pytest.raises(UnsupportedFile):
        extract_file_text("empty.txt", b"  \n ", "text/plain")


def test_supported_extensions_and_picklability() -> None:
    assert {".txt", ".md", ".html", ".htm", ".pdf", ".docx"} <= SUPPORTED_EXTENSIONS
    assert pickle.loads(pickle.dumps(extract_file_text)) is extract_file_text
    error = pickle.loads(pickle.dumps(UnsupportedFile("Извините")))
    assert str(error) == "Извините"


# ------------------------------------------------------------------ bombs


def docx_bomb(megabytes: int = 100) -> bytes:
    """A real .docx whose document.xml inflates to `megabytes` of spaces: about 1/1000 of that in the zip."""
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(make_docx()), "r") as original, zipfile.ZipFile(buffer, "w") as bomb:
        for item in original.infolist():
            if item.filename != "word/document.xml":
                bomb.writestr(item, original.read(item))
        member = zipfile.ZipInfo("word/document.xml")
        member.compress_type = zipfile.ZIP_DEFLATED
        with bomb.open(member, "w", force_zip64=True) as part:
            part.write(b"<w:document>")
            for _ in range(megabytes):
                part.write(b" " * 1_000_000)
    return buffer.getvalue()


def pdf_with_pages(pages: int) -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (4 + i) for i in range(pages))
               + b"] /Count %d >>" % pages,
               b"<< /Length 0 >>\nstream\n\nendstream"]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>"] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_a_docx_zip_bomb_is_refused_before_inflating() -> None:
    data = docx_bomb()
    assert len(data) < 1_000_000
    with pytest.raises(UnsupportedFile, match="распаковывается"):
        extract_file_text("bomb.docx", data, None)


def test_a_pdf_with_thousands_of_pages_is_refused() -> None:
    with pytest.raises(UnsupportedFile, match="5000 страниц"):
        extract_file_text("book.pdf", pdf_with_pages(5000), None)


def test_extracted_text_is_bounded() -> None:
    text = ("Министр заявил, что бюджет сбалансирован. " * 5000).encode()
    assert len(extract_file_text("long.txt", text, None, max_chars=1000)) == 1001
