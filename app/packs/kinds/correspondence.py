"""Correspondence tasks in a pack (a customer's messages, model replies, scorecard settings, turns)
and shift sets (tasks arriving over time)."""

from __future__ import annotations

from app.core.content import CorrespondenceTask, CustomerTurn, ScorecardElement, ShiftSet
from app.core.scorecard.task_items import fact_is_given
from app.core.vocabulary import INDUSTRIES, SCORECARD_IDS
from app.packs.schema import ID, PERCENT, TITLE, F, PackFile, PackReader, describe

TOP = {"task": F("tables", default=[]), "shift": F("tables", default=[])}

TASK_SPEC = {
    "id": ID, "title": TITLE, "industry": F("str", required=True, choices=INDUSTRIES),
    "customer": F("str", default="", max_len=200),
    "messages": F("strs", required=True, default=[], nonempty=True, max_len=10_000),
    "model_replies": F("strs", required=True, default=[], nonempty=True, max_len=10_000),
    "instructions": F("str", default="", max_len=10_000), "context": F("table", default={}),
    "time_limit": F("int", lo=10, hi=3600), "pass_score": PERCENT,
    "required_facts": F("strs", default=[], nonempty=True, max_len=500),
    "forbidden": F("strs", default=[], nonempty=True, max_len=500),
    "scorecard": F("table", default={}), "turn": F("tables", default=[]),
    "length_min": F("int", lo=0, hi=100_000), "length_max": F("int", lo=1, hi=100_000),
}
TURN_SPEC = {
    "id": ID, "after": F("str", default=""), "when": F("strs", default=[], nonempty=True, max_len=200),
    "messages": F("strs", required=True, default=[], nonempty=True, max_len=10_000),
    "model_replies": F("strs", required=True, default=[], nonempty=True, max_len=10_000),
    "required_facts": F("strs", default=[], nonempty=True, max_len=500), "final": F("bool", default=False),
}
ELEMENT_SPEC = {"weight": F("num", lo=0, hi=100), "critical": F("bool"), "enabled": F("bool", default=True)}
SHIFT_SPEC = {
    "id": ID, "title": TITLE, "tasks": F("strs", required=True, default=[], nonempty=True),
    "arrivals": F("ints", default=[], lo=0, hi=36_000),  # seconds from the shift's start
    "first_response_target": F("int", default=60, lo=5, hi=3600),
    "handle_target": F("int", default=300, lo=10, hi=36_000),
}


