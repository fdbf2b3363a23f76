"""The strings printed on a certificate, in Russian and English.

Figure labels are printed as «label: value unit». The verifier rebuilds the
page from these same strings and compares it with the certificate's page.
"""

from __future__ import annotations

from datetime import date

from app.core.phrase import phrase

_MONTHS = {
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}

TEXT = {
    "ru": {
        "title": "СЕРТИФИКАТ",
        "subtitle": "Тренажёр оператора чата",
        "intro": "подтверждает, что",
        "passed": "соответствует требованиям пакета упражнений",  # present tense: no gendered verb ending
        "pack": "Пакет: {title}, версия {version}",
        "hash": "Хеш содержимого: {hash}",
        "date": "Дата: {date}",
        "required": "требуется {required}",
        "code": "Код проверки: {code}",
        "verify": "Проверка: chat-trainer cert verify ФАЙЛ.pdf (данные попыток вложены в файл)",
    },
    "en": {
        "title": "CERTIFICATE",
        "subtitle": "Chat Operator Trainer",
        "intro": "certifies that",
        "passed": "has met the requirements of the exercise pack",
        "pack": "Pack: {title}, version {version}",
        "hash": "Content hash: {hash}",
        "date": "Date: {date}",
        "required": "required {required}",
        "code": "Verification code: {code}",
        "verify": "To verify: chat-trainer cert verify FILE.pdf (the attempt data is attached)",
    },
}

LABELS = {
    # marked as phrases: a verification report in the English interface names them in English
    "ru": {
        "typing_cpm": (phrase("Скорость"), phrase("зн/мин")), "typing_accuracy": (phrase("Точность"), "%"),
        "typing_minutes": (phrase("Длительность теста"), phrase("мин")), "grammar_percent": (phrase("Грамматика"), "%"),
        "correspondence_score": (phrase("Переписка, средний балл"), ""),
        "correspondence_tasks": (phrase("Переписка, заданий"), ""), "quiz_percent": (phrase("Тест по этикету"), "%"),
    },
    "en": {
        "typing_cpm": ("Speed", "chars/min"), "typing_accuracy": ("Accuracy", "%"),
        "typing_minutes": ("Test length", "min"), "grammar_percent": ("Grammar", "%"),
        "correspondence_score": ("Correspondence, average score", ""),
        "correspondence_tasks": ("Correspondence, tasks", ""), "quiz_percent": ("Netiquette quiz", "%"),
    },
}


def figure_line(lang: str, key: str, reached: float, required: float) -> tuple[str, str]:
    """(«Скорость: 245.3 зн/мин», «требуется 200 зн/мин») for one figure."""
    label, unit = LABELS[lang][key]
    tail = f" {unit}" if unit else ""
    return f"{label}: {reached:g}{tail}", TEXT[lang]["required"].format(required=f"{required:g}{tail}")


def printed_date(lang: str, iso: str) -> str:
    """The evidence's ISO date as printed: «4 декабря 2026 г.», "4 December 2026"."""
    day = date.fromisoformat(iso)
    month = _MONTHS[lang][day.month - 1]
    return f"{day.day} {month} {day.year} г." if lang == "ru" else f"{day.day} {month} {day.year}"
