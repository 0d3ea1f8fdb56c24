"""Fields and checks shared by disclosure records and the catalogue's manual items."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .. import categories


class DisclosureForm(models.TextChoices):
    """How the information is disclosed (Law 104/2016 Art. 18(1))."""

    PORTAL = "portal", _("On the electronic portal")
    GAZETTE = "gazette", _("In the official gazette")
    POSTING = "posting", _("Posted at the office")
    MEDIA = "media", _("Through the mass media")
    OTHER = "other", _("Other")


UNKNOWN_CATEGORY = _("“%(value)s” is not a category of Art. 17(1) of the Law on Access to Information; "
                     "choose one of a–p.")


def validate_category(value):
    if value not in categories.BY_CODE:
        raise ValidationError(UNKNOWN_CATEGORY, params={"value": value}, code="unknown_category")


def category_field():
    return models.CharField(
        _("category (Law 104/2016, Art. 17(1))"), max_length=2, choices=categories.CHOICES,
        validators=[validate_category], db_index=True, error_messages={"invalid_choice": UNKNOWN_CATEGORY},
        help_text=_("The point of Art. 17(1) of the Law on Access to Information this information falls under."),
    )


def category_constraint(name):
    return models.CheckConstraint(condition=models.Q(category__in=categories.CODES), name=name)


def check_dates(instance, errors):
    """Period and publication dates in order."""
    start, end = instance.period_start, instance.period_end
    if start and end and end < start:
        errors["period_end"] = _("The end of the period must not be before its start.")
    if instance.published_on and instance.created_on and instance.published_on < instance.created_on:
        errors["published_on"] = _("The information cannot be published before it was created.")
    if instance.publish_until and instance.published_on and instance.publish_until < instance.published_on:
        errors["publish_until"] = _("The end of disclosure must not be before the date of publication.")
