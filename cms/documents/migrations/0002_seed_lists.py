"""Seed the managed lists with the standard values of DESIGN.md §3 (editors may change them later)."""

from django.db import migrations


def seed_lists(apps, schema_editor):
    from cms.documents.seeds import seed

    seed(apps)


class Migration(migrations.Migration):
    dependencies = [("documents", "0001_initial")]

    operations = [migrations.RunPython(seed_lists, migrations.RunPython.noop)]
