#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks .github/workflows/ (ctest: workflow_valid, workflow_dependencies).

  check-workflow.py --validate [--tools DIR]
      validates every workflow with action-validator (npm @action-validator/cli: the GitHub
      workflow schema, and that the paths and globs it names exist); looks on PATH and in
      DIR/node_modules/.bin (scripts/dev.sh test installs it into <build>/ci-tools). Exit 77
      (skipped) when the validator is missing.
  check-workflow.py --dependencies
      every C library the Linux build installs (a lib*-dev package of scripts/dev.sh) is also in
      vcpkg.json (Windows) and in the workflow's `brew install` line (macOS), so that a library
      added for Linux cannot leave the other two builds behind.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORKFLOWS = os.path.join(ROOT, ".github", "workflows")
# Debian packages that only bring what Qt's own headers need there; Qt's installers carry them.
DEBIAN_ONLY = {"libgl-dev", "libvulkan-dev"}
# Debian packages named otherwise in vcpkg and Homebrew.
OTHER_NAMES = {"libssl-dev": {"openssl", "openssl@3"}}
SKIPPED = 77


def workflows():
    return sorted(os.path.join(WORKFLOWS, name) for name in os.listdir(WORKFLOWS)
                  if name.endswith((".yml", ".yaml")))


def validate(tools):
    candidates = [shutil.which("action-validator")]
    if tools:
        local = os.path.join(tools, "node_modules", ".bin", "action-validator")
        candidates.append(local if os.path.exists(local) else None)
    validator = next((c for c in candidates if c), None)
    if not validator:
        print("action-validator not found (npm install @action-validator/cli; scripts/dev.sh test does): skipped")
        return SKIPPED
    failed = 0
    for path in workflows():
        # It resolves the globs it checks against the working directory: the repository.
        result = subprocess.run([validator, path], cwd=ROOT, capture_output=True, text=True)
        if result.returncode != 0:
            failed += 1
            print(f"FAIL: {os.path.relpath(path, ROOT)}\n{result.stdout}{result.stderr}")
        else:
            print(f"ok: {os.path.relpath(path, ROOT)}")
    return 1 if failed else 0


def debian_libraries():
    with open(os.path.join(ROOT, "scripts", "dev.sh"), encoding="utf-8") as f:
        text = f.read()
    block = re.search(r"^packages=\((.*?)^\)", text, re.S | re.M)
    if not block:
        raise SystemExit("FAIL: no packages=(...) list in scripts/dev.sh")
    return sorted(p for p in block.group(1).split() if re.fullmatch(r"lib[a-z0-9+.-]+-dev", p) and p not in DEBIAN_ONLY)


def vcpkg_ports():
    with open(os.path.join(ROOT, "vcpkg.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    return {d if isinstance(d, str) else d["name"] for d in manifest.get("dependencies", [])}


def brew_formulae():
    formulae = set()
    for path in workflows():
        with open(path, encoding="utf-8") as f:
            for line in f:
                match = re.search(r"\bbrew install\s+(.*)$", line)
                if match:
                    formulae.update(match.group(1).split())
    return formulae


def check_dependencies():
    ports, formulae = vcpkg_ports(), brew_formulae()
    failed = 0
    for package in debian_libraries():
        name = package[:-len("-dev")]
        names = {name, name[len("lib"):]}  # libyaml-dev: libyaml; libfoo-dev may be 'foo' elsewhere
        names |= OTHER_NAMES.get(package, set())
        for where, found in (("vcpkg.json", ports), ("the workflow's brew install", formulae)):
            if names & found:
                print(f"ok: {package} -> {where}: {sorted(names & found)[0]}")
            else:
                failed += 1
                print(f"FAIL: {package} (scripts/dev.sh) has no counterpart in {where}")
    return 1 if failed else 0


def main():
    parser = argparse.ArgumentParser()
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--validate", action="store_true")
    mode.add_argument("--dependencies", action="store_true")
    parser.add_argument("--tools", help="folder with node_modules/.bin/action-validator")
    args = parser.parse_args()
    return validate(args.tools) if args.validate else check_dependencies()


if __name__ == "__main__":
    sys.exit(main())
