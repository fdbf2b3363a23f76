"""A way told in words the customer cannot follow is no way forward for them.

A customer who shows they are new to it or unsure — «я в этом не разбираюсь», «первый раз заказываю», «не понимаю, куда
жать», a grandmother whose grandson made the account, someone writing for their mother — would have to ask again what
«сделайте ресет через OTP», «включите 2FA через TOTP», «зайдите на 192.168.0.1» or «заполните заявление в ЛК» mean: the
rubric's answer is one «так, что ему не нужно переспрашивать». Jargon is read against the customer's own words: an
abbreviation in Latin letters (OTP, ONT) or an unknown one in Cyrillic (ЛК, ЕСИА), an English word that is no name of a
make or a service («логин admin, вкладка Wireless»), a machine's address in figures, and an English loan the dictionary
does not know («чекаут», «ресет», «тапните»). A word the customer wrote themselves («этот ваш QR») is theirs, and to a
customer who shows no such doubt the same words stay a step. The sentences that hold such words are set aside, as an
advert's are; what else the reply tells in plain words still counts.
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, dictionary_word

# What a customer says to show they are new to it or unsure: lemmas of the doubt, with «не» before them.
_DOUBT = frozenset({"разбираться", "понимать", "уметь", "соображать", "шарить", "дружить", "понять",
                    "разобраться"})
# Ones with no «не»: «я пенсионерка», «первый раз», «впервые», «в первый раз».
_NEW = frozenset({"впервые", "пенсионер", "пенсионерка", "пожилой", "чайник"})
# A grandparent writes of the grandchild who helps them; someone writes for an elder relative.
_ELDER = frozenset({"внук", "внучка", "внучок", "правнук"})
_FOR_ELDER = frozenset({"мама", "мать", "папа", "отец", "бабушка", "дедушка", "бабуля", "дед", "тётя", "свекровь",
                        "тёща"})

# Latin words that are the names of makes, services and stores a customer meets in the shop, not jargon.
_NAMES = ("google", "apple", "iphone", "ipad", "android", "samsung", "xiaomi", "huawei", "honor", "windows", "app",
          "store", "play", "market", "whatsapp", "telegram", "viber", "vk", "yandex", "mir", "pay", "wi-fi", "wifi",
          "sms", "pin", "pdf", "ok", "email", "e-mail", "mail", "gmail", "icloud", "youtube", "zoom", "skype", "tv")
# Cyrillic abbreviations everyone meets in papers and at counters.
_PLAIN_ABBR = frozenset({"смс", "пин", "мфц", "снилс", "инн", "фио", "рф", "жкх", "егэ", "огэ", "омс", "дмс", "ндс",
                         "ндфл", "гибдд", "мвд", "фнс", "пфр", "сфр", "вуз", "тв", "пк", "ооо", "ип", "ао", "пао", "спб",
                         "мск", "бик", "кпп", "огрн", "сбп", "гб", "мб", "кб", "осаго", "каско", "фссп", "пвз"})
# English loans of the trade a newcomer does not know, by their beginnings.
_LOANS = ("ресет", "чекаут", "линк", "апдейт", "девайс", "залогин", "разлогин", "логаут", "тапн", "свайпн", "кликн",
          "рестарт", "ребут", "дропн", "аплоад", "апрув", "онбординг", "дашборд", "деплой", "рефанд", "чарджбэк",
          "сабмит", "бэкап", "апгрейд", "даунгрейд", "эквайринг", "дефолт", "кастомиз", "токен", "юзер")
_LATIN_PLAIN = frozenset({"ok", "on", "off", "id", "usb", "gps", "cvv", "cvc", "qr", "sim", "esim"})
# Prepositions that take a place or a means: «в ЛК», «через ЕСИА».
_MEANS = frozenset({"в", "во", "через", "на", "из", "с", "по"})
_WORD_BEFORE_RE = re.compile(r"[А-Яа-яЁё]+")
_WHAT_ABOUT = frozenset({"понимать", "понять", "знать"})
_HOW_WORDS = frozenset({"как", "куда", "где", "что", "ничего", "этом", "этих", "этой", "ничё", "чего"})
_ADDRESS_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")


def _unsure(r: Reply) -> bool:
    """The customer shows they are new to it or unsure of themselves with it: «не разбираюсь», «не умею», «не понимаю,
    как…», «в первый раз», «я пенсионерка», a grandchild who helps them, an elder relative they write for."""
    tokens = r.customer_tokens
    for i, t in enumerate(tokens):
        before = [w.lower for w in tokens[max(0, i - 3):i]]
        if t.lemmas & _NEW or t.lemmas & _ELDER:
            return True
        if t.lemmas & _DOUBT and ("не" in before or "ни" in before):
            if not t.lemmas & _WHAT_ABOUT:  # «не разбираюсь», «не умею»
                return True
            after = {w.lower for w in tokens[i + 1:i + 3]} | {w.lower for w in tokens[max(0, i - 3):i]}
            if after & _HOW_WORDS:  # «не понимаю, как подать», «ничего не понимаю», «в этом не понимаю»
                return True
        if t.lower in ("первый", "первая") and any(w.lemmas & {"раз"} for w in tokens[i + 1:i + 2]):
            return True
        if t.lemmas & _FOR_ELDER and any(w.lower in ("для", "за", "моей", "моего", "моя", "мой") for w in tokens[max(0, i - 2):i]):
            return True
    return False


def _theirs(r: Reply) -> set[str]:
    return {t.lower for t in r.customer_tokens} | {x for t in r.customer_tokens for x in t.lemmas}


def _jargon(tok: Token, text: str, theirs: set[str], latin_ok: bool) -> bool:
    """A word of the trade the customer did not use: an abbreviation in Latin letters or an English word that is no
    name (when the customer writes no Latin), an unknown Cyrillic abbreviation taken as a place or a means («в ЛК»,
    «через ЕСИА»), an English loan of the trade («ресет», «чекаут»)."""
    lower = tok.lower
    if lower in theirs or tok.lemmas & theirs or len(lower) < 2:
        return False
    around = text[max(0, tok.start - 1):tok.end + 1]
    if re.search(r"[a-z]", lower):
        if latin_ok or "«" in around or "\"" in around or re.search(r"[@./:_]\w", text[tok.start - 1:tok.end + 2]) \
                or sum(c.isdigit() for c in lower) >= 2 or re.match(r"\s*\d", text[tok.end:tok.end + 2]) \
                or any(lower.startswith(n) for n in _NAMES) or lower in _LATIN_PLAIN:
            return False  # a label in quotes, an address, a code («SU 1234», «K703»), a make or a service
        return tok.text.isupper() or tok.text.islower() or any(c.isdigit() for c in lower)  # «OTP», «admin», «2FA»
    if tok.text.isupper() and 2 <= len(tok.text) <= 5 and re.fullmatch(r"[А-ЯЁ]+", tok.text) \
            and not dictionary_word(lower):
        words = _WORD_BEFORE_RE.findall(text[max(0, tok.start - 12):tok.start])
        return lower not in _PLAIN_ABBR and bool(words) and words[-1].lower() in _MEANS
    return lower.startswith(_LOANS)


def jargon_aside(r: Reply) -> list[Span]:
    """The sentences that tell an unsure customer a way in words they did not use and cannot be expected to know — when
    the reply holds two such words or more (one unknown word among plain ones is guessed from the rest), or a
    machine's address in figures («зайдите на 192.168.0.1»)."""
    if not _unsure(r):
        return []
    theirs = _theirs(r)
    latin_ok = any(re.search(r"[A-Za-z]", t.text) for t in r.customer_tokens)
    # the sentences are cut at each dot, an address's too: the pieces it spans go with it
    addresses = [(m.start(), m.end()) for m in _ADDRESS_RE.finditer(r.text)]
    found, words = [], set()
    for start, end in r.sentences:
        mine = {t.lower for t in r.tokens_in(start, end) if _jargon(t, r.text, theirs, latin_ok)}
        address = any(a < end and start < b for a, b in addresses)
        if mine or address:
            found.append((start, end))
            words |= mine
    if len(words) < 2 and not addresses:
        return []
    return found


def jargon_words(r: Reply, sentences: list[Span]) -> list[Span]:
    """The words that made those sentences jargon, for the reason."""
    theirs = _theirs(r)
    latin_ok = any(re.search(r"[A-Za-z]", t.text) for t in r.customer_tokens)
    spans = [(t.start, t.end - t.start) for s, e in sentences for t in r.tokens_in(s, e)
             if _jargon(t, r.text, theirs, latin_ok)]
    spans += [(m.start(), m.end() - m.start()) for m in _ADDRESS_RE.finditer(r.text)
              if any(s <= m.start() < e for s, e in sentences)]
    return sorted(spans)
