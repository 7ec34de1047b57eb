"""Typed extraction errors: each carries a message that can be shown to a user as is."""

from __future__ import annotations


class ExtractionError(Exception):
    """Base class: the document could not be turned into text."""

    default_message = "The document could not be read."

    def __init__(self, message: str | None = None, *, name: str = "") -> None:
        self.name = name
        text = message or self.default_message
        super().__init__(f"{name}: {text}" if name else text)
        self.user_message = text


class EmptyDocument(ExtractionError):
    default_message = "The document contains no text (it may be empty or a scan without a text layer)."


class CorruptDocument(ExtractionError):
    default_message = "The document is damaged or truncated and cannot be opened."


class EncryptedDocument(ExtractionError):
    default_message = "The document is password-protected; remove the password and upload it again."


class UnsupportedType(ExtractionError):
    default_message = "This kind of file is not supported (use PDF, DOCX, HTML, text, XLSX or CSV)."


class TooLarge(ExtractionError):
    default_message = "The document is too large to process safely."
