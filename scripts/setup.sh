#!/usr/bin/env bash
# Set up chat-trainer on a fresh Debian/Ubuntu machine: the system libraries Qt needs
# for a real window, a virtual environment in .venv, and the program itself.
#   bash scripts/setup.sh          the program
#   bash scripts/setup.sh --test   the program and what its tests need
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

# Qt's xcb platform plugin, OpenGL/EGL, fontconfig and D-Bus: without any of them the xcb
# platform plugin does not load (Qt then blames xcb-cursor0 whatever is missing).
packages=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
          libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
          libx11-xcb1 libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3)
python3 -c "import ensurepip, venv" 2>/dev/null || packages+=(python3-venv)
# The tests read certificates back with poppler (pdftotext, pdfdetach), as a user's viewer would,
# and decode the certificate's QR code with zbarimg.
# They also import every KTouch course and keyboard layout Debian ships (ktouch-data: data only).
[ -n "$extras" ] && packages+=(poppler-utils zbar-tools ktouch-data)

missing=()
if command -v dpkg-query >/dev/null; then
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Устанавливаю системные пакеты: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "Нужны права root, чтобы установить: ${missing[*]}" >&2; exit 1; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  echo "Создаю виртуальное окружение в .venv"
  python3 -m venv .venv
fi
echo "Обновляю pip"
.venv/bin/python -m pip install -q --upgrade pip
echo "Устанавливаю программу${extras:+ и всё для тестов} (при первой установке — несколько сотен МБ, Qt занимает больше всего)"
# pip's own progress stays visible; setuptools' note on editable installs ("Editable installation …
# folders with the same name") says nothing about this project and is silenced.
PYTHONWARNINGS="ignore:Editable installation" .venv/bin/python -m pip install --progress-bar on -e ".${extras}"
echo "Готово: .venv/bin/chat-trainer"
