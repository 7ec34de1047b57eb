"""A learned reader for partner, network and project names: candidates the rules did not find, scored by a small
logistic model over features that generalise (context words, cue words, list/table/heading position, the
document's language and home country, gazetteer facts, token shape and suffixes), never the identity of a name.

    learned_records(ctx, records)   # records the rules missed, each with a calibrated confidence

The weights (data/learned_names.json) are trained offline by tools/train_names_model.py from the gold files the
repository may learn from; the same script measures it round by round (leave one round out).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import lexicon as lx
from . import places
from .context import Context, make_record, section_kind
from .gazetteer import countries_in, fold, resolve_city, resolve_country
from .language import current
from .model import Record
from .segment import _BULLET, Segment
from .words import doc_zipf, english_zipf

TYPES = ("partner", "network", "project")
WEIGHTS = Path(__file__).parent / "data" / "learned_names.json"
ENABLED = True  # the training script reads the rules' records alone

_TOKEN = re.compile(r"\w+(?:[-'’&.]\w+)*", re.UNICODE)
# Lower-case words that join the capitalised words of one name: "Council of Europe", "Union der Baltischen Städte".
_CONNECTORS = frozenset("of for the and i af og und de la le du des am an der di del y en för och til på on upon "
                        "sur am im zu van von".split())
_MAX_TOKENS = 7
MAX_MENTIONS = 5
# Words that open a sentence and are never the first word of a name.
_OPENERS = frozenset("the a an in on at for and but this that these those with from by to of as if when after "
                     "before since during den det de en et i på af til med for og men når efter før som der her "
                     "dette disse vi han hun det som och men när efter innan under med till från av på som".split())
_WINDOW = 3


@dataclass
class Mention:
    name: str
    start: int
    end: int
    seg: Segment
    features: list[str]


def _cap(tok: str) -> bool:
    return tok[:1].isupper()


def _prefix(word: str, n: int = 5) -> str:
    return word.lower()[:n]


def _common(word: str) -> bool:
    """An everyday word of the document's language or of English (a name's generic part: Council, Network)."""
    return _common_in(word.lower(), current().lang)


@lru_cache(maxsize=50_000)
def _common_in(low: str, lang: str) -> bool:  # the language is part of the key: doc_zipf reads the document's
    return doc_zipf(low) >= 3.3 or english_zipf(low) >= 3.3


def _runs(text: str, tokens: list[re.Match]) -> list[tuple[int, int]]:
    """(first, last+1) token indices of capitalised runs, connectors inside a run allowed."""
    out, i, n = [], 0, len(tokens)
    while i < n:
        if not _cap(tokens[i].group()):
            i += 1
            continue
        j = i + 1
        while j < n and j - i < _MAX_TOKENS:
            t = tokens[j].group()
            gap = text[tokens[j - 1].end():tokens[j].start()]
            if gap not in (" ", "  ", "\t"):
                break  # a name never runs over a line, a comma, a bracket or a full stop
            if _cap(t) or (t.isdigit() and len(t) <= 4):
                j += 1
            elif t.lower() in _CONNECTORS and j + 1 < n and _cap(tokens[j + 1].group()):
                j += 2
            else:
                break
        out.append((i, j))
        i = j
    return out


def _segment_text(ctx: Context, seg: Segment) -> tuple[int, str]:
    start = seg.start
    if seg.kind == "item":
        bullet = _BULLET.match(ctx.text[start:seg.end])
        if bullet:
            start += bullet.end()
    return start, ctx.text[start:seg.end]


@lru_cache(maxsize=20_000)
def _place_facts(name: str, home: str) -> tuple[str, ...]:
    if len(name) < 3 or len(name.split()) > 3:
        return ()
    out = []
    if resolve_country(name):
        out.append("is_country")
    city = resolve_city(name)
    if city is not None:
        out.append("place")
        out.append("place_home" if city.country == home else "place_abroad")
        band = "1k" if city.population < 15_000 else "15k" if city.population < 100_000 else \
            "100k" if city.population < 1_000_000 else "1m"
        out.append("pop:" + band)
    return tuple(out)


def _shape(name: str, toks: list[str]) -> list[str]:
    out = [f"n:{min(len(toks), 4)}"]
    if any(t.isupper() and len(t) > 1 for t in toks):
        out.append("caps_tok")
    if all(t.isupper() or not t.isalpha() for t in toks):
        out.append("all_caps")
    if any(t.isdigit() for t in toks):
        out.append("digit")
    if any(t.lower() in _CONNECTORS for t in toks):
        out.append("connector")
    common = [_common(t) for t in toks if not t.isdigit()]
    if common and all(common):
        out.append("all_common")
    elif common and not any(common):
        out.append("no_common")
    lang = current().lang
    for t in toks:
        if _common(t) and not t.isdigit():
            out.append("w:" + t.lower())
    last = toks[-1].lower()
    if _common(last):
        out.append(f"lw:{lang}:{last}")  # "X Kommune" on a Danish page is at home, on an English one abroad
    out.append("suf:" + last[-3:])
    if "-" in name:
        out.append("hyphen")
    return out


# The rules' own cue lexicons, read as facts of the segment a name stands in.
_CUES = (("twin", lx.TWIN_RE), ("strong", lx.STRONG_COOPERATION), ("cooperation", lx.COOPERATION),
         ("network", lx.NETWORK_WORD), ("hedge", lx.HEDGES), ("denied", lx.DENIED_SECTION))
_CURRENCY = frozenset("dkk eur sek nok gbp usd isk chf kr".split())


def _may_be_name(name: str, first: str) -> bool:
    """Not an amount ("DKK 45"), not a country, not the document's own town or a body named after it."""
    if first.lower() in _CURRENCY or resolve_country(name):
        return False
    return not current().own.in_name(name)


