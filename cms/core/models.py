"""Per-province settings and site-wide notices."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from .sites import SiteKind

phone_validator = RegexValidator(
    r"^[0-9+().\s-]{3,20}$",
    _("Enter a phone number of digits, spaces, dots or dashes, e.g. 0276 3822 306."),
)


class AccentColour(models.TextChoices):
    """Accent colours that all pass WCAG AA contrast (4.5:1) against white text and on white."""

    RED = "red", _("Red")
    BLUE = "blue", _("Blue")
    GREEN = "green", _("Green")
    TEAL = "teal", _("Teal")
    BROWN = "brown", _("Brown")


@register_setting(icon="site")
class ProvinceSettings(ClusterableModel, BaseSiteSetting):
    """Everything that makes one instance a particular province (DESIGN.md §2)."""

    official_name = models.CharField(
        _("official name"), max_length=200,
        help_text=_("For example: Ủy ban nhân dân tỉnh Tây Ninh"),
    )
    short_name = models.CharField(_("short name"), max_length=100, help_text=_("For example: Tây Ninh"))
    province_slug = models.SlugField(_("province code"), max_length=50, blank=True, editable=False)
    emblem = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("emblem"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    accent_colour = models.CharField(
        _("accent colour"), max_length=10, choices=AccentColour.choices, default=AccentColour.RED
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    hotline = models.CharField(_("hotline"), max_length=30, blank=True, validators=[phone_validator])
    email = models.EmailField(_("email"), blank=True)
    zalo_oa_url = models.URLField(_("Zalo Official Account link"), blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    map_url = models.URLField(
        _("map link"), blank=True,
        help_text=_("A link to the headquarters on a map service; it is shown as a link, never embedded."),
    )
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    working_hours = models.TextField(
        _("working hours"), blank=True,
        help_text=_("For example: Monday to Friday, 7:00–11:30 and 13:30–17:00"),
    )
    editor_in_charge = models.CharField(
        _("editor in charge"), max_length=200, blank=True,
        help_text=_("Name and position of the person responsible for the portal's content."),
    )
    licence = models.CharField(
        _("licence line"), max_length=255, blank=True,
        help_text=_("For example: Giấy phép số .../GP-TTĐT do Sở ... cấp ngày ..."),
    )

    # Focal point for information provision (Law on Access to Information, Decree 13/2018 Art. 9).
    focal_unit = models.CharField(_("focal point unit"), max_length=255, blank=True)
    focal_person = models.CharField(_("focal point person"), max_length=200, blank=True)
    focal_position = models.CharField(_("focal point position"), max_length=200, blank=True)
    focal_phone = models.CharField(_("focal point phone"), max_length=30, blank=True, validators=[phone_validator])
    focal_email = models.EmailField(_("focal point email"), blank=True)
    focal_address = models.CharField(_("focal point address"), max_length=255, blank=True)

    personal_data_retention_days = models.PositiveIntegerField(
        _("personal data retention (days)"), default=730,
        help_text=_("How long personal data in closed requests, questions and comments is kept before it is erased."),
    )
    qa_target_working_days = models.PositiveSmallIntegerField(
        _("Q&A answer target (working days)"), default=15,
        help_text=_("Questions are answered, or told when they will be, within this many working days."),
    )
    national_portal_url = models.URLField(
        _("National Public Service Portal"), default="https://dichvucong.gov.vn"
    )
    province_services_url = models.URLField(_("province's public service system"), blank=True)
    government_portal_url = models.URLField(_("Government portal"), default="https://chinhphu.vn")
    feedback_system_url = models.URLField(_("province's feedback system"), blank=True)

    identity_panels = [
        MultiFieldPanel(
            [FieldPanel("official_name"), FieldPanel("short_name"), FieldPanel("emblem"), FieldPanel("accent_colour")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("hotline")]),
                FieldPanel("email"),
                FieldPanel("working_hours"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("map_url"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("zalo_oa_url"), FieldPanel("facebook_url")], heading=_("Social channels")
        ),
        MultiFieldPanel([FieldPanel("editor_in_charge"), FieldPanel("licence")], heading=_("Footer")),
    ]
    leaders_panels = [InlinePanel("leaders", label=_("Leaders"), heading=_("Leaders"))]
    focal_panels = [
        MultiFieldPanel(
            [
                FieldPanel("focal_unit"),
                FieldRowPanel([FieldPanel("focal_person"), FieldPanel("focal_position")]),
                FieldRowPanel([FieldPanel("focal_phone"), FieldPanel("focal_email")]),
                FieldPanel("focal_address"),
            ],
            heading=_("Focal point for information provision"),
        ),
    ]
    service_panels = [
        FieldPanel("personal_data_retention_days"),
        FieldPanel("qa_target_working_days"),
        FieldPanel("national_portal_url"),
        FieldPanel("province_services_url"),
        FieldPanel("government_portal_url"),
        FieldPanel("feedback_system_url"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(identity_panels, heading=_("Province")),
            ObjectList(leaders_panels, heading=_("Leaders")),
            ObjectList(focal_panels, heading=_("Information provision")),
            ObjectList(service_panels, heading=_("Services")),
        ]
    )

    @classmethod
    def for_request(cls, request):
        """From the cached public layout (cms.sections.layout), which holds the request's site's settings."""
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            from cms.sections.layout import for_request

            layout = for_request(request)
            if layout is None or layout.settings is None:
                return super().for_request(request)
            layout.settings._request = request
            setattr(request, attr_name, layout.settings)
        return getattr(request, attr_name)

    class Meta:
        verbose_name = _("province settings")
        verbose_name_plural = _("province settings")

    def __str__(self):
        return self.official_name or str(self.site)

    @property
    def focal_point_complete(self):
        return all([self.focal_unit, self.focal_person, self.focal_phone or self.focal_email])

    def missing_fields(self):
        """Names of the settings a province must fill (conformance)."""
        required = ["official_name", "short_name", "address", "phone", "email", "working_hours",
                    "focal_unit", "focal_person", "focal_position"]
        missing = [name for name in required if not getattr(self, name)]
        if not (self.focal_phone or self.focal_email):
            missing.append("focal_phone")
        return missing


class Leader(Orderable):
    settings = ParentalKey(ProvinceSettings, on_delete=models.CASCADE, related_name="leaders")
    name = models.CharField(_("full name"), max_length=150)
    position = models.CharField(_("position"), max_length=200)
    biography = RichTextField(_("short biography"), blank=True, features=["bold", "italic", "ul", "link"])
    duties = RichTextField(_("duties"), blank=True, features=["bold", "italic", "ul", "link"])
    phone = models.CharField(_("official phone"), max_length=30, blank=True, validators=[phone_validator])
    email = models.EmailField(_("official email"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("photo"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("position")]),
        FieldPanel("photo"),
        FieldPanel("biography"),
        FieldPanel("duties"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("leader")
        verbose_name_plural = _("leaders")

    def __str__(self):
        return f"{self.name} — {self.position}"


class SiteNoticeQuerySet(models.QuerySet):
    def current(self, now=None):
        now = now or timezone.now()
        return self.filter(show_from__lte=now).filter(
            models.Q(show_until__isnull=True) | models.Q(show_until__gte=now)
        )


class SiteNotice(models.Model):
    """An emergency banner or a planned-maintenance notice (Decree 224/2026 Art. 13: 7 working days ahead)."""

    class Kind(models.TextChoices):
        EMERGENCY = "emergency", _("Emergency")
        MAINTENANCE = "maintenance", _("Planned maintenance")
        INFO = "info", _("Information")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.INFO)
    message = models.CharField(_("message"), max_length=300)
    link = models.URLField(_("link"), blank=True)
    show_from = models.DateTimeField(_("show from"), default=timezone.now)
    show_until = models.DateTimeField(_("show until"), null=True, blank=True)
    downtime_start = models.DateTimeField(_("downtime starts"), null=True, blank=True)
    downtime_end = models.DateTimeField(
        _("expected restore time"), null=True, blank=True,
        help_text=_("For planned maintenance: when the portal is expected to be back."),
    )

    objects = SiteNoticeQuerySet.as_manager()

    panels = [
        FieldPanel("kind"),
        FieldPanel("message"),
        FieldPanel("link"),
        FieldRowPanel([FieldPanel("show_from"), FieldPanel("show_until")]),
        FieldRowPanel([FieldPanel("downtime_start"), FieldPanel("downtime_end")]),
    ]

    class Meta:
        verbose_name = _("site notice")
        verbose_name_plural = _("site notices")
        ordering = ["-show_from"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(show_until__isnull=True) | models.Q(show_until__gt=models.F("show_from")),
                name="sitenotice_until_after_from",
            ),
        ]

    def __str__(self):
        return self.message

    def clean(self):
        from django.core.exceptions import ValidationError

        errors = {}
        if self.show_until and self.show_from and self.show_until <= self.show_from:
            errors["show_until"] = _("The end must be after the start.")
        if self.kind == self.Kind.MAINTENANCE:
            if not self.downtime_start or not self.downtime_end:
                errors["downtime_start"] = _("Planned maintenance needs its start and its expected restore time.")
            elif self.downtime_end <= self.downtime_start:
                errors["downtime_end"] = _("The restore time must be after the start of the downtime.")
        if errors:
            raise ValidationError(errors)


class SiteProfile(models.Model):
    """What a component site is (DESIGN.md §9): a department's or a commune's, written by setup_province.

    The province's own site has no profile: it reads as `SiteKind.PROVINCE` (see `cms.core.sites`).
    """

    site = models.OneToOneField(
        "wagtailcore.Site", verbose_name=_("portal site"), on_delete=models.CASCADE, related_name="portal_profile"
    )
    kind = models.CharField(_("kind of site"), max_length=20, choices=SiteKind.choices, default=SiteKind.PROVINCE)
    name = models.CharField(_("name of the body"), max_length=200, help_text=_("For example: Sở Tư pháp"))
    slug = models.SlugField(_("site code"), max_length=100, unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("site profile")
        verbose_name_plural = _("site profiles")
        ordering = ["kind", "position", "name"]
        indexes = [models.Index(fields=["kind", "position"], name="core_siteprofile_kind_pos")]

    def __str__(self):
        return self.name
