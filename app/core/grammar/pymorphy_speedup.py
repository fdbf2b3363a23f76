"""A tag's grammeme categories (``tag.POS``, ``tag.case``, …) answered from memory.

pymorphy3 computes ``tag.case`` and its siblings anew at every access: a set intersection with the tag's
grammemes and a fresh typed string. Our rules and the scorecard ask these hundreds of thousands of times per
thousand replies (≈ 3 % of a reply's grade) about the same few hundred tags. A tag is immutable and its
answer depends only on its tag string (and the tag class), so each category remembers its answer per tag
string; the answer is the same value, of the same type, as before.
"""

from __future__ import annotations


def apply() -> None:
    """Install the memory on pymorphy3's grammeme categories (once; harmless when repeated)."""
    from pymorphy3 import tagset

    selector = tagset._select_grammeme_from
    if getattr(selector, "_chat_trainer_memo", False):
        return
    original = selector.__get__

    def __get__(self, instance, owner):
        if instance is None:
            return original(self, instance, owner)
        memo = self.__dict__.get("_chat_trainer_answers")
        if memo is None:
            memo = self._chat_trainer_answers = {}
        key = (owner, instance._str)
        try:
            return memo[key]
        except KeyError:
            answer = memo[key] = original(self, instance, owner)
            return answer

    selector.__get__ = __get__
    selector._chat_trainer_memo = True
