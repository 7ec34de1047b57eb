"""Round 9: teams sent to or met at a sports exchange count ("Fire hold fra klubben", "16 hold fra fem lande"); the
Danish word is short, so it counts only as a whole word ("fire forhold", "to ophold" are no teams). Texts of our
own."""

from udsyn.extraction import extract_bytes


def _counts(text: str) -> list:
    return sorted(int(r.value) for r in extract_bytes(text.encode(), "a.txt").records if r.type == "count")


def test_teams_count():
    text = ("Nyheder\n\nFire hold fra byens klub rejste til venskabsbyen i Litauen. Turneringen samlede 16 hold fra "
            "fem lande.")
    assert _counts(text) == [4, 5, 16]


def test_words_ending_in_hold_are_no_teams():
    text = "Nyheder\n\nVenskabsbyen i Litauen beskrev fire forhold, og eleverne havde to ophold i Litauen."
    assert _counts(text) == []
