"""Use cases of the Q&A: asking, similar answers, assigning, answering, publishing, turning into a request."""

import datetime
import logging
import statistics

from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from cms.core.models import ProvinceSettings
from cms.core.text import fold
from cms.workdays.services import add_working_days, working_days_between

from .models import QUESTION_SCOPE, Question, QuestionStatus

logger = logging.getLogger(__name__)

# Very common Vietnamese syllables (folded) that say nothing about what a question is about.
STOPWORDS = frozenset(
    "a ai anh ban bao cac can cho chi co con cua da dang de den di do duoc gi hay hoi khi khong la lam len "
    "luc ma minh mot nao neu nhu nhung nay o phai ra roi sao se tai the thi toi trong tu va ve vi voi vay xin "
    "em ong ba chung xa".split()
)
SIMILAR_LIMIT = 5


def listed_questions(index, choice):
    """The published questions a Q&A section lists for a `cms.core.sites.BodyChoice`: its own, every body's
    (the province's "whole province" choice) or one component site's."""
    questions = Question.objects.published().select_related("field", "index")
    if choice.is_own:
        questions = questions.for_index(index)
    elif choice.shown is not None:
        questions = QUESTION_SCOPE.filter(questions, [choice.shown])
    return questions.order_by("-published_at", "-pk")


def link_questions(questions, index, request, name_bodies=False):
    """Give each question its public address (`public_url`: on this section, or on the site of the body that
    answered it) and, with `name_bodies`, the name of that body (`body_name`). No query per question."""
    from wagtail.models import Page

    from cms.core.sites import component_sites, province_site

    names = {}
    if name_bodies:
        names = {site.root_page.path: site.site_name for site in [province_site(), *component_sites()] if site}
    for question in questions:
        section = index if question.index.translation_key == index.translation_key else question.index
        question.public_url = section.question_url(question, request)
        question.body_name = names.get(section.path[: Page.steplen * 2], "")
    return questions


def target_days(site):
    return ProvinceSettings.for_site(site).qa_target_working_days if site else 15


def submit_question(index, site, data, now=None):
    """Record a citizen's question with its due date in working days (the day of receipt not counted)."""
    now = now or timezone.now()
    due = add_working_days(timezone.localdate(now), target_days(site))
    return Question.objects.create(
        index=index, field=data["field"], asker_name=data["name"].strip(), asker_email=data["email"],
        question=data["question"].strip(), consent_at=now, received_at=now, due_date=due,
    )


def _terms(text):
    words = [w for w in fold(text).split() if w.isalnum()]
    bigrams = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if not (a in STOPWORDS and b in STOPWORDS)]
    singles = [w for w in words if w not in STOPWORDS and len(w) > 1]
    return list(dict.fromkeys(bigrams))[:15], list(dict.fromkeys(singles))[:15]


def similar_questions(index, text, limit=SIMILAR_LIMIT):
    """Published answers that share the most words and word pairs with `text`, best first."""
    bigrams, singles = _terms(text)
    if not singles:
        return []
    condition = Q()
    for term in bigrams or singles:
        condition |= Q(search_text__contains=f" {term} ")
    candidates = (
        Question.objects.published().for_index(index).filter(condition)
        .select_related("field").only("id", "title", "question", "search_text", "field__name", "published_at")[:200]
    )
    scored = []
    for candidate in candidates:
        haystack = candidate.search_text
        score = 2 * sum(1 for b in bigrams if f" {b} " in haystack) + sum(1 for w in singles if f" {w} " in haystack)
        if score >= 2:
            scored.append((score, candidate.published_at or candidate.pk, candidate))
    scored.sort(key=lambda item: (item[0], str(item[1])), reverse=True)
    return [candidate for _score, _when, candidate in scored[:limit]]


def assign(question, assignee):
    question.assigned_to = assignee
    if question.status == QuestionStatus.RECEIVED and assignee is not None:
        question.status = QuestionStatus.ASSIGNED
    question.save(update_fields=["assigned_to", "status"])
    return question


def _send_answer_mail(question, url):
    context = {"question": question, "url": url, "answer_text": strip_tags(question.answer)}
    try:
        send_mail(
            _("Your question has been answered"),
            render_to_string("qa/email/answered.txt", context),
            None, [question.asker_email],
        )
    except Exception:  # noqa: BLE001 - a mail failure must not undo the answer; it is logged
        logger.exception("Could not email the answer to question %s", question.pk)


