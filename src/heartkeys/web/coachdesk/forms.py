"""The coach's forms: assignments, module order, unlocking, own scenarios and question cards."""

from __future__ import annotations

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import domain

MAX_NOTE = 2000
MAX_MESSAGE = 2000
MAX_HINT = 2000
MAX_CARD = 300


def key_choices(lang: str | None) -> list[tuple[str, str]]:
    return [(k.code.value, f"{k.number}. {k.name}") for k in sorted(domain.content(lang).keys, key=lambda k: k.number)]


def exercise_choices(lang: str | None) -> list:
    data = domain.content(lang)
    groups = []
    for key in sorted(data.keys, key=lambda k: k.number):
        options = [(e.id, e.title) for e in data.exercises_for(key.code.value)]
        if options:
            groups.append((f"{key.number}. {key.name}", options))
    return groups


class AssignForm(forms.Form):
    module = forms.ChoiceField(label=_("Module"), required=False)
    exercise = forms.ChoiceField(label=_("Exercise"), required=False)
    note = forms.CharField(
        label=_("Note for the couple (optional)"),
        required=False,
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Both partners see this note with the assignment on their programme page."),
    )

    def __init__(self, *args, lang=None, **kwargs):
        super().__init__(*args, prefix="assign", **kwargs)
        self.fields["module"].choices = [("", _("— no module —")), *key_choices(lang)]
        self.fields["exercise"].choices = [("", _("— no exercise —")), *exercise_choices(lang)]

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("module") and not data.get("exercise"):
            raise forms.ValidationError(_("Choose a module, an exercise, or both."), code="empty")
        return data


class OrderForm(forms.Form):
    """The 8 modules in a new order: one select per position, each key exactly once."""

    def __init__(self, *args, lang=None, current=None, **kwargs):
        super().__init__(*args, prefix="order", **kwargs)
        choices = key_choices(lang)
        current = list(current or [c for c, _label in choices])
        for i in range(len(choices)):
            self.fields[f"pos_{i + 1}"] = forms.ChoiceField(
                label=_("Position %(number)s") % {"number": i + 1},
                choices=choices,
                initial=current[i] if i < len(current) else None,
            )

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        seen: dict[str, str] = {}
        for name in self.fields:
            code = data.get(name)
            if code in seen:
                self.add_error(name, _("This key is already at another position."))
            seen.setdefault(code, name)
        if not self.errors and len(seen) != len(self.fields):
            raise forms.ValidationError(_("Put each of the 8 keys in the list exactly once."), code="incomplete")
        return data

    @property
    def codes(self) -> list[str]:
        return [self.cleaned_data[name] for name in self.fields]


class UnlockForm(forms.Form):
    module = forms.ChoiceField(label=_("Module to open"))

    def __init__(self, *args, lang=None, locked=(), **kwargs):
        super().__init__(*args, prefix="unlock", **kwargs)
        names = dict(key_choices(lang))
        self.fields["module"].choices = [(code, names[code]) for code in locked if code in names]


class ScenarioForm(forms.Form):
    key = forms.ChoiceField(label=_("Key"))
    message = forms.CharField(
        label=_("What the partner says"),
        max_length=MAX_MESSAGE,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A message the couple answers in that key's scenario exercises, written for them."),
    )
    hint = forms.CharField(
        label=_("Hint (optional)"), required=False, max_length=MAX_HINT, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, lang=None, **kwargs):
        super().__init__(*args, prefix="scenario", **kwargs)
        self.fields["key"].choices = key_choices(lang)

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if not message:
            raise forms.ValidationError(_("Write the message the partner says."), code="required")
        return message


class CardForm(forms.Form):
    theme = forms.ChoiceField(label=_("Theme"))
    text = forms.CharField(
        label=_("Question"),
        max_length=MAX_CARD,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("It joins the deck of this theme, for this couple only."),
    )

    def __init__(self, *args, lang=None, **kwargs):
        super().__init__(*args, prefix="card", **kwargs)
        self.fields["theme"].choices = [(t.id, t.name) for t in domain.content(lang).themes]

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Write the question."), code="required")
        return text


class SinceForm(forms.Form):
    since = forms.DateField(
        label=_("Since"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Usually the day of your last session."),
    )

    def clean_since(self):
        since = self.cleaned_data.get("since")
        today = timezone.localdate()
        if since is not None and since > today:
            raise forms.ValidationError(_("Choose a day that is not in the future."), code="future")
        if since is not None and since < today - timedelta(days=domain.MAX_SINCE_DAYS):
            raise forms.ValidationError(_("Choose a day within the last year."), code="too_old")
        return since
