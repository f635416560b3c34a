from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ..privacy.domain import choices_for
from . import domain


class TreatmentCardForm(forms.Form):
    answer = forms.CharField(
        label=_("Your answer"), max_length=domain.MAX_TEXT, widget=forms.Textarea(attrs={"rows": 4})
    )
    visibility = forms.ChoiceField(label=_("Who can see this?"), widget=forms.RadioSelect)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["visibility"].choices = choices_for(user)
        self.fields["visibility"].initial = "private"


class PracticeForm(forms.Form):
    guess = forms.CharField(
        label=_("What do you think your partner would like?"),
        max_length=domain.MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class MetaphorForm(forms.Form):
    metaphor = forms.ChoiceField(label=_("Choose a metaphor"), required=False, widget=forms.RadioSelect)
    own_name = forms.CharField(label=_("Or write your own metaphor"), max_length=domain.MAX_NAME, required=False)
    meaning = forms.CharField(
        label=_("What it means to you"),
        max_length=domain.MAX_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences: why this image, and what do you see?"),
    )
    share_with_coach = forms.BooleanField(label=_("Our coach may see my choice too"), required=False)

    def __init__(self, *args, lang, coach=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["metaphor"].choices = [(m.id, f"{m.name}: {m.meaning}") for m in domain.content(lang).metaphors]
        if not coach:
            del self.fields["share_with_coach"]

    def clean(self):
        data = super().clean()
        metaphor, own = data.get("metaphor"), (data.get("own_name") or "").strip()
        if metaphor and own:
            raise forms.ValidationError(_("Choose one metaphor from the list or write your own, not both."))
        if not metaphor and not own and not self.errors:
            raise forms.ValidationError(_("Choose a metaphor from the list or write your own."))
        if own and not (data.get("meaning") or "").strip():
            self.add_error("meaning", _("Tell in a few words what your own metaphor means to you."))
        return data


class _FeelingNeedForm(forms.Form):
    feeling = forms.ChoiceField(label=_("Feeling"))
    need = forms.ChoiceField(label=_("Need"))

    def __init__(self, *args, lang, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["feeling"].choices = [("", "—"), *domain.feeling_groups(lang)]
        self.fields["need"].choices = [("", "—"), *domain.need_groups(lang)]


class AccuracyTellForm(_FeelingNeedForm):
    situation = forms.CharField(
        label=_("The situation"),
        max_length=domain.MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What happened, who said what. Your partner reads this; keep your feeling and need out of it."),
    )
    share_with_coach = forms.BooleanField(label=_("Our coach may read this round too"), required=False)
    field_order = ["situation", "feeling", "need", "share_with_coach"]

    def __init__(self, *args, coach=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["feeling"].label = _("What you felt")
        self.fields["need"].label = _("The need that was at play")
        if not coach:
            del self.fields["share_with_coach"]


class AccuracyGuessForm(_FeelingNeedForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["feeling"].label = _("What do you think your partner felt?")
        self.fields["need"].label = _("Which need do you think was at play?")
