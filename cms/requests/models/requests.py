"""The electronic register of information requests (Decree 13/2018) and each request's history."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..states import (
    CLOSED_STATES,
    OPEN_STATES,
    Action,
    Capacity,
    Channel,
    Complexity,
    Delivery,
    IdType,
    Nationality,
    PauseReason,
    RefusalGround,
    RequesterKind,
    State,
)


class PrivateStorage(FileSystemStorage):
    """Requesters' and answers' files never live under MEDIA_ROOT: they are served only through checked views.

    The place is read from the settings on each use (PORTAL_PRIVATE_ROOT, else <PORTAL_VAR_DIR>/private).
    """

    @property
    def base_location(self):
        return str(getattr(settings, "PORTAL_PRIVATE_ROOT", None) or settings.VAR_DIR / "private")

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None


def private_storage():
    return PrivateStorage()


class RegisterCounter(models.Model):
    """The running number of the register of requests, per site and year (locked when a request is entered)."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site", "year"], name="registercounter_site_year_unique")]

    def __str__(self):
        return f"{self.year}: {self.last_number}"


class InfoRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(state__in=OPEN_STATES)

    def closed(self):
        return self.filter(state__in=CLOSED_STATES)

    def overdue(self, today=None):
        today = today or timezone.localdate()
        return self.open().filter(due_date__lt=today, clock_paused=False)

    def due_within(self, last_day, today=None):
        today = today or timezone.localdate()
        return self.open().filter(due_date__gte=today, due_date__lte=last_day, clock_paused=False)

    def for_site(self, site):
        return self.filter(site=site)

    def purgeable(self, before):
        return self.closed().filter(closed_at__lt=before, personal_data_erased_at__isnull=True)


