from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ..privacy import domain as privacy
from .models import ChatReport


class DateInput(forms.DateInput):
    input_type = "date"


class UploadForm(forms.Form):
    export = forms.FileField(
        label=_("Your chat export"),
        help_text=_("A WhatsApp export (.txt or .zip), Telegram's result.json, or a plain transcript."),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".txt,.zip,.json,text/plain,application/zip,application/json"}
        ),
        error_messages={
            "required": _("Choose the file with your chat export."),
            "empty": _("The file is empty. Export the chat again and choose that file."),
        },
    )
    me = forms.CharField(
        label=_("Your name in the chat"),
        required=False,
        max_length=120,
        help_text=_("As it appears in the chat. Leave it empty when only the two of you write in it."),
    )
    partner = forms.CharField(label=_("Your partner's name in the chat"), required=False, max_length=120)
    since = forms.DateField(label=_("From (optional)"), required=False, widget=DateInput)
    until = forms.DateField(label=_("Up to and including (optional)"), required=False, widget=DateInput)
    pseudonymize = forms.BooleanField(
        label=_("Replace our names by Partner A and Partner B"),
        required=False,
        help_text=_("Also inside the example messages."),
    )
    keep_raw = forms.BooleanField(
        label=_("Also keep the chat text itself"),
        required=False,
        help_text=_(
            "Off by default: then only the numbers and a few example messages are stored, and the chat "
            "itself is forgotten as soon as the analysis is done."
        ),
    )

    def __init__(self, *args, participants=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.participants = tuple(participants)
        if self.participants:
            people = [(name, f"{name} ({count})") for name, count in self.participants]
            self.fields["me"] = forms.ChoiceField(label=_("Who are you?"), choices=people, widget=forms.RadioSelect)
            self.fields["partner"] = forms.ChoiceField(
                label=_("Who is your partner?"),
                choices=[("", _("The other person (the most active one in a group)")), *people],
                required=False,
                widget=forms.RadioSelect,
            )
            # A file input cannot be filled in again by the page: the file has to be chosen once more.
            self.fields["export"].help_text = _("Choose the same file again: we did not keep it.")

    def clean(self):
        data = super().clean()
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:
            self.add_error("until", _("This date comes before the start date."))
        me, partner = data.get("me"), data.get("partner")
        if me and partner and me.casefold() == partner.casefold():
            self.add_error("partner", _("You and your partner cannot be the same person."))
        return data


class VisibilityForm(forms.ModelForm):
    class Meta:
        model = ChatReport
        fields = ["visibility"]
        labels = {"visibility": _("Who can see this report?")}
        widgets = {"visibility": forms.RadioSelect}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["visibility"].choices = privacy.choices_for(user)
