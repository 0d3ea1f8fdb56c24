"""Forms of the staff actions, one per transition; each maps onto one service function."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _

from . import services
from .deadlines import MAX_EXTENSION_DAYS
from .states import Complexity, RefusalGround


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


def note_field(label=None, required=False):
    return forms.CharField(label=label or _("Note"), required=required, max_length=5000,
                           widget=forms.Textarea(attrs={"rows": 4}))


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(label=_("Officer"), required=False, queryset=get_user_model().objects.none())
    department = forms.ModelChoiceField(label=_("Department"), required=False, queryset=Group.objects.none())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = get_user_model().objects.filter(is_active=True, is_staff=True) \
            .order_by("last_name", "username")
        self.fields["department"].queryset = Group.objects.order_by("name")

    def run(self, req, user):
        return services.assign(req, user, assignee=self.cleaned_data["assignee"],
                               department=self.cleaned_data["department"])


class ClassifyForm(forms.Form):
    complexity = forms.ChoiceField(label=_("Classification"), widget=forms.RadioSelect,
                                   choices=[(Complexity.SIMPLE, Complexity.SIMPLE.label),
                                            (Complexity.COMPLEX, Complexity.COMPLEX.label)])

    def run(self, req, user):
        return services.classify(req, user, self.cleaned_data["complexity"])


class ClarificationForm(forms.Form):
    message = note_field(_("What the requester must clarify or complete"), required=True)

    def run(self, req, user):
        return services.ask_clarification(req, user, self.cleaned_data["message"])


class NoteForm(forms.Form):
    note = note_field()


class ReceiveClarificationForm(NoteForm):
    def run(self, req, user):
        return services.receive_clarification(req, user, self.cleaned_data["note"])


class NoticeForm(NoteForm):
    def run(self, req, user):
        return services.send_notice(req, user, self.cleaned_data["note"])


class ExtendForm(forms.Form):
    days = forms.IntegerField(label=_("Extension (days)"), min_value=1, max_value=MAX_EXTENSION_DAYS,
                              initial=MAX_EXTENSION_DAYS)
    reason = note_field(_("Reason for the extension"), required=True)

    def run(self, req, user):
        return services.extend(req, user, self.cleaned_data["days"], self.cleaned_data["reason"])


class CostForm(forms.Form):
    amount = forms.DecimalField(label=_("Cost of copying, printing and postage (đồng)"), min_value=0,
                                max_digits=12, decimal_places=0)
    note = forms.CharField(label=_("How it was counted (Circular 46/2018/TT-BTC)"), max_length=500, required=False)

    def run(self, req, user):
        return services.state_cost(req, user, self.cleaned_data["amount"], self.cleaned_data["note"])


class PaymentForm(NoteForm):
    def run(self, req, user):
        return services.record_payment(req, user, self.cleaned_data["note"])


class AnswerForm(forms.Form):
    text = note_field(_("Answer"))
    link = forms.URLField(label=_("Link to the information, or to a one-time access"), required=False,
                          max_length=500)
    files = MultipleFileField(label=_("Files"), required=False)

    def clean_files(self):
        from .validation import MAX_UPLOAD_BYTES

        files = self.cleaned_data["files"]
        for uploaded in files:
            if uploaded.size > 4 * MAX_UPLOAD_BYTES:
                raise forms.ValidationError(_("Each file must be at most 20 MB."))
        return files

    def run(self, req, user):
        return services.answer(req, user, self.cleaned_data["text"], self.cleaned_data["link"],
                               self.cleaned_data["files"])


class RefuseForm(forms.Form):
    ground = forms.ChoiceField(label=_("Ground (Law on Access to Information, Art. 28)"), choices=RefusalGround.choices,
                               widget=forms.RadioSelect)
    explanation = note_field(_("Explanation for the requester"), required=True)

    def run(self, req, user):
        return services.refuse(req, user, self.cleaned_data["ground"], self.cleaned_data["explanation"])


class TransferForm(forms.Form):
    body = forms.CharField(label=_("Competent body"), max_length=255)
    note = note_field()

    def run(self, req, user):
        return services.transfer(req, user, self.cleaned_data["body"], self.cleaned_data["note"])


class WithdrawForm(NoteForm):
    def run(self, req, user):
        return services.withdraw(req, user, self.cleaned_data["note"])


ACTIONS = {
    # name: (form, button label, available when)
    "assign": (AssignForm, _("Assign"), "open"),
    "classify": (ClassifyForm, _("Classify"), "open"),
    "ask_clarification": (ClarificationForm, _("Ask for clarification"), "transition"),
    "receive_clarification": (ReceiveClarificationForm, _("Clarification received"), "transition"),
    "send_notice": (NoticeForm, _("Send the deadline notice"), "transition"),
    "extend": (ExtendForm, _("Extend the deadline"), "transition"),
    "cost": (CostForm, _("State the cost"), "open"),
    "payment": (PaymentForm, _("Record the payment"), "open"),
    "answer": (AnswerForm, _("Answer"), "transition"),
    "refuse": (RefuseForm, _("Refuse"), "transition"),
    "transfer": (TransferForm, _("Transfer"), "transition"),
    "withdraw": (WithdrawForm, _("Mark withdrawn"), "transition"),
}


def available_actions(req):
    allowed = set(services.allowed_actions(req))
    names = []
    for name, (_form, _label, when) in ACTIONS.items():
        if when == "open" and req.is_open:
            if name == "payment" and (not req.cost_amount or req.cost_paid_at):
                continue
            if name == "classify" and (req.notice_sent_at or req.extension_days):
                continue
            names.append(name)
        elif when == "transition" and name in allowed:
            names.append(name)
    return names
