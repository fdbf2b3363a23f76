"""Chat markup that an engine reads as punctuation: emoticons, the smile «)» and lists numbered «1)»."""

from __future__ import annotations

import re

from app.core.grammar.findings import Finding

_EMOTICON = re.compile(r"\s[:;]-?[()DPрР]")  # « :)», « ;-)», « :D» after a word
_LIST_MARKER = re.compile(r"(?:^|\s)\d{1,2}\)\s")  # «1) откройте приложение; 2) нажмите…»
_EYES = re.compile(r"[:;=]-?$")  # «:))», «;-)))»: a smile's eyes before its run of «)»
# What may follow a smile: the end of the text or line, or a new sentence.
_AFTER_SMILE = re.compile(r"[ \t]*(?:$|\n|[А-ЯЁA-Z«\"])")


def misread_chat_markup(text: str, finding: Finding) -> bool:
    """An engine's punctuation finding that reads chat markup as punctuation: the space before an emoticon
    («Сейчас проверю :)» is not a space before a colon), a list numbered «1)», «2)» read as one clause, or the
    chat smile «)», «)))» read as a bracket never opened or a space before a bracket."""
    if finding.source == "ours":
        return False
    end = finding.offset + finding.length
    span = text[finding.offset:end]
    if finding.rule_id == "COMMA_PARENTHESIS_WHITESPACE" and span.strip(" ") == ")":  # «Спасибо )»
        return _smile(text, finding.offset + span.index(")"))
    if str(getattr(finding.category, "value", finding.category)) != "punctuation":
        return False
    if _EMOTICON.match(text, max(0, end - 2)) or _EMOTICON.match(text, max(0, end - 1)):
        return True
    if finding.rule_id == "RU_UNPAIRED_BRACKETS" and span == ")":
        return _smile(text, finding.offset)
    return bool(_LIST_MARKER.search(span))


def _smile(text: str, at: int) -> bool:
    """The «)» at ``at`` belongs to a smile: its run of «)» comes right after a word, a sentence's end or a smile's
    eyes «:» (a space between them allowed), no bracket opened before the run needs it, and it is a run of two or
    more, or follows «?», «!», «.», or closes the text, the line or the sentence (the next word has a capital).
    A lone «)» after a word in mid-sentence («Товар зелёная куртка) вернули») or one closing «(» stays a bracket."""
    first = at
    while first > 0 and text[first - 1] == ")":
        first -= 1
    last = at
    while last < len(text) and text[last] == ")":
        last += 1
    before = text[:first].rstrip(" ")
    if not before or len(text[:first]) - len(before) > 1 or not (
            before[-1].isalnum() or before[-1] in ".!?…" or _EYES.search(before)):
        return False
    still_open = text.count("(", 0, first) - text.count(")", 0, first)
    if at - first < still_open:
        return False
    # «))» or a «)» after «?», «!» is a smile wherever it stands; a lone «)» after a word is one only at the end
    return last - first > 1 or before[-1] in ".!?…" or bool(_AFTER_SMILE.match(text, last))