class InfoRequest(models.Model):
    """One request for information (Law 104/2016 Art. 24; forms 01a and 01b of Decree 13/2018)."""

    site = models.ForeignKey("wagtailcore.Site", verbose_name=pgettext_lazy("information request", "site"), on_delete=models.PROTECT, related_name="+")
    tracking_code = models.CharField(_("tracking code"), max_length=10, unique=True, editable=False)
    submission_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    register_year = models.PositiveSmallIntegerField(_("register year"), editable=False)
    register_number = models.PositiveIntegerField(_("register number"), editable=False)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices, default=Channel.ONLINE)
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)

    # The requester (personal data: erased by purge_request_personal_data).
    requester_kind = models.CharField(_("requesting as"), max_length=15, choices=RequesterKind.choices,
                                      default=RequesterKind.INDIVIDUAL)
    nationality = models.CharField(_("nationality"), max_length=20, choices=Nationality.choices,
                                   default=Nationality.VIETNAMESE)
    capacity = models.CharField(_("capacity"), max_length=15, choices=Capacity.choices, default=Capacity.SELF)
    represented_person = models.CharField(_("person represented"), max_length=100, blank=True)
    full_name = models.CharField(_("full name"), max_length=100)
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    address = models.CharField(_("place of residence or address"), max_length=255)
    id_type = models.CharField(_("identity document"), max_length=10, choices=IdType.choices, default=IdType.CCCD)
    id_number = models.CharField(_("identity document number"), max_length=20)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    fax = models.CharField(_("fax"), max_length=20, blank=True)
    email = models.EmailField(_("email"), blank=True)

    # What is asked.
    information_requested = models.TextField(_("information requested"), max_length=5000)
    document_reference = models.CharField(_("document, file or record"), max_length=500, blank=True)
    purpose = models.TextField(_("reason and purpose"), max_length=2000)
    delivery = models.CharField(_("how to receive it"), max_length=10, choices=Delivery.choices,
                                default=Delivery.ONLINE)
    copies = models.PositiveSmallIntegerField(_("number of copies"), default=1)
    concerns_third_party = models.BooleanField(_("concerns a third party's secrets (Art. 7)"), default=False)
    own_rights_confirmed = models.BooleanField(_("concerns the requester's own rights and duties"), default=False)

    # Personal-data notice (Law 91/2025): the version read and the separate optional consents.
    privacy_notice_version = models.CharField(_("personal-data notice version"), max_length=20)
    privacy_confirmed_at = models.DateTimeField(_("notice confirmed at"))
    consent_survey = models.BooleanField(_("agrees to a satisfaction survey"), default=False)
    consent_updates = models.BooleanField(_("agrees to receive news of the portal"), default=False)

    # Handling.
    state = models.CharField(_("state"), max_length=15, choices=State.choices, default=State.RECEIVED, db_index=True)
    complexity = models.CharField(_("complexity"), max_length=15, choices=Complexity.choices,
                                  default=Complexity.UNCLASSIFIED)
    assignee = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("officer"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="+")
    department = models.ForeignKey("auth.Group", verbose_name=_("department"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    due_date = models.DateField(_("next due date"), null=True, blank=True, db_index=True)
    clock_paused = models.BooleanField(_("clock stopped"), default=False)
    notice_sent_at = models.DateTimeField(_("deadline notice sent at"), null=True, blank=True)
    extension_days = models.PositiveSmallIntegerField(_("extension (days)"), default=0)
    extension_reason = models.TextField(_("reason for the extension"), blank=True)
    cost_amount = models.DecimalField(_("copying and postage cost (VND)"), max_digits=12, decimal_places=0,
                                      null=True, blank=True)
    cost_note = models.CharField(_("how the cost was counted"), max_length=500, blank=True)
    cost_paid_at = models.DateTimeField(_("cost paid at"), null=True, blank=True)
    answer_text = models.TextField(_("answer"), blank=True)
    answer_link = models.URLField(_("link to the information"), blank=True, max_length=500)
    refusal_ground = models.CharField(_("refusal ground (Art. 28)"), max_length=2, choices=RefusalGround.choices,
                                      blank=True)
    refusal_explanation = models.TextField(_("explanation of the refusal"), blank=True)
    transferred_to = models.CharField(_("competent body"), max_length=255, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True, db_index=True)
    # Kept after the personal data is erased: what the statistics need.
    working_days_taken = models.PositiveSmallIntegerField(_("working days taken"), null=True, blank=True)
    on_time = models.BooleanField(_("answered on time"), null=True, blank=True)
    personal_data_erased_at = models.DateTimeField(_("personal data erased at"), null=True, blank=True)

    objects = InfoRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("information request")
        verbose_name_plural = _("information requests")
        ordering = ["-received_at"]
        constraints = [
            models.UniqueConstraint(fields=["site", "register_year", "register_number"],
                                    name="inforequest_register_number_unique"),
            models.CheckConstraint(condition=Q(state__in=[s.value for s in State]), name="inforequest_state_valid"),
            models.CheckConstraint(condition=Q(extension_days__lte=15), name="inforequest_extension_at_most_15"),
            models.CheckConstraint(condition=~Q(state=State.REFUSED) | ~Q(refusal_ground=""),
                                   name="inforequest_refusal_has_ground"),
            models.CheckConstraint(condition=~Q(state=State.TRANSFERRED) | ~Q(transferred_to=""),
                                   name="inforequest_transfer_has_body"),
            models.CheckConstraint(condition=Q(copies__gte=1) & Q(copies__lte=50), name="inforequest_copies_range"),
        ]
        indexes = [models.Index(fields=["state", "due_date"])]

    def __str__(self):
        return f"{self.register_label} — {self.display_code}"

    @property
    def display_code(self):
        from ..codes import format_code

        return format_code(self.tracking_code)

    @property
    def register_label(self):
        return f"{self.register_number:04d}/{self.register_year}"

    @property
    def is_open(self):
        return self.state in OPEN_STATES

    @property
    def received_on(self):
        return timezone.localdate(self.received_at)

    @cached_property
    def clocks(self):
        from ..deadlines import clocks_for

        return clocks_for(self)

    def allowed_actions(self):
        from ..services import allowed_actions

        return allowed_actions(self)


class RequestMember(models.Model):
    """A citizen in the member list of a request made through an organisation (form 01b)."""

    request = models.ForeignKey(InfoRequest, on_delete=models.CASCADE, related_name="members")
    full_name = models.CharField(_("full name"), max_length=100)
    id_number = models.CharField(_("identity document number"), max_length=20)
    address = models.CharField(_("address"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["id"]

    def __str__(self):
        return self.full_name


class RequestFile(models.Model):
    """A third party's consent (form 06) sent by the requester, or a file of the answer."""

    class Kind(models.TextChoices):
        CONSENT = "consent", _("Third party's written consent (form 06)")
        ANSWER = "answer", _("Answer")

    request = models.ForeignKey(InfoRequest, on_delete=models.CASCADE, related_name="files")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    file = models.FileField(upload_to="requests/%Y/%m/", storage=private_storage, max_length=255)
    original_name = models.CharField(max_length=255)
    size = models.PositiveIntegerField(default=0)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.original_name


class ClockPause(models.Model):
    """The clock stops while the body waits for the requester (clarification or payment)."""

    request = models.ForeignKey(InfoRequest, on_delete=models.CASCADE, related_name="pauses")
    reason = models.CharField(max_length=15, choices=PauseReason.choices)
    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["started_on", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("started_on")),
                                   name="clockpause_end_after_start"),
        ]

    def __str__(self):
        return f"{self.get_reason_display()} {self.started_on}–{self.ended_on or ''}"

    def working_days(self, today=None):
        from cms.workdays.services import working_days_between

        end = self.ended_on or (today or timezone.localdate())
        return max(0, working_days_between(self.started_on, end))


class RequestEvent(models.Model):
    """One line of a request's history: who did what, when, on which legal ground."""

    request = models.ForeignKey(InfoRequest, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")
    action = models.CharField(max_length=25, choices=Action.choices)
    from_state = models.CharField(max_length=15, choices=State.choices, blank=True)
    to_state = models.CharField(max_length=15, choices=State.choices, blank=True)
    legal_ground = models.CharField(max_length=255, blank=True)
    note = models.TextField(blank=True)
    public = models.BooleanField(default=True, help_text="Shown to the requester on the look-up page.")

    class Meta:
        ordering = ["at", "id"]

    def __str__(self):
        return f"{self.at:%d/%m/%Y %H:%M} {self.get_action_display()}"

    @property
    def actor_name(self):
        if self.actor_id is None:
            return ""
        return self.actor.get_full_name() or self.actor.get_username()

