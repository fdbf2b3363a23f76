"""«Что будет с деньгами за тур?» — «страховка вернёт стоимость тура»: the customer's money and the reply's price,
sum, payment or refund are one thing told in other words.

A customer asks of their money by its plain name («деньги», «средства»); a reply speaks of the same money as what was
paid for a thing («стоимость», «сумма», «оплата», «платёж») or as what comes back («возврат», «компенсация»). Where a
question asks what becomes of the money, any of these in the reply speaks of it — the thing is not left untouched
because the reply picked the bookkeeping word.
"""

from __future__ import annotations

from collections.abc import Collection

# The plain name a customer gives their money by.
_PLAIN = frozenset({"деньги", "деньга", "средство"})
# What a reply may call the same money: the price paid, the sum, the payment, what is given back.
_SAME_MONEY = _PLAIN | frozenset({"стоимость", "сумма", "оплата", "платёж", "платеж", "возврат", "компенсация",
                                  "возмещение", "рубль"})


def money_touched(lemmas: Collection[str], said: Collection[str]) -> bool:
    """``lemmas`` (one word of the customer's question) name their money and the reply's ``said`` words name it in
    any of its words."""
    return bool(_PLAIN & set(lemmas)) and bool(_SAME_MONEY & set(said))
