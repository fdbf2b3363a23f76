"""Grammar and punctuation exercises in a pack: each kind's own rules (options, the gap, word counts)."""

from __future__ import annotations

from app.core.content import GrammarItem
from app.core.vocabulary import GRAMMAR_KINDS, LANGUAGES
from app.packs.limits import MAX_TITLE_CHARS
from app.packs.schema import ID, F, PackFile, PackReader, short

TOP = {"item": F("tables", default=[])}
GAP = "___"

GRAMMAR_SPEC = {
    "id": ID, "kind": F("str", required=True, choices=GRAMMAR_KINDS),
    "text": F("str", required=True, nonempty=True, max_len=10_000),
    "answers": F("strs", default=[], nonempty=True, max_len=10_000),
    "options": F("strs", default=[], nonempty=True, max_len=1000),
    "topic": F("str", default="", max_len=MAX_TITLE_CHARS), "prompt": F("str", default="", max_len=1000),
    "explanation": F("str", default="", max_len=10_000), "rule": F("str", default="", max_len=200),
    "language": F("str", default="", choices=LANGUAGES),
    "min_words": F("int", lo=0, hi=10_000), "max_words": F("int", lo=1, hi=10_000),
}


def read_item(reader: PackReader, f: PackFile, path: tuple, table: dict) -> GrammarItem | None:
    v = f.take(table, path, GRAMMAR_SPEC)
    reader.claim(f, path + ("id",), v["id"])
    kind, text, answers, options = v["kind"], v["text"] or "", v["answers"], v["options"]
    if kind and kind != "free" and not answers:
        f.error(path + ("answers",), "нужен хотя бы один правильный ответ")
    if kind == "choose":
        if len(options) < 2:
            f.error(path + ("options",), "для «choose» нужно не меньше двух вариантов")
        for j, a in enumerate(answers):
            if a not in options:
                f.error(path + ("answers", j), f"ответа «{short(a)}» нет среди вариантов options")
    elif options:
        f.error(path + ("options",), f"варианты options бывают только у «choose», а здесь «{kind}»")
    if kind == "gap" and text.count(GAP) != 1:
        f.error(path + ("text",), f"в тексте задания «gap» должен быть ровно один пропуск {GAP}")
    if kind != "free" and (v["min_words"] is not None or v["max_words"] is not None):
        f.error(path + ("min_words",), "min_words и max_words бывают только у «free»")
    if v["min_words"] is not None and v["max_words"] is not None and v["min_words"] > v["max_words"]:
        f.error(path + ("max_words",), "max_words меньше min_words")
    if kind in ("correct", "punctuation") and answers and text in answers:
        f.warn(path + ("answers",), "ответ совпадает с исходным текстом: исправлять нечего")
    if not v["explanation"]:
        f.warn(path + ("explanation",), "нет объяснения: ученик не узнает, почему так")
    if not v["id"] or not kind:
        return None
    return GrammarItem(
        id=v["id"], kind=kind, text=text, answers=tuple(answers), options=tuple(options),
        topic=v["topic"], prompt=v["prompt"], explanation=v["explanation"], rule=v["rule"],
        language=v["language"] or "", min_words=v["min_words"], max_words=v["max_words"],
    )
