#!/usr/bin/env bash
# Refresh the interface translation: collect the strings from app/ui into the .ts file
# (existing translations are kept), then compile it into the .qm the program loads.
# Then the same for the core's texts marked with phrase(): app/ → core_en.po (Babel) → core_en.mo.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyside6-lupdate -no-obsolete app/ui/*.py -ts app/assets/i18n/chat_trainer_en.ts
.venv/bin/pyside6-lrelease app/assets/i18n/chat_trainer_en.ts -qm app/assets/i18n/chat_trainer_en.qm
# Russian for the few texts of Qt's own dialogs that Qt's catalogue lacks.
.venv/bin/pyside6-lrelease app/assets/i18n/qt_extra_ru.ts -qm app/assets/i18n/qt_extra_ru.qm
# Babel does not see a phrase() nested in another phrase()'s arguments: give such a text a name of its own
# (tests/test_core_texts_translated.py names any template the catalogue lacks).
pot=$(mktemp --suffix=.pot)
trap 'rm -f "$pot"' EXIT
.venv/bin/pybabel -q extract --no-default-keywords -k phrase --no-location --sort-output \
    --project=chat-trainer -o "$pot" app
if [ -f app/assets/i18n/core_en.po ]; then
    .venv/bin/pybabel -q update --no-fuzzy-matching --ignore-obsolete -l en \
        -i "$pot" -o app/assets/i18n/core_en.po
else
    .venv/bin/pybabel -q init -l en -i "$pot" -o app/assets/i18n/core_en.po
fi
.venv/bin/pybabel compile --statistics -l en -i app/assets/i18n/core_en.po -o app/assets/i18n/core_en.mo
