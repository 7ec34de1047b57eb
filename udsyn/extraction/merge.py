"""One record per distinct thing per document: merge repeated and near-identical mentions."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .gazetteer import fold
from .lexicon import KNOWN_NETWORKS
from .model import BULK_ACCEPT_CONFIDENCE, Record

TYPE_PRIORITY = {"network": 3, "partner": 2, "project": 1}


def _key(rec: Record) -> str:
    if rec.type == "partner" and rec.fields.get("city") and not rec.fields.get("institution"):
        return "city:" + fold(rec.fields["city"])
    # "Green Economy and Innovation Forum" = "Green Economy & Innovation Forum" (fold drops the &).
    return _AND.sub(" ", fold(rec.name or ""))


_AND = re.compile(r" (?:and|og|und) ")


_DIGITS = re.compile(r"\d+")
_NETWORK_PREFIXES = {key for key in KNOWN_NETWORKS if " " not in key}
_GENERIC_TAIL = re.compile(r"\s+(?:network|netvaerk|netvaerket|initiative|programme|program)$")


def _core(key: str) -> str:
    """The distinctive part of a name: without a generic last word, or the well-known network that
    runs it ("C40 Municipal Building Efficiency Network" is the Municipal Building Efficiency network)."""
    core = _GENERIC_TAIL.sub("", key)
    first, _, rest = core.partition(" ")
    if rest and len(rest) >= 12 and first in _NETWORK_PREFIXES:
        return rest
    return core


def _same(a: Record, b: Record) -> bool:
    ka, kb = _key(a), _key(b)
    if ka == kb:
        return True
    # "Nature Insurance value ... (NAIAD)" and the heading "NAIAD": the acronym the text gave it.
    if any(fold(r.fields.get("acronym") or "") == k for r, k in ((a, kb), (b, ka))):
        return True
    if ka.startswith("city:") or kb.startswith("city:"):
        return False
    ca, cb = _core(ka), _core(kb)
    short, long_ = sorted((ca, cb), key=len)
    # "European Healthy Cities Network" and "WHO European Healthy Cities": the same network.
    if len(short) >= 12 and len(short) >= 0.8 * len(long_) and f" {short} " in f" {long_} ":
        return True
    if _DIGITS.findall(ca) != _DIGITS.findall(cb):
        return False  # numbers are not slips: EURO2020 and EURO2021, Interreg 5A and 6A differ
    # OCR and typing slips (Al4Cities / AI4CITIES) are one letter apart in a long name.
    return len(ca) >= 5 and len(cb) >= 5 and fuzz.ratio(ca, cb) >= (88 if min(len(ca), len(cb)) >= 8 else 90)



def _blocks(rec: Record) -> tuple[set[tuple], set[tuple]]:
    """(keys to file rec under, keys to look up) such that an earlier record _same() as rec is found.

    Names merge when they are equal, one is the acronym given to the other, one is the other with a
    word more or less (restatements), or they are nearly equal (slips, which leave one half of the
    name as it was), so a few dictionary look-ups replace comparing every pair.
    """
    key = _key(rec)
    core = _core(key)
    words = core.split()
    # Containment needs the shorter name to have 12 letters or more (see _same).
    shorter = {("key", part) for part in (" ".join(words[1:]), " ".join(words[:-1])) if len(part) >= 12}
    # A slip (one or two letters) leaves one half of the name intact: file under both halves, look up
    # halves one letter longer or shorter too (an inserted or dropped letter).
    half = len(core) // 2
    own = {("key", key), ("key", core), ("pre", core[:half]), ("suf", core[half:])}
    acronym = fold(rec.fields.get("acronym") or "")
    if acronym:
        own.add(("acr", acronym))
    wanted = {("key", key), ("key", core), ("acr", key), *shorter}
    wanted |= {("pre", core[:half + d]) for d in (-1, 0, 1)} | {("suf", core[half + d:]) for d in (-1, 0, 1)}
    if acronym:
        wanted.add(("key", acronym))
    return own | shorter, wanted


def merge_records(records: list[Record]) -> list[Record]:
    """Merge records of the same type and name; a name claimed by two types keeps the stronger.

    Each record is compared only with earlier ones sharing a word or an end of its name (an index,
    not every pair), so thousands of distinct names merge in linear time.
    """
    merged: list[Record] = []
    strong: set[int] = set()
    index: dict[tuple[str, str], list[int]] = {}
    for rec in sorted(records, key=lambda r: (-r.confidence, r.start)):
        own, wanted = _blocks(rec)
        candidates = sorted({i for b in wanted for i in index.get((rec.type, b), ())})
        twin = next((merged[i] for i in candidates if _same(merged[i], rec)), None)
        if twin is None:
            rec.fields["mentions"] = 1
            merged.append(rec)
            if rec.confidence >= BULK_ACCEPT_CONFIDENCE:
                strong.add(id(rec))
            for b in own:
                index.setdefault((rec.type, b), []).append(len(merged) - 1)
            continue
        twin.fields["mentions"] = twin.fields.get("mentions", 1) + 1
        for key, value in rec.fields.items():
            twin.fields.setdefault(key, value)
        # Each further mention adds a little; weak mentions alone (a city in a cooperation sentence, a name after
        # a weak cue) never add up to the bulk-accept line: that takes one mention strong enough on its own.
        ceiling = 0.98 if id(twin) in strong else BULK_ACCEPT_CONFIDENCE - 0.01
        twin.confidence = min(ceiling, max(twin.confidence, twin.confidence + 0.05))
    return _resolve_types(sorted(merged, key=lambda r: r.start))


# A network named only after a cue of taking part or in a project's sentence: a project cue for the same name
# outweighs it.
_WEAK_NETWORK = {"after a participation cue", "after a weak cue in a network sentence", "named in a project sentence"}


def _resolve_types(records: list[Record]) -> list[Record]:
    out: list[Record] = []
    by_key: dict[str, list[int]] = {}
    for rec in records:
        key = _key(rec)
        rival_at = next((i for i in by_key.get(key, ()) if out[i].type != rec.type), None)
        if rival_at is None:
            by_key.setdefault(key, []).append(len(out))
            out.append(rec)
            continue
        pair = (out[rival_at], rec)
        project = next((r for r in pair if r.type == "project"), None)
        network = next((r for r in pair if r.type == "network"), None)
        if project is not None and network is not None and network.fields.get("evidence") in _WEAK_NETWORK:
            # "deltager i X som partner" where X is named a project ("projektet X", "X, et treårigt projekt"):
            # taking part says nothing of a membership, the project cue says what X is.
            better = project
        else:
            better = max(pair, key=lambda r: (r.confidence, TYPE_PRIORITY.get(r.type, 0)))
        if better is rec:
            out[rival_at] = rec
    return out
