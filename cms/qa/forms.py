from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models import QAField


class AskForm(forms.Form):
    name = forms.CharField(label=_("Full name"), max_length=100)
    email = forms.EmailField(
        label=_("Email"), help_text=_("We send the answer to this address. It is never published."),
    )
    field = forms.ModelChoiceField(
        label=pgettext_lazy("Q&A", "Field"), queryset=QAField.objects.all(), empty_label=_("— Choose a field —"),
        error_messages={"invalid_choice": _("Choose a field from the list.")},
    )
    question = forms.CharField(
        label=_("Your question"), min_length=20, max_length=4000,
        widget=forms.Textarea(attrs={"rows": 8, "maxlength": 4000}),
        help_text=_("Describe your situation and what you want to know. Do not write identity numbers."),
    )
    consent = forms.BooleanField(
        label=_("I agree that the portal processes my name and email to answer my question, "
                "as described in the personal data protection policy."),
        error_messages={"required": _("Please agree to the processing of your data so that we can answer.")},
    )
    website = forms.CharField(label=_("Leave this field empty"), required=False)  # honeypot
    checked = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "ask-%s")
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs.update(autocomplete="name")
        self.fields["email"].widget.attrs.update(autocomplete="email")
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    @property
    def is_spam(self):
        return bool(self.data.get("website"))


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the answers"), required=False, max_length=200)
    linh_vuc = forms.SlugField(label=pgettext_lazy("Q&A", "Field"), required=False)
