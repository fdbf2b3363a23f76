#!/usr/bin/env bash
# Build the wheel, install it into a fresh virtual environment and use it from outside the
# checkout, as `pipx install` would: the wheel must carry the assets and the built-in packs.
#   bash scripts/smoke_wheel.sh   (after scripts/setup.sh; uses .venv to build)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Собираю wheel…"
.venv/bin/python -m pip wheel -q --no-deps -w "$work/dist" . 2>&1 | grep -v "^WARNING: Location" || true
wheel=$(ls "$work"/dist/chat_trainer-*.whl)
echo "Ставлю $(basename "$wheel") в чистое окружение…"
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "$wheel" 2>&1 | grep -v "^WARNING: Location" || true

cd "$work"   # nothing from the checkout may be imported from here on
bin="$work/venv/bin/chat-trainer"
data="$work/data"
fail() { echo "smoke: $*" >&2; exit 1; }

"$bin" --data-dir "$data" pack list > packs.txt
for pack in ru-typing en-typing ru-grammar en-grammar ru-correspondence ru-netiquette; do
  grep -q "^$pack " packs.txt || fail "встроенного пакета $pack нет в «pack list»: $(cat packs.txt)"
done
echo "pack list: $(wc -l < packs.txt) встроенных пакетов"

printf 'Здраствуйте, мы вернём деньги в течении трёх дней.\n' > two-errors.txt
set +e; "$bin" --data-dir "$data" check two-errors.txt > check.txt; rc=$?; set -e
[ "$rc" -eq 1 ] || fail "check вернул $rc, ожидался 1: $(cat check.txt)"
[ "$(grep -c . check.txt)" -eq 2 ] || fail "check нашёл не две ошибки: $(cat check.txt)"
grep -q "Здравствуйте" check.txt && grep -q "в течение" check.txt || fail "не те исправления: $(cat check.txt)"
echo "check: две ошибки найдены"

QT_QPA_PLATFORM=offscreen "$bin" --data-dir "$data" > gui.log 2>&1 & gui=$!
sleep 8
kill -0 "$gui" 2>/dev/null || fail "окно не запустилось: $(cat gui.log)"
kill "$gui"; wait "$gui" 2>/dev/null || true
[ -f "$data/trainer.sqlite3" ] || fail "окно запустилось, но база не создана"
! grep -q "Traceback" gui.log || fail "ошибка при запуске окна: $(cat gui.log)"
echo "gui: окно запустилось из wheel (${repo##*/} не использовался)"
