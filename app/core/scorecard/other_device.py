"""Steps for another device, service or plan than the one the customer named are no answer to them.

«У меня айфон» — «В приложении для Android откройте…», «тариф «Старт»» — «На вашем тарифе «Бизнес» …»: the customer
would have to ask again, so the sentences told for the other device or plan are set aside, as an advert's are — unless
the reply names the customer's own device or plan too (then it compares, or offers both), or the sentence tells them to
switch to that plan («перейдите на тариф «Команда»»). A customer may name two families («айфон, а на компе Safari»): a
reply that names neither and speaks of a third («Настройки» Android) is told for another device all the same. A store
tells the make it installs for («скачайте из App Store» to «Pixel 6, Android 14»), and a service the customer says
they are without («Huawei без гугл-сервисов») is no way for them («Откройте Google Play»).
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.neighbour_named import neighbour_named
from app.core.scorecard.other_place import other_place
from app.core.scorecard.reply import Reply

# Families of devices a way of doing things depends on: a phone of one make, of the other, a computer.
_FAMILIES = {
    "apple": frozenset({"iphone", "айфон", "ios", "ipad", "айпад", "айфоне", "айфона"}),
    "android": frozenset({"android", "андроид", "samsung", "самсунг", "xiaomi", "сяоми", "redmi", "huawei", "хуавей",
                          "honor", "хонор", "pixel", "андроиде", "андроида"}),
    "computer": frozenset({"компьютер", "ноутбук", "windows", "macbook", "макбук", "мышка", "мышь"}),
}
# Makers whose services a way of doing things depends on — a calendar, a mail, a wallet, a messenger: «синхронизация с
# Outlook» is not set up in Google's, «Apple Pay» not through Google Pay. Word beginnings, for the customers' spellings.
_SERVICES = {
    "google": ("google", "гугл", "gmail"),
    "microsoft": ("microsoft", "майкрософт", "outlook", "аутлук", "windows", "винда", "винде", "винду", "виндов"),
    "apple": ("apple", "эпл", "эппл", "icloud", "айклауд", "macos"),
    "telegram": ("telegram", "телеграм"),
    "whatsapp": ("whatsapp", "ватсап", "вотсап", "вацап"),
}
_PLAN_RE = re.compile(r"\bтариф\w*\s+[«\"„]?([A-ZА-ЯЁ0-9][\w\-]*)")
_SWITCH = frozenset({"перейти", "переходить", "сменить", "менять", "подключить", "подключать", "выбрать", "оформить"})


# The stores a phone of each make installs from: «скачайте из App Store» is told for an iPhone, «в Google Play» for an
# Android phone (word pairs, as they are written apart).
_STORES = {"apple": (("app", "store"), ("appstore",), ("апстор",), ("эпстор",)),
           "android": (("google", "play"), ("play", "market"), ("гугл", "плей"), ("плей", "маркет"), ("appgallery",))}
# What a customer says they are without: «Huawei без гугл-сервисов», «нет Google Play».
_WITHOUT = frozenset({"без", "нет"})


def _families(tokens) -> set[str]:
    found = {name for name, words in _FAMILIES.items() for t in tokens if t.lemmas & words}
    lowers = [t.lower for t in tokens]
    for name, stores in _STORES.items():
        if any(tuple(lowers[i:i + len(store)]) == store for store in stores for i in range(len(lowers))):
            found.add(name)
    return found


def _services(tokens) -> set[str]:
    return {name for name, starts in _SERVICES.items() for t in tokens if t.lower.startswith(starts)}


def _without(tokens) -> set[str]:
    """The makers' services the customer says they are without: «без гугл-сервисов», «Google Play нет»."""
    return {name for i, t in enumerate(tokens) for name, starts in _SERVICES.items()
            if t.lower.startswith(starts) and any(w.lower in _WITHOUT for w in tokens[max(0, i - 2):i + 3])}


def _plans(text: str) -> set[str]:
    return {m.group(1).lower()[:4] for m in _PLAN_RE.finditer(text)}


def other_device(r: Reply) -> list[Span]:
    """The sentences of the reply told for a device family, a maker's service or a plan the customer did not name,
    where the customer named one of their own and the reply never does."""
    aside: list[Span] = []
    for kinds in (_families, _services):
        theirs = kinds(r.customer_tokens)
        if theirs and not theirs & kinds(r.tokens):
            aside += [(start, end) for start, end in r.sentences
                      if kinds(r.tokens_in(start, end)) and (start, end) not in aside]
    refused = _without(r.customer_tokens)  # «Huawei без гугл-сервисов» — «Откройте Google Play»
    aside += [(start, end) for start, end in r.sentences if (start, end) not in aside
              and refused & _services(r.tokens_in(start, end))]
    aside += [s for s in neighbour_named(r) if s not in aside]  # «карта Мир» — «карты Visa и Mastercard работают»
    aside += [s for s in other_place(r) if s not in aside]  # «в Тверь?» — «В Тулу доставляем»
    plans = _plans("\n".join(r.customer_messages))
    if len(plans) != 1 or plans & _plans(r.text):
        return aside
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        if _plans(r.text[start:end]) and not any(t.lemmas & _SWITCH for t in words) \
                and (start, end) not in aside:
            aside.append((start, end))
    return aside
