"""«Сертификаты»: per pack, each requirement reached vs required; export and verification dialogs.

The attempts and their keystrokes are read, the PDF written and a file verified in the
background (app.ui.workers); the requirements are read again when the screen is next shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.core.cert_evidence import MAX_NAME, Eligibility, certificate_name, pack_kinds
from app.services import certificates
from app.storage.store import open_reader
from app.ui.core_texts import say, say_error
from app.ui.formatting import fmt_number, percent_suffix
from app.ui.places import documents_dir
from app.ui.refresh_when_shown import RefreshWhenShown
from app.ui.workers import Op, Worker, run_in_background


def _collect(db_path: Path, profile_id: int, pack) -> Eligibility:
    """On a pool thread, through its own read-only reader: the profile's attempts at ``pack`` against its rules."""
    with open_reader(db_path) as reader:
        return certificates.eligibility(reader.attempts, pack, profile_id)


def _figure(value: float, unit: str) -> str:
    """«245,3 зн/мин», «80 %» as the interface language writes them."""
    text = fmt_number(value, 0 if float(value).is_integer() else 1)
    if unit == "%":
        return text + percent_suffix()
    return f"{text} {say(unit)}" if unit else text


class CertsScreen(QWidget):
    def __init__(self, ctx, grammar_service=None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.grammar_service = grammar_service  # re-grades answers in the engine process
        self.worker = Worker(self)  # reads in order: the newest selection's figures arrive last
        self.elig: Eligibility | None = None
        self.reading: Op | None = None  # the newest read of the figures
        self.pack_box = QComboBox()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Требование"), self.tr("Достигнуто"), self.tr("Нужно"),
                                              self.tr("Выполнено")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)  # rows as in every other list of the program
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("Фамилия, имя, отчество"))
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Русский"), "ru")
        self.lang.addItem(self.tr("Английский"), "en")
        self.save_button = QPushButton(self.tr("Сохранить сертификат…"))
        self.verify_button = QPushButton(self.tr("Проверить сертификат…"))
        form = QFormLayout()
        form.addRow(self.tr("Пакет:"), self.pack_box)
        form.addRow(self.tr("Имя в сертификате:"), self.name)
        form.addRow(self.tr("Язык:"), self.lang)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        box = QVBoxLayout(self)
        title = QLabel(self.tr("Когда требования пакета выполнены, сохраните сертификат "
                               "в PDF. Учебный отдел проверит его кнопкой «Проверить сертификат…» или "
                               "командой chat-trainer cert verify."))
        title.setWordWrap(True)
        box.addWidget(title)
        box.addLayout(form)
        box.addWidget(self.table, 1)
        box.addWidget(self.status)
        box.addLayout(buttons)
        self.pack_box.currentIndexChanged.connect(self.refresh)
        self.save_button.clicked.connect(self.save)
        self.verify_button.clicked.connect(self.verify)
        self.when_shown = RefreshWhenShown(self, self.refresh, stale=False)  # a new attempt
        ctx.attemptSaved.connect(self.when_shown.changed)
        ctx.profileChanged.connect(self.reload)
        ctx.packsChanged.connect(self.reload)
        self.reload()

    def _pack(self):
        pid = self.pack_box.currentData()
        return next((p for p in self.ctx.packs if p.id == pid), None)

    def reload(self) -> None:
        self.name.setText(self.ctx.profile.name if self.ctx.profile else "")
        current = self.pack_box.currentData()
        self.pack_box.blockSignals(True)
        self.pack_box.clear()
        for pack in self.ctx.packs:
            if pack_kinds(pack):
                self.pack_box.addItem(pack.manifest.title, pack.id)
        index = self.pack_box.findData(current)
        self.pack_box.setCurrentIndex(max(index, 0))
        self.pack_box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        pack, profile = self._pack(), self.ctx.profile
        self.elig = None
        if pack is None or profile is None:
            self.table.setRowCount(0)
            self.status.setText(self.tr("Нет пакетов с требованиями для сертификата или не выбран профиль."))
            self.save_button.setEnabled(False)
            return
        self.when_shown.stale = False
        self.save_button.setEnabled(False)  # until the figures are read again
        db_path = self.ctx.store.path
        self.reading = self.worker.submit(lambda: _collect(db_path, profile.id, pack),
                                          lambda elig: self._show(elig, pack.id, profile.id))

    def _show(self, elig: Eligibility, pack_id: str, profile_id: int) -> None:
        if pack_id != self.pack_box.currentData() or self.ctx.profile is None or self.ctx.profile.id != profile_id:
            return  # read for a pack or profile no longer chosen: the newer reading shows its own figures
        self.elig = elig
        self.table.setRowCount(len(elig.figures))
        for i, f in enumerate(elig.figures):
            reached = self.tr("нет попытки") if f.reached is None else _figure(f.reached, f.unit)
            cells = (say(f.label), reached, _figure(f.required, f.unit), self.tr("да") if f.met else self.tr("нет"))
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        eligible = elig.eligible
        self.save_button.setEnabled(eligible)
        self.status.setText(self.tr("Все требования выполнены: сертификат можно сохранить.") if eligible else
                            self.tr("Выполнены не все требования. Засчитываются только попытки без отметок "
                                    "о неправдоподобном наборе."))

    def save(self) -> None:
        pack, elig = self._pack(), self.elig
        if pack is None or elig is None or not elig.eligible:
            return
        try:
            name = certificate_name(self.name.text())
        except ValueError as exc:  # the core's reason, in the interface language, as a sentence
            reason = say_error(exc)
            QMessageBox.warning(self, self.tr("Сертификат"), f"{reason[:1].upper()}{reason[1:]}.")
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Сохранить сертификат"),
                                              str(documents_dir() / f"{name}.pdf"), self.tr("PDF (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        evidence = certificates.evidence(elig, pack, self.ctx.profile, name, self.lang.currentData())
        self._busy(self.tr("Сохранение сертификата…"))

        def write() -> str:
            from app.certs.pdf_writer import write_pdf
            write_pdf(evidence, Path(path))
            return path

        run_in_background(self, write, self._saved, self._failed)

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.save_button.setEnabled(False)
        self.verify_button.setEnabled(False)

    def _idle(self) -> None:
        self.verify_button.setEnabled(True)
        self.refresh()

    def _saved(self, path: str) -> None:
        self._idle()
        QMessageBox.information(self, self.tr("Сертификат"), self.tr("Сертификат сохранён: {path}").format(path=path))

    def _failed(self, exc: Exception) -> None:
        self._idle()
        QMessageBox.warning(self, self.tr("Сертификат"), self.tr("Не удалось: {error}").format(error=say_error(exc)))

    def verify(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Проверить сертификат"), "", self.tr("PDF (*.pdf)"))
        if not path:
            return
        self._busy(self.tr("Проверка сертификата…"))
        data_dir = self.ctx.data_dir  # installed packs there let the answers be re-graded

        service = self.grammar_service

        def check():
            if service is None:
                return certificates.verify_certificate(Path(path), data_dir)
            return certificates.verify_certificate(
                Path(path), data_dir, check=lambda text, lang, known: service.run_offline_check(text, lang, known).findings)

        run_in_background(self, check, self._verified, self._failed)

    def _verified(self, result) -> None:
        evidence, report = result
        self._idle()
        pack = evidence.get("pack") if isinstance(evidence.get("pack"), dict) else {}
        who = self.tr("{name}, пакет «{pack}», {date}").format(
            name=evidence.get("name"), pack=pack.get("title"), date=evidence.get("date"))
        notes = "".join("\n\n" + self.tr("Примечание: {note}").format(note=say(n)) for n in report.notes)
        if report.valid:
            regraded = (" " + say(report.regraded_sentence())) if report.regraded else ""  # names the kinds, as the notes
            QMessageBox.information(self, self.tr("Проверка сертификата"),
                                    self.tr("Сертификат подлинный: {who}. Все показатели пересчитаны по вложенным "
                                            "данным и совпадают, код проверки верен.").format(who=who)
                                    + regraded + notes)
        else:
            QMessageBox.warning(self, self.tr("Проверка сертификата"),
                                self.tr("Сертификат не прошёл проверку ({who}). Расхождения:").format(who=who)
                                + "\n• " + "\n• ".join(say(m) for m in report.mismatches) + notes)
