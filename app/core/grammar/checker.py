"""The one entry point the GUI and the command line use to check a text.

``GrammarChecker(engine="auto")`` checks with LanguageTool when a server URL (argument, else
``$CHAT_TRAINER_LT_URL``) or a local install is configured and answering, otherwise offline:
the embedded engine for Russian, the English speller for English. When LanguageTool fails the
check falls back to the offline engine and the result says why. Our own rules, passed as
``extra_rules``, are added to whichever engine ran.

``known_words`` (a personal dictionary, a pack's glossary of product names) are never reported
as misspelt, whichever engine ran; names, abbreviations and compounds a speller does not know
are not reported either (:mod:`app.core.grammar.spelling.not_errors`).
"""

from __future__ import annotations

import gc
import os
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from app.core.grammar.chat_markup import misread_chat_markup
from app.core.grammar.embedded import EmbeddedEngine
from app.core.grammar.english import EnglishSpeller
from app.core.grammar.findings import EngineUnavailable, Finding, check_length
from app.core.grammar.languagetool import ENV_URL, LanguageToolEngine
from app.core.grammar.misreads import misread
from app.core.grammar.spelling.not_errors import is_false_alarm, normal
from app.core.phrase import phrase, reason_of
from app.core.typography import TypographyPolicy
from app.core.vocabulary import LANGUAGES


def settle_loaded_models() -> None:
    """Exempt what is loaded by now (dictionaries, rules, models: millions of objects) from the
    garbage collector's full passes. Otherwise a full pass, which comes every few hundred checks,
    walks them all and stalls the check that triggers it for about 0.4 s."""
    gc.collect()
    gc.freeze()

ENGINES = ("auto", "embedded", "languagetool")

ExtraRules = Callable[..., list[Finding]]  # (text, language, typography=policy or None)


@dataclass(frozen=True)
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    engine_used: str = ""  # "embedded", "spelling-en", "languagetool"; "" for an empty text
    fallback_reason: str = ""  # why LanguageTool was not used although configured, in Russian


