"""Russian for argparse's own texts («usage:», «options», «show this help message and exit», errors).

argparse looks its texts up through the module-level ``_`` and ``ngettext`` (gettext's, with no Russian
catalogue installed), at call time; :func:`install` points them at this table. The command line is
Russian only, as its help is. Message ids are those of Python 3.11–3.13's argparse.
"""

from __future__ import annotations

import argparse

MESSAGES = {
    "usage: ": "использование: ",
    "positional arguments": "позиционные аргументы",
    "options": "параметры",
    "show this help message and exit": "показать эту справку и выйти",
    "%(prog)s: error: %(message)s\n": "%(prog)s: ошибка: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "аргумент %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "непонятные аргументы: %s",
    "the following arguments are required: %s": "не хватает обязательных аргументов: %s",
    "one of the arguments %s is required": "нужен один из аргументов: %s",
    "not allowed with argument %s": "нельзя вместе с аргументом %s",
    "ignored explicit argument %r": "лишнее значение аргумента: %r",
    "expected one argument": "нужно одно значение",
    "expected at most one argument": "нужно не больше одного значения",
    "expected at least one argument": "нужно хотя бы одно значение",
    "ambiguous option: %(option)s could match %(matches)s":
        "неоднозначный параметр %(option)s: подходят %(matches)s",
    "unexpected option string: %s": "неожиданный параметр: %s",
    "invalid %(type)s value: %(value)r": "недопустимое значение (%(type)s): %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "недопустимое значение: %(value)r (возможны: %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "неизвестная команда %(parser_name)r (возможны: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "не удаётся открыть «%(filename)s»: %(error)s",
}

PLURALS = {
    # One form per Russian plural category: 1, 2–4, 5–20 …
    "expected %s argument": ("нужно %s значение", "нужно %s значения", "нужно %s значений"),
}


def _plural_form(n: int) -> int:
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    forms = PLURALS.get(singular)
    if forms is None:
        return singular if n == 1 else plural
    return forms[_plural_form(n)]


def install() -> None:
    argparse._ = gettext
    argparse.ngettext = ngettext
