from __future__ import annotations

from django import forms
from django.contrib.auth import authenticate, password_validation
from django.contrib.auth.forms import PasswordChangeForm, PasswordResetForm, SetPasswordForm
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import User

PASSWORD_HELP = _("At least 10 characters. A short sentence you can remember works well.")


def _email_taken(email: str, exclude_pk=None) -> bool:
    return User.objects.filter(email__iexact=email).exclude(pk=exclude_pk).exists()


class SignupForm(forms.ModelForm):
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        help_text=PASSWORD_HELP,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    class Meta:
        model = User
        fields = ["username", "display_name", "email"]
        labels = {"username": _("Username"), "display_name": _("Your name"), "email": _("Email address")}
        help_texts = {
            "username": _("For logging in. Letters, digits and . _ - only."),
            "display_name": _("How your partner and coach see you. You can leave it empty."),
            "email": _("Only used to send you a link when you forget your password."),
        }
        widgets = {
            "username": forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        if "@" in username or "+" in username:
            raise forms.ValidationError(_("Please use only letters, digits and . _ - in your username."))
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("This username is already taken. Try another one."))
        return username

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if _email_taken(email):
            raise forms.ValidationError(
                _("There is already an account with this email address. Did you forget your password?")
            )
        return email

    def clean(self):
        cleaned = super().clean()
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", _("The two passwords are not the same."))
        elif p2:
            probe = User(
                username=cleaned.get("username", ""),
                email=cleaned.get("email", ""),
                display_name=cleaned.get("display_name", ""),
            )
            try:
                password_validation.validate_password(p2, probe)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned

    def save(self, commit=True):
        user = super().save(commit=False)
        user.set_password(self.cleaned_data["password1"])
        user.language = get_language() or ""
        if commit:
            user.save()
        return user


class LoginForm(forms.Form):
    login = forms.CharField(
        label=_("Username or email address"),
        max_length=254,
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none", "autofocus": True}),
    )
    password = forms.CharField(
        label=_("Password"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )
    remember = forms.BooleanField(label=_("Stay logged in on this device for two weeks"), required=False)

    def __init__(self, request=None, *args, **kwargs):
        self.request = request
        self.user = None
        self.wrong_password = False
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        login, password = cleaned.get("login"), cleaned.get("password")
        if login and password:
            self.user = authenticate(self.request, username=login, password=password)
            if self.user is None:
                self.wrong_password = True
                raise forms.ValidationError(
                    _("That username or password is not right. Check for typos and try again."), code="invalid_login"
                )
        return cleaned


class SettingsForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "email", "language"]
        labels = {"display_name": _("Your name"), "email": _("Email address"), "language": _("Language")}
        help_texts = {
            "display_name": _("How your partner and coach see you."),
            "language": _("The language of the app. 'Follow my browser' uses your browser's language."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if _email_taken(email, exclude_pk=self.instance.pk):
            raise forms.ValidationError(_("Another account already uses this email address."))
        return email


class ChangePasswordForm(PasswordChangeForm):
    error_messages = {
        **SetPasswordForm.error_messages,
        "password_incorrect": _("Your current password is not right. Please try again."),
        "password_mismatch": _("The two passwords are not the same."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = _("Current password")
        self.fields["new_password1"].label = _("New password")
        self.fields["new_password1"].help_text = PASSWORD_HELP
        self.fields["new_password2"].label = _("New password again")


class NewPasswordForm(SetPasswordForm):
    error_messages = {"password_mismatch": _("The two passwords are not the same.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = _("New password")
        self.fields["new_password1"].help_text = PASSWORD_HELP
        self.fields["new_password2"].label = _("New password again")


class ResetForm(PasswordResetForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Email address")