def answer(question, text, user, publish=False, url_for=None):
    """Record the answer (and optionally publish it) and email the asker once the change is saved."""
    with transaction.atomic():
        question = Question.objects.select_for_update().get(pk=question.pk)
        first_answer = question.answered_at is None
        question.answer = text
        question.status = QuestionStatus.ANSWERED
        question.answered_by = user
        question.answered_at = question.answered_at or timezone.now()
        fields = ["answer", "status", "answered_by", "answered_at"]
        if publish and not question.is_public:
            question.is_public, question.published_at = True, timezone.now()
            fields += ["is_public", "published_at"]
        question.save(update_fields=fields)
        if first_answer:
            url = url_for(question) if url_for and question.is_public else ""
            transaction.on_commit(lambda: _send_answer_mail(question, url))
    return question


def set_public(question, public):
    """Publish or withdraw an answered question."""
    if public and question.status != QuestionStatus.ANSWERED:
        raise ValueError("only answered questions can be published")
    question.is_public = public
    if public and question.published_at is None:
        question.published_at = timezone.now()
    question.save(update_fields=["is_public", "published_at"])
    return question


def transfer_to_request(question, reference=""):
    """The law requires a formal information request: keep the link and tell the asker how to file it."""
    with transaction.atomic():
        question.status = QuestionStatus.TRANSFERRED
        question.is_public = False
        question.transferred_at = timezone.now()
        question.info_request_reference = reference or question.info_request_reference
        question.save(update_fields=["status", "is_public", "transferred_at", "info_request_reference"])
    return question


def median_working_days(questions):
    """Median working days from receipt to answer of the given answered questions (None without any)."""
    spans = [
        working_days_between(timezone.localdate(received), timezone.localdate(answered))
        for received, answered in questions.filter(answered_at__isnull=False).values_list("received_at", "answered_at")
    ]
    return statistics.median(spans) if spans else None


def period_bounds(date_from, date_to):
    """Aware datetimes for [date_from 00:00, date_to + 1 day 00:00) in the portal's time zone."""
    tz = timezone.get_current_timezone()
    start = datetime.datetime.combine(date_from, datetime.time.min, tzinfo=tz)
    end = datetime.datetime.combine(date_to + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz)
    return start, end


def save_from_admin(form, user):
    """Save the staff form, running each transition it implies (assign, answer, publish, transfer)."""
    previous = Question.objects.get(pk=form.instance.pk)
    question = form.save(commit=False)
    new_answer, want_public = question.answer, question.is_public
    with transaction.atomic():
        question.answer, question.is_public = previous.answer, previous.is_public
        question.save()
        if question.assigned_to_id != previous.assigned_to_id:
            assign(question, question.assigned_to)
        if form.cleaned_data.get("transfer"):
            return transfer_to_request(question, question.info_request_reference)
        if strip_tags(new_answer or "").strip() and new_answer != previous.answer:
            index = question.index.specific
            question = answer(question, new_answer, user, publish=want_public, url_for=index.full_question_url)
        if question.status == QuestionStatus.ANSWERED and want_public != question.is_public:
            set_public(question, want_public)
    return question


def similar_documents(text, limit=3):
    """Published legal documents whose number, type, issuer or summary share words with `text`."""
    from django.apps import apps

    if not apps.is_installed("cms.documents"):
        return []
    from cms.documents.models import LegalDocument

    bigrams, singles = _terms(text)
    if not singles:
        return []
    condition = Q()
    for term in bigrams or singles:
        condition |= Q(search_folded__contains=term)
    candidates = LegalDocument.objects.published().filter(condition).only(
        "id", "number", "slug", "summary", "search_folded")[:200]
    scored = []
    for document in candidates:
        haystack = f" {document.search_folded} "
        score = 2 * sum(1 for b in bigrams if f" {b} " in haystack) + sum(1 for w in singles if f" {w} " in haystack)
        if score >= 4:
            scored.append((score, document))
    scored.sort(key=lambda item: item[0], reverse=True)
    return [document for _score, document in scored[:limit]]


def info_request_exists(tracking_code):
    """True when the requests app holds a request with this tracking code (or is not installed)."""
    from django.apps import apps

    if not apps.is_installed("cms.requests"):
        return True
    from cms.requests.codes import normalise_code
    from cms.requests.models import InfoRequest

    return InfoRequest.objects.filter(tracking_code=normalise_code(tracking_code)).exists()
