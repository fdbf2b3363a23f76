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


def test_answers_and_feedback_keep_their_formatting_through_the_pack(tmp_path):
    from app.packs.quiz_import import import_quiz

    bank = tmp_path / "bank.gift"
    bank.write_text("::Тон::Как ответить? {\n=[markdown]**Вежливо**#[html]Да, <i>именно</i> так.\n"
                    "~грубо#Нет.\n####[html]Тон <b>задаёт</b> весь разговор.}\n", encoding="utf-8")
    report = import_quiz(bank, tmp_path / "pack")
    [q] = load_pack(tmp_path / "pack").quiz
    assert q == report.pack.quiz[0]
    right, rude = q.options
    assert (right.text, q.rich(right.text)) == ("Вежливо", "<p><strong>Вежливо</strong></p>")
    assert (right.feedback, q.rich(right.feedback)) == ("Да, именно так.", "Да, <i>именно</i> так.")
    assert q.rich(q.explanation) == "Тон <b>задаёт</b> весь разговор."
    assert q.rich(rude.text) == "" and q.rich(rude.feedback) == ""  # plain: the text says it all


def test_moodle_xml_answer_formatting_is_kept_and_sanitised(tmp_path):
    from app.packs.moodle_xml import parse_moodle_xml

    xml = """<?xml version="1.0" encoding="UTF-8"?><quiz><question type="multichoice">
      <name><text>Ответ</text></name>
      <questiontext format="html"><text>Что написать?</text></questiontext>
      <answer fraction="100" format="html"><text><![CDATA[<b>Спасибо</b><script>x()</script>]]></text>
        <feedback format="markdown"><text>Это *вежливо*.</text></feedback></answer>
      <answer fraction="0"><text>Чё?</text></answer>
      <single>true</single></question></quiz>"""
    [q] = parse_moodle_xml(xml.encode(), "b.xml").questions
    assert q.rich("Спасибо") == "<b>Спасибо</b>" and q.rich("Это вежливо.") == "<p>Это <em>вежливо</em>.</p>"


def test_formatting_too_long_for_a_pack_falls_back_to_the_plain_text(tmp_path):
    from app.packs.quiz_import import import_quiz

    bank = tmp_path / "bank.gift"
    bank.write_text("Вопрос? {=да#[html]" + "<b>x</b> " * 2500 + "~нет}\n", encoding="utf-8")
    [q] = import_quiz(bank, tmp_path / "pack").pack.quiz
    assert q.options[0].feedback.startswith("x x x") and q.rich(q.options[0].feedback) == ""
