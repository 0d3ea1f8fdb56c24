from django.db import models
from django.utils.translation import gettext_lazy as _


class ValidityStatus(models.TextChoices):
    """The six statuses of DESIGN.md §3 (Law 64/2025 on promulgation of legal documents)."""

    NOT_YET = "not_yet_in_force", _("Not yet in force")
    IN_FORCE = "in_force", _("In force")
    PARTLY_EXPIRED = "partly_expired", _("Partly no longer in force")
    EXPIRED = "expired", _("No longer in force")
    SUSPENDED = "suspended", _("Suspended")
    PARTLY_SUSPENDED = "partly_suspended", _("Partly suspended")

    @classmethod
    def schema_org(cls, value):
        """schema.org LegalForceStatus for JSON-LD."""
        return {
            cls.IN_FORCE: "https://schema.org/InForce",
            cls.PARTLY_EXPIRED: "https://schema.org/PartiallyInForce",
            cls.PARTLY_SUSPENDED: "https://schema.org/PartiallyInForce",
        }.get(value, "https://schema.org/NotInForce")