def _segment_features(ctx: Context, seg: Segment, text: str, tokens: list[re.Match]) -> list[str]:
    doc = current()
    out = [f"k:{seg.kind}", f"lang:{doc.lang}"]
    kind = section_kind(seg)
    if kind:
        out.append(f"sec:{kind}")
    out += sorted({"h:" + _prefix(w) for w in _TOKEN.findall(seg.path[-1]) if len(w) > 2}) if seg.path else []
    out += sorted({"s:" + _prefix(t.group()) for t in tokens if t.group().islower() and len(t.group()) > 2})
    n = len(tokens)
    out.append("len:" + ("1-3" if n <= 3 else "4-8" if n <= 8 else "9-20" if n <= 20 else "21+"))
    return out


def _segment_late(text: str) -> list[str]:
    """The segment's cue words (the rules' lexicons) and the countries it names."""
    out = ["cue:" + cue for cue, rx in _CUES if rx.search(text)]
    countries = countries_in(text)
    if countries:
        out.append("c_in_seg")
        out.append("c_home_in_seg" if current().home in countries else "c_abroad_in_seg")
    return out


def _spans(text: str, tokens: list[re.Match]):
    """(first, last+1, sentence start) of each candidate: a capitalised run, and the run without a sentence's
    everyday first word ("Kommunens", "The"), connectors trimmed at either end."""
    for i, j in _runs(text, tokens):
        spans = [(i, j)]
        before = text[max(0, tokens[i].start() - 2):tokens[i].start()].strip()
        sentence_start = i == 0 or before in (".", "!", "?", ":")
        if sentence_start and _common(tokens[i].group()):
            if j - i == 1:
                continue  # one everyday word opening a sentence is no name
            spans = [(i + 1, j)] if _common(tokens[i].group()) and tokens[i].group().lower() in _OPENERS else \
                [(i, j), (i + 1, j)]
        for a, b in spans:
            while b > a + 1 and tokens[b - 1].group().lower() in _CONNECTORS:
                b -= 1
            while a < b - 1 and tokens[a].group().lower() in _CONNECTORS:
                a += 1
            yield a, b, sentence_start and a == i


# Features that cost a look-up (the place index, the rules' place tests, the segment's cue and country words) and
# the mention count, known only at the end; groups of them that exclude each other.
_EXCLUSIVE = (("m:1", "m:2-3", "m:4+"), ("pop:1k", "pop:15k", "pop:100k", "pop:1m"), ("place_home", "place_abroad"),
              ("abroad", "not_abroad"), ("c_home_in_seg", "c_abroad_in_seg"))
_PLACE = frozenset({"place", "place_home", "place_abroad", "pop:1k", "pop:15k", "pop:100k", "pop:1m", "foreign_city"})
_LATE = frozenset({"is_country", "place", "place_home", "place_abroad", "pop:1k", "pop:15k", "pop:100k", "pop:1m",
                   "programme", "home_town_in", "foreign_city", "unknown_town_abroad", "municipal_at_home",
                   "abroad", "not_abroad", "m:1", "m:2-3", "m:4+", "c_in_seg", "c_home_in_seg", "c_abroad_in_seg",
                   *(f"cue:{c}" for c, _ in _CUES)})
_NOT_A_PLACE = _LATE - _PLACE


def _bounds(model: dict, possible: frozenset[str]) -> list[tuple[dict, float, float, frozenset[str]]]:
    """(weights, the most `possible` features can add, the threshold's log-odds, vetoes) of each type in use."""
    cache = model.setdefault("_bounds", {})  # kept with the model it was computed for
    if possible not in cache:
        out = []
        for t, w in model["weights"].items():
            th = model["threshold"][t]
            if th >= 1.0:
                continue
            veto = VETO.get(t, frozenset())
            bound, grouped = 0.0, set()
            for group in _EXCLUSIVE:
                options = [f for f in group if f in possible]
                if options:
                    bound += max(0.0, *(w.get(f, 0.0) for f in options))
                    grouped.update(group)
            bound += sum(max(0.0, w.get(f, 0.0)) for f in possible - grouped - veto)
            out.append((w, bound, math.log(th / (1.0 - th)), veto))
        cache[possible] = out
    return cache[possible]


