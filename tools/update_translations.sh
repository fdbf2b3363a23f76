#!/usr/bin/env bash
# Refresh the interface translation: collect the strings from app/ui into the .ts file
# (existing translations are kept), then compile it into the .qm the program loads.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyside6-lupdate -no-obsolete app/ui/*.py -ts app/assets/i18n/chat_trainer_en.ts
.venv/bin/pyside6-lrelease app/assets/i18n/chat_trainer_en.ts -qm app/assets/i18n/chat_trainer_en.qm
# Russian for the few texts of Qt's own dialogs that Qt's catalogue lacks.
.venv/bin/pyside6-lrelease app/assets/i18n/qt_extra_ru.ts -qm app/assets/i18n/qt_extra_ru.qm
