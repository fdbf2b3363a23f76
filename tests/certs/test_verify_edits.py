"""Every kind of certificate edit found by the probes of issue 19 is caught, each with its reason.

Page edits are made as a forger would: the program's own writer draws a page from changed data
and the genuine evidence is attached to it; byte flips go into the decoded font program and page
content; structure edits replace the attachment.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, assume, given, settings
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


@pytest.fixture(scope="module")
def genuine():
    return forge.evidence()


@pytest.fixture
def cert(qapp, tmp_path, genuine):
    out = tmp_path / "genuine.pdf"
    write_pdf(genuine, out)
    return out


def mismatches(path) -> list[str]:
    evidence, report = verify_pdf(path)
    return report.mismatches


def raised(ev: dict, key: str, to: float) -> dict:
    return forge.edited(ev, lambda d: forge.figure(d, key).update(reached=to))


def test_the_genuine_certificate_and_a_rewritten_copy_of_it_verify(cert, genuine, tmp_path):
    assert mismatches(cert) == []
    copy = forge.with_attachments(cert, tmp_path / "copy.pdf", [("evidence.json", evidence_bytes(genuine))])
    assert mismatches(copy) == []  # rewritten by another PDF library, same page: still genuine


@pytest.mark.parametrize("label", ["Скоpость", "Скорость набора", "Cкорость"])  # Latin р, reworded, Latin С
def test_speed_raised_under_a_look_alike_or_reworded_label(qapp, tmp_path, genuine, monkeypatch, label):
    monkeypatch.setitem(cert_text.LABELS["ru"], "typing_cpm", (label, "зн/мин"))
    forged = forge.page_of(raised(genuine, "typing_cpm", 350.0), genuine, tmp_path)
    monkeypatch.undo()
    cpm = forge.figure(genuine, "typing_cpm")["reached"]
    assert (f"Текст страницы: «{label}: 350 зн/мин требуется 200 зн/мин», а по вложенным данным должно быть "
            f"«Скорость: {cpm:g} зн/мин требуется 200 зн/мин»") in mismatches(forged)


def test_speed_value_moved_in_front_of_its_label(qapp, tmp_path, genuine, monkeypatch):
    real = pdf_writer.figure_line

    def moved(lang, key, reached, required):
        shown, need = real(lang, key, reached, required)
        return ("350 зн/мин — Скорость", need) if key == "typing_cpm" else (shown, need)

    monkeypatch.setattr(pdf_writer, "figure_line", moved)
    forged = forge.page_of(genuine, genuine, tmp_path)
    monkeypatch.undo()
    found = mismatches(forged)
    assert any("«350 зн/мин — Скорость требуется 200 зн/мин»" in m for m in found), found


def test_a_figure_line_left_off_the_page(qapp, tmp_path, genuine):
    shown = forge.edited(genuine, lambda d: d.update(figures=[f for f in d["figures"] if f["key"] != "typing_accuracy"]))
    found = mismatches(forge.page_of(shown, genuine, tmp_path))
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
    found = mismatches(forge.page_of(forge.edited(genuine, change), genuine, tmp_path))
    expected = expected or f"Код проверки: {genuine['code']}"
    assert f"Текст страницы: «{printed}», а по вложенным данным должно быть «{expected}»" in found


def test_qr_code_redrawn_with_inflated_figures(qapp, tmp_path, genuine, monkeypatch):
    inflated = qr_payload(genuine).replace("quiz_percent=90", "quiz_percent=100")
    monkeypatch.setattr(pdf_writer, "qr_payload", lambda ev: inflated)
    forged = forge.page_of(genuine, genuine, tmp_path)
    monkeypatch.undo()
    found = mismatches(forged)
    assert f"QR-код: «{inflated}», а по вложенным данным «{qr_payload(genuine)}»" in found
    assert "Содержимое страницы изменено: текст тот же, но нарисовано иначе" in found


@FLIPS
@given(where=st.floats(0.0, 1.0), font=st.sampled_from(["DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"]),
       bit=st.sampled_from([1, 2, 4, 8, 16, 32, 64, 128]))
def test_a_flipped_byte_in_an_embedded_font_program(cert, tmp_path, where, font, bit):
    out = forge.flip_in_stream(cert, tmp_path / "font.pdf", lambda page: forge.font_program(page, font), where, bit)
    assert f"Встроенный шрифт {font} изменён: цифры и буквы могут выглядеть иначе" in mismatches(out)


@FLIPS
@given(where=st.floats(0.0, 1.0), bit=st.sampled_from([1, 4, 16, 64]))
def test_a_flipped_byte_in_the_page_content_qr_code_included(cert, tmp_path, where, bit):
    out = forge.flip_in_stream(cert, tmp_path / "content.pdf", forge.contents, where, bit)
    try:
        found = mismatches(out)
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
    found = mismatches(tmp_path / "qr.pdf")
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
    found = mismatches(tmp_path / "note.pdf")
    assert "На странице есть пометки (аннотации), которых в сертификате нет" in found
    assert any(m.startswith("Страница выглядит иначе") for m in found)


def test_a_second_page(cert, tmp_path, genuine):
    writer = PdfWriter(clone_from=str(cert))
    writer.add_blank_page()
    writer.write(str(tmp_path / "two.pdf"))
    assert "В файле страниц: 2, а у сертификата одна страница" in mismatches(tmp_path / "two.pdf")


def _attached(cert, tmp_path, *attachments) -> str:
    path = forge.with_attachments(cert, tmp_path / "structure.pdf", list(attachments))
    with pytest.raises(NotACertificate) as err:
        verify_pdf(path)
    return str(err.value)


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
    assert reason in _attached(cert, tmp_path, ("evidence.json", make(evidence_bytes(genuine))))


def test_a_second_evidence_attachment_is_not_a_certificate(cert, tmp_path, genuine):
    other = forge.edited(genuine, lambda d: d.update(name="Иван Сидоров"))
    message = _attached(cert, tmp_path, ("evidence.json", evidence_bytes(genuine)),
                        ("evidence.json", evidence_bytes(other)))
    assert "должно быть ровно одно вложение evidence.json, а вложений: 2" in message
    message = _attached(cert, tmp_path, ("evidence.json", evidence_bytes(genuine)), ("notes.txt", b"hi"))
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


def test_the_page_shows_the_hash_exactly_a_russian_date_and_neutral_wording(cert, genuine):
    text = PdfReader(str(cert)).pages[0].extract_text(extraction_mode="layout")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert f"Хеш содержимого: {genuine['pack']['content_hash']}" in lines
    assert "Дата: 4 декабря 2026 г." in lines
    assert "соответствует требованиям пакета упражнений" in lines
    assert not any("(а)" in line for line in lines)


def test_the_english_certificate_has_an_english_date(qapp, tmp_path):
    out = tmp_path / "en.pdf"
    write_pdf(forge.evidence(lang="en"), out)
    text = PdfReader(str(out)).pages[0].extract_text(extraction_mode="layout")
    assert "Date: 4 December 2026" in [" ".join(x.split()) for x in text.splitlines()]
    assert mismatches(out) == []


def test_cert_verify_command_says_not_a_certificate_with_the_reason_and_exit_2(cert, tmp_path, genuine, capsys):
    from app.cli import main

    nested = forge.with_attachments(cert, tmp_path / "nested.pdf", [("evidence.json", b"[" * 50_000 + b"]" * 50_000)])
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(cert.read_bytes()[: len(cert.read_bytes()) // 2])
    for path, reason in ((nested, "глубина вложенности 50000"), (truncated, "не удаётся прочитать PDF"),
                         (tmp_path, "это не обычный файл")):
        assert main(["cert", "verify", str(path)]) == 2
        err = capsys.readouterr().err
        assert reason in err and "Traceback" not in err, err


def test_report_names_each_unreadable_certificate_and_summarises_the_rest(cert, tmp_path, capsys):
    from app.cli import main

    hostile = [forge.with_attachments(cert, tmp_path / "nested.pdf", [("evidence.json", b"[" * 9000 + b"]" * 9000)]),
               tmp_path / "empty.pdf"]
    hostile[1].write_bytes(b"")
    out = tmp_path / "summary.csv"
    assert main(["report", *map(str, hostile), str(cert), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "nested.pdf" in err and "empty.pdf" in err and "Traceback" not in err
    assert "Анна Петрова" in out.read_text(encoding="utf-8-sig")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)


def _leaves(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _leaves(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node[:40]):  # the first keystrokes stand for all of them
            yield from _leaves(v, path + (i,))
    else:
        yield path


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(top=st.booleans(), pick=st.integers(0, 10**6), value=JSON_VALUES)
def test_any_json_in_place_of_any_evidence_value_is_a_verdict_never_a_crash(cert, tmp_path, genuine, top, pick,
                                                                            value):
    """A printed or recomputed field, or any value deep inside, replaced; the code recomputed as a forger would."""
    from app.core.certificate import verification_code

    fields = [(k,) for k in ("name", "lang", "date", "pack", "kinds", "thresholds", "figures", "raw")]
    paths = fields if top else [p for p in _leaves(genuine) if p[0] not in ("code", "profile", "format")]
    *parent, last = paths[pick % len(paths)]
    doc = forge.edited(genuine, lambda d: None)
    node = doc
    for step in parent:
        node = node[step]
    assume(node[last] != value)
    node[last] = value
    doc["code"] = verification_code(doc)
    path = forge.with_attachments(cert, tmp_path / "fuzz.pdf", [("evidence.json", evidence_bytes(doc))])
    try:
        evidence, report = verify_pdf(path)
    except NotACertificate as exc:
        assert str(exc)
        return
    assert not report.valid


def test_oversized_inputs_are_refused_before_the_work(cert, tmp_path, genuine):
    from app.certs.pdf_reader import MAX_PDF_BYTES
    from app.core.certificate import verification_code

    doc = forge.edited(genuine, lambda d: d.update(name="Я" * 1001))  # drawing a megabyte name takes minutes
    doc["code"] = verification_code(doc)
    found = _attached(cert, tmp_path, ("evidence.json", evidence_bytes(doc)))
    assert "имя во вложенных данных длиннее 1000 знаков" in found
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as f:
        f.truncate(MAX_PDF_BYTES + 1)  # sparse: nothing is written, and nothing must be read
    with pytest.raises(NotACertificate, match="файл слишком большой для сертификата"):
        verify_pdf(huge)


def test_a_key_time_too_large_to_count_is_damaged_data_not_a_crash(cert, tmp_path, genuine):
    from app.core.certificate import verification_code

    doc = forge.edited(genuine, lambda d: d["raw"]["typing"]["keystrokes"][-1].__setitem__(0, 1e308))  # OverflowError
    doc["code"] = verification_code(doc)
    assert "данные сертификата повреждены" in _attached(cert, tmp_path, ("evidence.json", evidence_bytes(doc)))
