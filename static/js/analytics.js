/* Cookie-less page-view beacon (cms.analytics): sent once, when the page is hidden, with the time it was
   visible. Nothing is stored in the browser. Honours Do Not Track and Global Privacy Control. */
(function () {
  "use strict";
  var nav = window.navigator;
  if (!nav.sendBeacon || nav.doNotTrack === "1" || window.doNotTrack === "1" || nav.globalPrivacyControl) {
    return;
  }
  var script = document.currentScript;
  var endpoint = (script && script.getAttribute("data-beacon")) || "/api/v1/beacon/";
  var visibleMs = 0;
  var shownAt = document.visibilityState === "visible" ? Date.now() : null;
  var sent = false;

  function send() {
    if (shownAt !== null) {
      visibleMs += Date.now() - shownAt;
      shownAt = null;
    }
    if (sent) {
      return;
    }
    sent = true;
    var body = new URLSearchParams();
    body.set("p", window.location.pathname);
    body.set("t", String(Math.round(visibleMs / 1000)));
    var ref = document.referrer;
    if (ref) {
      try {
        body.set("r", new URL(ref).origin);
      } catch (e) { /* ignore unreadable referrers */ }
    }
    nav.sendBeacon(endpoint, body);
  }

  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      send();
    } else if (shownAt === null) {
      shownAt = Date.now();
    }
  });
  window.addEventListener("pagehide", send);
})();
