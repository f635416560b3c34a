// Progressive enhancement for the questionnaire: show how many statements are answered.
// The page works the same without this script.
(function () {
  "use strict";
  var form = document.querySelector("form.questionnaire");
  if (!form) return;
  var groups = form.querySelectorAll("fieldset.likert");
  if (!groups.length) return;
  var status = document.createElement("p");
  status.className = "questionnaire-progress meta";
  status.setAttribute("aria-live", "polite");
  var template = form.getAttribute("data-progress") || "{done} / {total}";
  form.insertBefore(status, form.querySelector(".actions"));

  function update() {
    var done = 0;
    groups.forEach(function (group) {
      if (group.querySelector("input[type=radio]:checked")) done += 1;
    });
    status.textContent = template.replace("{done}", done).replace("{total}", groups.length);
  }

  form.addEventListener("change", update);
  update();
  var firstError = form.querySelector(".likert--error input");
  if (firstError) firstError.focus();
})();
