"""A certificate file verified end to end: genuine ones pass, edited evidence is named, any damage is a
verdict or a clear refusal, never a traceback.
"""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.certs.pdf_reader import NotACertificate
from app.certs.pdf_writer import write_pdf
from app.certs.verify_file import verify_pdf
from app.core.cert_evidence import evidence_bytes
from tests.certs import forge


def test_the_genuine_certificate_and_a_rewritten_copy_of_it_verify(cert, genuine, tmp_path):
    assert forge.mismatches(cert) == []
    copy = forge.with_attachments(cert, tmp_path / "copy.pdf", [("evidence.json", evidence_bytes(genuine))])
    assert forge.mismatches(copy) == []  # rewritten by another PDF library, same page: still genuine


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


def test_a_key_time_too_large_to_count_is_damaged_data_not_a_crash(cert, tmp_path, genuine):
    from app.core.certificate import verification_code

    doc = forge.edited(genuine, lambda d: d["raw"]["typing"]["keystrokes"][-1].__setitem__(0, 1e308))  # OverflowError
    doc["code"] = verification_code(doc)
    assert "данные сертификата повреждены" in forge.refusal(cert, tmp_path, ("evidence.json", evidence_bytes(doc)))


def test_a_clean_certificate_verifies(qapp, tmp_path):
    out = tmp_path / "cert.pdf"
    write_pdf(forge.evidence(), out)
    evidence, report = verify_pdf(out)
    assert report.valid, report.mismatches
    assert evidence["name"] == "Анна Петрова"


def test_edited_attachment_is_reported(qapp, tmp_path):
    ev = forge.evidence()
    next(f for f in ev["figures"] if f["key"] == "quiz_percent")["reached"] = 100.0
    out = tmp_path / "edited.pdf"
    write_pdf(ev, out)
    mismatches = verify_pdf(out)[1].mismatches
    assert "Тест по этикету: в сертификате 100 %, по вложенным данным 90 %" in mismatches
