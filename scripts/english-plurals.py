#!/usr/bin/env python3
"""Fills the English plural forms in translations/firmware-browser_en.ts.

Sources write plurals as "%n file(s)"; English needs "1 file" and "2 files". Run after
`cmake --build build --target update_translations` adds new plural messages:
    scripts/english-plurals.py [translations/firmware-browser_en.ts]
"""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "translations/firmware-browser_en.ts"
text = open(path, encoding="utf-8").read()


def fill(match):
    source = match.group(1)
    singular = source.replace("(s)", "").replace("(es)", "").replace("(ies)", "y")
    plural = source.replace("(s)", "s").replace("(es)", "es").replace("(ies)", "ies")
    return (f"<source>{source}</source>\n        <translation>\n"
            f"            <numerusform>{singular}</numerusform>\n"
            f"            <numerusform>{plural}</numerusform>\n        </translation>")


# [^<]* keeps a match inside one message (.*? could run from an earlier, finished one).
pattern = re.compile(r"<source>([^<]*)</source>\s*<translation type=\"unfinished\">\s*"
                     r"<numerusform>\s*</numerusform>\s*<numerusform>\s*</numerusform>\s*</translation>", re.S)
text, count = pattern.subn(fill, text)
open(path, "w", encoding="utf-8").write(text)
print(f"{path}: filled {count} plural message(s)")
