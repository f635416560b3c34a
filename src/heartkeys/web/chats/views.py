from __future__ import annotations

import io
import json

from django.contrib import messages
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from ...chat.report.html import render_html
from ..accounts.decorators import partner_required
from ..charts import svg_response
from ..couples import domain as couples
from ..formdata import form_data
from . import domain
from .forms import UploadForm, VisibilityForm
from .models import ChatReport
from .present import Presenter
from .rebuild import rebuild

# --- upload ------------------------------------------------------------------------------------------


class InMemoryUploadHandler(FileUploadHandler):
    """Keeps an uploaded export in memory only (never in a temporary file), up to ``limit`` bytes.

    Django's default handlers spool uploads over 1 MB to a temporary file on disk; a chat export
    must not touch the disk. Past the limit the rest is dropped and ``too_large`` is set, so the
    view can say so kindly.
    """

    def __init__(self, request, limit: int):
        super().__init__(request)
        self.limit = limit
        self.too_large = False

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.buffer = io.BytesIO()
        self.size = 0

    def receive_data_chunk(self, raw_data, start):
        self.size += len(raw_data)
        if self.size > self.limit:
            self.too_large = True
        else:
            self.buffer.write(raw_data)
        return None

    def file_complete(self, file_size):
        self.buffer.seek(0)
        return InMemoryUploadedFile(
            file=self.buffer,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )


@csrf_exempt  # only so the upload handler can be set before the body is read; CSRF is checked below
@require_http_methods(["GET", "HEAD", "POST"])
def upload(request):
    handler = None
    if request.method == "POST":
        handler = InMemoryUploadHandler(request, domain.upload_limit())
        request.upload_handlers = [handler]
    return _upload(request, handler)


@csrf_protect
@partner_required
def _upload(request, handler):
    form = UploadForm(form_data(request), request.FILES if request.method == "POST" else None)
    if request.method != "POST":
        return render(request, "chats/upload.html", _upload_context(form))
    if handler is not None and handler.too_large:
        return _upload_error(request, form, domain.format_message("too_large"), status=413)
    if not form.is_valid():
        return render(request, "chats/upload.html", _upload_context(form), status=400)
    if not domain.take_upload_slot(request.user):
        message = _("You have analysed %(count)s chats in the last hour. Please wait a while and try again.") % {
            "count": domain.uploads_per_hour()
        }
        return _upload_error(request, form, message, status=429)
    data = form.cleaned_data
    upload = data["export"]
    if upload.size > domain.upload_limit():
        return _upload_error(request, form, domain.format_message("too_large"), status=413)
    content = upload.read()
    try:
        analysis = domain.analyse(
            content,
            me=data.get("me") or None,
            partner=data.get("partner") or None,
            since=data.get("since"),
            until=data.get("until"),
            pseudonymize=data.get("pseudonymize", False),
            keep_raw=data.get("keep_raw", False),
        )
    except domain.UploadProblem as problem:
        del content
        if problem.participants and problem.code in ("group", "unknown_person", "same_person"):
            # Ask again, now with the people found: the file has to be chosen again (it is gone).
            again = UploadForm(participants=problem.participants, initial=_initial(data))
            return _upload_error(request, again, problem.message, status=400)
        return _upload_error(request, form, problem.message, status=400)
    del content
    report = domain.save(request.user, analysis)
    messages.success(request, _("Your chat is analysed. Only you can see this report until you share it."))
    return redirect("chats:report", pk=report.pk)


def _initial(data: dict) -> dict:
    return {k: data.get(k) for k in ("since", "until", "pseudonymize", "keep_raw") if data.get(k)}


def _upload_context(form, problem: str = "") -> dict:
    return {"form": form, "problem": problem, "limit": domain.upload_limit() // (1024 * 1024)}


def _upload_error(request, form, message: str, status: int):
    return render(request, "chats/upload.html", _upload_context(form, message), status=status)


# --- reports ---------------------------------------------------------------------------------------


@require_safe
@partner_required
def index(request):
    reports = list(domain.reports_for(request.user))
    context = {
        "mine": [r for r in reports if r.owner_id == request.user.pk],
        "shared": [r for r in reports if r.owner_id != request.user.pk],
        "partner": couples.partner_of(request.user),
    }
    return render(request, "chats/index.html", context)


def _visible(request, pk: int) -> ChatReport:
    return get_object_or_404(domain.reports_for(request.user), pk=pk)


def _own(request, pk: int) -> ChatReport:
    return get_object_or_404(ChatReport, pk=pk, owner=request.user)


def _presenter(report: ChatReport, request) -> Presenter:
    return Presenter(rebuild(report.document, report.extra), request.LANGUAGE_CODE)


@require_safe
@partner_required
def report(request, pk: int):
    item = _visible(request, pk)
    presenter = _presenter(item, request)
    context = {
        "report": item,
        "own": item.owner_id == request.user.pk,
        "r": presenter.context(),
        "visibility_form": VisibilityForm(instance=item, user=request.user),
    }
    return render(request, "chats/report.html", context)


@require_safe
@partner_required
def chart(request, pk: int, name: str):
    item = _visible(request, pk)
    svg = _presenter(item, request).chart(name)
    if svg is None:
        raise Http404
    return svg_response(svg)


def _download(content: str, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_safe
@partner_required
def download_html(request, pk: int):
    item = _visible(request, pk)
    page = render_html(rebuild(item.document, item.extra))
    response = _download(page, "text/html; charset=utf-8", f"hartsleutels-chat-{item.pk}.html")
    # The page carries its own policy (no scripts, nothing loaded) that allows its inline CSS and SVG.
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
    return response


@require_safe
@partner_required
def download_json(request, pk: int):
    item = _visible(request, pk)
    payload = json.dumps(item.document, ensure_ascii=False, indent=2) + "\n"
    return _download(payload, "application/json; charset=utf-8", f"hartsleutels-chat-{item.pk}.json")


@require_POST
@partner_required
def visibility(request, pk: int):
    item = _own(request, pk)
    form = VisibilityForm(request.POST, instance=item, user=request.user)
    if not form.is_valid():
        messages.error(request, _("Choose who can see this report."))
        return redirect("chats:report", pk=item.pk)
    domain.set_visibility(item, request.user, form.cleaned_data["visibility"])
    messages.success(request, _("Saved: %(who)s.") % {"who": item.get_visibility_display()})
    return redirect("chats:report", pk=item.pk)


@require_http_methods(["GET", "HEAD", "POST"])
@partner_required
def delete(request, pk: int):
    item = _own(request, pk)
    if request.method == "POST":
        item.delete()
        messages.info(request, _("The report is deleted."))
        return redirect("chats:index")
    return render(request, "chats/delete.html", {"report": item})
