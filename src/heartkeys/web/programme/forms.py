from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ..privacy import domain as privacy
from ..privacy.models import Visibility
from .models import NeedConfirmation

MAX_TEXT = 2000


class _Visibility(forms.Form):
    """A "who can see this?" choice, private unless the owner picks otherwise."""

    visibility = forms.ChoiceField(
        label=_("Who can see this?"), widget=forms.RadioSelect, initial=Visibility.PRIVATE.value
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["visibility"].choices = privacy.choices_for(user)


class ShareForm(_Visibility):
    pass


class ReplyForm(_Visibility):
    scenario = forms.CharField(widget=forms.HiddenInput, max_length=20)
    reply = forms.CharField(
        label=_("Your reply"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4, "autocomplete": "off", "data-live-feedback": "reply"}),
        error_messages={"required": _("Write a reply first; a few words are enough.")},
    )

    def __init__(self, *args, scenario_ids, **kwargs):
        super().__init__(*args, **kwargs)
        self.scenario_ids = scenario_ids

    def clean_scenario(self):
        value = self.cleaned_data["scenario"]
        if value not in self.scenario_ids:
            raise forms.ValidationError(_("This message is not part of the exercise. Pick one from the list."))
        return value


class ReflectionForm(_Visibility):
    """One answer field per prompt of a reflection exercise; at least one answer is needed."""

    def __init__(self, *args, prompts, **kwargs):
        super().__init__(*args, **kwargs)
        self.prompts = list(prompts)
        for i, prompt in enumerate(self.prompts):
            self.fields[f"answer_{i}"] = forms.CharField(
                label=prompt, required=False, max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 3})
            )
        self.order_fields([f"answer_{i}" for i in range(len(self.prompts))] + ["visibility"])

    def clean(self):
        cleaned = super().clean()
        if not any((cleaned.get(f"answer_{i}") or "").strip() for i in range(len(self.prompts))):
            raise forms.ValidationError(_("Answer at least one question. The others can wait."))
        return cleaned

    def answers(self) -> list[dict]:
        return [
            {"prompt": p, "answer": self.cleaned_data[f"answer_{i}"].strip()}
            for i, p in enumerate(self.prompts)
            if self.cleaned_data.get(f"answer_{i}", "").strip()
        ]


class ModuleReflectionForm(_Visibility):
    text = forms.CharField(
        label=_("What did you notice?"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write a few words about what you noticed.")},
    )


class NeedForm(_Visibility):
    scenario = forms.ChoiceField(label=_("The complaint"), widget=forms.RadioSelect)
    feeling = forms.ChoiceField(label=_("Which feeling could be under it?"))
    need = forms.ChoiceField(label=_("Which need?"), required=False)
    need_custom = forms.CharField(label=_("Or describe the need in your own words"), required=False, max_length=120)
    request = forms.CharField(
        label=_("Ask for it: a friendly, concrete request"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Phrase a request, for example: “Would you like to …?”")},
    )

    def __init__(self, *args, scenarios, content, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["scenario"].choices = [(s_id, message) for s_id, message in scenarios]
        if scenarios and not self.is_bound:
            self.initial.setdefault("scenario", scenarios[0][0])
        self.fields["feeling"].choices = [("", _("Choose a feeling"))] + [
            (family.name, [(word, word) for word in family.words]) for family in content.feelings
        ]
        groups = {g.id: g.name for g in content.need_groups}
        self.need_names = {n.id: n.name for n in content.needs}
        self.fields["need"].choices = [("", _("Choose a need"))] + [
            (name, [(n.id, n.name) for n in content.needs if n.group == group_id]) for group_id, name in groups.items()
        ]
        self.order_fields(["scenario", "feeling", "need", "need_custom", "request", "visibility"])

    def clean(self):
        cleaned = super().clean()
        need, custom = cleaned.get("need"), (cleaned.get("need_custom") or "").strip()
        if not need and not custom:
            self.add_error("need", _("Choose a need, or write it in your own words."))
        cleaned["need_text"] = custom or self.need_names.get(need or "", "")
        return cleaned


class ConfirmForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Is this your need?"), choices=NeedConfirmation.Answer.choices, widget=forms.RadioSelect
    )


class ChecklistForm(forms.Form):
    ticked = forms.TypedMultipleChoiceField(
        label=_("What did you do?"), required=False, coerce=int, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ticked"].choices = [(i, text) for i, text in enumerate(items)]
