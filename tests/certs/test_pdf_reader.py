"""Reading a certificate PDF: an attachment that is not the evidence as the program writes it, a damaged
file or an oversized one is refused as not a certificate, with the reason.
"""

from __future__ import annotations

import json

import pytest
from pypdf import PdfWriter
from pypdf.generic import NameObject, NumberObject

from app.certs.pdf_reader import NotACertificate
from app.certs.verify_file import verify_pdf
from app.core.cert_evidence import evidence_bytes
from tests.certs import forge


def _with_duplicate_name(raw: bytes) -> bytes:
    return raw.replace(b"{", '{\n "name": "Иван Сидоров",'.encode(), 1)


@pytest.mark.parametrize("make, reason", [
    (lambda raw: raw.decode().encode("utf-16"), "кодировке UTF-16 или UTF-32, а нужна UTF-8 без BOM"),
    (lambda raw: raw.decode().encode("utf-16-le"), "содержит нулевые байты (похоже на UTF-16)"),
    (lambda raw: raw.decode().encode("cp1251"), "не в кодировке UTF-8"),
    (lambda raw: b"\xef\xbb\xbf" + raw, "UTF-8 с меткой порядка байтов (BOM)"),
    (lambda raw: json.dumps(json.loads(raw), separators=(",", ":")).encode(), "записано не так, как его записывает"),
    (lambda raw: json.dumps(json.loads(raw), ensure_ascii=False, indent=1).encode(), "записано не так, как"),
    (_with_duplicate_name, "ключ «name» повторяется в одном объекте"),
    (lambda raw: raw + b"\n{}", "после документа JSON лишние данные"),
    (lambda raw: raw + b"\n", "записано не так, как его записывает программа"),
    (lambda raw: b"[" * 100_000 + b"]" * 100_000, "глубина вложенности 100000, допускается не больше 16"),
    (lambda raw: raw.replace(b'"format":2', b'"format":NaN'), "значение NaN не допускается"),
    (lambda raw: b"[1, 2]", "не является описанием сертификата"),
    (lambda raw: raw[:-5], "не JSON"),
])
def test_evidence_that_is_not_strict_json_as_written_is_not_a_certificate(cert, tmp_path, genuine, make, reason):
    assert reason in forge.refusal(cert, tmp_path, ("evidence.json", make(evidence_bytes(genuine))))


def test_a_second_evidence_attachment_is_not_a_certificate(cert, tmp_path, genuine):
    other = forge.edited(genuine, lambda d: d.update(name="Иван Сидоров"))
    message = forge.refusal(cert, tmp_path, ("evidence.json", evidence_bytes(genuine)),
                        ("evidence.json", evidence_bytes(other)))
    assert "должно быть ровно одно вложение evidence.json, а вложений: 2" in message
    message = forge.refusal(cert, tmp_path, ("evidence.json", evidence_bytes(genuine)), ("notes.txt", b"hi"))
    assert "вложений: 2 («evidence.json», «notes.txt»)" in message


def _damaged(cert, tmp_path, damage) -> str:
    writer = PdfWriter(clone_from=str(cert))
    damage(writer)
    writer.write(str(tmp_path / "damaged.pdf"))
    with pytest.raises(NotACertificate) as err:
        verify_pdf(tmp_path / "damaged.pdf")
    return str(err.value)


def _attachment_spec(writer):
    names = writer.root_object["/Names"]["/EmbeddedFiles"]["/Names"]
    return names[1].get_object()


def test_damaged_filters_and_attachment_dictionaries_are_not_certificates(cert, tmp_path):
    def bad_filter(stream):
        stream[NameObject("/Filter")] = NameObject("/NoSuchDecode")

    assert "вложения PDF не читаются" in _damaged(
        cert, tmp_path, lambda w: bad_filter(_attachment_spec(w)["/EF"]["/F"].get_object()))
    assert "вложения PDF не читаются" in _damaged(
        cert, tmp_path, lambda w: _attachment_spec(w).__setitem__(NameObject("/EF"), NumberObject(7)))
    assert "текст страницы 1 не извлекается" in _damaged(
        cert, tmp_path, lambda w: bad_filter(w.pages[0]["/Contents"].get_object()))


def test_oversized_inputs_are_refused_before_the_work(cert, tmp_path, genuine):
    from app.certs.pdf_reader import MAX_PDF_BYTES
    from app.core.certificate import verification_code

    doc = forge.edited(genuine, lambda d: d.update(name="Я" * 1001))  # drawing a megabyte name takes minutes
    doc["code"] = verification_code(doc)
    found = forge.refusal(cert, tmp_path, ("evidence.json", evidence_bytes(doc)))
    assert "имя во вложенных данных длиннее 1000 знаков" in found
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as f:
        f.truncate(MAX_PDF_BYTES + 1)  # sparse: nothing is written, and nothing must be read
    with pytest.raises(NotACertificate, match="файл слишком большой для сертификата"):
        verify_pdf(huge)


def test_not_a_certificate(tmp_path):
    bogus = tmp_path / "x.pdf"
    bogus.write_text("hello", encoding="utf-8")
    with pytest.raises(NotACertificate, match="не удаётся прочитать PDF"):
        verify_pdf(bogus)
