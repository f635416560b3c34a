"""Pages to manage personal access tokens (/api/tokens/): list, create (shown once), revoke."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from . import tokens as domain
from .forms import TokenForm
from .models import AccessToken


@login_required
@require_http_methods(["GET", "POST"])
def tokens(request):
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if domain.active_count(request.user) >= domain.MAX_ACTIVE_TOKENS:
            form.add_error(None, _("You have too many active tokens. Revoke one you no longer use first."))
        else:
            days = form.cleaned_data["expires"]
            row, raw = domain.create_token(request.user, form.cleaned_data["name"], int(days) if days else None)
            response = render(request, "api/token_created.html", {"token": row, "secret": raw})
            response["Cache-Control"] = "no-store"
            return response
    return render(request, "api/tokens.html", {"form": form, "tokens": domain.tokens_of(request.user)})


@login_required
@require_POST
def revoke(request, pk: int):
    try:
        token = domain.get_own_token(request.user, pk)
    except AccessToken.DoesNotExist:
        raise Http404 from None
    domain.revoke_token(token)
    messages.success(request, _("The token “%(name)s” no longer works.") % {"name": token.name})
    return redirect("api:tokens")
