"""One record per distinct thing per document: merge repeated and near-identical mentions."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .gazetteer import fold
from .model import Record

TYPE_PRIORITY = {"network": 3, "partner": 2, "project": 1}


def _key(rec: Record) -> str:
    if rec.type == "partner" and rec.fields.get("city") and not rec.fields.get("institution"):
        return "city:" + fold(rec.fields["city"])
    return fold(rec.name or "")


_GENERIC_TAIL = re.compile(r"\s+(?:network|netvaerk|netvaerket|initiative|programme|program)$")


def _core(key: str) -> str:
    return _GENERIC_TAIL.sub("", key)


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
    if len(short) >= 12 and len(short) >= 0.8 * len(long_) and re.search(rf"(?:^| ){re.escape(short)}(?: |$)", long_):
        return True
    # OCR and typing slips (Al4Cities / AI4CITIES) are one letter apart in a long name.
    return len(ca) >= 5 and len(cb) >= 5 and fuzz.ratio(ca, cb) >= (88 if min(len(ca), len(cb)) >= 8 else 90)


def merge_records(records: list[Record]) -> list[Record]:
    """Merge records of the same type and name; a name claimed by two types keeps the stronger."""
    merged: list[Record] = []
    for rec in sorted(records, key=lambda r: (-r.confidence, r.start)):
        twin = next((m for m in merged if m.type == rec.type and _same(m, rec)), None)
        if twin is None:
            rec.fields["mentions"] = 1
            merged.append(rec)
            continue
        twin.fields["mentions"] = twin.fields.get("mentions", 1) + 1
        for key, value in rec.fields.items():
            twin.fields.setdefault(key, value)
        twin.confidence = min(0.98, twin.confidence + 0.05)
    return _resolve_types(sorted(merged, key=lambda r: r.start))


def _resolve_types(records: list[Record]) -> list[Record]:
    out: list[Record] = []
    for rec in records:
        rival = next((o for o in out if o.type != rec.type and _key(o) == _key(rec)), None)
        if rival is None:
            out.append(rec)
            continue
        better = max((rival, rec), key=lambda r: (r.confidence, TYPE_PRIORITY.get(r.type, 0)))
        if better is rec:
            out[out.index(rival)] = rec
    return out
