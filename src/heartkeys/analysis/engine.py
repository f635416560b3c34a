"""The analyzer: one reply (and the message it answers) in, an immutable :class:`Analysis` out.

Per reply the engine tokenises once, runs the language's single cue automaton over the reply and
the context, lets every recognizer propose candidates, and then does what no recognizer should
do on its own: a context pass that lowers or drops scores (and records why), merging overlapping
candidates, the threshold, rendering explanations and suggestions from the language's messages,
the per-key levels, and safety (help instead of tips).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import repeat
from threading import Lock
from types import MappingProxyType

from ..content.model import KEY_CODES
from .recognizers.base import Candidate, Recognizer, State
from .registry import LANGUAGES, LangData, lang_data, recognizers
from .text import Doc
from .types import Analysis, Finding, HelpResource, _new_analysis, _new_finding

_new_tuple = tuple.__new__
_base_applies = Recognizer.applies

#: Candidates scoring below this are dropped: prefer missing a pitfall to accusing falsely.
THRESHOLD = 0.5
#: Replies longer than this are analysed in full but only the first findings are explained.
MAX_FINDINGS = 200


class _Lang:
    """A language's data and recognizer instances, built once."""

    def __init__(self, lang: str):
        self.data: LangData = lang_data(lang)
        self.recognizers: tuple[Recognizer, ...] = recognizers(self.data)
        # How the engine decides whether to run each recognizer: ``(recognizer, triggers, custom)``.
        # For the base ``applies`` (run when no triggers, or when a trigger cue was hit) the
        # engine tests the trigger set itself, saving a method call per recognizer and reply;
        # a recognizer with its own ``applies`` is asked, as before.
        self.plan: tuple[tuple[Recognizer, frozenset[str], bool], ...] = tuple(
            (rec, rec.triggers, type(rec).applies is not _base_applies) for rec in self.recognizers
        )
        #: (reason, id) -> explanation and suggestion templates: the cache :func:`_templates` fills
        self.templates: dict[tuple[str, str], tuple] = self.data.__dict__.setdefault("_templates", {})


