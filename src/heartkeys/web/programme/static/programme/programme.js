/* Hartsleutels programme: live feedback while typing, and the calm timer of guided exercises.
   Progressive enhancement only: every page works without this file. No inline code, no libraries. */
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  /* --- live feedback ------------------------------------------------------------------------ */

  function keyNames() {
    var node = document.getElementById("pg-key-names");
    try { return node ? JSON.parse(node.textContent) : {}; } catch (e) { return {}; }
  }

  function markedReply(reply, findings) {
    var p = el("p", "pg-reply");
    var spans = findings.filter(function (f) {
      return (f.kind === "pitfall" || f.kind === "strength") && f.end > f.start;
    }).sort(function (a, b) {
      return a.start - b.start || (a.kind === "pitfall" ? -1 : 1);
    });
    var pos = 0;
    spans.forEach(function (f) {
      if (f.start < pos) return;
      if (f.start > pos) p.appendChild(document.createTextNode(reply.slice(pos, f.start)));
      var mark = el("mark", "pg-mark pg-mark--" + f.kind, reply.slice(f.start, f.end));
      if (f.explanation) mark.title = f.explanation;
      p.appendChild(mark);
      pos = f.end;
    });
    if (pos < reply.length) p.appendChild(document.createTextNode(reply.slice(pos)));
    return p;
  }

  function render(box, data, t, names) {
    box.textContent = "";
    box.appendChild(el("h2", "pg-live-title", t.title));
    var findings = Array.isArray(data.findings) ? data.findings : [];
    box.appendChild(markedReply(String(data.reply || ""), findings));
    var ids = findings.map(function (f) { return f.id; });
    if (t.closedOpen) {
      var closed = ids.some(function (id) {
        return id === "signal.closed_question" || id === "pitfall.closed_question" || id === "pitfall.leading_question";
      });
      var open = !closed && ids.some(function (id) { return id === "curious.open_question" || id === "curious.invitation"; });
      var inner = findings.some(function (f) { return /^curious\./.test(f.id) && f.strength >= 2; });
      var checks = el("ul", "pg-checks");
      checks.appendChild(el("li", open ? "pg-yes" : "pg-no", open ? t.openYes : t.openNo));
      checks.appendChild(el("li", inner ? "pg-yes" : "pg-no", inner ? t.innerYes : t.innerNo));
      box.appendChild(checks);
    }
    var levels = data.levels || {};
    var reached = Object.keys(levels).filter(function (k) { return levels[k] > 0; });
    if (reached.length) {
      box.appendChild(el("h3", null, t.keys));
      var list = el("ul", "pg-keys");
      reached.forEach(function (k) {
        list.appendChild(el("li", "key--" + k, (names[k] || k) + " · " + (levels[k] >= 2 ? t.clearly : t.little)));
      });
      box.appendChild(list);
    }
    var strengths = findings.filter(function (f) { return f.kind === "strength" && f.explanation; });
    if (strengths.length) {
      box.appendChild(el("h3", null, t.works));
      var ul = el("ul");
      strengths.forEach(function (f) { ul.appendChild(el("li", null, f.explanation)); });
      box.appendChild(ul);
    }
    var looks = findings.filter(function (f) { return f.kind === "pitfall" || (f.kind === "signal" && f.suggestion); });
    if (looks.length) {
      box.appendChild(el("h3", null, t.look));
      var ol = el("ul");
      looks.forEach(function (f) {
        var li = el("li", null, f.explanation || "");
        if (f.suggestion) {
          li.appendChild(el("br"));
          li.appendChild(el("span", "pg-suggestion", f.suggestion));
        }
        ol.appendChild(li);
      });
      box.appendChild(ol);
    }
    if (!reached.length && !looks.length && !strengths.length) box.appendChild(el("p", "meta", t.none));
    box.hidden = false;
  }

  function setupLive(form) {
    var box = form.querySelector("#pg-live");
    var field = form.querySelector("[data-live-feedback]");
    var tokenField = form.querySelector("input[name=csrfmiddlewaretoken]");
    if (!box || !field || !tokenField || !window.fetch) return;
    var d = box.dataset;
    var t = {
      title: d.tTitle, keys: d.tKeys, clearly: d.tClearly, little: d.tLittle, look: d.tLook,
      works: d.tWorks, slow: d.tSlow, none: d.tNone, closedOpen: d.closedOpen === "1",
      openYes: d.tOpenYes, openNo: d.tOpenNo, innerYes: d.tInnerYes, innerNo: d.tInnerNo
    };
    var names = keyNames();
    var timer = null;
    var seq = 0;

    function quiet() { box.hidden = true; box.textContent = ""; }

    function ask() {
      var reply = field.value;
      if (!reply.trim()) { quiet(); return; }
      var mine = ++seq;
      fetch(d.api, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": tokenField.value },
        body: JSON.stringify({ reply: reply, context: d.context || "", lang: d.lang || "nl" })
      }).then(function (response) {
        if (mine !== seq) return null;
        if (response.status === 429) {
          box.textContent = "";
          box.appendChild(el("p", "meta", t.slow));
          box.hidden = false;
          return null;
        }
        if (!response.ok) { quiet(); return null; }
        return response.json();
      }).then(function (data) {
        if (data && mine === seq && typeof data === "object") render(box, data, t, names);
      }).catch(function () { if (mine === seq) quiet(); });
    }

    field.addEventListener("input", function () {
      if (timer) clearTimeout(timer);
      timer = setTimeout(ask, 400);
    });
  }

  /* --- guided timer --------------------------------------------------------------------------- */

  function setupGuided(section) {
    var items = Array.prototype.slice.call(section.querySelectorAll(".pg-steps li"));
    if (!items.length) return;
    var d = section.dataset;
    var cue = section.querySelector(".pg-cue");
    var wrap = section.querySelector(".pg-breath-wrap");
    var circle = section.querySelector(".pg-breath");
    var button = el("button", "pg-guided-button", d.tStart);
    button.type = "button";
    section.insertBefore(button, section.querySelector(".pg-steps"));
    var index = -1, left = 0, timer = null, running = false;

    function text(li) { return li.firstChild ? li.firstChild.textContent.trim() : li.textContent; }

    function show() {
      items.forEach(function (li, i) { li.classList.toggle("pg-step--now", i === index); });
      if (index >= 0 && index < items.length) {
        cue.textContent = d.tStep + " " + (index + 1) + "/" + items.length + ": " + text(items[index]);
        circle.classList.toggle("pg-breath--alt", index % 2 === 1);
      }
    }

    function tick() {
      left -= 1;
      if (left > 0) return;
      index += 1;
      if (index >= items.length) {
        stop();
        cue.textContent = d.tEnd;
        items.forEach(function (li) { li.classList.remove("pg-step--now"); });
        button.textContent = d.tRestart;
        index = -1;
        return;
      }
      left = parseInt(items[index].dataset.seconds, 10) || 5;
      show();
    }

    function stop() {
      running = false;
      if (timer) clearInterval(timer);
      timer = null;
      circle.classList.remove("pg-breath--on");
    }

    button.addEventListener("click", function () {
      if (running) { stop(); button.textContent = d.tResume; return; }
      wrap.hidden = false;
      cue.hidden = false;
      if (index < 0) { index = 0; left = parseInt(items[0].dataset.seconds, 10) || 5; show(); }
      running = true;
      circle.classList.add("pg-breath--on");
      button.textContent = d.tPause;
      timer = setInterval(tick, 1000);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-live-form]"), setupLive);
    Array.prototype.forEach.call(document.querySelectorAll("[data-guided]"), setupGuided);
  });
})();
