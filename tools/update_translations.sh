#!/usr/bin/env bash
# Refresh the UI translations: extract tr() strings from journey_designer (the Qt-free
# packages mark their user messages with messages.QT_TRANSLATE_NOOP) into the .ts
# sources, then compile the .qm files the app loads. Translate new strings (Qt Linguist or
# by hand) between the two steps: `--release-only` compiles without extracting.
set -euo pipefail
cd "$(dirname "$0")/.."
i18n=resources/i18n
if [[ "${1:-}" != "--release-only" ]]; then
    mapfile -t sources < <(find journey_designer -name '*.py' | sort)
    pyside6-lupdate -silent -no-obsolete -locations none "${sources[@]}" \
        -target-language zh_CN -ts "$i18n/journey_designer_zh.ts"
    pyside6-lupdate -silent -no-obsolete -locations none "${sources[@]}" \
        -target-language en -ts "$i18n/journey_designer_en.ts"
    # English is the source language: every English translation is its source text.
    python - "$i18n/journey_designer_en.ts" <<'PY'
import re, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
for message in root.iter("message"):
    translation = message.find("translation")
    source = message.findtext("source") or ""
    for child in list(translation):
        translation.remove(child)
    translation.attrib = {}
    if message.get("numerus") == "yes":
        # English plurals: "%n card(s)" -> "%n card" and "%n cards".
        translation.text = None
        for form in (re.sub(r"\((\w+)\)", "", source), re.sub(r"\((\w+)\)", r"\1", source)):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
with open(sys.argv[1], "w", encoding="utf-8") as ts:
    ts.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    ts.write(ET.tostring(root, encoding="unicode") + "\n")
PY
fi
for language in zh en; do
    pyside6-lrelease -silent "$i18n/journey_designer_$language.ts" -qm "$i18n/journey_designer_$language.qm"
done
grep -l 'type="unfinished"' "$i18n"/*.ts && echo "unfinished translations above" >&2 && exit 1
exit 0
