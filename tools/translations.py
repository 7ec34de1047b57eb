"""Dump the Danish translation Django serves for every message, to compare catalogues before and after a change.

`python tools/translations.py dump OUT.json` writes {message: translation} as the running Django resolves it
(project catalogue over app catalogues over Django's own); plural forms are keyed "message\\x00n".
`python tools/translations.py compare BEFORE.json AFTER.json` counts messages before and after, changed translations
and messages no longer translated. Run `dump` with PYTHONPATH at another checkout to read that checkout's .mo files.
"""

from __future__ import annotations

import json
import os
import sys


def dump(path: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "udsyn.settings")
    import django
    from django.utils.translation import trans_real

    django.setup()
    catalogue = trans_real.translation("da")._catalog
    entries = {}
    for key in catalogue.keys():
        if key == "":
            continue
        name = f"{key[0]}\x00{key[1]}" if isinstance(key, tuple) else key
        entries[name] = catalogue[key]
    with open(path, "w", encoding="utf-8") as out:
        json.dump(entries, out, ensure_ascii=False, indent=0, sort_keys=True)


def compare(before_path: str, after_path: str) -> int:
    with open(before_path, encoding="utf-8") as f:
        before = json.load(f)
    with open(after_path, encoding="utf-8") as f:
        after = json.load(f)
    changed = {key: (before[key], after[key]) for key in before if key in after and after[key] != before[key]}
    gone = sorted(key for key in before if key not in after)
    print(f"messages before {len(before)}, after {len(after)}, "
          f"changed {len(changed)}, no longer translated {len(gone)}")
    for key, (old, new) in sorted(changed.items()):
        print(f"CHANGED {key!r}: {old!r} -> {new!r}")
    for key in gone:
        print(f"GONE {key!r}: {before[key]!r}")
    return 1 if changed or gone else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"]:
        dump(sys.argv[2])
    else:
        sys.exit(compare(sys.argv[2], sys.argv[3]))
