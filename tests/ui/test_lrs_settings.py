"""«Учебный отдел» in Settings: off by default, an identity before anything is sent, the address a pack
gives, and the delivery status."""

from __future__ import annotations

from tests.services.lrs.ralph import Ralph


def _box(window):
    window.open_section("settings")
    return window.settings.lrs


def test_switch_is_off_by_default_and_refuses_to_send_without_an_identity(window, ctx):
    box = _box(window)
    assert not box.switch.isChecked() and "не отправляются" in box.what.text()
    box.endpoint.setText("https://lrs.department.example/xAPI/")
    box.switch.setChecked(True)
    assert not box.switch.isChecked()
    assert "почты" in box.error.text()
    assert ctx.store.outbox.settings(ctx.profile.id).enabled is False


def test_lrs_down_shows_waiting_and_the_last_error(window, ctx, qtbot, tmp_path):
    down = Ralph(tmp_path / "down")  # never started
    box = _box(window)
    box.endpoint.setText(down.endpoint)
    box.email.setText("anna@example.org")
    box.switch.setChecked(True)
    from tests.storage.storage_helpers import save_attempt
    save_attempt(ctx.store, ctx.profile.id)
    window.lrs_sender.wait()  # the round the switch started
    with qtbot.waitSignal(window.lrs_sender.roundOver, timeout=20_000,
                          check_params_cb=lambda outcome: getattr(outcome, "failed", 0) == 1):
        box.send_button.click()
    assert "Ждут отправки: 1" in box.status.text()
    assert "недоступен" in box.status.text()


def test_a_pack_that_names_the_department_fills_the_address_and_asks_only_its_identity(window, ctx, tmp_path):
    import shutil
    from pathlib import Path

    from app.packs.builder import build_pack
    from app.services.packs import install_pack
    folder = tmp_path / "kurs"
    shutil.copytree(Path(__file__).parents[1] / "packs" / "data" / "mini", folder)
    with open(folder / "pack.toml", "a", encoding="utf-8") as f:
        f.write('\n[lrs]\nendpoint = "https://lrs.dept.example/xAPI/"\nidentity = "account"\n'
                'home_page = "https://lms.dept.example"\n')
    build_pack(folder, tmp_path / "kurs.ctpack")
    pack = install_pack(tmp_path / "kurs.ctpack", ctx.data_dir)
    ctx.reload_packs()
    box = _box(window)
    box.pack.setCurrentIndex(box.pack.findData(pack.id))
    assert box.endpoint.text() == "https://lrs.dept.example/xAPI/"
    assert box.home_page.text() == "https://lms.dept.example"
    assert box.account.isVisibleTo(box) and not box.email.isVisibleTo(box)
    box.account.setText("a.petrova")
    box.switch.setChecked(True)
    assert box.switch.isChecked() and box.error.text() == ""
    stored = ctx.store.outbox.settings(ctx.profile.id)
    assert (stored.account_name, stored.email, stored.pack_id) == ("a.petrova", "", pack.id)
