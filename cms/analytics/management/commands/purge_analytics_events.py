from django.core.management.base import BaseCommand

from cms.analytics import stats


class Command(BaseCommand):
    help = "Make the daily figures from raw page-view events, then delete events older than ANALYTICS_RAW_RETENTION_DAYS."

    def handle(self, *args, **options):
        stats.refresh()
        deleted = stats.purge()
        self.stdout.write(f"{deleted} raw events deleted (kept {stats.retention_days()} days).")
