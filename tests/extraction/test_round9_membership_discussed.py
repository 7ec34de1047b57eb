"""Round 9: a membership that "has been discussed" ("Et medlemskab af X har været drøftet, men ...", "Ett medlemskap
i X har diskuterats", "Membership of X was discussed") is no membership; a network joined in the sentence before
still is. Texts of our own."""

import pytest

from udsyn.extraction import extract_bytes


@pytest.mark.parametrize("sentence", [
    "Et medlemskab af QUIETNET har været drøftet, men administrationen går ikke videre med det.",
    "Ett medlemskap i QUIETNET har diskuterats, men förvaltningen går inte vidare.",
    "Membership of QUIETNET was discussed, but the council will not go further with it.",
    "Et medlemskap i QUIETNET er vurdert, men rådmannen går ikke videre.",
])
def test_discussed_membership_is_none(sentence):
    text = "Status\n\nKommunen er medlem af Nordic Quiet Towns.\n\n" + sentence
    records = extract_bytes(text.encode(), "a.txt").records
    assert [r.name for r in records if r.type == "network"] == ["Nordic Quiet Towns"]
