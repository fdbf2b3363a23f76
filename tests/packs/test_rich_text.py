"""Formatted question text: kept from Moodle's formats, shown only through the sanitiser."""

from __future__ import annotations

from pathlib import Path

from app.packs.gift import parse_gift
from app.packs.loader import load_pack
from app.packs.rich_text import formatted, sanitise

GIFT = Path(__file__).parent / "data" / "quiz" / "moodle_rules.gift"


def test_formats_keep_their_formatting_and_escaped_tags_stay_text():
    qs = {q.id: q for q in parse_gift(GIFT.read_text(encoding="utf-8"), GIFT.name).questions}
    assert qs["markdaun"].text_html == "<p>Можно ли писать клиенту <strong>капслоком</strong>?</p>"
    assert qs["razmetka-moodle"].text_html == "Как перевести «<i>go</i>»?"
    assert qs["ekranirovannyy-teg"].text_html == ""  # nothing formatted: the plain text says it all
    assert qs["ekranirovannyy-teg"].text == "Что значит <b> в шаблоне ответа?"
    assert formatted("Что значит &lt;b&gt; <i>здесь</i>?", "html") == "Что значит &lt;b&gt; <i>здесь</i>?"


def test_nothing_active_survives_the_sanitiser():
    hostile = ('<p onclick="steal()">Текст <script>alert(1)</script><img src="http://evil.example/x.png">'
               '<a href="https://evil.example">ссылка</a><style>p{}</style><iframe src="x"></iframe>'
               '<b style="background:url(http://evil.example)">жирный</b></p>')
    assert sanitise(hostile) == "<p>Текст ссылка<b>жирный</b></p>"


def test_a_pack_is_sanitised_when_it_is_loaded(tmp_path):
    (tmp_path / "pack.toml").write_text(
        'format = 2\nid = "rich"\ntitle = "Формат"\nversion = "1.0.0"\nlanguage = "ru"\nauthors = ["Тест"]\n'
        'description = "Проба."\nlicence = "CC0-1.0"\n[files]\nquiz = "quiz.toml"\n', encoding="utf-8")
    (tmp_path / "quiz.toml").write_text(
        '[[question]]\nid = "q"\ntype = "truefalse"\ntext = "Можно ли так?"\nanswer = false\n'
        'explanation = "Нельзя."\n'
        'text_html = "<p>Можно ли <b>так</b>?<script>alert(1)</script><img src=\\"http://evil.example/p.png\\"></p>"\n',
        encoding="utf-8")
    [q] = load_pack(tmp_path).quiz
    assert q.text_html == "<p>Можно ли <b>так</b>?</p>"
