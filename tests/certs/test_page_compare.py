"""The page is compared with the page the evidence makes: every page edit found by the probes of issue 19
is caught, each with its reason.

Page edits are made as a forger would: the program's own writer draws a page from changed data and the
genuine evidence is attached to it; byte flips go into the decoded font program and page content.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject

from app.certs import pdf_writer
from app.certs.pdf_reader import NotACertificate
from app.certs.pdf_writer import qr_payload, write_pdf
from app.certs.verify_file import verify_pdf
from app.core import cert_text
from app.core.cert_evidence import evidence_bytes
from tests.certs import forge

FLIPS = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def raised(ev: dict, key: str, to: float) -> dict:
    return forge.edited(ev, lambda d: forge.figure(d, key).update(reached=to))


@pytest.mark.parametrize("label", ["Скоpость", "Скорость набора", "Cкорость"])  # Latin р, reworded, Latin С
def test_speed_raised_under_a_look_alike_or_reworded_label(qapp, tmp_path, genuine, monkeypatch, label):
    monkeypatch.setitem(cert_text.LABELS["ru"], "typing_cpm", (label, "зн/мин"))
    forged = forge.page_of(raised(genuine, "typing_cpm", 350.0), genuine, tmp_path)
    monkeypatch.undo()
    cpm = forge.figure(genuine, "typing_cpm")["reached"]
    assert (f"Текст страницы: «{label}: 350 зн/мин требуется 200 зн/мин», а по вложенным данным должно быть "
            f"«Скорость: {cpm:g} зн/мин требуется 200 зн/мин»") in forge.mismatches(forged)


def test_speed_value_moved_in_front_of_its_label(qapp, tmp_path, genuine, monkeypatch):
    real = pdf_writer.figure_line

    def moved(lang, key, reached, required):
        shown, need = real(lang, key, reached, required)
        return ("350 зн/мин — Скорость", need) if key == "typing_cpm" else (shown, need)

    monkeypatch.setattr(pdf_writer, "figure_line", moved)
    forged = forge.page_of(genuine, genuine, tmp_path)
    monkeypatch.undo()
    found = forge.mismatches(forged)
    assert any("«350 зн/мин — Скорость требуется 200 зн/мин»" in m for m in found), found


def test_a_figure_line_left_off_the_page(qapp, tmp_path, genuine):
    shown = forge.edited(genuine, lambda d: d.update(figures=[f for f in d["figures"] if f["key"] != "typing_accuracy"]))
    found = forge.mismatches(forge.page_of(shown, genuine, tmp_path))
    acc = forge.figure(genuine, "typing_accuracy")["reached"]
    assert (f"Текст страницы: нет строки «Точность: {acc:g} % требуется 96 %», которая следует из вложенных данных"
            in found)


@pytest.mark.parametrize("change, printed, expected", [
    (lambda d: d.update(date="2026-12-24"), "Дата: 24 декабря 2026 г.", "Дата: 4 декабря 2026 г."),
    (lambda d: d["pack"].update(title="Основы поддержки PRO"), "«Основы поддержки PRO»", "«Основы поддержки»"),
    (lambda d: d["pack"].update(version="2.0.0"), "Пакет: Основы поддержки, версия 2.0.0",
     "Пакет: Основы поддержки, версия 1.2.0"),
    (lambda d: d["pack"].update(content_hash="cd34" * 16), "Хеш содержимого: " + "cd34" * 16,
     "Хеш содержимого: " + "ab12" * 16),
    (lambda d: forge.figure(d, "typing_minutes").update(required=1.0), "Длительность теста: 3 мин требуется 1 мин",
     "Длительность теста: 3 мин требуется 3 мин"),
    (lambda d: d.update(name="Анна Петрова-Сидорова"), "Анна Петрова-Сидорова", "Анна Петрова"),
    (lambda d: d.update(code="AAAA-BBBB-CCCC-DDDD-EEEE"), "Код проверки: AAAA-BBBB-CCCC-DDDD-EEEE", None),
])
def test_printed_date_pack_version_hash_requirement_name_or_code_changed(qapp, tmp_path, genuine, change, printed,
                                                                          expected):
    found = forge.mismatches(forge.page_of(forge.edited(genuine, change), genuine, tmp_path))
    expected = expected or f"Код проверки: {genuine['code']}"
    assert f"Текст страницы: «{printed}», а по вложенным данным должно быть «{expected}»" in found


def test_qr_code_redrawn_with_inflated_figures(qapp, tmp_path, genuine, monkeypatch):
    inflated = qr_payload(genuine).replace("quiz_percent=90", "quiz_percent=100")
    monkeypatch.setattr(pdf_writer, "qr_payload", lambda ev: inflated)
    forged = forge.page_of(genuine, genuine, tmp_path)
    monkeypatch.undo()
    found = forge.mismatches(forged)
    assert f"QR-код: «{inflated}», а по вложенным данным «{qr_payload(genuine)}»" in found
    assert "Содержимое страницы изменено: текст тот же, но нарисовано иначе" in found


@FLIPS
@given(where=st.floats(0.0, 1.0), font=st.sampled_from(["DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"]),
       bit=st.sampled_from([1, 2, 4, 8, 16, 32, 64, 128]))
def test_a_flipped_byte_in_an_embedded_font_program(cert, tmp_path, where, font, bit):
    out = forge.flip_in_stream(cert, tmp_path / "font.pdf", lambda page: forge.font_program(page, font), where, bit)
    assert f"Встроенный шрифт {font} изменён: цифры и буквы могут выглядеть иначе" in forge.mismatches(out)


@FLIPS
@given(where=st.floats(0.0, 1.0), bit=st.sampled_from([1, 4, 16, 64]))
def test_a_flipped_byte_in_the_page_content_qr_code_included(cert, tmp_path, where, bit):
    out = forge.flip_in_stream(cert, tmp_path / "content.pdf", forge.contents, where, bit)
    try:
        found = forge.mismatches(out)
    except NotACertificate as exc:  # the flip broke the content syntax: the page cannot be read
        assert "текст страницы 1 не извлекается" in str(exc)
        return
    assert found, "a changed page content went unnoticed"


def test_a_flipped_byte_in_the_qr_code_itself(cert, tmp_path):
    content = PdfReader(str(cert)).pages[0]["/Contents"].get_object().get_data()
    qr_start = content.index(b" re\nf") - 60  # the first module of the QR code
    writer = PdfWriter(clone_from=str(cert))
    data = writer.pages[0]["/Contents"].get_object().get_data()
    assert data == content
    stream = writer.pages[0]["/Contents"].get_object()
    stream.set_data(data[:qr_start] + data[qr_start:].replace(b" re\nf", b" re\nn", 7))  # 7 modules left white
    writer.write(str(tmp_path / "qr.pdf"))
    found = forge.mismatches(tmp_path / "qr.pdf")
    assert "Содержимое страницы изменено: текст тот же, но нарисовано иначе" in found
    assert any(m.startswith("Страница выглядит иначе") for m in found)


def test_an_annotation_drawn_over_a_figure(cert, tmp_path):
    writer = PdfWriter(clone_from=str(cert))
    note = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Square"),
        NameObject("/Rect"): ArrayObject([FloatObject(60), FloatObject(480), FloatObject(200), FloatObject(520)]),
        NameObject("/C"): ArrayObject([NumberObject(1), NumberObject(0), NumberObject(0)]),
        NameObject("/Contents"): TextStringObject("x")})
    writer.add_annotation(0, note)
    writer.write(str(tmp_path / "note.pdf"))
    found = forge.mismatches(tmp_path / "note.pdf")
    assert "На странице есть пометки (аннотации), которых в сертификате нет" in found
    assert any(m.startswith("Страница выглядит иначе") for m in found)


def test_a_second_page(cert, tmp_path, genuine):
    writer = PdfWriter(clone_from=str(cert))
    writer.add_blank_page()
    writer.write(str(tmp_path / "two.pdf"))
    assert "В файле страниц: 2, а у сертификата одна страница" in forge.mismatches(tmp_path / "two.pdf")


def test_page_of_one_person_with_evidence_of_another_is_reported(qapp, tmp_path):
    page = tmp_path / "ivan.pdf"
    write_pdf(forge.evidence("Иван Сидоров"), page)
    writer = PdfWriter()
    writer.append(str(page))
    writer.add_attachment("evidence.json", evidence_bytes(forge.evidence()))
    forged = tmp_path / "forged.pdf"
    writer.write(str(forged))
    mismatches = verify_pdf(forged)[1].mismatches
    assert "Текст страницы: «Иван Сидоров», а по вложенным данным должно быть «Анна Петрова»" in mismatches
