"""What a user locked out by django-axes (too many wrong passwords) is told, on the login page and in the API."""

from __future__ import annotations

from typing import Any

from axes.helpers import get_cool_off
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _


def lockout_message() -> str:
    """Why, for how long, and who can lift it, in the user's language."""
    cool_off = get_cool_off()
    minutes = int(cool_off.total_seconds() // 60) if cool_off else 0
    return _("Too many wrong passwords: the account is locked for %(minutes)s minutes from this address. Try again "
             "later, or ask an administrator to lift the lock.") % {"minutes": minutes}


def locked_out(request: HttpRequest, original_response: HttpResponse | None = None,
               credentials: dict[str, Any] | None = None) -> HttpResponse:
    """settings.AXES_LOCKOUT_CALLABLE: the login page's answer while the lock holds (429 Too Many Requests)."""
    return render(request, "registration/locked_out.html", {"message": lockout_message()}, status=429)
