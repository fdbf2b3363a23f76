"""The certificate's page against the page the program's own writer makes from its evidence.

A person reads the page, not the attachment; so the page is rebuilt from the
evidence with :func:`app.certs.pdf_writer.write_pdf` (deterministic: same
evidence, same page) and compared with the file four ways, each naming what
differs: the text a viewer copies, the QR code a phone reads off the
rendered page, the page's objects (content, fonts, images, annotations —
decoded data compared, so a byte flipped in a font program or the QR image
is found) and the rendering itself (Qt's PDF module, annotations drawn).
"""

from __future__ import annotations

import difflib
import tempfile
from pathlib import Path

import zxingcpp
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

from app.certs.pdf_reader import NotACertificate, open_pdf, page_structure, page_text
from app.certs.pdf_writer import ensure_gui, qr_payload, write_pdf
from app.core.cert_text import TEXT
from app.core.cert_verify import MALFORMED

MAX_PRINTED = 1000  # characters in one printed value: the page has room for about 60; drawing 1 MB takes minutes
RENDER_SIZE = QSize(827, 1169)  # A4 at 100 dpi: the QR code's modules are 4–5 pixels wide
def _lines(text: str) -> list[str]:
    return [" ".join(ln.split()) for ln in text.splitlines() if ln.strip()]


def text_differences(given: str, expected: str) -> list[str]:
    """Each line of the page text that is not the rebuilt page's, as «на странице … вместо …»."""
    a, b = _lines(given), _lines(expected)
    out: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == j2 - j1:
            out += [f"Текст страницы: «{x}», а по вложенным данным должно быть «{y}»" for x, y in zip(a[i1:i2], b[j1:j2])]
            continue
        out += [f"Текст страницы: лишняя строка «{x}»" for x in a[i1:i2]]
        out += [f"Текст страницы: нет строки «{y}», которая следует из вложенных данных" for y in b[j1:j2]]
    return out


def _font_name(path: str, expected: dict[str, str]) -> str:
    resource = path.split("Font/", 1)[1].split("/", 1)[0]
    base = expected.get(f"Resources/Font/{resource}/BaseFont/", resource)
    return base.strip("'\"/")


def structure_differences(given: dict[str, str], expected: dict[str, str], text_differs: bool) -> list[str]:
    """What kind of object differs: content, a font program, an image, annotations or the page itself."""
    out: list[str] = []
    for path in sorted(given.keys() | expected.keys()):
        if given.get(path) == expected.get(path):
            continue
        if text_differs and path.startswith(("Contents/", "Resources/Font/")):
            what = None  # other text draws other glyphs: the text's own difference says what changed
        elif path.startswith("Contents/"):
            what = "Содержимое страницы изменено: текст тот же, но нарисовано иначе"
        elif path.startswith("Annots/"):
            what = "На странице есть пометки (аннотации), которых в сертификате нет"
        elif "/FontFile" in path:
            what = f"Встроенный шрифт {_font_name(path, expected)} изменён: цифры и буквы могут выглядеть иначе"
        elif path.startswith("Resources/Font/"):
            what = f"Шрифт {_font_name(path, expected)} изменён (ширины или соответствие символов)"
        elif path.startswith("Resources/XObject/"):
            what = "Изображение на странице (QR-код) изменено"
        else:
            what = f"Устройство страницы изменено ({path.rstrip('/') or 'страница'})"
        if what and what not in out:
            out.append(what)
    return out


def _render(path: Path) -> tuple[QImage | None, str]:
    doc = QPdfDocument(None)
    error = doc.load(str(path))
    if error != QPdfDocument.Error.None_:
        return None, f"Страница не отображается программой просмотра PDF ({error.name})"
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)  # as a viewer shows the page
    image = doc.render(0, RENDER_SIZE, options).convertToFormat(QImage.Format.Format_ARGB32)
    doc.close()
    return image, ""


def rendering_difference(given: QImage, expected: QImage) -> str:
    """"" when the two renderings are the same pixels, else where on the page they differ."""
    if given == expected:
        return ""
    a, b = bytes(given.constBits()), bytes(expected.constBits())
    step, height = given.bytesPerLine(), given.height()
    rows = [y for y in range(height) if a[y * step:(y + 1) * step] != b[y * step:(y + 1) * step]]
    if not rows:
        return ""
    top, bottom = 100 * rows[0] // height, -(-100 * (rows[-1] + 1) // height)
    return f"Страница выглядит иначе, чем сертификат по вложенным данным (отличия на {top}–{bottom} % высоты страницы)"


def qr_differences(image: QImage, expected: str) -> list[str]:
    found = [b.text for b in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
    if not found:
        return ["QR-код на странице не читается"]
    out = [f"QR-код: «{text}», а по вложенным данным «{expected}»" for text in found if text != expected]
    if len(found) > 1:
        out.append(f"На странице QR-кодов: {len(found)}, а в сертификате один")
    return out


def page_differences(data: bytes, evidence: dict, where: Path) -> list[str]:
    """Everything a person sees in the file ``data`` that the page rebuilt from ``evidence`` does not show."""
    pack = evidence.get("pack") if isinstance(evidence.get("pack"), dict) else {}
    for what, value in (("имя", evidence.get("name")), ("название пакета", pack.get("title")),
                        ("версия пакета", pack.get("version")), ("хеш пакета", pack.get("content_hash"))):
        if isinstance(value, str) and len(value) > MAX_PRINTED:
            raise NotACertificate(f"{where}: {what} во вложенных данных длиннее {MAX_PRINTED} знаков — "
                                  f"такого сертификата программа не выпускает")
    ensure_gui()
    reader = open_pdf(data, where)
    with tempfile.TemporaryDirectory(prefix="chat-trainer-verify-") as tmp:
        given_path, rebuilt_path = Path(tmp, "given.pdf"), Path(tmp, "rebuilt.pdf")
        given_path.write_bytes(data)
        try:
            write_pdf(evidence, rebuilt_path)
        except MALFORMED as exc:
            raise NotACertificate(f"{where}: по вложенным данным страницу сертификата не построить "
                                  f"({type(exc).__name__}: {exc})") from exc
        rebuilt = open_pdf(rebuilt_path.read_bytes(), rebuilt_path)
        out: list[str] = []
        if (pages := len(reader.pages)) != 1:
            out.append(f"В файле страниц: {pages}, а у сертификата одна страница")
        given_objects, expected_objects = page_structure(reader, 0), page_structure(rebuilt, 0)
        text: list[str] = []
        if given_objects != expected_objects:  # equal objects give equal text: extracting it is the slow part
            try:
                text = text_differences(page_text(reader, 0), page_text(rebuilt, 0))
            except NotACertificate as exc:  # a damaged content stream or font: the page cannot be read
                raise NotACertificate(f"{where}: {exc}") from exc
        out += text + structure_differences(given_objects, expected_objects, bool(text))
        title = TEXT[evidence.get("lang", "ru")]["title"] + f": {evidence['name']}"
        shown = _title(reader)
        if shown != title:
            out.append(f"Заголовок документа: «{shown}», а по вложенным данным «{title}»")
        given_image, problem = _render(given_path)
        expected_image, _ = _render(rebuilt_path)
        if given_image is None:
            return out + [problem]
        if not text and (moved := rendering_difference(given_image, expected_image)):
            out.append(moved)
        out += qr_differences(given_image, qr_payload(evidence))
    return out


def _title(reader) -> str:
    try:
        return str((reader.metadata or {}).get("/Title", ""))
    except Exception as exc:  # a damaged information dictionary
        return f"не читается: {type(exc).__name__}"
