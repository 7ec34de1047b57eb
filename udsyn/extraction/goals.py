"""Goals and indicators of a strategy or result contract, found by document structure.

Three shapes are common in Danish municipal documents, and all are recognised by their headings
and labels, not by any document's wording:

- a section headed by a goal word ("Specifikke mål", "Mål for fokusområde", "Målsætninger") whose
  list items (or short paragraphs) are goals, and one headed by an indicator word ("Indikatorer",
  "Succeskriterier", "Måltal", "KPI") whose items are indicators;
- numbered goals ("Mål 3 – Kvalitet og tilfredshed", "Mål 1: ...") with labelled rows below them
  ("Mål", "Metode", "Afrapportering"), as in result contracts;
- targets stated inside a goal ("mindst 80 pct.", "15 internationale konferencer frem til 2026").

Each indicator carries what its text states: target value and unit, a range, "at least"/"at most",
per year, and the deadline year.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .gazetteer import fold
from .model import Record, page_of
from .money import CURRENCIES, find_money
from .numbers import NUMBER, parse_number
from .ocr import zipf
from .segment import Segment, clean_markup

_GOAL_WORD = r"(?:mål|målene|målsætning(?:er|erne)?|delmål|goals?|objectives?)"
_INDICATOR_WORD = (r"(?:indikator(?:er|erne)?|succeskriteri(?:er|um|erne)|måltal(?:lene)?|nøgletal|kpi(?:'?er)?|"
                   r"indicators?|key performance indicators?|målepunkt(?:er)?|resultatmål|effektmål|"
                   r"success criteria|targets?|milepæle)")
# A heading that names a list of goals: the goal word is its head, with at most two words before it
# ("Specifikke mål", "Vores overordnede mål") and a short complement after ("Mål for fokusområde").
GOAL_HEADING = re.compile(rf"^(?:[\wæøå&-]+\s+){{0,2}}{_GOAL_WORD}(?:\s+(?:for|med|og|&|i|til|of|for the)\s+"
                          rf"[^.]{{0,50}})?:?$", re.I)
INDICATOR_HEADING = re.compile(rf"^(?:[\wæøå&-]+\s+){{0,2}}{_INDICATOR_WORD}(?:\s+(?:for|og|&|til|of)\s+"
                               rf"[^.]{{0,50}})?:?$", re.I)
# "Mål 3 – Kvalitet, kompetencer og virksomhedernes tilfredshed", "Målsætning 2: ...", "Goal 1. ..."
NUMBERED_GOAL = re.compile(r"^(?:Mål|Målsætning|Delmål|Goal|Objective)\s*(?P<no>\d{1,2}[a-z]?)\s*[-–—:.)]\s*"
                           r"(?P<title>\S.{2,140})$")
# Labelled rows of a goal table: "Mål<TAB>...", "Metode<TAB>...", "Afrapportering<TAB>...".
_ROW = re.compile(r"^(?P<label>Mål|Målsætning|Metode|Måling|Afrapportering|Afreportering|Opfølgning|Begrundelse|"
                  r"Indikator|Succeskriterium|Baseline|Udgangspunkt|Deadline|Tidsfrist|Method|Reporting|"
                  r"Indicator)\s*(?:\t|:\s)(?P<text>.+)$", re.M)
_ROW_FIELDS = {"metode": "method", "måling": "method", "method": "method", "afrapportering": "reporting",
               "afreportering": "reporting", "opfølgning": "reporting", "reporting": "reporting",
               "begrundelse": "rationale", "baseline": "baseline", "udgangspunkt": "baseline",
               "deadline": "deadline", "tidsfrist": "deadline"}
_TAGS = re.compile(r"<[^>]+>")

MAX_GOAL_PARAGRAPHS = 2
_FOOTNOTE = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]|\*|\d+\s*\)|Kilde:|Source:)")
# Words that make a sentence in a goal a target rather than background ("skal", "mindst").
_TARGET_WORDS = re.compile(r"\b(?:skal|mindst|minimum|maksimalt|højst|målsætning\w*|målet er|mål om|"
                           r"at least|must|should|target)\b", re.I)
_SHARE_OR_MONEY = {"%", "procentpoint", *CURRENCIES.values()}
_PIECES = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])|\s*[○•▶●▪]\s*|(?:^|(?<=[\s.]))[-–]\s+(?=[A-ZÆØÅ])")
MAX_GOAL_CHARS = 500


# ---------------------------------------------------------------- targets
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_DEADLINE = re.compile(
    rf"\b(?:i|inden|senest|frem\s+til|frem\s+mod|til|by|in|before|until|innen|ved|med\s+udgangen\s+af)\s+"
    rf"(?:(?:udgangen\s+af|slutningen\s+af|efteråret|foråret|sommeren|vinteren|ultimo|primo|medio|"
    rf"år(?:et)?|the\s+end\s+of)\s+)?(?P<year>{_YEAR})\b", re.I)
_PERCENT = re.compile(rf"(?P<num>{NUMBER})(?:\s*[-–]\s*(?P<num2>{NUMBER}))?\s*"
                      r"(?P<unit>%|pct\.?|procentpoint|procent|percentage points?|per\s?cent)", re.I)
_LEAD_NUMBER = re.compile(rf"(?<![\w.,])(?P<num>{NUMBER})(?:\s*[-–]\s*(?P<num2>{NUMBER}))?"
                          r"(?:\s+(?P<scale>mio\.?|millioner|million|mia\.?|milliarder|tusind))?(?![\d,.]\d)")
_AT_LEAST = re.compile(r"\b(?:mindst|minimum|min\.|minimalt|over|mere end|flere end|at least|more than|top)\s*$",
                       re.I)
_AT_MOST = re.compile(r"\b(?:højst|maksimalt|maks\.?|max\.?|under|op til|mindre end|færre end|at most|"
                      r"less than|up to)\s*$", re.I)
_PER_YEAR = re.compile(r"\b(?:årlig\w*|pr\.?\s*år|per\s+år|om\s+året|hvert\s+år|annual\w*|per\s+year|a\s+year|"
                       r"yearly)\b", re.I)
# Words that end the unit after the number ("20 klimapartnerskaber med industri").
_UNIT_STOP = {"i", "inden", "senest", "frem", "til", "med", "på", "af", "for", "fra", "pr", "pr.", "per", "om",
              "skal", "som", "der", "heraf", "hvoraf", "er", "bliver", "by", "in", "of", "with", "at", "before",
              "within", "efter", "ved", "mod", "og", "samt", "eller", "hvor"}
_NOT_TARGET_BEFORE = re.compile(r"\b(?:efter|after|hvert|every|de|the|alle|all|nr\.?|no\.)\s*$", re.I)
_SCALES = {"mio": 10 ** 6, "millioner": 10 ** 6, "million": 10 ** 6, "mia": 10 ** 9, "milliarder": 10 ** 9,
           "tusind": 1000}


def parse_target(text: str) -> dict:
    """What an indicator text states: target value, unit, range, comparator, per year and deadline year.

    '15 afholdte internationale konferencer frem til 2026' ->
    {'target_value': 15, 'unit': 'afholdte internationale konferencer', 'deadline': '2026'}
    """
    text = " ".join(text.split())
    out: dict = {}
    deadlines = [m for m in _DEADLINE.finditer(text)]
    years = {(m.start("year"), m.end("year")) for m in deadlines}
    if deadlines:
        out["deadline"] = deadlines[-1].group("year")
    quantity = _first_quantity(text, years)
    if quantity is not None:
        out.update(quantity)
    if _PER_YEAR.search(text):
        out["per_year"] = True
    return out


def _is_year(text: str, start: int, end: int, years: set[tuple[int, int]]) -> bool:
    if (start, end) in years:
        return True
    raw = text[start:end]
    return bool(re.fullmatch(_YEAR, raw)) and not re.match(r"\s*(?:%|pct|procent)", text[end:])


def _first_quantity(text: str, years: set[tuple[int, int]]) -> dict | None:
    """The first stated amount that is not a year: percent, money, or a number with its unit."""
    money = {m.start: m for m in find_money(text)}
    percents = {m.start(): m for m in _PERCENT.finditer(text)}
    for m in _LEAD_NUMBER.finditer(text):
        if _is_year(text, m.start(), m.end("num"), years):
            continue
        if _NOT_TARGET_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue  # "efter 3 år" is a condition, "de 11 kommuner" names who, neither is the target
        out: dict = {}
        before = text[max(0, m.start() - 25):m.start()]
        if _AT_LEAST.search(before):
            out["comparator"] = "at least"
        elif _AT_MOST.search(before):
            out["comparator"] = "at most"
        pct = percents.get(m.start())
        if pct is not None:
            out.update(_number_fields(pct.group("num"), pct.group("num2"), 1))
            out["unit"] = "procentpoint" if pct.group("unit").lower().startswith(("procentp", "percentage")) else "%"
            return out
        amount = next((a for s, a in money.items() if s <= m.start() < a.end), None)
        if amount is not None:
            out.update(target_value=amount.value, unit=amount.currency)
            return out
        scale = _SCALES.get((m.group("scale") or "").lower().rstrip("."), 1)
        out.update(_number_fields(m.group("num"), m.group("num2"), scale))
        unit = _unit_after(text[m.end():])
        if unit:
            out["unit"] = unit
        return out
    return None


def _number_fields(num: str, num2: str | None, scale: int) -> dict:
    value = parse_number(num) * scale
    out: dict = {"target_value": _whole(value)}
    if num2:
        high = parse_number(num2) * scale
        if high > value:
            out.update(target_min=_whole(value), target_max=_whole(high), target_value=_whole(high))
    return out


def _whole(value: Decimal) -> Decimal | int:
    return int(value) if value == value.to_integral_value() else value.normalize()


def _unit_after(rest: str) -> str:
    """The noun phrase after a number: '20 klimapartnerskaber med industri' -> 'klimapartnerskaber'."""
    words: list[str] = []
    for word in rest.split()[:7]:
        bare = word.strip(".,;:()")
        low = bare.lower()
        if not bare or low in _UNIT_STOP or any(c.isdigit() for c in bare) and words:
            break
        if words and words[-1].endswith("r") and low.endswith("e") and bare.islower() and zipf(low) >= 3.5:
            break  # "9000 folkeskoleelever opleve ...": a verb after the plural noun ends the unit
        words.append(bare)
        if word != bare:  # punctuation closes the phrase
            break
    while words and _PER_YEAR.fullmatch(words[0]):
        words.pop(0)  # "50 årlige sager": per year is its own field
    while words and _PER_YEAR.fullmatch(words[-1]):
        words.pop()
    return " ".join(words)


# ---------------------------------------------------------------- records
def goal_records(text: str, starts: list[int], segments: list[Segment]) -> list[Record]:
    """Goal and indicator records found in the document's structure."""
    out: list[Record] = []
    for seg in segments:
        if seg.kind == "heading":
            if GOAL_HEADING.match(seg.text) and not NUMBERED_GOAL.match(seg.text):
                out.extend(_listed(text, starts, segments, seg, "goal"))
            elif INDICATOR_HEADING.match(seg.text):
                out.extend(_listed(text, starts, segments, seg, "indicator"))
        m = NUMBERED_GOAL.match(seg.text)
        if m and "\t" not in seg.raw and not m.group("title").rstrip().endswith("."):
            out.extend(_numbered_goal(text, starts, segments, seg, m))
    return _merge(out)


