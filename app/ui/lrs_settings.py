"""Settings group «Учебный отдел»: the switch that sends results to the department's LRS, who the
candidate is there, the key and secret, and the queue (waiting, delivered, last error).

Off by default; switching on checks the address and the identity first. A pack with ``[lrs]`` in
its manifest fills in the address and says what the candidate must enter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QWidget)

from app.core.xapi import XapiError
from app.storage.errors import StorageError
from app.storage.outbox import LrsSettings
from app.ui.core_texts import say_error


class LrsSettingsBox(QGroupBox):
    def __init__(self, ctx, sender=None, parent: QWidget | None = None):
        super().__init__(self.tr("Учебный отдел"), parent)
        self.ctx = ctx
        self.sender_ = sender  # LrsSender, or None (tests of the form alone)
        self._loading = False
        self.switch = QCheckBox(self.tr("Отправлять результаты в учебный отдел"))
        self.what = QLabel(self.tr(
            "Отправляются (в LRS учебного отдела, по стандарту xAPI): имя профиля, учётная запись или почта, "
            "а по каждой попытке — пакет и упражнение, дата, время, пройдено ли, скорость, точность, баллы "
            "и отметки карты качества. Тексты, которые вы набирали и писали, и отдельные нажатия не "
            "отправляются. Без сети результаты ждут и уходят, когда связь появится."))
        self.what.setWordWrap(True)
        self.what.setProperty("role", "muted")
        self.pack = QComboBox()
        self.endpoint = QLineEdit()
        self.endpoint.setPlaceholderText("https://lrs.example.org/xAPI/")
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@example.org")
        self.account = QLineEdit()
        self.home_page = QLineEdit()
        self.home_page.setPlaceholderText("https://lms.example.org")
        self.key = QLineEdit()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_button = QPushButton(self.tr("Сохранить"))
        self.send_button = QPushButton(self.tr("Отправить сейчас"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout(self)
        form.addRow(self.switch)
        form.addRow(self.what)
        form.addRow(self.tr("Настройки из пакета"), self.pack)
        form.addRow(self.tr("Адрес LRS (xAPI)"), self.endpoint)
        form.addRow(self.tr("Электронная почта"), self.email)
        form.addRow(self.tr("Учётная запись"), self.account)
        form.addRow(self.tr("Сайт учебного отдела"), self.home_page)
        form.addRow(self.tr("Ключ"), self.key)
        form.addRow(self.tr("Секрет"), self.secret)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.send_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.error)
        form.addRow(self.tr("Очередь"), self.status)
        self._form = form
        for box in (self.pack, self.endpoint, self.email, self.account, self.home_page, self.key, self.secret):
            box.setMaximumWidth(520)

        self.switch.toggled.connect(self._switched)
        self.save_button.clicked.connect(self.save)
        self.send_button.clicked.connect(self._send_now)
        self.pack.currentIndexChanged.connect(self._pack_chosen)
        ctx.profileChanged.connect(self.load)
        ctx.packsChanged.connect(self._fill_packs)
        if sender is not None:
            sender.roundOver.connect(lambda _outcome: self.show_status())
        self._fill_packs()
        self.load()

    # -- packs that name a department -------------------------------------------------
    def _fill_packs(self) -> None:
        self._loading = True
        self.pack.clear()
        self.pack.addItem(self.tr("— вручную —"), "")
        for pack in self.ctx.packs:
            if pack.manifest.lrs is not None:
                self.pack.addItem(pack.manifest.title, pack.id)
        self.pack.setEnabled(self.pack.count() > 1)
        self._loading = False

    def _lrs_of(self, pack_id: str):
        pack = next((p for p in self.ctx.packs if p.id == pack_id), None)
        return pack.manifest.lrs if pack is not None else None

    def _pack_chosen(self) -> None:
        if self._loading:
            return
        lrs = self._lrs_of(self.pack.currentData() or "")
        if lrs is not None:
            self.endpoint.setText(lrs.endpoint)
            self.home_page.setText(lrs.home_page)
        self._show_identity(lrs.identity if lrs is not None else "")

    def _show_identity(self, identity: str) -> None:
        """A pack says which identity its department uses; without one both are offered."""
        for widget, kind in ((self.email, "email"), (self.account, "account"), (self.home_page, "account")):
            self._form.setRowVisible(widget, identity in ("", kind))

    # -- loading and saving ---------------------------------------------------------------
    def load(self) -> None:
        self._loading = True
        profile = self.ctx.profile
        self.setEnabled(profile is not None)
        settings = self.ctx.store.outbox.settings(profile.id) if profile else LrsSettings()
        key, secret = self.ctx.store.outbox.credentials(profile.id) if profile else ("", "")
        self.switch.setChecked(settings.enabled)
        self.endpoint.setText(settings.endpoint)
        self.email.setText(settings.email)
        self.account.setText(settings.account_name)
        self.home_page.setText(settings.home_page)
        self.key.setText(key)
        self.secret.setText(secret)
        self.pack.setCurrentIndex(max(0, self.pack.findData(settings.pack_id)))
        lrs = self._lrs_of(settings.pack_id)
        self._show_identity(lrs.identity if lrs is not None else "")
        self.error.clear()
        self._loading = False
        self.show_status()

    def _entered(self, enabled: bool) -> LrsSettings:
        lrs = self._lrs_of(self.pack.currentData() or "")
        email, account = self.email.text().strip(), self.account.text().strip()
        if lrs is not None:  # only the identity the department asked for
            email, account = (email, "") if lrs.identity == "email" else ("", account)
        return LrsSettings(enabled=enabled, endpoint=self.endpoint.text().strip(), email=email,
                           account_name=account, home_page=self.home_page.text().strip() if account else "",
                           pack_id=self.pack.currentData() or "")

    def save(self) -> bool:
        """Store what is entered; a switched-on form that cannot send is refused with the reason."""
        profile = self.ctx.profile
        if profile is None:
            return False
        try:
            self.ctx.store.outbox.save_settings(profile.id, self._entered(self.switch.isChecked()))
            self.ctx.store.outbox.save_credentials(profile.id, self.key.text().strip(), self.secret.text())
        except (XapiError, StorageError) as exc:
            self.error.setText(say_error(exc))
            return False
        self.error.clear()
        self.show_status()
        if self.switch.isChecked() and self.sender_ is not None:
            self.sender_.kick()
        return True

    def _switched(self, on: bool) -> None:
        if self._loading:
            return
        if not self.save() and on:
            self._loading = True
            self.switch.setChecked(False)  # cannot send like this: the switch stays off
            self._loading = False

    def _send_now(self) -> None:
        if self.sender_ is not None and self.save():
            self.sender_.kick()
            self.status.setText(self.tr("Отправка…"))

    def show_status(self) -> None:
        profile = self.ctx.profile
        if profile is None:
            self.status.clear()
            return
        try:
            q = self.ctx.store.outbox.status(profile.id)
        except StorageError as exc:
            self.status.setText(say_error(exc))
            return
        lines = [self.tr("Ждут отправки: {waiting}. Доставлено: {sent}.").format(waiting=q.waiting, sent=q.sent)]
        if q.rejected:
            lines.append(self.tr("Отклонено LRS: {n}, последнее — {error}").format(n=q.rejected, error=q.rejected_error))
        if q.last_sent_at:
            lines.append(self.tr("Последняя доставка: {at}.").format(at=q.last_sent_at))
        if q.last_error:
            lines.append(self.tr("Последняя ошибка ({at}): {error}").format(at=q.last_error_at, error=q.last_error))
        if q.waiting and not self.switch.isChecked():
            lines.append(self.tr("Отправка выключена: результаты ждут, пока её не включат."))
        self.status.setText("\n".join(lines))
