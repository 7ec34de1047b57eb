"""Derive udsyn/extraction/data/da_words.txt.gz from Debian's hunspell-da (Stavekontrolden's dictionary).

    apt-get install hunspell-da && .venv/bin/python tools/danish_lexicon.py

Every stem with its suffix and prefix forms (one level of continuation suffixes), lower case, one word a
line, sorted, gzip'd: the full Danish lexicon the OCR repair needs (ocr.py), about 1 MB to ship instead of
an apt package at run time. Compounds are not expanded (the repair splits them itself).

Licence: the dictionary is (c) 2007-2014 Foreningen for frit tilgængelige sprogværktøjer
(stavekontrolden.dk), LGPL-2.1 or GPL-2 or MPL-1.1; the derived list is distributed under LGPL-2.1
(see udsyn/extraction/data/DA_WORDS_LICENSE).
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

AFF = Path("/usr/share/hunspell/da_DK.aff")
DIC = Path("/usr/share/hunspell/da_DK.dic")
OUT = Path(__file__).resolve().parents[1] / "udsyn" / "extraction" / "data" / "da_words.txt.gz"


def read_affixes(path: Path) -> tuple[dict, set[str]]:
    rules: dict[str, tuple[str, bool, list]] = {}
    only_in_compound: set[str] = set()
    for line in path.read_text("utf-8").splitlines():
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "ONLYINCOMPOUND":
            only_in_compound.add(parts[1])
        if parts[0] in ("SFX", "PFX") and len(parts) == 4 and parts[2] in "YN":
            rules[parts[1]] = (parts[0], parts[2] == "Y", [])
        elif parts[0] in ("SFX", "PFX") and len(parts) >= 5 and parts[1] in rules:
            strip = "" if parts[2] == "0" else parts[2]
            add, _, cont = parts[3].partition("/")
            add = "" if add == "0" else add
            cond = parts[4]
            rx = re.compile((cond + "$") if parts[0] == "SFX" else ("^" + cond)) if cond != "." else None
            rules[parts[1]][2].append((strip, add, set(cont.split(",")) if cont else set(), rx))
    return rules, only_in_compound


def forms(word: str, flags: set[str], rules: dict, only: set[str], depth: int = 0) -> set[str]:
    out = set() if flags & only else {word}
    for flag in flags:
        if flag not in rules:
            continue
        kind, _cross, entries = rules[flag]
        for strip, add, cont, rx in entries:
            if rx is not None and not rx.search(word):
                continue
            if kind == "SFX":
                if strip and not word.endswith(strip):
                    continue
                new = word[: len(word) - len(strip)] + add
            else:
                if strip and not word.startswith(strip):
                    continue
                new = add + word[len(strip):]
            if cont & only:
                continue  # a form that only occurs inside compounds
            out.add(new)
            if cont and depth == 0:
                out |= forms(new, cont, rules, only, depth + 1) - {new} | {new}
    return out


def main() -> int:
    rules, only = read_affixes(AFF)
    words: set[str] = set()
    lines = DIC.read_text("utf-8").splitlines()[1:]
    for line in lines:
        stem, _, flags = line.split("\t")[0].partition("/")
        if not stem:
            continue
        words |= forms(stem, set(flags.split(",")) if flags else set(), rules, only)
    words = {w.lower() for w in words if w and not w.startswith("-") and not w.endswith("-") and " " not in w}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write("\n".join(sorted(words)).encode("utf-8"))
    print(f"{OUT}: {len(words)} words, {OUT.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
