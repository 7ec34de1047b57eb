"""The first-character lookahead (rxprefix.py) must find exactly what the pattern finds, only sooner."""

import random
import re

import pytest

from udsyn.extraction import lexicon as lx
from udsyn.extraction.rxprefix import with_first_chars

_ALPHABET = "abcdefghijklmnopqrstuvwxyzæøåäö ÆØÅKſİ.,;\n-_0123+"


def _texts() -> list[str]:
    rng = random.Random(8)
    sample = ("Kommunen overvejer medlemskab af Eurocities og deltager i Interreg Europe; "
              "samarbejdet med søsterbyen i Sverige er ikke længere aktivt. Horizon 2020, H2020, LIFE-projektet.")
    return [sample, sample.upper(), "".join(rng.choice(_ALPHABET) for _ in range(20_000))]


def _spans(rx: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("rx", [lx.COOPERATION.rx, lx.STRONG_COOPERATION.rx, *(k.rx for k in lx.HEDGES.parts),
                                lx._ANY_PROGRAMME, lx._BILATERAL_RE, re.compile(r"\bfoo\w*|ba?r|(?-i:\bPETRA\b)", re.I),
                                re.compile(r"(?:x|)y|[a-c]d")])
def test_same_matches(rx):
    fast = with_first_chars(rx)
    for text in _texts():
        assert _spans(fast, text) == _spans(rx, text)
        assert [(m and m.span()) for m in (fast.search(text, i) for i in range(0, len(text), 97))] == \
               [(m and m.span()) for m in (rx.search(text, i) for i in range(0, len(text), 97))]


@pytest.mark.parametrize("pattern,flags", [(r"a*", 0), (r"\w+", 0), (r"[^a]b", 0), (r"a|", 0), (r"(?i:ab)c", 0)])
def test_unknown_first_characters_leave_the_pattern(pattern, flags):
    rx = re.compile(pattern, flags)
    assert with_first_chars(rx) is rx


def test_lookahead_added():
    assert with_first_chars(re.compile(r"abc|de")).pattern == "(?=[ad])(?:abc|de)"


def test_open_quote_guard_covers_the_quoted_activity():
    """cue_projects looks for a quoted activity name only where _OPEN_QUOTE finds a quotation mark: every mark the
    pattern can open a name with must be among them."""
    from udsyn.extraction import projectcues

    opening = re.search(r"\\s\+\[([^\]]+)\]\(\?P<name>", projectcues._ACTIVITY_QUOTED.pattern).group(1)
    assert all(projectcues._OPEN_QUOTE.search(ch) for ch in opening.replace("\\", ""))
