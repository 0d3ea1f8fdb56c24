"""The Wagtail admin in Vietnamese: the admin's default language (see docs/GLOSSARY.md, locale_wagtail/)."""
