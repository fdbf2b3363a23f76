"""«Экспорт результатов…» on the home screen: choose a file, export off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.services.results import export_profile
from app.ui.workers import Worker

CSV_FILTER = "CSV (*.csv)"
JSON_FILTER = "JSON (*.json)"


class ResultsExportAction(QObject):
    def __init__(self, ctx, parent: QWidget):
        super().__init__(parent)
        self.ctx, self.widget = ctx, parent
        self.worker = Worker(self)
        self.busy: QProgressDialog | None = None

    def run(self) -> None:
        profile = self.ctx.profile
        if profile is None:
            return
        name, chosen = QFileDialog.getSaveFileName(
            self.widget, self.tr("Экспорт результатов"), str(Path.home() / f"{profile.name}.csv"),
            f"{CSV_FILTER};;{JSON_FILTER}")
        if not name:
            return
        path = Path(name)
        fmt = "json" if chosen == JSON_FILTER or path.suffix.lower() == ".json" else "csv"
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self.busy = QProgressDialog(self.tr("Идёт экспорт результатов…"), "", 0, 0, self.widget)
        self.busy.setCancelButton(None)
        self.busy.setWindowModality(Qt.WindowModality.WindowModal)
        self.busy.show()
        # export_profile opens its own store: the GUI's SQLite connection belongs to its thread
        self.worker.submit(lambda: export_profile(self.ctx.store.data_dir, profile.id, path, fmt),
                           self._done, self._failed)

    def _close_busy(self) -> None:
        if self.busy is not None:
            self.busy.close()
            self.busy = None

    def _done(self, path: Path) -> None:
        self._close_busy()
        QMessageBox.information(self.widget, self.tr("Экспорт результатов"),
                                self.tr("Результаты записаны в файл:\n{0}").format(path))

    def _failed(self, exc: Exception) -> None:
        self._close_busy()
        QMessageBox.warning(self.widget, self.tr("Экспорт не выполнен"), str(exc))