def read_task(reader: PackReader, f: PackFile, path: tuple, table: dict) -> CorrespondenceTask | None:
    v = f.take(table, path, TASK_SPEC)
    reader.claim(f, path + ("id",), v["id"])
    context = []
    for key, value in v["context"].items():
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            f.error(path + ("context", key), f"ожидается строка или число, а записано {describe(value)}")
        else:
            context.append((key, str(value)))
    scorecard = []
    for name, value in v["scorecard"].items():
        ep = path + ("scorecard", name)
        if name not in SCORECARD_IDS:
            f.error(ep, f"неизвестный элемент оценки; допустимы: {', '.join(SCORECARD_IDS)}")
            continue
        if isinstance(value, bool):
            scorecard.append(ScorecardElement(name, enabled=value))
        elif isinstance(value, dict):
            e = f.take(value, ep, ELEMENT_SPEC)
            scorecard.append(ScorecardElement(name, e["weight"], e["critical"], e["enabled"]))
        else:
            f.error(ep, f"ожидается true/false или таблица {{ weight = …, critical = … }}, "
                        f"а записано {describe(value)}")
    if v["length_min"] is not None and v["length_max"] is not None and v["length_min"] > v["length_max"]:
        f.error(path + ("length_max",), "length_max меньше length_min")
    turns = []
    turn_ids: dict[str, int] = {}
    for ti, tt in enumerate(v["turn"]):
        tp = path + ("turn", ti)
        t = f.take(tt, tp, TURN_SPEC)
        if t["id"] in turn_ids:
            f.error(tp + ("id",), f"ход «{t['id']}» уже есть в этом задании")
        elif t["id"]:
            turn_ids[t["id"]] = ti
        turns.append((tp, t))
    parents = {t["id"]: t["after"] for _, t in turns if t["id"]}
    for tp, t in turns:
        if t["after"] and t["after"] not in turn_ids:
            f.error(tp + ("after",), f"нет хода «{t['after']}» в этом задании")
            continue
        node, steps = t["after"], 0
        while node and steps <= len(parents):
            node, steps = parents.get(node, ""), steps + 1
        if node:
            f.error(tp + ("after",), "ходы ссылаются друг на друга по кругу")
    _check_facts_given(f, path, v, context, turns)
    if not v["id"] or not v["industry"] or not v["messages"] or not v["model_replies"]:
        return None
    return CorrespondenceTask(
        id=v["id"], title=v["title"], industry=v["industry"], messages=tuple(v["messages"]),
        model_replies=tuple(v["model_replies"]), customer=v["customer"],
        instructions=v["instructions"], context=tuple(context), time_limit=v["time_limit"],
        pass_score=v["pass_score"], required_facts=tuple(v["required_facts"]),
        forbidden=tuple(v["forbidden"]), scorecard=tuple(scorecard),
        turns=tuple(CustomerTurn(
            id=t["id"], messages=tuple(t["messages"]), after=t["after"], when=tuple(t["when"]),
            model_replies=tuple(t["model_replies"]), required_facts=tuple(t["required_facts"]),
            final=t["final"],
        ) for _, t in turns if t["id"]),
        length_min=v["length_min"], length_max=v["length_max"],
    )


def _check_facts_given(f: PackFile, path: tuple, v: dict, context: list, turns: list) -> None:
    """A required fact must be findable in what the learner sees: the customer's messages or the card.

    Otherwise the item can be passed only by guessing (a refund period nobody mentioned).
    """
    sources = [*v["messages"], v["instructions"], *(value for _, value in context)]
    sources += [m for _, t in turns for m in t["messages"]]
    name = v["id"] or v["title"]
    for where, facts in [(path, v["required_facts"])] + [(tp, t["required_facts"]) for tp, t in turns]:
        for i, fact in enumerate(facts):
            if fact.strip() and not fact_is_given(fact, sources):
                f.error(where + ("required_facts", i),
                        f"задание «{name}»: нужного факта «{fact}» нет ни в сообщениях клиента, ни в карточке "
                        "(instructions, context) — ученику неоткуда его взять; допишите его в карточку")


def read_shift(reader: PackReader, f: PackFile, path: tuple, table: dict) -> ShiftSet | None:
    v = f.take(table, path, SHIFT_SPEC)
    reader.claim(f, path + ("id",), v["id"])
    arrivals = v["arrivals"]
    if arrivals and len(arrivals) != len(v["tasks"]):
        f.error(path + ("arrivals",), f"секунд прихода ({len(arrivals)}) не столько же, "
                                      f"сколько заданий ({len(v['tasks'])})")
    if not arrivals:
        arrivals = [60 * i for i in range(len(v["tasks"]))]
    if not v["id"] or not v["tasks"]:
        return None
    return ShiftSet(id=v["id"], title=v["title"], tasks=tuple(v["tasks"]), arrivals=tuple(arrivals),
                    first_response_target=v["first_response_target"], handle_target=v["handle_target"])


def check_shift_tasks(shifts: list[tuple[PackFile, tuple, ShiftSet]], task_ids: set[str]) -> None:
    """Every task a shift names exists in the pack."""
    for f, path, s in shifts:
        for j, tid in enumerate(s.tasks):
            if tid not in task_ids:
                f.error(path + ("tasks", j), f"нет задания с id «{tid}»")
