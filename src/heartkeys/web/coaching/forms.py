from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your coach"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )
    consent = forms.BooleanField(
        label=_("I agree that this coach sees what we mark as shared with our coach, and nothing else."),
        error_messages={"required": _("Please tick this box if you agree; without it the coach sees nothing.")},
    )


class CoachNoteForm(forms.Form):
    text = forms.CharField(
        label=_("New note (only you see it)"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )
