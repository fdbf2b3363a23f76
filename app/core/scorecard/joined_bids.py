"""Two requests joined by «и» in one sentence: each wants its own answer.

«Добавьте в аккаунт ещё двух пользователей и пришлите счёт» bids two doings; «хочу закрыть кредитку и заодно узнать
остаток по ипотеке» wants two things under one «хочу». A reply that takes up one of them and never speaks of the other
— not one word of it — settles half the message, however well it settles that half. Read by grammar: two imperatives,
or two infinitives governed by one verb of wanting, joined by «и» (an «или» offers a choice, not two requests); a
purpose after a request («дайте телефон тренера, хочу договориться о занятиях») is no second request.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.kin_words import kin_taken_up
from app.core.scorecard.questions import content, said_words, touched
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, also_imperative, edit_distance, message_sentences, tokenize

# «хочу / нужно / прошу / необходимо» + an infinitive: what the customer wants done
_WANT = frozenset({"хотеть", "хотеться", "нужно", "надо", "просить", "необходимо"})
_VERBAL = ("VERB", "INFN")


def joined_bids(message: str) -> list[tuple[str, list[Token]]]:
    """The requests of each sentence that are joined by «и»: two imperatives («Добавьте… и пришлите…») or two
    infinitives after one verb of wanting («хочу закрыть… и заодно узнать…»), each from its verb to the next «и»
    (or the sentence's end), with its words. A sentence with one request yields nothing."""
    found: list[tuple[str, list[Token]]] = []
    for sentence in message_sentences(message):
        words = tokenize(sentence)
        heads = []  # (the verb's index, the «и» before it or None)
        for i, tok in enumerate(words):
            if tok.lower != "и" or not i:
                continue
            after = next((k for k in range(i + 1, min(i + 4, len(words))) if words[k].tag.startswith(_VERBAL)), None)
            before = next((k for k in range(i - 1, -1, -1) if words[k].tag.startswith(_VERBAL)), None)
            if after is None or before is None or not _alike(words, before, after):
                continue
            if not heads or heads[-1][0] != before:
                heads.append((before, None))
            heads.append((after, i))
        for n, (start, _) in enumerate(heads):
            end = heads[n + 1][1] if n + 1 < len(heads) else len(words)
            bid = words[start:end]
            found.append((sentence[bid[0].start:bid[-1].end], bid))
    return found


def _alike(words: Sequence[Token], first: int, second: int) -> bool:
    """Two bids of one kind: both imperatives, or both infinitives under one verb of wanting before the first."""
    a, b = words[first], words[second]
    if a.tag.startswith("VERB") and b.tag.startswith("VERB"):
        return _bidding(a) and _bidding(b)
    return a.tag.startswith("INFN") and b.tag.startswith("INFN") \
        and any(t.lemmas & _WANT for t in words[max(0, first - 3):first])


def _bidding(tok: Token) -> bool:
    """«пришлите», and «подключите» whose likeliest parse is «вы подключите»: a plural imperative among the parses —
    not a greeting («Здраствуйте» misspelt reads as an imperative too)."""
    return ("impr" in tok.tag or "2per" in tok.tag and "plur" in tok.tag) and also_imperative(tok.lower) \
        and edit_distance(tok.lower, "здравствуйте") > 2


def bid_left(r: Reply) -> str:
    """The first of the customer's joined requests whose every content word the reply leaves untouched — while it
    takes up another one of them: «Добавьте двух пользователей и пришлите счёт» — «Пользователей можно добавить в
    разделе «Команда»» leaves «пришлите счёт на оплату». A doing named by its noun is taken up («верните деньги» —
    «по возврату создана заявка»: what is said of it is other rules' business)."""
    said = said_words(r)
    mine = [t for t in r.tokens if len(t.lower) >= 3]
    for message in r.customer_messages:
        bids = joined_bids(message)
        told = [any(touched(lemmas, said) for lemmas in content(bid).values()) or kin_taken_up(bid, mine)
                or _prefixed(bid, mine) for _, bid in bids]
        for (text, bid), was in zip(bids, told):
            if content(bid) and not was and any(told):
                return text
    return ""


def _prefixed(bid: Sequence[Token], said: Sequence[Token]) -> bool:
    """«перевыпустите карту» — «новую карту выпустила»: a verb of the request is a verb of the reply with a prefix
    before it (or the other way round) — one doing, though the five-letter stems differ."""
    def verbs(tokens: Sequence[Token]) -> set[str]:
        return {x for t in tokens if t.tag.startswith(_VERBAL) for x in t.lemmas if len(x) >= 7}
    theirs, mine = verbs(bid), verbs(said)
    return any(a != b and a.endswith(b) and len(a) - len(b) <= 4 for x, y in ((theirs, mine), (mine, theirs))
               for a in x for b in y)

