from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from udsyn.core.permissions import can_manage_users

# The main menu: (url name, label).
MENU = [
    ("dashboard", _("Overview")),
    ("membership_list", _("Memberships")),
    ("partner_list", _("Partner cities")),
    ("project_list", _("Projects")),
    ("visit_list", _("Visits")),
    ("event_list", _("Events")),
    ("delegationrequest_list", _("Delegation desk")),
    ("strategy_list", _("Strategies")),
    ("organisation_list", _("Organisations")),
    ("import_list", _("Import")),
    ("reports_index", _("Reports")),
    ("insight_map", _("Map")),
]


def navigation(request) -> dict:
    items = [{"url": reverse(name), "label": label, "active": False} for name, label in MENU]
    # The one entry whose address is the longest prefix of this page's is the current one
    # (the map lives under /reports/ but is its own entry; "/" only matches the dashboard itself).
    matches = [item for item in items if request.path == item["url"]
               or (item["url"] != "/" and request.path.startswith(item["url"]))]
    if matches:
        max(matches, key=lambda item: len(item["url"]))["active"] = True
    # The administrators' own page: the users of their municipality.
    users_url = reverse("user_list") if can_manage_users(getattr(request, "user", None)) else None
    return {"menu": items, "users_url": users_url}
