from django.urls import reverse
from django.utils.translation import gettext_lazy as _

# The main menu: (url name, label). Apps add their list page here.
MENU = [
    ("dashboard", _("Overview")),
    ("membership_list", _("Memberships")),
    ("partner_list", _("Partner cities")),
    ("project_list", _("Projects")),
    ("visit_list", _("Visits")),
    ("event_list", _("Events")),
    ("strategy_list", _("Strategies")),
    ("organisation_list", _("Organisations")),
    ("import_list", _("Import")),
    ("reports_index", _("Reports")),
    ("insight_map", _("Map")),
]


def navigation(request) -> dict:
    items = []
    for name, label in MENU:
        try:
            url = reverse(name)
        except Exception:  # an app whose pages are not wired yet stays out of the menu
            continue
        items.append({"url": url, "label": label, "active": request.path.startswith(url) and url != "/"
                      or request.path == url})
    return {"menu": items}
