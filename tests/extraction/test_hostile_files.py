import io
import os
import zipfile

import pytest
from pypdf import PdfReader, PdfWriter

from udsyn.extraction import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    ExtractionError,
    TooLarge,
    UnsupportedType,
    extract_bytes,
)


def test_truncated_pdf_is_corrupt(pdf_bytes):
    with pytest.raises(CorruptDocument) as err:
        extract_bytes(pdf_bytes[: len(pdf_bytes) // 2], "cut.pdf")
    assert "truncated" in err.value.user_message


def test_garbled_pdf_body_is_corrupt():
    with pytest.raises(CorruptDocument):
        extract_bytes(b"%PDF-1.7\n" + os.urandom(3000) + b"\n%%EOF\n", "junk.pdf")


def test_encrypted_pdf_is_reported_as_such(pdf_bytes):
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_bytes)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="hemmelig", owner_password="ejer")
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(EncryptedDocument) as err:
        extract_bytes(buf.getvalue(), "locked.pdf")
    assert "password" in err.value.user_message


def test_zip_bomb_disguised_as_docx_is_refused_before_unpacking():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"<w:document>" + b"\x20" * (400 * 1024 * 1024) + b"</w:document>")
    data = buf.getvalue()
    assert len(data) < 2_000_000
    with pytest.raises(TooLarge):
        extract_bytes(data, "innocent.docx")


def test_empty_file():
    with pytest.raises(EmptyDocument):
        extract_bytes(b"", "empty.pdf")


def test_whitespace_only_text_is_empty():
    with pytest.raises(EmptyDocument):
        extract_bytes(b"  \n\n\t \n", "blank.txt")


def test_random_bytes_are_unsupported():
    rng = bytes((i * 7919 + 13) % 251 for i in range(5000))  # deterministic binary noise
    with pytest.raises(UnsupportedType):
        extract_bytes(rng + os.urandom(1000), "noise.bin")


def test_plain_zip_is_not_a_document():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("notes.txt", "hej")
    with pytest.raises(ExtractionError):
        extract_bytes(buf.getvalue(), "archive.docx")


def test_errors_share_a_base_and_carry_a_user_message():
    for cls in (EmptyDocument, CorruptDocument, EncryptedDocument, UnsupportedType, TooLarge):
        err = cls(name="x.pdf")
        assert isinstance(err, ExtractionError)
        assert err.user_message and "x.pdf" in str(err)
