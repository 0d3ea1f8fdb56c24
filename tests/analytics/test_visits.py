"""Visits, bounces, entry and exit pages and time on page computed from view events."""

import datetime

import pytest
from django.utils import timezone

from cms.analytics import stats
from cms.analytics.models import DailyPageStat, DailySiteStat, ViewEvent

pytestmark = pytest.mark.django_db

DAY = datetime.date(2026, 11, 20)


def at(hour, minute):
    return timezone.make_aware(datetime.datetime.combine(DAY, datetime.time(hour, minute)))


def view(site, page, visitor, hour, minute, seconds=60, device="desktop", referrer=""):
    return ViewEvent.objects.create(site=site, page=page, day=DAY, created_at=at(hour, minute), visitor=visitor,
                                    seconds=seconds, device=device, referrer_domain=referrer)


def test_visits_bounces_entries_and_exits(site, home, section):
    about, news = section("about"), section("news")
    # Visitor a: home -> about -> news in one visit; then back 2 hours later on news only (a bounce).
    view(site, home, "a", 9, 0, referrer="google.com")
    view(site, about, "a", 9, 3)
    view(site, news, "a", 9, 10, seconds=120)
    view(site, news, "a", 11, 30, seconds=30)
    # Visitor b: one page only, on a phone.
    view(site, about, "b", 10, 0, seconds=90, device="mobile")
    stats.aggregate_day(DAY)

    day = DailySiteStat.objects.get(site=site, day=DAY)
    assert (day.visits, day.views, day.bounces) == (3, 5, 2)
    assert day.seconds == 60 + 60 + 120 + 30 + 90
    assert day.devices == {"desktop": 2, "mobile": 1}
    assert day.referrers == {"google.com": 1}
    pages = {row.page_id: row for row in DailyPageStat.objects.filter(day=DAY)}
    assert (pages[home.pk].entries, pages[home.pk].exits) == (1, 0)
    assert (pages[news.pk].views, pages[news.pk].exits, pages[news.pk].bounces) == (2, 2, 1)
    assert (pages[about.pk].entries, pages[about.pk].bounces) == (1, 1)


def test_a_long_pause_starts_a_new_visit():
    class E:
        def __init__(self, minute, seconds=0):
            self.created_at = at(8, 0) + datetime.timedelta(minutes=minute)
            self.seconds = seconds

    visits = stats.split_visits([E(0), E(20), E(55), E(100, seconds=50 * 60)])
    assert [len(v) for v in visits] == [2, 2]


def test_aggregating_twice_gives_the_same_figures(site, home):
    view(site, home, "a", 9, 0)
    stats.aggregate_day(DAY)
    stats.aggregate_day(DAY)
    assert DailySiteStat.objects.get(day=DAY).visits == 1
    assert DailyPageStat.objects.filter(day=DAY).count() == 1


def test_site_figures_give_rates(site, home, section):
    view(site, home, "a", 9, 0, seconds=30)
    view(site, section("about"), "a", 9, 2, seconds=90)
    view(site, home, "b", 9, 0, seconds=60)
    stats.aggregate_day(DAY)
    figures = stats.site_figures(site, DAY, DAY)
    assert figures["visits"] == 2 and figures["page_views"] == 3
    assert figures["bounce_rate"] == 50.0
    assert figures["average_time_on_page_seconds"] == 60


def test_purge_keeps_figures_and_deletes_old_events(site, home, settings):
    settings.ANALYTICS_RAW_RETENTION_DAYS = 2
    view(site, home, "a", 9, 0)
    deleted = stats.purge(today=DAY + datetime.timedelta(days=5))
    assert deleted == 1 and not ViewEvent.objects.exists()
    assert DailySiteStat.objects.get(day=DAY).views == 1


def test_purge_command_runs(site, home):
    from django.core.management import call_command

    view(site, home, "a", 9, 0)
    call_command("purge_analytics_events", verbosity=0)
    assert ViewEvent.objects.count() == 0
    assert DailySiteStat.objects.get(day=DAY).views == 1
