from udsyn.core.forms import RecordForm

from .models import Partner


class PartnerForm(RecordForm):
    class Meta:
        model = Partner
        fields = ["city", "institution", "kind", "department", "signed_on", "renewed_on", "ended_on", "is_priority",
                  "themes", "departments_involved", "activities", "internal"]
