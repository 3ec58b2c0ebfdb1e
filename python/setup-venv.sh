#!/usr/bin/env bash
# Make (or bring up to date) the virtual environment the Python tests run in, with python/requirements-test.txt.
#
#   bash python/setup-venv.sh [VENV]      (default: ${ACLVENC_PYTHON_VENV:-target/python-venv})
#
# Uses $PYTHON, else the system's /usr/bin/python3 (Debian: the python3 and python3-venv packages), else python3
# from PATH. Cached: when the venv already holds
# this requirements file's packages it only prints its interpreter. Prints the interpreter's path last.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv=${1:-${ACLVENC_PYTHON_VENV:-$repo/target/python-venv}}
req=$repo/python/requirements-test.txt
stamp=$venv/.requirements-test.txt

if [ -x "$venv/bin/python" ] && cmp -s "$req" "$stamp"; then
  echo "$venv/bin/python"
  exit 0
fi
python=${PYTHON:-}
if [ -z "$python" ]; then
  if [ -x /usr/bin/python3 ]; then python=/usr/bin/python3; else python=python3; fi
fi
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req"
cp "$req" "$stamp"
echo "$venv/bin/python"
