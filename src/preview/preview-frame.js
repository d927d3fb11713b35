// Loaded before office.js in preview builds only (never in production pages).
// 1. office.js blanks a page it finds inside an iframe unless told it is not hosted by Office;
//    the preview embeds the task pane as an iframe with ?preview=1.
// 2. Outside Office, office.js's logger frames Microsoft's telemetry page after 3 s. Our CSP blocks
//    that frame in every build; in the preview we stop office.js from trying, so the preview runs
//    with no CSP violation and no request leaving localhost (the e2e tests fail on either).
if (/[?&]preview=1\b/.test(window.location.search)) {
  window.OsfOptOut = true;
  var previewLogger = {};
  var uls = null;
  Object.defineProperty(previewLogger, "ulsEndpoint", {
    configurable: true,
    get: function () {
      return uls;
    },
    set: function (endpoint) {
      if (endpoint) endpoint.loadProxyFrame = function () {};
      uls = endpoint;
    },
  });
  window.Logger = previewLogger;
}
