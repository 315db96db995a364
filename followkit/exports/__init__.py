"""A letter as files a person can use: an .eml draft, a mailto: link, .ics reminders, a card."""

from followkit.exports._calendar import ics_reminder, ics_time, reminder_time
from followkit.exports._card import card_font_size, card_html, card_problem
from followkit.exports._email import MAILTO_MAX, eml_draft, mailto_link, mailto_problem
from followkit.exports._files import EXPORT_KINDS, export_filename, slug, write_export
from followkit.exports._reminders import ALARM_BEFORE_CLOSE, reminders_ics, write_reminders

__all__ = [
    "ALARM_BEFORE_CLOSE",
    "EXPORT_KINDS",
    "MAILTO_MAX",
    "card_font_size",
    "card_html",
    "card_problem",
    "eml_draft",
    "export_filename",
    "ics_reminder",
    "ics_time",
    "mailto_link",
    "mailto_problem",
    "reminder_time",
    "reminders_ics",
    "slug",
    "write_export",
    "write_reminders",
]
