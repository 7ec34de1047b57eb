from udsyn.core.forms import RecordForm

from .models import Membership


class MembershipForm(RecordForm):
    class Meta:
        model = Membership
        fields = ["organisation", "department", "start", "end", "annual_fee", "fee_currency", "fee_year",
                  "annual_co_financing", "co_financing_note",
                  "representatives", "contact", "purpose", "value_assessment", "value_reviewed_on", "internal"]
