from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Reason

SCORE_CHOICES = [(str(n), str(n)) for n in range(1, 6)]


class VoteForm(forms.Form):
    page = forms.IntegerField(widget=forms.HiddenInput)
    token = forms.CharField(widget=forms.HiddenInput, max_length=200)
    useful = forms.ChoiceField(choices=[("yes", _("Yes")), ("no", _("No"))])


class DetailsForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("How satisfied are you with this page? (1 = not at all, 5 = very)"),
        choices=SCORE_CHOICES, coerce=int, required=False, empty_value=None, widget=forms.RadioSelect,
    )
    reason = forms.ChoiceField(
        label=_("Main reason"), choices=[("", _("— Choose a reason —")), *Reason.choices], required=False,
    )
    comment = forms.CharField(
        label=_("Comment (optional)"), required=False, max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
        help_text=_("Do not write personal information. Comments are read by an editor before they are published."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "rating-%s")
        super().__init__(*args, **kwargs)
