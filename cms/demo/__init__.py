"""Demo content of a province (`setup_province --demo`): settings, leaders, news, pages, images.

Everything here is idempotent and never overwrites what a person changed: settings are filled only
where empty, pages are created only when missing, and a page body is filled only while no person
has saved a revision of it.
"""
