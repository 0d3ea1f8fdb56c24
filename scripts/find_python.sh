#!/usr/bin/env bash
# Prints the path of a Python >= 3.12 interpreter: first from PATH, then from pyenv's versions.
# Exits 1 with a message when none is found.
set -u
ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; }
for name in python3.13 python3.12 python3 python; do
  p=$(command -v "$name" 2>/dev/null) || continue
  # pyenv shims answer for versions that are not selected; resolve them through pyenv itself.
  if ok "$p"; then echo "$p"; exit 0; fi
done
roots=()
[ -n "${PYENV_ROOT:-}" ] && roots+=("$PYENV_ROOT")
roots+=("$HOME/.pyenv" "/root/.pyenv" "/opt/pyenv" "/usr/local/pyenv")
for root in "${roots[@]}"; do
  [ -d "$root/versions" ] || continue
  for p in $(ls -d "$root"/versions/3.* 2>/dev/null | sort -V -r); do
    if [ -x "$p/bin/python3" ] && ok "$p/bin/python3"; then echo "$p/bin/python3"; exit 0; fi
  done
done
for p in /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9]; do
  [ -x "$p" ] && ok "$p" && { echo "$p"; exit 0; }
done
echo "No Python 3.12 or newer was found (looked in PATH and pyenv). Install one, e.g. 'pyenv install 3.12', then run again." >&2
exit 1
