#!/usr/bin/env python3
"""packaging_info_plist: the macOS bundle's Info.plist (packaging/macos/Info.plist.in, configured)
is a valid property list naming the app, and offers Finder's Open With for ROM files as a viewer,
never as their default application. macOS itself is not here: whether Finder lists the app is
checked by hand (README)."""
import plistlib
import re
import sys

path, app_id = sys.argv[1], sys.argv[2]
with open(path, 'rb') as f:
    plist = plistlib.load(f)
problems = []
if plist.get('CFBundleIdentifier') != app_id:
    problems.append(f"CFBundleIdentifier is {plist.get('CFBundleIdentifier')!r}, expected {app_id}")
unfilled = [key for key, value in plist.items() if isinstance(value, str) and re.search(r'@[A-Z_]+@', value)]
if unfilled:
    problems.append(f"unfilled values: {unfilled}")
types = plist.get('CFBundleDocumentTypes', [])
offered = set()
for entry in types:
    if entry.get('CFBundleTypeRole') != 'Viewer':
        problems.append(f"{entry.get('CFBundleTypeName')}: role {entry.get('CFBundleTypeRole')!r}, expected Viewer")
    if entry.get('LSHandlerRank') != 'Alternate':
        problems.append(f"{entry.get('CFBundleTypeName')}: rank {entry.get('LSHandlerRank')!r}, expected Alternate")
    offered.update(entry.get('LSItemContentTypes', []))
wanted = {'public.zip-archive', 'org.gnu.gnu-zip-tar-archive'}
if offered != wanted:
    problems.append(f"document types {sorted(offered)}, expected {sorted(wanted)}")
for problem in problems:
    print(f"FAIL: {problem}")
if not problems:
    print(f"PASS: {path}")
sys.exit(1 if problems else 0)
