from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from . import domain
from .models import Note


class NoteForm(forms.ModelForm):
    text = forms.CharField(label=_("Your note"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}))

    class Meta:
        model = Note
        fields = ["title", "text", "visibility"]
        labels = {"title": _("Title (optional)"), "visibility": _("Who can see this?")}
        widgets = {"visibility": forms.RadioSelect}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["visibility"].choices = domain.choices_for(user)

    def save(self, commit=True):
        note = super().save(commit=False)
        note.owner = self.user
        domain.share_in_current_couple(note, self.user)
        if commit:
            note.save()
        return note


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password, to confirm"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password. Nothing has been deleted."))
        return password
