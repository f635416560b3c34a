from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login, logout, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from ..formdata import form_data, form_status
from . import throttle
from .forms import ChangePasswordForm, LoginForm, SettingsForm, SignupForm


def _next_url(request, default: str = "home") -> str:
    """The ``next`` parameter when it is safe (same host), else ``default``."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def _locked_message() -> str:
    return _(
        "Too many attempts with this name. To keep your account safe, logging in is paused for 15 minutes. "
        "Forgot your password? You can ask for a new one below."
    )


@require_http_methods(["GET", "HEAD", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect("home")
    form = SignupForm(form_data(request))
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="heartkeys.web.accounts.backends.UsernameOrEmailBackend")
        messages.success(request, _("Welcome, %(name)s! Your account is ready.") % {"name": user.name})
        return redirect(_next_url(request))
    context = {"form": form, "next": _next_url(request, "")}
    return render(request, "accounts/signup.html", context, status=form_status(request))


@require_http_methods(["GET", "HEAD", "POST"])
def login_view(request):
    if request.user.is_authenticated:
        return redirect(_next_url(request))
    form = LoginForm(request, data=form_data(request))
    status, locked = form_status(request), False
    if request.method == "POST":
        name, ip = request.POST.get("login", ""), throttle.client_ip(request)
        # While locked the password is not even looked at, so guessing on gains nothing.
        if throttle.is_locked(name, ip) or (
            not form.is_valid() and form.wrong_password and throttle.record_failure(name, ip)
        ):
            form, status, locked = LoginForm(request, initial={"login": name}), 429, True
        elif form.is_valid():
            throttle.clear(name, ip)
            login(request, form.user)
            if not form.cleaned_data.get("remember"):
                request.session.set_expiry(0)  # ends when the browser closes
            return redirect(_next_url(request))
    context = {"form": form, "next": _next_url(request, ""), "locked": _locked_message() if locked else ""}
    return render(request, "accounts/login.html", context, status=status)


@require_POST
def logout_view(request):
    logout(request)
    messages.info(request, _("You are logged out. Take care!"))
    return redirect("home")


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def settings_view(request):
    form = SettingsForm(form_data(request), instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        if user.language:
            translation.activate(user.language)
        messages.success(request, _("Your settings are saved."))
        return redirect("accounts:settings")
    return render(request, "accounts/settings.html", {"form": form}, status=form_status(request))


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def password_change(request):
    form = ChangePasswordForm(request.user, form_data(request))
    if request.method == "POST" and form.is_valid():
        user = form.save()
        update_session_auth_hash(request, user)  # stay logged in here, other sessions end
        messages.success(request, _("Your password is changed."))
        return redirect("accounts:settings")
    return render(request, "accounts/password_change.html", {"form": form}, status=form_status(request))