def _reachable(model: dict, base: list[float], known: list[str], possible: frozenset[str]) -> bool:
    """Whether some type's threshold is within reach of a mention whose segment scores `base` (per type), whose
    own features so far are `known` and whose look-ups may still add any of `possible` (a mention out of reach is
    not looked up: the same records, sooner)."""
    feats = set(known)
    for (w, bound, line, veto), z in zip(_bounds(model, possible), base, strict=True):
        if not veto.intersection(feats) and z + sum(w.get(f, 0.0) for f in feats) + bound >= line:
            return True
    return False


def _segment_scores(model: dict, seg_feats: list[str]) -> list[float]:
    """What the segment's own features add to each type's score (the same for every mention in it)."""
    feats = set(seg_feats)
    return [sum(w.get(f, 0.0) for f in feats) for w, _b, _l, _v in _bounds(model, _LATE)]


def _mentions(ctx: Context, skip=None, model: dict | None = None) -> list[Mention]:
    """Every candidate mention with its features; names `skip(key)` says the rules have are left out early, and
    with a model, mentions that cannot reach a threshold whatever their look-ups say."""
    out = []
    seen: dict[str, int] = {}
    seg_late: dict[int, list[str]] = {}
    for seg in ctx.segments:
        if seg.kind == "toc":
            continue
        base, text = _segment_text(ctx, seg)
        tokens = list(_TOKEN.finditer(text))
        seg_feats = None
        for a, b, sentence_start in _spans(text, tokens):
            name = text[tokens[a].start():tokens[b - 1].end()]
            if len(name) < 3 or name.isdigit():
                continue
            key = norm(name)
            if not key or (skip is not None and skip(key)):
                continue
            seen[key] = seen.get(key, 0) + 1
            if seen[key] > MAX_MENTIONS or not _may_be_name(name, tokens[a].group()):
                continue
            if seg_feats is None:
                seg_feats = _segment_features(ctx, seg, text, tokens)
                seg_z = _segment_scores(model, seg_feats) if model else []
            f = _early(text, tokens, a, b, name, sentence_start) + _name_facts(name)
            if model and not _reachable(model, seg_z, f, _LATE):
                continue
            f += _place_facts(name, current().home)
            if model and not _reachable(model, seg_z, f, _LATE if "place" in f else _NOT_A_PLACE):
                continue
            late = seg_late.get(seg.index)
            if late is None:
                late = seg_late[seg.index] = _segment_late(text)
            f = seg_feats + f + late + _rule_facts(ctx, name, text, tokens[a].start(), base)
            out.append(Mention(name, base + tokens[a].start(), base + tokens[b - 1].end(), seg, f))
    for m in out:
        n = seen[norm(m.name)]
        m.features.append("m:1" if n == 1 else "m:2-3" if n <= 3 else "m:4+")
    return out


def _early(text, tokens, a, b, name, sentence_start) -> list[str]:
    """The mention's own features that cost no look-up: shape, position, the words around it."""
    doc = current()
    toks = [t.group() for t in tokens[a:b]]
    f = ["bias", *_shape(name, toks)]
    if doc.own.is_own(name):
        f.append("own")
    elif doc.own.in_name(name):
        f.append("own_in")
    if sentence_start:
        f.append("sent_start")
    if a == 0:
        f.append("seg_first")
    if b == len(tokens):
        f.append("seg_last")
    if a == 0 and b == len(tokens):
        f.append("whole_seg")
    for k in range(max(0, a - _WINDOW), a):
        w = tokens[k].group()
        f.append(("l1:" if k == a - 1 else "l:") + (_prefix(w) if w.islower() else "CAP"))
    for k in range(b, min(len(tokens), b + _WINDOW)):
        w = tokens[k].group()
        f.append(("r1:" if k == b else "r:") + (_prefix(w) if w.islower() else "CAP"))
    s, e = tokens[a].start(), tokens[b - 1].end()
    before = text[:s].rstrip()[-1:]
    after = text[e:].lstrip()[:1]
    if before and not before.isalnum():
        f.append("pb:" + before)
    if after and not after.isalnum():
        f.append("pa:" + after)
    if after == "(" and re.match(r"\s*\(\s*[A-ZÆØÅ0-9-]{2,10}\s*\)", text[e:]):
        f.append("acronym_next")
    if b < len(tokens) and resolve_country(tokens[b].group()):
        f.append("country_next")
    return f


