from __future__ import annotations

from django import forms


class SafetyForm(forms.Form):
    """One radio question per screening item, built from the content in the page's language."""

    def __init__(self, *args, safety, **kwargs):
        super().__init__(*args, **kwargs)
        for item in safety.screening:
            self.fields[item.id] = forms.TypedChoiceField(
                label=item.text,
                choices=list(enumerate(item.options)),
                coerce=int,
                widget=forms.RadioSelect,
            )

    def answers(self) -> dict[str, int]:
        return dict(self.cleaned_data)
