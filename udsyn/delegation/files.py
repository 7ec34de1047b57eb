"""Files sent to the desk: refused when too large or not what they claim to be, judged by their content (the
same content sniffing the document import uses), never by their name."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from udsyn.core.forms import MultipleFileDropInput
from udsyn.extraction.errors import EmptyDocument
from udsyn.extraction.sniff import DOCX, PDF, ZIP, detect_mime

PNG = "image/png"
JPEG = "image/jpeg"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"

ATTACHMENT_TYPES = {PDF: "PDF", DOCX: "Word (DOCX)", PNG: "PNG", JPEG: "JPEG"}
PRESENTATION_TYPES = {PDF: "PDF", PPTX: "PowerPoint (PPTX)", DOCX: "Word (DOCX)"}


def content_type(data: bytes) -> str | None:
    """The MIME type of `data` by its leading bytes and structure; None for an empty file."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    try:
        mime = detect_mime(data)
    except EmptyDocument:
        return None
    if mime == ZIP and _is_pptx(data):
        return PPTX
    return mime


def _is_pptx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "ppt/presentation.xml" in archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return False


def max_bytes() -> int:
    return settings.DELEGATION_ATTACHMENT_MAX_MB * 1024 * 1024


def checked_file(upload: Any, allowed: dict[str, str]) -> str:
    """The content type of an uploaded file, or a ValidationError that names the file and what is accepted."""
    if upload.size > max_bytes():
        raise forms.ValidationError(
            _("“%(name)s” is %(size).1f MB; files may be at most %(limit)s MB."),
            params={"name": upload.name, "size": upload.size / 1024 / 1024,
                    "limit": settings.DELEGATION_ATTACHMENT_MAX_MB})
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    mime = content_type(data)
    if mime is None:
        raise forms.ValidationError(_("“%(name)s” is empty."), params={"name": upload.name})
    if mime not in allowed:
        raise forms.ValidationError(
            _("“%(name)s” is not a file of an accepted kind (%(kinds)s)."),
            params={"name": upload.name, "kinds": ", ".join(allowed.values())})
    return mime


class AttachmentsField(forms.FileField):
    """Up to DELEGATION_MAX_ATTACHMENTS files of the accepted kinds; cleans to a list of (upload, content type)."""

    def __init__(self, *args: Any, allowed: dict[str, str], **kwargs: Any):
        self.allowed = allowed
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", MultipleFileDropInput(limit_setting="DELEGATION_ATTACHMENT_MAX_MB"))
        super().__init__(*args, **kwargs)
        self.widget.attrs["accept"] = ",".join(sorted(allowed))

    def clean(self, data: Any, initial: Any = None) -> list[tuple[Any, str]]:
        uploads = [u for u in (data if isinstance(data, list | tuple) else [data]) if u]
        if len(uploads) > settings.DELEGATION_MAX_ATTACHMENTS:
            raise forms.ValidationError(_("Send at most %(count)s files."),
                                        params={"count": settings.DELEGATION_MAX_ATTACHMENTS})
        errors, checked = [], []
        for upload in uploads:
            try:
                checked.append((upload, checked_file(upload, self.allowed)))
            except forms.ValidationError as error:
                errors.extend(error.error_list)
        if errors:
            raise forms.ValidationError(errors)
        return checked
