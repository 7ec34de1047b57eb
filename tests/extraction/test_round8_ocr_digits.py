"""Round 8: a scanned text whose damage is digits among letters (K0mmunen, pers0n, udva1get) and O for 0 in figures
shows OCR damage, so its figures are read back ("45.OOO kr." is 45.000 kr.); clean text with codes (CO2, A4, 3D) does
not. Texts of our own."""

from udsyn.extraction import extract_bytes
from udsyn.extraction.ocr import is_damaged

SCANNED = ("5.2 Venskabsbyer\n\nK0mmunens udgift til venskabsbystaevnet var 37.OOO kr., mens de 40 deltagere "
           "selv betalte 85O kr. pr. pers0n. Kultur- og fritidsudva1get gav desuden et ti1skud på 12.5OO kr. til "
           "elevudvekslingen med venskabsbyen.\n")


def test_digits_among_letters_are_ocr_damage():
    assert is_damaged(SCANNED)


def test_codes_and_figures_in_clean_text_are_no_damage():
    clean = ("Kommunen vil nedbringe CO2-udledningen med 70 procent og printer på A4-papir. Projektet 3D-Print "
             "fik 45.000 kr. og 950 kr. pr. person fra venskabsbyen.")
    assert not is_damaged(clean)


def test_scanned_figures_are_read_back():
    values = sorted(r.value for r in extract_bytes(SCANNED.encode(), "a.txt").records if r.type == "money")
    assert values == [850, 12500, 37000]
