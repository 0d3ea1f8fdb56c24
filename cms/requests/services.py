"""Use cases of the request service: submitting, and each staff transition (one function each).

Every function runs in one transaction, locks the request, records an event (who, when, what, legal
ground), recomputes the clocks and notifies the requester on commit.
"""

import os

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import codes
from .deadlines import MAX_EXTENSION_DAYS, RULES, clocks_for, next_due, working_days_taken
from .models import ClockPause, InfoRequest, RegisterCounter, RequestEvent, RequestFile, RequestMember
from .notifications import notify_requester
from .states import (
    CLOSED_STATES,
    OPEN_STATES,
    TRANSITIONS,
    Action,
    Channel,
    Complexity,
    PauseReason,
    RefusalGround,
    State,
)

LAW = "Luật Tiếp cận thông tin 104/2016/QH13"
GROUNDS = {
    Action.SUBMITTED: "Điều 24 " + LAW + "; Điều 10 Nghị định 13/2018/NĐ-CP",
    Action.ASK_CLARIFICATION: LAW + " (yêu cầu chưa đầy đủ, rõ ràng: hướng dẫn người yêu cầu bổ sung)",
    Action.SEND_NOTICE: "Điều 30 " + LAW + "; mẫu 03 Nghị định 13/2018/NĐ-CP",
    Action.EXTEND: "Điều 30 " + LAW + "; mẫu 04 Nghị định 13/2018/NĐ-CP",
    Action.COST: "Điều 12 " + LAW + "; Thông tư 46/2018/TT-BTC",
    Action.ANSWER: "Điều 30 " + LAW,
    Action.REFUSE: "Điều 28 " + LAW + "; mẫu 05 Nghị định 13/2018/NĐ-CP",
    Action.TRANSFER: LAW + " (thông tin không thuộc trách nhiệm cung cấp: hướng dẫn gửi đến cơ quan có thẩm quyền)",
}


class TransitionError(ValidationError):
    """A transition that the request's state or the law does not allow; the message is for the officer."""


def allowed_actions(request):
    """Names of the state transitions open to this request now."""
    names = []
    for name, (sources, _target) in TRANSITIONS.items():
        if request.state not in sources:
            continue
        if name == "send_notice" and (request.complexity != Complexity.COMPLEX or request.notice_sent_at
                                      or "notice" not in RULES[request.channel]):
            continue
        if name == "extend" and (request.complexity != Complexity.COMPLEX or request.extension_days):
            continue
        names.append(name)
    return names


def _locked(request):
    return InfoRequest.objects.select_for_update().get(pk=request.pk)


def _record(request, user, action, *, from_state="", note="", ground="", public=True):
    event = RequestEvent.objects.create(
        request=request, actor=user, action=action, from_state=from_state, to_state=request.state,
        note=note, legal_ground=ground or GROUNDS.get(action, ""), public=public,
    )
    return event


def _refresh(request):
    """Recompute the next due date and whether the clock is stopped, and save the request."""
    for name in ("clocks", "_prefetched_objects_cache"):
        request.__dict__.pop(name, None)
    request.clock_paused = request.pauses.filter(ended_on__isnull=True).exists()
    request.due_date = next_due(clocks_for(request)) if request.state in OPEN_STATES else None
    request.save()
    return request


def _end_pauses(request, reason=None):
    pauses = request.pauses.filter(ended_on__isnull=True)
    if reason:
        pauses = pauses.filter(reason=reason)
    pauses.update(ended_on=timezone.localdate())


