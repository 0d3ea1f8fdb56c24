from django import forms
from django.utils.translation import gettext_lazy as _


class CommentForm(forms.Form):
    author_name = forms.CharField(label=_("Full name"), max_length=150)
    organisation = forms.CharField(label=_("Organisation (if you comment for one)"), max_length=200, required=False)
    email = forms.EmailField(label=_("Email"), help_text=_("Not published. We may contact you about your comment."))
    part = forms.ChoiceField(label=_("Your comment is about"))
    text = forms.CharField(label=_("Comment"), min_length=10, max_length=5000,
                           widget=forms.Textarea(attrs={"rows": 8, "maxlength": 5000}))
    consent = forms.BooleanField(
        label=_("I agree that the portal processes my name and email for this consultation, as described in "
                "the personal data protection policy. My name, organisation and comment may be published."),
        error_messages={"required": _("Please agree to the processing of your data so that we can take your "
                                      "comment into account.")},
    )
    website = forms.CharField(label=_("Leave this field empty"), required=False)  # honeypot

    def __init__(self, *args, consultation, **kwargs):
        kwargs.setdefault("auto_id", "comment-%s")
        super().__init__(*args, **kwargs)
        self.fields["part"].choices = [("", _("The whole draft"))] + [(p, p) for p in consultation.part_choices]
        self.fields["part"].required = False
        self.fields["part"].error_messages["invalid_choice"] = _("Choose a part of the draft from the list.")
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")
        self.fields["author_name"].widget.attrs.update(autocomplete="name")
        self.fields["email"].widget.attrs.update(autocomplete="email")

    @property
    def is_spam(self):
        return bool(self.data.get("website"))
