/* Starts Swagger UI from the local bundle with the settings in #swagger-settings (no inline script).
   "Try it out" from the docs uses the browser session, so it sends the page's CSRF token. */
(function () {
  "use strict";
  var node = document.getElementById("swagger-settings");
  if (!node || typeof window.SwaggerUIBundle !== "function") { return; }
  var config = JSON.parse(node.textContent);
  var csrf = document.body.getAttribute("data-csrf-token");
  config.dom_id = "#swagger-ui";
  config.presets = [window.SwaggerUIBundle.presets.apis];
  config.requestInterceptor = function (req) {
    if (csrf) { req.headers["X-CSRFToken"] = csrf; }
    return req;
  };
  window.SwaggerUIBundle(config);
}());
