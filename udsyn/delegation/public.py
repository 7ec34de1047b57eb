"""The public pages: a municipality's request form (no login, Danish or English, also embeddable in the
municipality's website) and the receipt a delegation gets. Nothing else of the desk is public."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import services
from .forms import PublicRequestForm
from .models import ACCEPTED_STATUSES, DelegationRequest, Desk, Status

logger = logging.getLogger(__name__)
LANGUAGES = {code for code, _name in settings.LANGUAGES}


def _desk(slug: str) -> Desk:
    return get_object_or_404(Desk.objects.select_related("municipality", "department"), municipality__slug=slug)


def _language(request: HttpRequest) -> str:
    """?lang=en or ?lang=da (for links from the municipality's English and Danish pages), else the page's language
    (Danish unless the visitor chose English)."""
    wanted = request.GET.get("lang", "")
    return wanted if wanted in LANGUAGES else (translation.get_language() or settings.LANGUAGE_CODE)[:2]


def client_address(request: HttpRequest) -> str:
    """The sender's address for the rate limit. Behind a proxy every request comes from the proxy: name the header
    it puts the visitor's address in (UDSYN_CLIENT_ADDRESS_HEADER, e.g. X-Forwarded-For); its last entry is the one
    the proxy itself saw, the only one a visitor cannot forge."""
    header = settings.CLIENT_ADDRESS_HEADER
    if header:
        forwarded = [part.strip() for part in request.headers.get(header, "").split(",") if part.strip()]
        if forwarded:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR", "")


def _query(language: str, embed: bool) -> str:
    params = {"lang": language, **({"embed": "1"} if embed else {})}
    return "?" + urlencode(params)


def _frame_policy(response: HttpResponse, desk: Desk, embed: bool) -> HttpResponse:
    """The embedded form may sit in a frame: of the municipality's own website when the desk names it, of any site
    otherwise (it holds no one's session). The plain pages keep the site's refusal to be framed."""
    if embed:
        response.xframe_options_exempt = True
        if desk.website:
            parts = urlsplit(desk.website)
            response["Content-Security-Policy"] = f"frame-ancestors 'self' {parts.scheme}://{parts.netloc}"
    return response


def request_form(request: HttpRequest, slug: str, embed: bool = False) -> HttpResponse:
    desk = _desk(slug)
    language = _language(request)
    embed = embed or request.GET.get("embed") == "1"
    response = _request_form(request, desk, language, embed)
    return _frame_policy(response, desk, embed)


def _request_form(request: HttpRequest, desk: Desk, language: str, embed: bool) -> HttpResponse:
    with translation.override(language):
        context: dict[str, Any] = {"desk": desk, "embed": embed, "language": language,
                                   "other_language": "en" if language == "da" else "da"}
        if not desk.is_open:
            return render(request, "delegation/public/closed.html", context)
        if request.method != "POST":
            return render(request, "delegation/public/form.html", {**context, "form": PublicRequestForm(desk=desk)})
        form = PublicRequestForm(request.POST, request.FILES, desk=desk)
        if form.is_robot():
            logger.info("Delegation form: a robot filled in the hidden field; nothing stored.")
            return render(request, "delegation/public/thanks.html", context)
        if not form.is_valid():
            return render(request, "delegation/public/form.html", {**context, "form": form}, status=400)
        try:
            created = services.delegation_request_submit(
                desk=desk, data=form.request_data(), themes=form.cleaned_data["themes"],
                attachments=form.cleaned_data["attachments"],
                client_address=client_address(request), language=language)
        except services.RateLimited:
            form.add_error(None, _("We have received several requests from your address within the hour. Please "
                                   "wait an hour and send the form again, or write to us by e-mail."))
            return render(request, "delegation/public/form.html", {**context, "form": form}, status=429)
    url = reverse("delegation_receipt", args=[desk.municipality.slug, created.reference]) + _query(language, embed)
    return HttpResponseRedirect(url)


def request_form_embed(request: HttpRequest, slug: str) -> HttpResponse:
    return request_form(request, slug, embed=True)


PUBLIC_STATUS = {Status.DECLINED: gettext_lazy("Declined"), Status.HELD: gettext_lazy("The visit has taken place"),
                 Status.FOLLOWED_UP: gettext_lazy("The visit has taken place"),
                 Status.CANCELLED: gettext_lazy("The visit is cancelled")}


def receipt(request: HttpRequest, slug: str, reference: str) -> HttpResponse:
    """What the delegation sent, without the contact's details; its address is the secret of the sender."""
    desk = _desk(slug)
    received = get_object_or_404(DelegationRequest.objects.prefetch_related("themes"), reference=reference,
                                 department__municipality_id=desk.municipality_id)
    language = _language(request)
    embed = request.GET.get("embed") == "1"
    with translation.override(language):
        if received.status in ACCEPTED_STATUSES and received.status not in PUBLIC_STATUS:
            status = _("Accepted")
        else:
            status = PUBLIC_STATUS.get(received.status, _("Received; being considered"))
        wanted = services.long_date(received.preferred_start)
        if received.preferred_end and received.preferred_end != received.preferred_start:
            wanted = f"{wanted} – {services.long_date(received.preferred_end)}"
        context = {"desk": desk, "received": received, "status": status, "language": language,
                   "other_language": "en" if language == "da" else "da", "embed": embed,
                   "themes": [t.label(language) for t in received.themes.all()],
                   "received_day": services.long_date(timezone.localdate(received.submitted_at)),
                   "wanted_days": wanted, "files": received.attachments.count()}
        response = render(request, "delegation/public/receipt.html", context)
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"  # the address is the receipt's only key
    return _frame_policy(response, desk, embed)