_KNOWN_NETWORKS = frozenset(fold(n) for n in lx.KNOWN_NETWORKS)


def _name_facts(name: str) -> list[str]:
    """What the rules' word lists say of the name itself: a body at home, an institution, a municipality, a region,
    a known network."""
    out = []
    if lx.DANISH_INSTITUTION.search(name):
        out.append("danish_institution")
    if lx.INSTITUTION_WORDS.search(name):
        out.append("institution_word")
    if fold(name) in _KNOWN_NETWORKS:
        out.append("known_network")
    if fold(name) in places.REGIONS:
        out.append("region")
    if places.MUNICIPAL.search(name):
        out.append("municipal_word")
    return out


def _rule_facts(ctx: Context, name: str, text: str, at: int, base: int) -> list[str]:
    """What the rules' place knowledge says of the name: an institution at home, a town abroad, a town the index
    lacks with its foreign country beside it."""
    out = []
    if name.split()[0].casefold() in lx.PROGRAMME_NAMES or any(rx.search(name) for _, rx in lx.PROGRAMME_RES):
        out.append("programme")
    if len(name.split()) > 1 and places.home_town_in(name):
        out.append("home_town_in")
    context = ctx.text[max(0, base - 200):base + len(text) + 200]
    if len(name.split()) <= 3:
        if places.foreign_city(name, context):
            out.append("foreign_city")
        if places.unknown_town(text, at, name):
            out.append("unknown_town_abroad")
    code = places.abroad(name, text, context)
    out.append("abroad" if code else "not_abroad")
    if not code and places.MUNICIPAL.search(name):
        out.append("municipal_at_home")  # "X Kommune" whose town is no known place abroad: a neighbour, or the own
    return out


@lru_cache(maxsize=20_000)
def norm(text: str) -> str:
    """A name as the scorer compares it (case, accents, æøå and punctuation aside)."""
    text = unicodedata.normalize("NFKD", str(text)).casefold()
    text = text.replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z+]+", " ", text).split())


def candidates(ctx: Context, skip=None, model: dict | None = None) -> dict[str, list[Mention]]:
    """{normalised name: its mentions (at most MAX_MENTIONS)}, each mention with its features."""
    by_name: dict[str, list[Mention]] = {}
    for m in _mentions(ctx, skip, model):
        by_name.setdefault(norm(m.name), []).append(m)
    return by_name


@lru_cache(maxsize=1)
def weights() -> dict:
    if not WEIGHTS.exists():
        return {}
    return json.loads(WEIGHTS.read_text("utf-8"))


def probability(w: dict[str, float], features: list[str]) -> float:
    z = sum(w.get(f, 0.0) for f in set(features))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def score(model: dict, features: list[str]) -> dict[str, float]:
    return {t: probability(model["weights"][t], features) for t in TYPES if t in model.get("weights", {})}


def _covered(key: str, known: list[str]) -> bool:
    """The name is one the rules already have (as the scorer would match it), or a part of one."""
    for k in known:
        if key == k or key in k or k in key:
            return True
    return False


# What the rules' own knowledge rules out, whatever the model says: a partner is abroad, never a body at home.
VETO = {"partner": frozenset({"municipal_at_home", "danish_institution", "home_town_in", "place_home", "own_in"})}


def choose(found: dict[str, list[Mention]], records: list[Record], model: dict) -> list[tuple[float, str, Mention]]:
    """(probability, type, best mention) of each candidate name the rules do not have, above the type's threshold."""
    known = [norm(r.name or "") for r in records if r.name]
    out = []
    for key, mentions in found.items():
        if _covered(key, known):
            continue
        best = None
        for m in mentions:
            for t, p in score(model, m.features).items():
                if VETO.get(t, frozenset()).intersection(m.features):
                    continue
                if best is None or p > best[0]:
                    best = (p, t, m)
        if best is None or best[0] < model["threshold"][best[1]]:
            continue
        out.append(best)
        known.append(key)
    return out


def learned_records(ctx: Context, records: list[Record], model: dict | None = None) -> list[Record]:
    """Names the rules missed that the model is sure enough of, one record per name, its best mention quoted."""
    model = model if model is not None else weights() if ENABLED else {}
    if not model:
        return []
    known = [norm(r.name or "") for r in records if r.name]
    out = []
    for p, t, m in choose(candidates(ctx, lambda key: _covered(key, known), model), records, model):
        top = sorted(set(m.features), key=lambda f: -model["weights"][t].get(f, 0.0))[:4]
        city = resolve_city(m.name) if t == "partner" else None
        out.append(make_record(ctx, t, m.name, m.start, m.end, None, round(p, 2), m.seg,
                               country=city.country if city else None, evidence="learned: " + ", ".join(top)))
    return out
