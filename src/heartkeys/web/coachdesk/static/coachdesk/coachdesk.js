// The coach dashboard: a "Print" button on the session-prep page. Without JavaScript the button
// stays hidden and the browser's own print command works the same (the page has print styles).
(function () {
  "use strict";
  document.querySelectorAll(".desk-print").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
