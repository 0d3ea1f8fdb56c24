"""Choices of a request's life (DESIGN.md §4) and the transitions staff may make, by name."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class State(models.TextChoices):
    RECEIVED = "received", _("Received")
    CLARIFICATION = "clarification", _("Waiting for clarification")
    NOTICE_SENT = "notice_sent", _("Deadline notice sent")
    IN_PROGRESS = "in_progress", _("In progress")
    EXTENDED = "extended", _("Extended")
    ANSWERED = "answered", _("Answered")
    REFUSED = "refused", _("Refused")
    TRANSFERRED = "transferred", _("Transferred")
    WITHDRAWN = "withdrawn", _("Withdrawn")


OPEN_STATES = frozenset({State.RECEIVED, State.CLARIFICATION, State.NOTICE_SENT, State.IN_PROGRESS, State.EXTENDED})
CLOSED_STATES = frozenset({State.ANSWERED, State.REFUSED, State.TRANSFERRED, State.WITHDRAWN})

# name -> (states it may start from, state it leads to). Actions that do not change the state
# (assign, classify, state the cost, record the payment) are allowed in every open state.
TRANSITIONS = {
    "ask_clarification": ({State.RECEIVED, State.NOTICE_SENT, State.IN_PROGRESS}, State.CLARIFICATION),
    "receive_clarification": ({State.CLARIFICATION}, State.RECEIVED),
    "send_notice": ({State.RECEIVED, State.IN_PROGRESS}, State.NOTICE_SENT),
    "extend": ({State.NOTICE_SENT, State.IN_PROGRESS}, State.EXTENDED),
    "answer": ({State.RECEIVED, State.NOTICE_SENT, State.IN_PROGRESS, State.EXTENDED}, State.ANSWERED),
    "refuse": ({State.RECEIVED, State.NOTICE_SENT, State.IN_PROGRESS, State.EXTENDED}, State.REFUSED),
    "transfer": ({State.RECEIVED, State.CLARIFICATION, State.IN_PROGRESS, State.NOTICE_SENT}, State.TRANSFERRED),
    "withdraw": (set(OPEN_STATES), State.WITHDRAWN),
}


class Complexity(models.TextChoices):
    UNCLASSIFIED = "unclassified", _("Not classified yet")
    SIMPLE = "simple", _("Simple, available information")
    COMPLEX = "complex", _("Complex information")


class Channel(models.TextChoices):
    ONLINE = "online", _("Online")
    POST = "post", _("Post or fax")
    OFFICE = "office", _("At the office")


class Delivery(models.TextChoices):
    ONLINE = "online", _("On this portal (look-up page or download link)")
    EMAIL = "email", _("By email")
    POST = "post", _("By post")
    FAX = "fax", _("By fax")
    IN_PERSON = "in_person", _("In person at the office")


class RequesterKind(models.TextChoices):
    INDIVIDUAL = "individual", _("Myself, as a citizen (form 01a)")
    ORGANISATION = "organisation", _("For citizens through an organisation (form 01b)")


class Nationality(models.TextChoices):
    VIETNAMESE = "vietnamese", _("Vietnamese citizen")
    FOREIGN_RESIDENT = "foreign_resident", _("Foreigner residing in Vietnam")


class Capacity(models.TextChoices):
    SELF = "self", _("I am 18 or older and ask for myself")
    REPRESENTATIVE = "representative", _("I am the legal representative of a minor or of a person without full capacity")


class IdType(models.TextChoices):
    CCCD = "cccd", _("Citizen identity card (12 digits)")
    PASSPORT = "passport", _("Passport")


class RefusalGround(models.TextChoices):
    """Law 104/2016 Art. 28(1)."""

    NOT_ACCESSIBLE = "a", _("(a) Information not accessible (Art. 6) or the conditions of Art. 7 are not met")
    ALREADY_PUBLISHED = "b", _("(b) Already published, and still available")
    NOT_OURS = "c", _("(c) Not this body's information to provide")
    PROVIDED_TWICE = "d", _("(d) Already provided twice to the same requester without good reason")
    BEYOND_CAPACITY = "dd", _("(đ) Beyond the body's capacity or would disrupt its normal work")
    NOT_PAID = "e", _("(e) The requester has not paid the costs")


class PauseReason(models.TextChoices):
    CLARIFICATION = "clarification", _("Waiting for the requester's clarification")
    PAYMENT = "payment", _("Waiting for the requester's payment")


class Action(models.TextChoices):
    SUBMITTED = "submitted", _("Request received and entered in the register")
    ASSIGNED = "assigned", _("Assigned")
    CLASSIFIED = "classified", _("Classified")
    ASK_CLARIFICATION = "ask_clarification", _("Clarification asked for")
    RECEIVE_CLARIFICATION = "receive_clarification", _("Clarification received")
    SEND_NOTICE = "send_notice", _("Deadline notice sent")
    EXTEND = "extend", _("Deadline extended")
    COST = "cost", _("Cost stated")
    PAYMENT = "payment", _("Payment recorded")
    ANSWER = "answer", _("Information provided")
    REFUSE = "refuse", _("Request refused")
    TRANSFER = "transfer", _("Sent to the competent body")
    WITHDRAW = "withdraw", _("Request withdrawn")
    REMINDER = "reminder", _("Reminder sent to officers")
    PURGE = "purge", _("Personal data erased")