class Analyzer:
    """Analyse replies for the 8 keys, pitfalls and safety signals.

    Thread-safe and reusable; language data is loaded lazily the first time a language is used.
    ``Analyzer(preload=True)`` loads both languages up front (for servers). ``cache_size`` bounds
    the caches of recent texts and results (0 switches caching off).
    """

    def __init__(self, preload: bool = False, cache_size: int = 8192):
        self._langs: dict[str, _Lang] = {}
        self._lock = Lock()
        # Chats repeat themselves ("oké", "ik hou van je"), and in a conversation every message is
        # analysed once as a reply and once as the context of the next one. Results are immutable,
        # so small caches of tokenised texts, their cue hits and whole analyses are safe to share.
        self._cache_size = cache_size
        self._docs: dict[str, Doc] = {}
        self._hits: dict[tuple[str, str], dict] = {}
        self._results: dict[tuple[str, str | None, str], Analysis] = {}
        if preload:
            for lang in LANGUAGES:
                self._get(lang)

    def _get(self, lang: str) -> _Lang:
        got = self._langs.get(lang)
        if got is None:
            with self._lock:
                got = self._langs.get(lang)
                if got is None:
                    got = self._langs[lang] = _Lang(lang)
        return got

    # -- public API ---------------------------------------------------------------------------
    def analyze(self, reply: str, context: str | None = None, lang: str | None = None) -> Analysis:
        """Analyse ``reply`` (answering ``context``); ``lang`` "nl"/"en", or None to detect."""
        if not isinstance(reply, str):
            raise TypeError(f"reply must be a str, not {type(reply).__name__}")
        if context is not None and not isinstance(context, str):
            raise TypeError(f"context must be a str or None, not {type(context).__name__}")
        if lang is not None and lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}; choose one of {LANGUAGES} or None")
        # ("not s or s.isspace()" is "not s.strip()" without copying the text)
        if context is not None and (not context or context.isspace()):
            context = None
        if not reply or reply.isspace():
            return Analysis(reply=reply, context=context, lang=lang or detect_language(context or ""))
        if not self._cache_size:
            # caches off: no bookkeeping at all
            doc = Doc(reply)
            ctx_doc = Doc(context) if context else None
            if lang is None:
                lang = _detect(doc, ctx_doc)
            L = self._langs.get(lang) or self._get(lang)
            lexicon = L.data.lexicon
            return self._analyze(
                L,
                reply,
                context,
                doc,
                ctx_doc,
                lexicon.find(doc),
                lexicon.find(ctx_doc) if ctx_doc is not None else None,
            )
        doc = self._doc(reply)
        ctx_doc = self._doc(context) if context else None
        if lang is None:
            lang = _detect(doc, ctx_doc)
        key = (reply, context, lang)
        cached = self._results.get(key)
        if cached is not None:
            return cached
        L = self._get(lang)
        result = self._analyze(
            L,
            reply,
            context,
            doc,
            ctx_doc,
            self._find(L.data, doc),
            self._find(L.data, ctx_doc) if ctx_doc is not None else None,
        )
        self._remember(self._results, key, result)
        return result

    def _remember(self, cache: dict, key, value) -> None:
        if not self._cache_size:
            return
        if len(cache) >= self._cache_size:
            cache.clear()  # cheap and good enough: a chat's repeats are local
        cache[key] = value

    def _doc(self, text: str) -> Doc:
        doc = self._docs.get(text)
        if doc is None:
            doc = Doc(text)
            self._remember(self._docs, text, doc)
        return doc

    def _find(self, data: LangData, doc: Doc) -> dict:
        key = (data.lang, doc.text)
        hits = self._hits.get(key)
        if hits is None:
            hits = data.lexicon.find(doc)
            self._remember(self._hits, key, hits)
        return hits

    def analyze_many(
        self, items: Iterable[tuple[str, str | None] | str], lang: str | None = None
    ) -> Iterator[Analysis]:
        """Stream analyses for ``(reply, context)`` pairs (or bare replies), in order."""
        analyze = self.analyze
        for item in items:
            if isinstance(item, str):
                yield analyze(item, None, lang)
            else:
                reply, context = item
                yield analyze(reply, context, lang)

    # -- internals ----------------------------------------------------------------------------
    def _analyze(
        self,
        L: _Lang,
        reply: str,
        context: str | None,
        doc: Doc,
        ctx_doc: Doc | None,
        hits: dict,
        ctx_hits: dict | None,
    ) -> Analysis:
        data = L.data
        st = State(doc, hits, data)
        if ctx_doc is not None:
            st.context_doc = ctx_doc
            st.context_hits = ctx_hits  # type: ignore[assignment]
        # extend() appends as a recognizer yields: later candidates of a recognizer may depend on
        # what is already in st.found, so this stays a streaming extend
        extend = st.found.extend
        for rec, triggers, custom in L.plan:
            if custom:
                if not rec.applies(st):
                    continue
            elif triggers and triggers.isdisjoint(hits):
                continue
            extend(rec.analyze(st))
        found = st.found
        if not found:
            # nothing to merge, render or rank: the analysis of a neutral reply
            return _new_analysis(
                reply,
                context,
                data.lang,
                MappingProxyType(dict.fromkeys(KEY_CODES, 0)),
                (),
                (),
                _feedback(data, (), False),
            )
        candidates = _merge(_context_pass(st))
        safety = False
        for c in candidates:
            if c.id == "signal.safety":
                safety = True
                break
        templates = L.templates
        findings = tuple([_render(data, templates, doc, c, safety) for c in candidates[:MAX_FINDINGS]])
        levels = dict.fromkeys(KEY_CODES, 0)
        for f in findings:
            if f.strength and f.kind == "strength" and f.key in levels and f.strength > levels[f.key]:
                levels[f.key] = f.strength
        help_ = _help(data, candidates) if safety else ()
        return _new_analysis(
            reply, context, data.lang, MappingProxyType(levels), findings, help_, _feedback(data, findings, safety)
        )


# --- language detection ------------------------------------------------------------------------

_MARKERS: dict[str, frozenset[str]] = {}


def _markers(lang: str) -> frozenset[str]:
    got = _MARKERS.get(lang)
    if got is None:
        import importlib

        got = _MARKERS[lang] = importlib.import_module(f"heartkeys.analysis.lang.{lang}.words").LANG_MARKERS
    return got


