"""Email officers about information requests due within 2 working days and overdue ones.

Run every working morning, e.g. cron `0 7 * * 1-6 manage.py send_request_reminders`.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError

from cms.requests.reminders import send_reminders


class Command(BaseCommand):
    help = "Email officers about information requests due soon or overdue."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List the reminders without sending them.")
        parser.add_argument("--date", help="Pretend today is this date (YYYY-MM-DD).")

    def handle(self, *args, dry_run=False, date=None, **options):
        today = None
        if date:
            try:
                today = datetime.date.fromisoformat(date)
            except ValueError:
                raise CommandError("--date must be YYYY-MM-DD")
        plan = send_reminders(today, dry_run=dry_run)
        for email, lists in sorted(plan.items()):
            self.stdout.write(f"{email}: {len(lists['overdue'])} overdue, {len(lists['due_soon'])} due soon")
        self.stdout.write(self.style.SUCCESS(f"{len(plan)} officer(s) {'to remind' if dry_run else 'reminded'}."))