def _transition(request, user, name, action, *, note="", ground="", changes=None, before_refresh=None):
    sources, target = TRANSITIONS[name]
    with transaction.atomic():
        request = _locked(request)
        if name not in allowed_actions(request):
            raise TransitionError(_("This action is not possible for a request in the state “%(state)s”.")
                                  % {"state": request.get_state_display()})
        from_state = request.state
        for field, value in (changes or {}).items():
            setattr(request, field, value)
        request.state = target
        if target in CLOSED_STATES:
            _end_pauses(request)
            request.closed_at = timezone.now()
            closed_on = timezone.localdate(request.closed_at)
            request.working_days_taken = working_days_taken(request, closed_on)
        if before_refresh:
            before_refresh(request)
        _refresh(request)
        if target in (State.ANSWERED, State.REFUSED):
            clocks = clocks_for(request)
            request.on_time = all(clock.status != "late" for clock in clocks)
            request.save(update_fields=["on_time"])
        event = _record(request, user, action, from_state=from_state, note=note, ground=ground)
        notify_requester(request, event)
    return request


# --- Submission -------------------------------------------------------------------------------------------


def _next_register_number(site, year):
    counter, _created = RegisterCounter.objects.select_for_update().get_or_create(site=site, year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return counter.last_number


def _unique_code():
    for _attempt in range(20):
        code = codes.new_code()
        if not InfoRequest.objects.filter(tracking_code=code).exists():
            return code
    raise RuntimeError("could not find a free tracking code")


def submit_request(site, data, *, members=(), consent_file=None, token=None, notice_version=""):
    """Enter a valid request in the register. Returns (request, created); a replayed token returns the first."""
    if token is not None:
        existing = InfoRequest.objects.filter(submission_token=token).first()
        if existing is not None:
            return existing, False
    now = timezone.now()
    try:
        with transaction.atomic():
            year = timezone.localdate(now).year
            request = InfoRequest(
                site=site, submission_token=token, tracking_code=_unique_code(), register_year=year,
                register_number=_next_register_number(site, year), received_at=now,
                privacy_notice_version=notice_version, privacy_confirmed_at=now, channel=Channel.ONLINE,
                **data,
            )
            request.full_clean(exclude=["register_number", "tracking_code"])
            request.save()
            _refresh(request)
            RequestMember.objects.bulk_create(RequestMember(request=request, **member) for member in members)
            if consent_file is not None:
                add_file(request, consent_file, RequestFile.Kind.CONSENT)
            event = _record(request, None, Action.SUBMITTED)
            notify_requester(request, event)
    except IntegrityError:
        if token is not None:
            existing = InfoRequest.objects.filter(submission_token=token).first()
            if existing is not None:
                return existing, False
        raise
    return request, True


def add_file(request, uploaded, kind):
    name = os.path.basename(uploaded.name)[:200]
    stored = RequestFile(request=request, kind=kind, original_name=name, size=uploaded.size or 0)
    stored.file.save(name, uploaded, save=False)
    stored.save()
    return stored


# --- Actions that keep the state ---------------------------------------------------------------------------


def _open_action(request, user, action, apply, *, note="", ground="", public=True):
    with transaction.atomic():
        request = _locked(request)
        if request.state not in OPEN_STATES:
            raise TransitionError(_("This request is closed."))
        apply(request)
        _refresh(request)
        event = _record(request, user, action, from_state=request.state, note=note, ground=ground, public=public)
        notify_requester(request, event)
    return request


def assign(request, user, *, assignee=None, department=None):
    if assignee is None and department is None:
        raise TransitionError(_("Choose an officer or a department."))

    def apply(req):
        req.assignee = assignee
        req.department = department

    names = ", ".join(str(x) for x in (department, assignee and (assignee.get_full_name() or assignee.username))
                      if x)
    return _open_action(request, user, Action.ASSIGNED, apply, note=names, public=False)


def classify(request, user, complexity):
    if complexity not in (Complexity.SIMPLE, Complexity.COMPLEX):
        raise TransitionError(_("Choose simple or complex."))

    def apply(req):
        if req.notice_sent_at or req.extension_days:
            raise TransitionError(_("The classification cannot change after the deadline notice or an extension."))
        req.complexity = complexity
        if complexity == Complexity.SIMPLE and req.state == State.RECEIVED:
            req.state = State.IN_PROGRESS

    return _open_action(request, user, Action.CLASSIFIED, apply, note=Complexity(complexity).label)


def ask_clarification(request, user, message):
    if not (message or "").strip():
        raise TransitionError(_("Say what the requester must clarify or complete."))

    def pause(req):
        ClockPause.objects.create(request=req, reason=PauseReason.CLARIFICATION, started_on=timezone.localdate())

    return _transition(request, user, "ask_clarification", Action.ASK_CLARIFICATION, note=message,
                       before_refresh=pause)


def receive_clarification(request, user, note=""):
    return _transition(request, user, "receive_clarification", Action.RECEIVE_CLARIFICATION, note=note,
                       before_refresh=lambda req: _end_pauses(req, PauseReason.CLARIFICATION))


def send_notice(request, user, note=""):
    return _transition(request, user, "send_notice", Action.SEND_NOTICE, note=note,
                       changes={"notice_sent_at": timezone.now()})


def extend(request, user, days, reason):
    limit = MAX_EXTENSION_DAYS if request.channel != Channel.OFFICE else 10
    if not 1 <= int(days) <= limit:
        raise TransitionError(_("An extension is at most %(limit)s days.") % {"limit": limit})
    if not (reason or "").strip():
        raise TransitionError(_("Give the reason for the extension."))
    return _transition(request, user, "extend", Action.EXTEND, note=reason,
                       changes={"extension_days": int(days), "extension_reason": reason})


def state_cost(request, user, amount, note):
    """State the copying and postage cost (Circular 46/2018/TT-BTC); the clock stops until it is paid."""
    if amount is None or amount < 0:
        raise TransitionError(_("Enter the cost in đồng."))

    def apply(req):
        req.cost_amount = amount
        req.cost_note = note
        req.cost_paid_at = None
        _end_pauses(req, PauseReason.PAYMENT)
        if amount > 0:
            ClockPause.objects.create(request=req, reason=PauseReason.PAYMENT, started_on=timezone.localdate())

    return _open_action(request, user, Action.COST, apply, note=f"{amount:,.0f} đ. {note}".strip())


def record_payment(request, user, note=""):
    def apply(req):
        if not req.cost_amount:
            raise TransitionError(_("No cost was stated for this request."))
        if req.cost_paid_at:
            raise TransitionError(_("The payment was already recorded."))
        req.cost_paid_at = timezone.now()
        _end_pauses(req, PauseReason.PAYMENT)

    return _open_action(request, user, Action.PAYMENT, apply, note=note)


def answer(request, user, text, link="", files=()):
    if not (text or "").strip() and not link and not files:
        raise TransitionError(_("Give the answer as a text, a link or files."))
    if request.cost_amount and not request.cost_paid_at:
        raise TransitionError(_("The cost has not been paid yet: record the payment first, or refuse on ground (e)."))

    def attach(req):
        for uploaded in files:
            add_file(req, uploaded, RequestFile.Kind.ANSWER)

    return _transition(request, user, "answer", Action.ANSWER, changes={"answer_text": text, "answer_link": link},
                       before_refresh=attach)


def refuse(request, user, ground, explanation):
    if ground not in RefusalGround.values:
        raise TransitionError(_("Choose one of the grounds of Article 28."))
    if not (explanation or "").strip():
        raise TransitionError(_("Explain the refusal: the requester must know why."))
    label = RefusalGround(ground).label
    return _transition(request, user, "refuse", Action.REFUSE, note=explanation,
                       ground=f"Điều 28(1) {LAW}: {label}",
                       changes={"refusal_ground": ground, "refusal_explanation": explanation})


def transfer(request, user, body, note=""):
    if not (body or "").strip():
        raise TransitionError(_("Name the competent body."))
    return _transition(request, user, "transfer", Action.TRANSFER, note=note or body,
                       changes={"transferred_to": body.strip()})


def withdraw(request, user, note=""):
    return _transition(request, user, "withdraw", Action.WITHDRAW, note=note, ground="")
