"""Erase the personal data of information requests closed longer ago than each site's retention period.

Run daily from cron or a systemd timer, e.g. `15 2 * * * manage.py purge_request_personal_data`.
"""

from django.core.management.base import BaseCommand
from wagtail.models import Site

from cms.requests.retention import purge


class Command(BaseCommand):
    help = "Erase the personal data of closed information requests after the retention period."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be erased.")

    def handle(self, *args, dry_run=False, **options):
        total = 0
        for site in Site.objects.all():
            count = purge(site, dry_run=dry_run)
            total += count
            if count:
                self.stdout.write(f"{site.hostname}: {count}")
        verb = "would be erased" if dry_run else "erased"
        self.stdout.write(self.style.SUCCESS(f"{total} request(s) {verb}."))
