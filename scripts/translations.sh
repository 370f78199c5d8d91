#!/usr/bin/env bash
# Refresh the translation sources from the code (keeping what is translated) and compile them.
#   scripts/translations.sh           update .ts from ui/, then build .qm
# Translate new texts in resources/translations/almere_missions_nl.ts with Qt Linguist
# (pyside6-linguist) and run this again.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
DIR=resources/translations
"$BIN/pyside6-lupdate" $(find ui -name "*.py" | sort) -no-obsolete \
  -ts "$DIR/almere_missions_nl.ts" "$DIR/almere_missions_en.ts"
# English is the language of the code: its file translates every text to itself.
"$BIN/python" - "$DIR/almere_missions_en.ts" <<'PY'
import sys
import xml.etree.ElementTree as ET

tree = ET.parse(sys.argv[1])
for m in tree.iter("message"):
    tr = m.find("translation")
    source = m.find("source").text
    forms = tr.findall("numerusform")
    if m.get("numerus") == "yes":  # one form per plural form, each the source text
        for f in forms or [ET.SubElement(tr, "numerusform")]:
            f.text = source
        tr.text = None
    else:
        tr.text = source
    tr.attrib.pop("type", None)
tree.write(sys.argv[1], encoding="utf-8", xml_declaration=True)
PY
for lang in nl en; do
  "$BIN/pyside6-lrelease" "$DIR/almere_missions_$lang.ts" -qm "$DIR/almere_missions_$lang.qm"
done
