"""Our style rule: pleonasms are flagged with no certain fix."""

def test_pleonasm_has_no_certain_fix(rule_hits):
    assert rule_hits("Вы можете вернуть товар обратно.", "OURS_PLEONASM") == [("вернуть товар обратно", ())]
    assert rule_hits("Это коллега по работе.", "OURS_PLEONASM") == [("коллега по работе", ())]
