#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates README.md's bad-input table from the tests.

A test function carries a note as the last comment right above it (one line; wrapped lines join):

    // Bad input (hostile HTTP answer): resumes from the .part with Range; the MD5 decides
    void resetMidBodyResumes()

The table lists, per kind of bad input, the test's name and what the app does, between the
<!-- bad-input-table:begin --> and <!-- bad-input-table:end --> markers of README.md.

  scripts/bad-input-table.py          rewrite the README section
  scripts/bad-input-table.py --check  exit 1 when the README section is out of date (a ctest)
"""

import argparse
import pathlib
import re
import sys

# The kind a note names -> the table's heading for it, in table order.
KINDS = {"malformed page": "malformed pages and files", "hostile file name": "hostile file names",
         "bad command line": "command-line mistakes", "hostile HTTP answer": "hostile HTTP answers",
         "hostile archive": "hostile ROM archives", "wrong ROM": "a ROM that is not the one wanted",
         "disk full": "disk full", "Ctrl+C": "Ctrl+C", "kill -9": "kill -9"}
BEGIN = "<!-- bad-input-table:begin -->"
END = "<!-- bad-input-table:end -->"

NOTE = re.compile(r"^\s*// Bad input \(([^)]+)\): (.+?)\s*$")
FUNCTION = re.compile(r"^\s*void (?:\w+::)?(\w+)\(\)")
COMMENT = re.compile(r"^\s*//")


def notes(tests_dir):
    rows = []
    for source in sorted(tests_dir.glob("*.cpp")):
        lines = source.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            match = NOTE.match(line)
            if not match:
                continue
            kind, text = match.groups()
            where = f"{source.name}:{number + 1}"
            if kind not in KINDS:
                sys.exit(f"{where}: unknown kind of bad input '{kind}' (one of: {', '.join(KINDS)})")
            following = number + 1
            while following < len(lines) and COMMENT.match(lines[following]): # a note wrapped by clang-format
                text += " " + lines[following].strip()[2:].strip()
                following += 1
            function = FUNCTION.match(lines[following]) if following < len(lines) else None
            if not function:
                sys.exit(f"{where}: a '// Bad input' note must sit right above a test function")
            rows.append((list(KINDS).index(kind), KINDS[kind], source.stem, function.group(1), text))
    rows.sort(key=lambda row: row[0]) # stable: file order within a kind
    return rows


def table(rows):
    out = ["| bad input | test | what the app does |", "|---|---|---|"]
    previous = None
    for _, kind, test, function, text in rows:
        shown = kind if kind != previous else ""
        previous = kind
        cell = text.replace("|", "\\|")
        out.append(f"| {shown} | `{test}` {function} | {cell} |")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check that README.md is up to date")
    parser.add_argument("--root", default=pathlib.Path(__file__).resolve().parent.parent, type=pathlib.Path)
    args = parser.parse_args()

    readme = args.root / "README.md"
    text = readme.read_text(encoding="utf-8")
    if text.count(BEGIN) != 1 or text.count(END) != 1 or text.index(BEGIN) > text.index(END):
        sys.exit(f"{readme}: needs one {BEGIN} ... {END} section")
    rows = notes(args.root / "tests")
    if not rows:
        sys.exit("no '// Bad input (...)' notes found in tests/*.cpp")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    updated = f"{head}{BEGIN}\n{table(rows)}\n{END}{tail}"
    if args.check:
        if updated != text:
            sys.exit("README.md's bad-input table is out of date: run scripts/bad-input-table.py")
        return
    if updated != text:
        readme.write_text(updated, encoding="utf-8")
    print(f"bad-input table: {len(rows)} tests")


if __name__ == "__main__":
    main()
