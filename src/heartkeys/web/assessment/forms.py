from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ...content.model import KEY_CODES
from ..privacy import domain as privacy
from ..privacy.models import Visibility
from . import domain
from .models import Kind

ANSWER_ERRORS = {
    "required": _("Please choose an answer for this statement."),
    "invalid_choice": _("Please choose one of the five answers."),
}


class VisibilityMixin:
    def _visibility_field(self, user, label):
        return forms.ChoiceField(
            label=label,
            choices=privacy.choices_for(user),
            initial=Visibility.PRIVATE,
            widget=forms.RadioSelect,
            error_messages={"required": _("Please choose who can see this."),
                            "invalid_choice": _("Please choose one of the options.")},
        )  # fmt: skip


class QuestionnaireForm(VisibilityMixin, forms.Form):
    """One radio group (1..5) per statement, worded for ``kind``; every statement is required."""

    def __init__(self, *args, user, kind: str, lang: str, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.kind = kind
        self.lang = domain.content_lang(lang)
        self.questionnaire = domain.questionnaire(self.lang)
        scale = self.questionnaire.scale
        choices = [(n, f"{n} · {text}") for n, text in zip(range(scale.min, scale.max + 1), scale.labels, strict=True)]
        for item in self.questionnaire.items:
            self.fields[item.id] = forms.TypedChoiceField(
                label=item.self if kind == Kind.SELF else item.partner,
                choices=choices,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages=ANSWER_ERRORS,
            )
        self.fields["visibility"] = self._visibility_field(user, _("Who can see your answers?"))

    def groups(self):
        """Per key (in order): its content object and the bound fields of its statements."""
        content = domain.load_content(self.lang)
        return [(content.key(code), [self[i.id] for i in self.questionnaire.items_for(code)]) for code in KEY_CODES]

    def answers(self) -> dict[str, int]:
        return {item.id: self.cleaned_data[item.id] for item in self.questionnaire.items}


class VisibilityForm(VisibilityMixin, forms.Form):
    def __init__(self, *args, user, label=None, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["visibility"] = self._visibility_field(user, label or _("Who can see this?"))


class CheckInForm(VisibilityMixin, forms.Form):
    mood = forms.TypedChoiceField(
        label=_("How is your mood today?"),
        choices=domain.MOODS,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose how your mood is."),
                        "invalid_choice": _("Please choose one of the five moods.")},
    )  # fmt: skip
    connected = forms.TypedChoiceField(
        label=_("How connected do you feel with your partner today? (1 = far apart, 10 = very close)"),
        choices=[(n, str(n)) for n in range(domain.CONNECTED_MIN, domain.CONNECTED_MAX + 1)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose a number from 1 to 10."),
                        "invalid_choice": _("Please choose a number from 1 to 10.")},
    )  # fmt: skip
    note = forms.CharField(
        label=_("A note (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What made today feel like this? At most 1000 characters."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["visibility"] = self._visibility_field(user, _("Who can see this check-in?"))
