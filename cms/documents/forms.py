"""Admin forms: the number is normalised before it is validated, and uniqueness is checked in the form."""

from django import forms
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from .numbering import normalise_number


class LegalDocumentForm(WagtailAdminModelForm):
    def clean_number(self):
        return normalise_number(self.cleaned_data.get("number"))

    def clean(self):
        cleaned = super().clean()
        number, body, issued = cleaned.get("number"), cleaned.get("issuing_body"), cleaned.get("issue_date")
        if number and body and issued:
            from .models import LegalDocument

            clash = LegalDocument.objects.filter(number=number, issuing_body=body, issue_year=issued.year)
            if self.instance.pk:
                clash = clash.exclude(pk=self.instance.pk)
            if clash.exists():
                self.add_error("number", _("%(body)s already has document %(number)s in %(year)d.")
                               % {"body": body, "number": number, "year": issued.year})
        return cleaned


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV or XLSX file"),
                           help_text=_("Made from the template; at most 10 MB."))
