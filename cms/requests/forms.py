"""The public forms: the request (forms 01a/01b of Decree 13/2018) and the look-up."""

import uuid

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import validation as v
from .codes import is_well_formed, normalise_code
from .states import Capacity, Delivery, IdType, Nationality, RequesterKind

TOKEN_SALT = "info_requests.submission"
TOKEN_MAX_AGE = 2 * 24 * 3600
MAX_MEMBERS = 200


def new_token():
    return signing.dumps(str(uuid.uuid4()), salt=TOKEN_SALT)


class AccessibleErrorsMixin:
    """Fields with errors point at their message (and help) through aria-describedby."""

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                bound = self[name]
                described = [f"{bound.auto_id}_error"]
                if self.fields[name].help_text:
                    described.append(f"{bound.auto_id}_helptext")
                self.fields[name].widget.attrs["aria-describedby"] = " ".join(described)


class RequestForm(AccessibleErrorsMixin, forms.Form):
    requester_kind = forms.ChoiceField(label=_("You are asking"), choices=RequesterKind.choices,
                                       widget=forms.RadioSelect, initial=RequesterKind.INDIVIDUAL)
    nationality = forms.ChoiceField(label=_("Nationality"), choices=Nationality.choices, widget=forms.RadioSelect,
                                    initial=Nationality.VIETNAMESE)
    capacity = forms.ChoiceField(label=_("You ask"), choices=Capacity.choices, widget=forms.RadioSelect,
                                 initial=Capacity.SELF)
    represented_person = forms.CharField(
        label=_("Full name of the person you represent"), required=False, max_length=100,
        help_text=_("Only when you are the legal representative of a minor or of a person without full capacity."))
    full_name = forms.CharField(label=_("Full name"), max_length=100, min_length=2,
                                widget=forms.TextInput(attrs={"autocomplete": "name"}))
    organisation_name = forms.CharField(label=_("Organisation"), required=False, max_length=200,
                                        help_text=_("Only for requests through an organisation (form 01b)."))
    members = forms.CharField(
        label=_("Citizens the organisation asks for"), required=False, max_length=40_000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One person a line: full name; identity card or passport number; address (optional)."))
    address = forms.CharField(label=_("Place of residence or address"), max_length=255,
                              widget=forms.TextInput(attrs={"autocomplete": "street-address"}))
    id_type = forms.ChoiceField(label=_("Identity document"), choices=IdType.choices, widget=forms.RadioSelect,
                                initial=IdType.CCCD)
    id_number = forms.CharField(label=_("Identity document number"), max_length=30)
    phone = forms.CharField(label=_("Phone"), required=False, max_length=30,
                            widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}))
    fax = forms.CharField(label=_("Fax"), required=False, max_length=30,
                          widget=forms.TextInput(attrs={"type": "tel"}))
    email = forms.EmailField(label=_("Email"), required=False, max_length=254,
                             widget=forms.EmailInput(attrs={"autocomplete": "email"}),
                             help_text=_("Give a phone number or an email address: you need one of them to look "
                                         "up your request."))
    information_requested = forms.CharField(
        label=_("Information you ask for"), min_length=10, max_length=5000, widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Describe the information; name the document, file or record if you know it."))
    document_reference = forms.CharField(label=_("Document, file or record (if known)"), required=False,
                                         max_length=500)
    purpose = forms.CharField(label=_("Reason and purpose of the request"), min_length=5, max_length=2000,
                              widget=forms.Textarea(attrs={"rows": 3}))
    delivery = forms.ChoiceField(label=_("How you want to receive it"), choices=Delivery.choices,
                                 widget=forms.RadioSelect, initial=Delivery.ONLINE)
    copies = forms.IntegerField(label=_("Number of copies (post or in person)"), min_value=1, max_value=50,
                                initial=1, required=False)
    concerns_third_party = forms.BooleanField(
        label=_("The information concerns another person's business, private or family secrets (Law Art. 7)"),
        required=False)
    consent_file = forms.FileField(
        label=_("That person's written consent (form 06)"), required=False,
        help_text=_("PDF, JPG or PNG, at most 5 MB."))
    own_rights_confirmed = forms.BooleanField(
        label=_("The information concerns my own rights and duties"), required=False,
        help_text=_("Foreigners residing in Vietnam may ask only for information about their own rights and "
                    "duties."))
    privacy_confirmed = forms.BooleanField(
        label=_("I have read the notice on the processing of personal data above"),
        error_messages={"required": _("Confirm that you have read the notice on personal data.")})
    consent_survey = forms.BooleanField(label=_("I agree to be asked about my satisfaction afterwards (optional)"),
                                        required=False)
    consent_updates = forms.BooleanField(label=_("I agree to receive news from the portal by email (optional)"),
                                         required=False)
    website = forms.CharField(label=_("Leave this field empty"), required=False,
                              widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))
    token = forms.CharField(widget=forms.HiddenInput)

    text_fields = ("represented_person", "full_name", "organisation_name", "members", "address",
                   "information_requested", "document_reference", "purpose")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("token", new_token())
        for name, field in self.fields.items():
            if field.required and name != "token":
                field.widget.attrs.setdefault("aria-required", "true")

    def clean_token(self):
        try:
            return uuid.UUID(signing.loads(self.cleaned_data["token"], salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE))
        except (signing.BadSignature, ValueError):
            raise ValidationError(_("This form has expired. Check what you typed and send it again."),
                                  code="token")

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Leave this field empty."), code="honeypot")
        return ""

    def clean_full_name(self):
        value = " ".join(v.clean_text(self.cleaned_data["full_name"]).split())
        v.validate_name(value)
        return value

    def clean_phone(self):
        value = v.normalise_phone(self.cleaned_data.get("phone"))
        if value:
            v.validate_phone(value)
        return value

    def clean_fax(self):
        value = v.normalise_phone(self.cleaned_data.get("fax"))
        if value:
            v.validate_phone(value)
        return value

    def clean_id_number(self):
        return v.normalise_id(self.cleaned_data["id_number"])

    def clean_email(self):
        return (self.cleaned_data.get("email") or "").strip().lower()

    def clean_consent_file(self):
        uploaded = self.cleaned_data.get("consent_file")
        if uploaded:
            v.validate_upload(uploaded)
        return uploaded

    def clean(self):
        data = super().clean()
        for name in self.text_fields:
            if name in data:
                data[name] = v.clean_text(data[name])
        self._check_identity(data)
        self._check_eligibility(data)
        self._check_contact(data)
        if data.get("requester_kind") == RequesterKind.ORGANISATION:
            if not data.get("organisation_name"):
                self.add_error("organisation_name", _("Give the name of the organisation."))
            data["member_list"] = self._parse_members(data.get("members", ""))
        else:
            data["member_list"] = []
        if data.get("concerns_third_party") and not data.get("consent_file") and "consent_file" not in self.errors:
            self.add_error("consent_file", _("Attach the written consent of the person concerned (form 06)."))
        return data

    def _check_identity(self, data):
        if "id_number" in data and data.get("id_type"):
            try:
                v.validate_id(data["id_type"], data["id_number"])
            except ValidationError as error:
                self.add_error("id_number", error)

    def _check_eligibility(self, data):
        if data.get("nationality") == Nationality.FOREIGN_RESIDENT:
            if data.get("id_type") != IdType.PASSPORT:
                self.add_error("id_type", _("A foreigner gives a passport number."))
            if not data.get("own_rights_confirmed"):
                self.add_error("own_rights_confirmed", _(
                    "A foreigner residing in Vietnam may ask only for information about their own rights and "
                    "duties: confirm that this is such information."))
            if data.get("requester_kind") == RequesterKind.ORGANISATION:
                self.add_error("requester_kind", _("Requests through an organisation are for Vietnamese citizens."))
        if data.get("capacity") == Capacity.REPRESENTATIVE and not data.get("represented_person"):
            self.add_error("represented_person", _("Give the full name of the person you represent."))

    def _check_contact(self, data):
        if not data.get("phone") and not data.get("email") and "phone" not in self.errors \
                and "email" not in self.errors:
            self.add_error("phone", _("Give a phone number or an email address."))
        delivery = data.get("delivery")
        if delivery == Delivery.EMAIL and not data.get("email") and "email" not in self.errors:
            self.add_error("email", _("Give the email address the information should be sent to."))
        if delivery == Delivery.FAX and not data.get("fax") and "fax" not in self.errors:
            self.add_error("fax", _("Give the fax number the information should be sent to."))
        if delivery not in (Delivery.POST, Delivery.IN_PERSON):
            data["copies"] = 1
        elif not data.get("copies"):
            data["copies"] = 1

    def _parse_members(self, text):
        members, problems = [], []
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if not lines:
            self.add_error("members", _("List the citizens the organisation asks for, one a line."))
            return []
        if len(lines) > MAX_MEMBERS:
            self.add_error("members", _("At most %(max)s people in one request.") % {"max": MAX_MEMBERS})
            return []
        for number, line in enumerate(lines, start=1):
            parts = [part.strip() for part in line.split(";")]
            name = " ".join(parts[0].split()) if parts else ""
            id_number = v.normalise_id(parts[1]) if len(parts) > 1 else ""
            address = parts[2] if len(parts) > 2 else ""
            if not name or len(name) > 100 or not v.NAME_RE.match(name) or not (
                    v.CCCD_RE.match(id_number) or v.PASSPORT_RE.match(id_number)) or len(address) > 255:
                problems.append(str(number))
                continue
            members.append({"full_name": name, "id_number": id_number, "address": address})
        if problems:
            self.add_error("members", _(
                "Line(s) %(lines)s: write the full name, a semicolon, then a 12-digit citizen identity card or a "
                "passport number.") % {"lines": ", ".join(problems)})
        return members

    def model_data(self):
        """The cleaned values that go straight onto the InfoRequest."""
        data = self.cleaned_data
        names = ("requester_kind", "nationality", "capacity", "represented_person", "full_name",
                 "organisation_name", "address", "id_type", "id_number", "phone", "fax", "email",
                 "information_requested", "document_reference", "purpose", "delivery", "copies",
                 "concerns_third_party", "own_rights_confirmed", "consent_survey", "consent_updates")
        result = {name: data.get(name) for name in names}
        if result["capacity"] != Capacity.REPRESENTATIVE:
            result["represented_person"] = ""
        if result["requester_kind"] != RequesterKind.ORGANISATION:
            result["organisation_name"] = ""
        return result


class LookupForm(AccessibleErrorsMixin, forms.Form):
    code = forms.CharField(label=_("Tracking code"), max_length=20,
                           help_text=_("Ten letters and digits, e.g. K7M2Q-9XH4P."),
                           widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}))
    contact = forms.CharField(label=_("Email or phone given in the request"), max_length=254)

    def clean_code(self):
        code = normalise_code(self.cleaned_data["code"])
        if not is_well_formed(code):
            raise ValidationError(_("A tracking code has ten letters and digits, e.g. K7M2Q-9XH4P."), code="format")
        return code

    def clean_contact(self):
        value = self.cleaned_data["contact"].strip()
        if "@" in value:
            return value.lower()
        return v.normalise_phone(value)