def _score(doc: Doc) -> tuple[int, int]:
    nl, en = _markers("nl"), _markers("en")
    norms = doc.norms
    return len([t for t in norms if t in nl]), len([t for t in norms if t in en])


_LEAN: dict[str, int] = {}


def _lean(norms: list[str]) -> int:
    """Dutch marker tokens minus English ones (what :func:`_score` counts, as one number)."""
    lean = _LEAN
    if not lean:
        nl, en = _markers("nl"), _markers("en")
        # a word marking both languages counts for neither: leave it out
        lean.update({w: (w in nl) - (w in en) for w in nl ^ en})
    return sum(map(lean.get, norms, repeat(0)))


def _detect(doc: Doc, ctx: Doc | None) -> str:
    # only the difference of the two counts matters, for the tie and for the winner
    lean = _lean(doc.norms)
    if lean == 0 and ctx is not None:
        lean += _lean(ctx.norms)
    return "en" if lean < 0 else "nl"  # Dutch first: ties go to Dutch


def detect_language(text: str) -> str:
    """ "nl" or "en" for ``text``, by frequent function words; ties (and empty text) give "nl"."""
    return _detect(Doc(text), None)


# --- context pass, merging, rendering ---------------------------------------------------------


def _context_pass(st: State) -> list[Candidate]:
    """Lower or drop candidates whose surroundings change their meaning, and say why."""
    found = st.found
    if not any(c.id.startswith("pitfall.") for c in found):
        # without a pitfall no sentence holds one: nothing is lowered, only the threshold counts
        return [c for c in found if c.score >= THRESHOLD]
    out: list[Candidate] = []
    sentence_of = st.doc.sentence_of
    pitfall_sentences = {
        sentence_of(c.first).first for c in found if c.id.startswith("pitfall.") and c.score >= THRESHOLD
    }
    contempt_sentences = {sentence_of(c.first).first for c in found if c.id == "pitfall.contempt"}
    for c in found:
        sent = sentence_of(c.first).first if c.last > c.first else -1
        if (
            c.id in ("perspective.paraphrase", "perspective.their_view", "curious.open_question")
            or c.reason == "perspective.shared_experience"
        ) and sent in pitfall_sentences:
            # repeating the partner's words inside a reproach is not a paraphrase, and a
            # question inside one ("wat wil je dat ik doe dan?") is rhetorical
            continue
        if c.id == "emotional.feeling_reflection" and sent in pitfall_sentences:
            c = _adjust(c, -0.4, "in a sentence that also holds a pitfall")
        elif c.key in ("moral", "supportive", "needs") and c.strength and sent in pitfall_sentences:
            c = _adjust(c, -0.3, "in a sentence that also holds a pitfall")
        if c.key and not c.id.startswith(("pitfall.", "signal.")) and sent in contempt_sentences:
            c = _adjust(c, -0.4, "next to words that can sound mocking")
        if c.score >= THRESHOLD:
            out.append(c)
    return out


def _adjust(c: Candidate, delta: float, why: str) -> Candidate:
    return Candidate(
        c.id,
        c.key,
        c.first,
        c.last,
        c.strength,
        max(0.0, min(1.0, c.score + delta)),
        c.reason,
        c.params,
        (*c.adjustments, why),
    )


def _merge_key(c: Candidate) -> tuple:
    return (c.id, c.first, -(c.last - c.first))


def _position_key(c: Candidate) -> tuple:
    return (c.first, c.last, c.id)


def _merge(cands: list[Candidate]) -> list[Candidate]:
    """Keep one candidate per id and overlapping span: the strongest, then the longest."""
    if len(cands) < 2:
        return cands  # nothing to merge or to order
    cands.sort(key=_merge_key)
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.id == c.id and c.first < prev.last and prev.last > prev.first:
            if (c.strength, c.score) > (prev.strength, prev.score):
                out[-1] = c._replace(first=min(prev.first, c.first), last=max(prev.last, c.last))
            else:
                out[-1] = prev._replace(last=max(prev.last, c.last))
            continue
        if prev is not None and prev.id == c.id and c.first == prev.first == c.last == prev.last:
            continue
        out.append(c)
    out.sort(key=_position_key)
    return out