class GrammarChecker:
    """Checks texts in Russian and English; ``check`` is meant for worker threads."""

    def __init__(self, engine: str = "auto", lt_url: str | None = None, lt_path: str | os.PathLike | None = None,
                 extra_rules: ExtraRules | None = None, *, embedded: EmbeddedEngine | None = None,
                 english: EnglishSpeller | None = None, known_words: Iterable[str] = ()) -> None:
        """``embedded`` and ``english`` let several checkers share engines that are already loaded."""
        if engine not in ENGINES:
            raise ValueError(phrase("Неизвестный движок проверки «{engine}»: выберите {choices}.", engine=engine,
                                    choices=", ".join(ENGINES)))
        lt_url = lt_url or (os.environ.get(ENV_URL, "").strip() if not lt_path else "")
        if engine == "languagetool" and not (lt_url or lt_path):
            raise ValueError(phrase("LanguageTool не настроен: укажите адрес сервера (переменная {variable}) "
                                    "или папку с LanguageTool.", variable=ENV_URL))
        self.engine = engine
        self._languagetool = LanguageToolEngine(url=lt_url or None, path=lt_path or None) \
            if engine != "embedded" and (lt_url or lt_path) else None
        self._embedded = embedded or EmbeddedEngine()
        self._english = english or EnglishSpeller()
        self._extra_rules = extra_rules
        self._lt_active = False
        self.known_words = known_words

    @property
    def known_words(self) -> frozenset[str]:
        """Words never reported as misspelt (lower-case, е for ё)."""
        return self._known_words

    @known_words.setter
    def known_words(self, words: Iterable[str]) -> None:
        self._known_words = frozenset(normal(w.strip()) for w in words if w.strip())

    @property
    def languagetool_configured(self) -> bool:
        return self._languagetool is not None

    def status(self) -> str:
        """For the GUI indicator: "languagetool", "embedded", or "loading" while the offline engine loads."""
        if self._lt_active:
            return "languagetool"
        return "embedded" if self._embedded.ready else "loading"

    @property
    def engine_name(self) -> str:
        return self.status()

    def warm(self, languages: tuple[str, ...] = LANGUAGES) -> str:
        """Reach LanguageTool (if configured) and load the offline engines of ``languages``;
        for a background thread. Returns why LanguageTool is not used although configured, else "".
        """
        reason = ""
        if self._languagetool is not None:
            try:
                self._languagetool.start()
                self._lt_active = True
            except EngineUnavailable as exc:
                self._lt_active = False
                reason = reason_of(exc)
        if "ru" in languages:
            self._embedded.warm()
            if self._extra_rules is not None:
                from app.core.grammar.language import analyzer
                analyzer().warm()  # our rules read the dependency tree
        if "en" in languages:
            self._english.warm()
        settle_loaded_models()
        return reason

    def check(self, text: str, language: str, known_words: Iterable[str] = (),
              typography: TypographyPolicy | None = None) -> CheckResult:
        """``known_words`` are added to the checker's own for this check only; ``typography`` is the
        learner's policy where one applies (our quotes rule asks for « » only when it says so)."""
        if language not in LANGUAGES:
            raise ValueError(phrase("Проверка доступна для русского и английского, а не для «{language}».", language=language))
        check_length(text)
        if not text.strip():
            return CheckResult()
        findings, used, reason = None, "", ""
        if self._languagetool is not None:
            try:
                findings, used = self._languagetool.check(text, language), self._languagetool.name
                self._lt_active = True
            except EngineUnavailable as exc:
                self._lt_active = False
                reason = phrase("{error} Проверено встроенным модулем.", error=reason_of(exc))
        if findings is None:
            offline = self._embedded if language == "ru" else self._english
            findings, used = offline.check(text, language), offline.name
        known = self._known_words | frozenset(normal(w.strip()) for w in known_words if w.strip())
        if language == "ru" or known:
            findings = [f for f in findings if not is_false_alarm(text, f, known)]
        findings = [f for f in findings if not misread_chat_markup(text, f) and not _misread_parenthetical(text, f)
                    and not _misread_preposition_and_noun(text, f) and not misread(text, f)
                    and not _keyboard_dash(text, f, typography)]
        ours = self._extra_rules(text, language, typography=typography) if self._extra_rules else []
        return CheckResult(findings=merge(ours, findings, text), engine_used=used, fallback_reason=reason)

    def close(self) -> None:
        if self._languagetool is not None:
            self._languagetool.close()


_DASHES = str.maketrans({"—": "-", "–": "-"})


def _keyboard_dash(text: str, finding: Finding, typography: TypographyPolicy | None) -> bool:
    """An engine's finding whose only fix is a dash for the hyphen a keyboard types in its place («Юмор - это
    серьёзно» → «—»). The typography policy accepts the hyphen for a dash unless the learner switched that off
    (then the finding stands, as our quotes rule asks for « » only then); without a policy it is accepted too."""
    if finding.source == "ours" or not finding.replacements or (typography is not None and not typography.dashes):
        return False
    span = text[finding.offset:finding.offset + finding.length]
    fix = finding.replacements[0]
    return "-" in span and fix != span and fix.translate(_DASHES) == span


_NEGATED_SEEMS = re.compile(r"(?i)\bне\s+кажется\b")
_DESPITE = re.compile(r"(?i)несмотря\b")


def _misread_parenthetical(text: str, finding: Finding) -> bool:
    """pylat-ru's parenthetical rules read a predicate or a fronted phrase as a parenthetical word: «Тебе не
    кажется, что…» is the verb «кажется» under «не», never a parenthetical (it asks for «не, кажется,»);
    «Несмотря ни на что, мы…» is a phrase of concession, whose comma is right (it asks to remove it)."""
    span = text[finding.offset:finding.offset + finding.length]
    if finding.rule_id == "KAK_VVODNOE":
        return bool(_NEGATED_SEEMS.search(text[max(0, finding.offset - 3):finding.offset + finding.length + 10]))
    return finding.rule_id == "NO_VVODNOE" and bool(_DESPITE.match(span))


