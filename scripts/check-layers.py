#!/usr/bin/env python3
"""Checks that the core's includes follow its layers (ctest: include_layers).

Each folder of src/core is a library that may use only the libraries below it:
    util <- catalog <- feed, download, phone;  phone <- flash
A file includes another domain's header as "domain/name.h"; a plain "name.h" must be in its own folder.
"""
import pathlib
import re
import sys

ALLOWED = {
    'util': {'util'},
    'catalog': {'util', 'catalog'},
    'feed': {'util', 'catalog', 'feed'},
    'download': {'util', 'catalog', 'download'},
    'phone': {'util', 'catalog', 'phone'},
    'flash': {'util', 'catalog', 'phone', 'flash'},
}
INCLUDE = re.compile(r'^#include\s+"([^"]+)"', re.M)


def main() -> int:
    core = pathlib.Path(__file__).resolve().parent.parent / 'src' / 'core'
    problems = []
    for domain, allowed in ALLOWED.items():
        for path in sorted((core / domain).glob('*.[hc]*')):
            for included in INCLUDE.findall(path.read_text(encoding='utf-8')):
                where = f'{path.relative_to(core.parent.parent)}: "{included}"'
                if '/' not in included:
                    if not (path.parent / included).exists():
                        problems.append(f'{where} is not in src/core/{domain}/; write its folder')
                    continue
                other = included.split('/', 1)[0]
                if other not in ALLOWED:
                    problems.append(f'{where}: the core includes no header outside src/core')
                elif other not in allowed:
                    problems.append(f'{where}: {domain} may use only {", ".join(sorted(allowed))}')
    for folder in sorted(p.name for p in core.iterdir() if p.is_dir()):
        if folder not in ALLOWED:
            problems.append(f'src/core/{folder}: a new domain needs its layer in scripts/check-layers.py')
    for problem in problems:
        print(problem)
    print(f'{len(problems)} include(s) across the layers' if problems else 'includes follow the layers')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