def _body(segments: list[Segment], heading: Segment) -> list[Segment]:
    """The segments directly under heading, up to the next heading of any level."""
    body = []
    for seg in segments[heading.index + 1:]:
        if seg.kind == "heading" or NUMBERED_GOAL.match(seg.text):
            break
        body.append(seg)
    return body


def _theme(segments: list[Segment], heading: Segment) -> str | None:
    """The strategy theme of a goal list: the heading just before it, or the nearest enclosing one."""
    titles = list(heading.path)
    previous = segments[heading.index - 1] if heading.index else None
    if previous is not None and previous.kind == "heading":
        titles.append(previous.text)
    for title in reversed(titles):
        if not GOAL_HEADING.match(title) and not INDICATOR_HEADING.match(title):
            return re.sub(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+", "", title)
    return None


def _listed(text: str, starts: list[int], segments: list[Segment], heading: Segment, kind: str) -> list[Record]:
    body = _body(segments, heading)
    items = [s for s in body if s.kind == "item"]
    if not items:
        # Without a list, only a short label ("Specifikt mål", "Indikatorer") heads goal paragraphs; an
        # "Oversigt over mål for ..." introduces them in prose.
        paragraphs = [s for s in body if s.kind == "paragraph" and not _FOOTNOTE.match(s.text)]
        if (len(heading.text.split()) > 3 or len(paragraphs) > MAX_GOAL_PARAGRAPHS
                or any(len(p.text) > MAX_GOAL_CHARS for p in paragraphs)):
            return []
        items = paragraphs
    theme = _theme(segments, heading)
    out = []
    for seg in items:
        statement = _statement(seg.text)
        if len(statement) < 8 or "\t" in seg.raw:
            continue
        number = re.match(r"\s*(\d{1,2})[.)]\s", seg.raw)
        fields: dict = {"section": heading.text, "theme": theme, "number": number.group(1) if number else None,
                        "evidence": f"listed under '{heading.text}'"}
        if kind == "indicator":
            fields.update(parse_target(seg.text))
        else:
            deadline = parse_target(seg.text).get("deadline")
            fields["deadline"] = deadline
        out.append(_make(text, starts, kind, statement, seg, 0.8, fields))
    return out


def _numbered_goal(text: str, starts: list[int], segments: list[Segment], head: Segment,
                   m: re.Match) -> list[Record]:
    title = clean_markup(m.group("title")).rstrip(" .")
    fields: dict = {"number": m.group("no"), "evidence": "numbered goal"}
    body = _body(segments, head)
    rows = {}
    for seg in body:
        for row in _ROW.finditer(text[seg.start:seg.end]):
            label = row.group("label").lower()
            value = " ".join(_TAGS.sub(" ", row.group("text")).split())
            rows.setdefault(label, (value, seg.start + row.start("text")))
    statement = rows.get("mål") or rows.get("målsætning")
    if statement:
        fields["statement"] = statement[0][:600]
    for label, (value, _pos) in rows.items():
        if label in _ROW_FIELDS:
            fields.setdefault(_ROW_FIELDS[label], value[:600])
    if "deadline" not in fields and statement:
        fields["deadline"] = parse_target(statement[0]).get("deadline")
    out = [_make(text, starts, "goal", title, head, 0.8, fields)]
    # Targets stated in the goal itself become its indicators ("mindst 80 pct. ... er meget tilfredse").
    if statement:
        for sentence in _PIECES.split(statement[0]):
            if not sentence or len(sentence) < 12:
                continue
            target = parse_target(sentence)
            if "target_value" not in target or not target.get("unit"):
                continue
            if target["unit"] in _SHARE_OR_MONEY or _TARGET_WORDS.search(sentence):
                target.update(goal=title, evidence="target stated in a numbered goal")
                out.append(_make(text, starts, "indicator", _statement(sentence), head, 0.7, target,
                                 quote=sentence))
    return out


def _statement(text: str) -> str:
    text = " ".join(text.split()).strip(" .;–-")
    text = re.sub(r"^(?:[-–•*▶○●▪]\s*)+", "", text)
    return text if len(text) <= 240 else text[:237].rsplit(" ", 1)[0] + " …"


def _make(text: str, starts: list[int], kind: str, name: str, seg: Segment, confidence: float, fields: dict,
          quote: str | None = None) -> Record:
    fields = {k: v for k, v in fields.items() if v not in (None, "")}
    return Record(type=kind, name=name, fields=fields, page=page_of(starts, seg.start), start=seg.start,
                  end=seg.end, quote=" ".join((quote or seg.text).split())[:400], confidence=confidence)


def _merge(records: list[Record]) -> list[Record]:
    """One record per goal/indicator: the same goal restated (overview, contract, framework) merges."""
    seen: dict[tuple[str, str, str], Record] = {}
    out = []
    for rec in records:
        # Two numbered goals may share a title (a national and a regional "Grøn omstilling").
        key = (rec.type, rec.fields.get("number", "") if rec.type == "goal" else "", fold(rec.name or ""))
        twin = seen.get(key)
        if twin is None:
            rec.fields["mentions"] = 1
            seen[key] = rec
            out.append(rec)
            continue
        twin.fields["mentions"] += 1
        for k, v in rec.fields.items():
            twin.fields.setdefault(k, v)
    return out