_ONTO_ACCOUNT = re.compile(r"(?i)\bна\s+сч[её]т\b")
# Verbs that move money onto an account: after them «на счёт» is a preposition and a noun, never «насчёт».
_MONEY_MOVES = frozenset({"вернуть", "вернуться", "возвращать", "возвращаться", "возвратить", "перевести",
                          "переводить", "перечислить", "перечислять", "зачислить", "зачислять", "зачислиться",
                          "зачисляться", "поступить", "поступать", "прийти", "приходить", "положить", "класть",
                          "начислить", "начислять", "внести", "вносить", "отправить", "отправлять", "получить",
                          # money moving by itself: «деньги уйдут на счёт компании», «упадут на счёт»
                          "уйти", "уходить", "идти", "пойти", "упасть", "падать", "вывести", "выводить"})
# Money named before «на счёт» in its sentence: it goes onto the account («сумма — на счёт компании»).
_MONEY = frozenset({"деньги", "средство", "сумма", "платёж", "оплата", "возврат", "компенсация", "кешбэк", "бонус",
                    "рубль", "руб", "₽", "зарплата", "выплата", "перевод"})


def _misread_preposition_and_noun(text: str, finding: Finding) -> bool:
    """pylat-ru's «write it as one word» read of a preposition and its noun. «за место» → «заместо» is never the
    fix: «9 800 ₽ за место» is per seat, and «заместо» is colloquial for «вместо». «на счёт» → «насчёт» is
    wrong after a verb moving money («Деньги вернутся на счёт карты»); after words of saying our
    OURS_DERIVED_PREPOSITION asks for «насчёт» itself."""
    span = text[finding.offset:finding.offset + finding.length]
    if finding.rule_id == "Pravopisanie_slitno1" and finding.replacements[:1] == ("заместо",):
        return True  # «9 800 ₽ за место» is per seat; and «заместо» is colloquial: the standard word is «вместо»
    if finding.rule_id != "Pravopisanie_slitno1" or not _ONTO_ACCOUNT.fullmatch(span):
        return False
    from app.core.grammar.rules._base import parses  # here: the GUI imports this module without a dictionary

    start = max(text.rfind(mark, 0, finding.offset) for mark in ".!?\n") + 1
    before = text[start:finding.offset]
    return "₽" in before or any(p.normal_form in _MONEY_MOVES or p.normal_form in _MONEY and p.tag.POS == "NOUN"
                                for word in re.findall(r"\w+", before) for p in parses(word))


def merge(ours: list[Finding], engine: list[Finding], text: str = "") -> list[Finding]:
    """Both lists sorted by offset, without duplicates. An engine's finding is left out only when
    it says nothing ours does not: the same span flagged by the same rule, or the same category and
    a first fix that turns ``text`` into exactly what one of ours turns it into (the same span and
    fixes, or a wider span around the same correction). An overlap alone never hides it: a real
    misspelling must not vanish behind another rule's finding on the same word."""
    kept = list(ours)
    seen = {(f.offset, f.length, f.rule_id) for f in ours}
    advice = {(f.offset, f.length, f.category, f.replacements) for f in ours}
    fixed = {(f.category, _corrected(text, f)) for f in ours if text and f.replacements}
    for finding in engine:
        rule = (finding.offset, finding.length, finding.rule_id)
        if rule in seen or (finding.offset, finding.length, finding.category, finding.replacements) in advice:
            continue
        if text and finding.replacements and (finding.category, _corrected(text, finding)) in fixed:
            continue
        seen.add(rule)
        kept.append(finding)
    kept.sort(key=lambda f: (f.offset, f.length))
    return kept


def _corrected(text: str, finding: Finding) -> str:
    """``text`` with the finding's first fix applied."""
    return text[:finding.offset] + finding.replacements[0] + text[finding.offset + finding.length:]