def _render(data: LangData, templates: dict, doc: Doc, c: Candidate, safety: bool) -> Finding:
    if c.last > c.first:
        start, end = doc.span(c.first, c.last)
    else:
        start = end = 0
    text = doc.text[start:end]
    cid = c.id
    got = templates.get((c.reason or cid, cid))
    explanation, fill, tmpl, fill_tmpl = got if got is not None else _templates(data, c.reason or cid, cid)
    if fill or fill_tmpl:
        # what _fill does, with one dict less: {"text": text, **dict(c.params)}, missing keys ""
        params = _SafeDict()
        params["text"] = text
        if c.params:
            params.update(c.params)
        if fill:
            explanation = explanation.format_map(params)
    suggestion = None
    if tmpl is not None and not safety:
        suggestion = tmpl.format_map(params) if fill_tmpl else tmpl
    return _new_finding(cid, c.key, start, end, text, round(c.score, 3), explanation, suggestion, c.strength)


def _templates(data: LangData, reason: str, cid: str) -> tuple:
    """The explanation and suggestion templates of a candidate, looked up once per language.

    Returns ``(explanation, fill it?, suggestion or None, fill it?)``: a message without braces
    formats to itself, so only templates with placeholders are filled per finding.
    """
    cache = data.__dict__.get("_templates")
    if cache is None:
        cache = data.__dict__["_templates"] = {}
    got = cache.get((reason, cid))
    if got is None:
        template = data.message("explanations", reason) or data.message("explanations", cid) or ""
        tmpl = None
        if cid.startswith("pitfall.") or cid == "signal.advice":
            tmpl = data.message("suggestions", reason) or data.message("suggestions", cid) or None
        got = cache[(reason, cid)] = (template, _has_braces(template), tmpl, tmpl is not None and _has_braces(tmpl))
    return got


def _has_braces(template: str) -> bool:
    return "{" in template or "}" in template


class _SafeDict(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _fill(template: str, params: dict[str, str]) -> str:
    return template.format_map(_SafeDict(params))


def _help(data: LangData, cands: list[Candidate]) -> tuple[HelpResource, ...]:
    categories = {dict(c.params).get("category", "crisis") for c in cands if c.id == "signal.safety"}
    res = data.content.safety.resources_for(frozenset(categories))
    return tuple(HelpResource(r.name, r.phone, r.when, r.country, r.description) for r in res)


def _strength_rank(f: Finding) -> tuple[int, int]:
    return (-f.strength, f.start)


def _pitfall_rank(f: Finding) -> tuple[float, int]:
    return (-f.score, f.start)


def _feedback(data: LangData, findings: tuple[Finding, ...], safety: bool) -> tuple[str, ...]:
    """Short feedback a couple reads on a phone: strengths first, then one next step."""
    msgs = data.messages.get("feedback", {})
    if safety:
        return (msgs.get("safety", ""),)
    # one pass sorts the findings by kind (every reply gets feedback, most have 0-2 findings)
    strengths: list[Finding] = []
    pitfalls: list[Finding] = []
    for f in findings:
        kind = f.kind
        if kind == "strength":
            strengths.append(f)
        elif kind == "pitfall":
            pitfalls.append(f)
    out: list[str] = []
    if strengths:
        strengths.sort(key=_strength_rank)
        seen_keys: set[str] = set()
        for f in strengths:
            if f.key not in seen_keys and len(out) < 2:
                seen_keys.add(f.key or "")
                out.append(f.explanation)
    if pitfalls:
        p = min(pitfalls, key=_pitfall_rank)  # the first of the best, as a stable sort would give
        step = f"{p.explanation} {p.suggestion or ''}".strip()
        out.append(step)
    elif not strengths:
        out.append(msgs.get("nothing_found", ""))
    return tuple([x for x in out if x])


_default = Analyzer()


def analyze(reply: str, context: str | None = None, lang: str | None = None) -> Analysis:
    """Analyse one reply with a shared :class:`Analyzer` (see :meth:`Analyzer.analyze`)."""
    return _default.analyze(reply, context, lang)
