#!/usr/bin/env bash
# Regenerates test/fixtures/spelling/{lv,en}-verdicts.txt.gz: Hunspell's own verdict on a few
# million strings, which the unit test compares with the engine's. Debian only: it needs
# unmunch (hunspell-tools), libhunspell (libhunspell-1.7-0, pulled in by hunspell) and gcc:
#   apt-get install hunspell hunspell-tools gcc
# The verdicts come from Hunspell_spell() on each whole line (the hunspell command would split
# "apm." or "e-pasts" into words first), with the same dictionary files the assets are built from.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in unmunch gcc node; do
  command -v "$tool" >/dev/null || { echo "make-verdicts.sh: $tool is missing (Debian: apt-get install hunspell hunspell-tools gcc)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gcc -O2 -o "$work/hunspell-verdicts" scripts/spelling/hunspell-verdicts.c -l:libhunspell-1.7.so.0
for lang in lv en; do
  dict=node_modules/dictionary-$lang/index
  unmunch "$dict.dic" "$dict.aff" 2>/dev/null > "$work/$lang.unmunch"
  node scripts/spelling/verdict-strings.js strings "$lang" "$work/$lang.unmunch" "$work/$lang.strings"
  "$work/hunspell-verdicts" "$dict.aff" "$dict.dic" < "$work/$lang.strings" > "$work/$lang.verdicts"
  node scripts/spelling/verdict-strings.js pack "$lang" "$work/$lang.strings" "$work/$lang.verdicts" \
    "test/fixtures/spelling/$lang-verdicts.txt.gz"
done
