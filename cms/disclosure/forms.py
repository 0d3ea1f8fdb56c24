"""Public filter forms (GET). Bad values get a Vietnamese message; the list is then shown unfiltered."""

from django import forms
from django.utils.translation import gettext_lazy as _

from . import categories
from .models.record import BudgetStage
from .services.catalogue import SOURCE_DOCUMENT, SOURCE_LINK, SOURCE_RECORD


class YearField(forms.TypedChoiceField):
    def __init__(self, years, **kwargs):
        super().__init__(
            label=_("Year"), required=False, coerce=int, empty_value=None,
            choices=[("", _("All years"))] + [(str(y), str(y)) for y in years],
            error_messages={"invalid_choice": _("There is nothing published in the year you asked for; "
                                                "choose a year from the list.")}, **kwargs)


class BodyField(forms.TypedChoiceField):
    def __init__(self, bodies, **kwargs):
        super().__init__(
            label=_("Body"), required=False, coerce=int, empty_value=None,
            choices=[("", _("All bodies"))] + [(str(pk), name) for pk, name in bodies],
            error_messages={"invalid_choice": _("This body is not in the list; choose one from the list.")},
            **kwargs)


def category_field():
    return forms.ChoiceField(
        label=_("Category (Art. 17(1))"), required=False,
        choices=[("", _("All categories"))] + [(c.code, c.display) for c in categories.CATEGORIES],
        error_messages={"invalid_choice": _("This category does not exist; choose one of a–p from the list.")})


class RecordFilterForm(forms.Form):
    def __init__(self, data, years, bodies, budget=False):
        super().__init__(data)
        self.fields["nam"] = YearField(years)
        self.fields["co_quan"] = BodyField(bodies)
        self.fields["nhom"] = category_field()
        if budget:
            self.fields["giai_doan"] = forms.ChoiceField(
                label=_("Stage"), required=False, choices=[("", _("All stages"))] + BudgetStage.choices,
                error_messages={"invalid_choice": _("Choose the estimate, the implementation or the settlement.")})


class CatalogueFilterForm(forms.Form):
    def __init__(self, data, years, bodies):
        super().__init__(data)
        self.fields["nhom"] = category_field()
        self.fields["nam"] = YearField(years)
        self.fields["co_quan"] = BodyField(bodies)
        self.fields["nguon"] = forms.ChoiceField(
            label=_("Source"), required=False,
            choices=[("", _("All sources")), (SOURCE_DOCUMENT, _("Legal-document registry")),
                     (SOURCE_RECORD, _("Disclosure records")), (SOURCE_LINK, _("Published elsewhere"))],
            error_messages={"invalid_choice": _("Choose a source from the list.")})
