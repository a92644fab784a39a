#!/usr/bin/env python3
"""Checks translations/firmware-browser_*.ts, the source of every translation; writes nothing.

For each file: every message is finished (none left "unfinished" by lupdate), a plural message has
as many forms as the language has, and each translation keeps its source's placeholders (%1, %n,
%Ln), its mnemonic (&) and its markup. With --lupdate (ctest translations_complete passes it) it
also runs lupdate on copies of the files and fails when they are not current with the sources
(a tr() added, changed or removed without `cmake --build build --target update_translations`).

    scripts/check-translations.py [--lupdate LUPDATE --project JSON [--options "LUPDATE OPTIONS"]] [FILE.ts...]

The README's "Translations" section says how to fix what it reports.
"""
import argparse
import pathlib
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import xml.parsers.expat

ROOT = pathlib.Path(__file__).resolve().parent.parent
# The source texts are English: the English file holds only the plural forms ("%n file(s)").
ENGLISH = "firmware-browser_en.ts"

PLACEHOLDER = re.compile(r"%L?(?:[1-9][0-9]?|n)")
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*")


class Message:
    def __init__(self, context, line):
        self.context, self.line = context, line
        self.source, self.comment, self.extracomment = "", "", ""
        self.numerus, self.type = False, ""
        self.translation, self.forms = "", []

    def key(self):
        return (self.context, self.source, self.comment, self.extracomment, self.numerus)


def read_ts(path):
    """(language, [Message]) of a .ts file, each message with the line it starts on."""
    parser = xml.parsers.expat.ParserCreate()
    state = {"language": "", "context": "", "message": None, "text": [], "messages": []}

    def start(tag, attributes):
        state["text"] = []
        if tag == "TS":
            state["language"] = attributes.get("language", "")
        elif tag == "message":
            message = Message(state["context"], parser.CurrentLineNumber)
            message.numerus = attributes.get("numerus") == "yes"
            state["message"] = message
        elif tag == "translation" and state["message"]:
            state["message"].type = attributes.get("type", "")

    def end(tag):
        text = "".join(state["text"])
        message = state["message"]
        if tag == "name" and message is None:
            state["context"] = text
        elif message is not None:
            if tag == "source":
                message.source = text
            elif tag == "comment":
                message.comment = text
            elif tag == "extracomment":
                message.extracomment = text
            elif tag == "numerusform":
                message.forms.append(text)
            elif tag == "translation":
                message.translation = text
            elif tag == "message":
                state["messages"].append(message)
                state["message"] = None
        state["text"] = []

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = lambda data: state["text"].append(data)
    parser.ParseFile(open(path, "rb"))
    return state["language"], state["messages"]


def mnemonic(text):
    # "&&" is a literal ampersand; "&x" marks a mnemonic.
    return bool(re.search(r"&\S", text.replace("&&", "")))


def problems(message, plural_forms):
    if message.type in ("vanished", "obsolete"):
        return ["no longer in the sources (update the .ts files)"]
    if message.type == "unfinished":
        return ["unfinished"]
    forms = message.forms if message.numerus else [message.translation]
    found = []
    if message.numerus and len(forms) != plural_forms:
        found.append(f"needs {plural_forms} plural form(s), has {len(forms)}")
    wanted = sorted(set(PLACEHOLDER.findall(message.source)))
    for form in forms:
        if not form.strip():
            found.append("empty translation")
            continue
        have = sorted(set(PLACEHOLDER.findall(form)))
        if have != wanted:
            found.append(f"placeholders {have} differ from {wanted}: {form!r}")
        if mnemonic(message.source) != mnemonic(form):
            found.append(f"mnemonic (&) differs: {form!r}")
        if sorted(TAG.findall(message.source)) != sorted(TAG.findall(form)):
            found.append(f"markup differs: {form!r}")
    return found


def run_lupdate(lupdate, project, ts_files, options):
    command = [lupdate, "-silent", "-project", str(project), *options, "-ts", *map(str, ts_files)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"check-translations: {shlex.join(command)} failed:\n{result.stdout}{result.stderr}")


def plural_form_counts(lupdate, languages, scratch):
    """How many plural forms lupdate gives each language (Russian 3, Chinese 1, ...)."""
    probe = scratch / "probe.cpp"
    probe.write_text('QString f(int n) { return QObject::tr("%n file(s)", nullptr, n); }\n')
    counts = {}
    for language in languages:
        ts = scratch / f"probe_{language}.ts"
        subprocess.run([lupdate, "-silent", str(probe), "-target-language", language, "-ts", str(ts)],
                       check=True, capture_output=True)
        counts[language] = sum(len(m.forms) for m in read_ts(ts)[1])
    return counts


def stale_messages(lupdate, project, options, files, scratch):
    """For each file, the messages lupdate would add and drop: empty when it is current."""
    copies = {}
    for path in files:
        copies[path] = scratch / path.name
        shutil.copyfile(path, copies[path])
    english = [copies[p] for p in files if p.name == ENGLISH]
    others = [copies[p] for p in files if p.name != ENGLISH]
    if english:
        run_lupdate(lupdate, project, english, options + ["-pluralonly"])
    if others:
        run_lupdate(lupdate, project, others, options)
    stale = {}
    for path in files:
        now = {m.key() for m in read_ts(path)[1]}
        wanted = {m.key() for m in read_ts(copies[path])[1]}
        stale[path] = (sorted(wanted - now), sorted(now - wanted))
    return stale


def describe(key):
    context, source, comment, _, numerus = key
    return f"[{context}] {source!r}" + (f" ({comment})" if comment else "") + (" (plural)" if numerus else "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=pathlib.Path)
    parser.add_argument("--lupdate", help="lupdate, to check the files are current with the sources")
    parser.add_argument("--project", type=pathlib.Path, help="the lupdate project (translations-project.json)")
    parser.add_argument("--options", default="-no-obsolete -locations relative", help="lupdate's options")
    args = parser.parse_args()
    files = sorted(args.files or (ROOT / "translations").glob("firmware-browser_*.ts"))
    if not files:
        sys.exit("check-translations: no .ts files")

    languages = {path: read_ts(path)[0] for path in files}
    failed = False
    with tempfile.TemporaryDirectory() as scratch_dir:
        scratch = pathlib.Path(scratch_dir)
        if args.lupdate:
            counts = plural_form_counts(args.lupdate, set(languages.values()), scratch)
            stale = stale_messages(args.lupdate, args.project, shlex.split(args.options), files, scratch)
        else:
            counts = {language: None for language in languages.values()}
            stale = {}
        for path in files:
            language, messages = read_ts(path)
            expected = path.stem.split("_", 1)[1]
            report = []
            if not language.startswith(expected):
                report.append(f"{path.name}: language=\"{language}\" is not {expected}")
            added, dropped = stale.get(path, ([], []))
            if added or dropped:
                report.append(f"{path.name}: not current with the sources, update it: "
                              "cmake --build build --target update_translations")
                report += [f"    new in the sources: {describe(key)}" for key in added]
                report += [f"    gone from the sources: {describe(key)}" for key in dropped]
            finished = 0
            for message in messages:
                forms = counts[language] if counts[language] is not None else len(message.forms)
                issues = problems(message, forms)
                if issues:
                    report.append(f"{path.name}:{message.line}: {describe(message.key())}: {'; '.join(issues)}")
                else:
                    finished += 1
            print(f"{path.name}: {finished} of {len(messages)} messages translated"
                  + ("" if report else ", all checks pass"))
            for line in report:
                print(f"  {line}")
            failed = failed or bool(report)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
