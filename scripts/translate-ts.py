#!/usr/bin/env python3
"""Fills translations/firmware-browser_<lang>.ts from the dictionaries in scripts/i18n/<lang>.py.

Each dictionary maps a source text to its translation (a list of plural forms for "%n" messages,
as many as the language has); a key ("Context", "source") overrides the plain key in one context.
Checks every translation keeps the source's placeholders (%1..%9, %n), its mnemonic (&) and its
markup, and fills only what passes. Messages without a translation stay unfinished and are listed,
with the changed lines when a known source is close (a reworded message: edit its key and value):

    scripts/translate-ts.py                 # fill every language, list what is missing
    scripts/translate-ts.py ru es           # only these
    scripts/translate-ts.py --check         # fill nothing; exit 1 if anything is missing or wrong
    scripts/translate-ts.py --missing FILE  # also write the missing sources as a Python dict stub

Run after `cmake --build <build-dir> --target update_translations` (scripts/update-translations.sh
does both, and the English plural forms).
"""
import difflib
import importlib.util
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
LANGUAGES = ["zh_CN", "ru", "es", "pt_BR", "id"]
# Plural forms Qt expects per language (lupdate writes this many <numerusform>s).
PLURAL_FORMS = {"zh_CN": 1, "ru": 3, "es": 2, "pt_BR": 2, "id": 1}

PLACEHOLDER = re.compile(r"%(?:\d|n)")
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*")


def load_dictionary(language):
    path = ROOT / "scripts" / "i18n" / f"{language}.py"
    spec = importlib.util.spec_from_file_location(f"i18n_{language}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.TRANSLATIONS


def mnemonic(text):
    # "&&" is a literal ampersand; "&x" marks a mnemonic.
    return bool(re.search(r"&(?!&)\S", text.replace("&&", "")))


def problems(source, forms, numerus, count):
    found = []
    if numerus and len(forms) != count:
        found.append(f"needs {count} plural form(s), has {len(forms)}")
    wanted = sorted(set(PLACEHOLDER.findall(source)))
    for form in forms:
        have = sorted(set(PLACEHOLDER.findall(form)))
        if have != wanted:
            found.append(f"placeholders {have} differ from {wanted}: {form!r}")
        if mnemonic(source) != mnemonic(form):
            found.append(f"mnemonic (&) differs: {form!r}")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(form)):
            found.append(f"markup differs: {form!r}")
        if not form.strip() and source.strip():
            found.append("empty translation")
    return found


def escape(text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;").replace("'", "&apos;")
    return text


def write_element(out, element, depth):
    """Writes the TS file as lupdate does: <context> at column 0, four spaces per level below."""
    indent = "" if element.tag in ("TS", "context") else "    " * depth
    attributes = "".join(f' {k}="{escape(v)}"' for k, v in element.attrib.items())
    children = list(element)
    if not children:
        out.append(f"{indent}<{element.tag}{attributes}>{escape(element.text or '')}</{element.tag}>\n")
        return
    out.append(f"{indent}<{element.tag}{attributes}>\n")
    for child in children:
        write_element(out, child, 0 if element.tag == "TS" else depth + 1)
    out.append(f"{indent}</{element.tag}>\n")


def fill(language, dictionary, check_only):
    path = ROOT / "translations" / f"firmware-browser_{language}.ts"
    tree = ET.parse(path)
    count = PLURAL_FORMS[language]
    missing, wrong, filled = [], [], 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            value = dictionary.get((name, source), dictionary.get(source))
            if value is None:
                missing.append((name, source, numerus))
                continue
            forms = list(value) if isinstance(value, (list, tuple)) else [value]
            if numerus != isinstance(value, (list, tuple)):
                wrong.append((name, source, ["plural message needs a list" if numerus else "not a plural message"]))
                continue
            issues = problems(source, forms, numerus, count)
            if issues:
                wrong.append((name, source, issues))
                continue
            filled += 1
            if check_only:
                continue
            for child in list(translation):
                translation.remove(child)
            translation.attrib.pop("type", None)
            if numerus:
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
    if not check_only:
        out = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n']
        write_element(out, tree.getroot(), 0)
        path.write_text("".join(out), encoding="utf-8")
    return filled, missing, wrong


def main(argv):
    check_only = "--check" in argv
    stub = None
    if "--missing" in argv:
        stub = pathlib.Path(argv[argv.index("--missing") + 1])
        argv = argv[: argv.index("--missing")] + argv[argv.index("--missing") + 2 :]
    languages = [a for a in argv if not a.startswith("--")] or LANGUAGES
    failed = False
    stub_entries = {}
    for language in languages:
        filled, missing, wrong = fill(language, load_dictionary(language), check_only)
        print(f"{language}: {filled} translated, {len(missing)} missing, {len(wrong)} rejected")
        for name, source, issues in wrong:
            print(f"  rejected [{name}] {source!r}: {'; '.join(issues)}")
        known = [k for k in load_dictionary(language) if isinstance(k, str)]
        for name, source, numerus in missing:
            print(f"  missing [{name}] {source!r}{' (plural)' if numerus else ''}")
            stub_entries[source] = numerus
            close = difflib.get_close_matches(source, known, n=1, cutoff=0.8)
            if close:
                for line in difflib.unified_diff(close[0].splitlines(), source.splitlines(), "known", "new", n=0, lineterm=""):
                    print(f"      {line}")
        failed = failed or bool(missing or wrong)
    if stub is not None:
        with stub.open("w", encoding="utf-8") as f:
            f.write("TRANSLATIONS_TODO = {\n")
            for source, numerus in stub_entries.items():
                f.write(f"    {source!r}: {'[]' if numerus else repr('')},\n")
            f.write("}\n")
    return 1 if failed and check_only else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
