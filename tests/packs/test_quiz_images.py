"""Pictures embedded in Moodle XML (base64 <file> and @@PLUGINFILE@@) travel into the pack."""

from __future__ import annotations

import base64
import struct
import zlib

from app.packs.loader import load_pack
from app.packs.quiz_import import import_quiz


def png(width: int = 2, height: int = 1) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\0" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def bank(files: str, src: str = "@@PLUGINFILE@@/chat%20window.png") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>Окно чата</text></name>
    <questiontext format="html"><text><![CDATA[<p>Это окно чата?</p><img src="{src}" alt="окно">]]></text>
      {files}
    </questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
""".encode()


def test_an_embedded_png_is_carried_into_the_pack(tmp_path):
    data = png()
    source = tmp_path / "bank.xml"
    source.write_bytes(bank(f'<file name="chat window.png" path="/" encoding="base64">{base64.b64encode(data).decode()}</file>'))
    report = import_quiz(source, tmp_path / "pack")
    [q] = load_pack(tmp_path / "pack").quiz
    assert q.images == ("images/okno-chata.png",)
    assert (tmp_path / "pack" / q.images[0]).read_bytes() == data
    assert not report.warnings or all("картинк" not in w.message for w in report.warnings)


def test_a_missing_or_foreign_picture_is_named_and_the_question_kept(tmp_path):
    gif = base64.b64encode(b"GIF89a" + b"\0" * 20).decode()
    for files, words in (("", "нет среди файлов вопроса"),
                         (f'<file name="chat window.png" encoding="base64">{gif}</file>', "не PNG и не JPEG"),
                         ('<file name="chat window.png" encoding="base64">@@@</file>', "неверный base64")):
        out = tmp_path / words[:5]
        source = tmp_path / "bank.xml"
        source.write_bytes(bank(files))
        report = import_quiz(source, out)
        [q] = report.pack.quiz
        assert q.images == () and not (out / "images").exists()
        [warning] = [w for w in report.warnings if "картинк" in w.message]
        assert warning.file == "bank.xml" and warning.line == 3 and words in warning.message
        assert "«Окно чата»" in warning.message and "«chat window.png»" in warning.message


def test_every_picture_of_a_question_is_carried_in_the_order_shown(tmp_path):
    first, second = png(2, 1), png(3, 1)
    files = "".join(f'<file name="{n}" encoding="base64">{base64.b64encode(d).decode()}</file>'
                    for n, d in (("b.png", second), ("chat window.png", first)))
    source = tmp_path / "bank.xml"
    source.write_bytes(bank(files, src='@@PLUGINFILE@@/chat%20window.png"><img src="@@PLUGINFILE@@/b.png'))
    import_quiz(source, tmp_path / "pack")
    [q] = load_pack(tmp_path / "pack").quiz
    assert q.images == ("images/okno-chata.png", "images/okno-chata-2.png")
    assert [(tmp_path / "pack" / i).read_bytes() for i in q.images] == [first, second]
    assert 'image = ["images/okno-chata.png", "images/okno-chata-2.png"]' in (tmp_path / "pack" / "quiz.toml").read_text()
