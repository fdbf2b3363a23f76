"""«Экспорт результатов…» on the home screen: choose a file, export off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.results import export_profile
from app.ui.places import documents_dir
from app.ui.workers import Op, run_in_background
from app.ui.core_texts import say_error

CSV_FILTER = "CSV (*.csv)"
JSON_FILTER = "JSON (*.json)"


class ResultsExportAction(QObject):
    def __init__(self, ctx, parent: QWidget):
        super().__init__(parent)
        self.ctx, self.widget = ctx, parent
        self.op: Op | None = None

    def run(self) -> None:
        profile = self.ctx.profile
        if profile is None:
            return
        name, chosen = QFileDialog.getSaveFileName(
            self.widget, self.tr("Экспорт результатов"), str(documents_dir() / f"{profile.name}.csv"),
            f"{CSV_FILTER};;{JSON_FILTER}")
        if not name:
            return
        path = Path(name)
        fmt = "json" if chosen == JSON_FILTER or path.suffix.lower() == ".json" else "csv"
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        data_dir = self.ctx.store.data_dir  # export_profile opens its own store on the pool thread
        self.op = run_in_background(self.widget, lambda: export_profile(data_dir, profile.id, path, fmt),
                                    self._done, self._failed, busy_text=self.tr("Идёт экспорт результатов…"))

    def _done(self, path: Path) -> None:
        QMessageBox.information(self.widget, self.tr("Экспорт результатов"),
                                self.tr("Результаты записаны в файл:\n{0}").format(path))

    def _failed(self, exc: Exception) -> None:
        QMessageBox.warning(self.widget, self.tr("Экспорт не выполнен"), say_error(exc))
