"""The home screen's profiles: create, switch, rename, delete with confirmation."""

def test_profiles_create_switch_rename_delete_with_confirmation(window, ctx, ask_name, no_dialogs, qtbot):
    ask_name += ["Борис"]
    window.home.create_profile()
    assert ctx.profile.name == "Борис"
    ask_name += ["Анна"]
    window.home.create_profile()  # duplicate name: refused with a message
    assert no_dialogs[-1][0] == "warning" and ctx.profile.name == "Борис"
    ask_name += ["Борис Петров"]
    window.home.rename_profile()
    assert ctx.store.profiles.get(ctx.profile.id).name == "Борис Петров"
    no_dialogs.answers["question"] = no_dialogs.answers["question"].No
    window.home.delete_profile()
    assert len(ctx.store.profiles.list()) == 2
    no_dialogs.answers["question"] = no_dialogs.answers["question"].Yes
    window.home.delete_profile()  # off the GUI thread, then the next profile is chosen
    qtbot.waitUntil(lambda: ctx.profile.name == "Анна", timeout=5000)
    assert [p.name for p in ctx.store.profiles.list()] == ["Анна"]
