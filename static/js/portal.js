// Progressive enhancements for the public site. Everything works without this file.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  // Text-size control: three steps, remembered on this device only (localStorage, no cookie).
  var SIZES = ["100%", "112.5%", "125%", "137.5%"];
  var KEY = "portal-text-size";
  function applySize(step) {
    step = Math.max(0, Math.min(SIZES.length - 1, step));
    root.style.setProperty("--base-font-size", SIZES[step]);
    try { window.localStorage.setItem(KEY, String(step)); } catch (e) { /* private mode */ }
    return step;
  }
  var current = 0;
  try { current = parseInt(window.localStorage.getItem(KEY) || "0", 10) || 0; } catch (e) { current = 0; }
  if (current) applySize(current);
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-text-size]");
    if (button) {
      var delta = parseInt(button.getAttribute("data-text-size"), 10);
      current = applySize(delta === 0 ? 0 : current + delta);
      return;
    }
    var print = event.target.closest("[data-print]");
    if (print) {
      event.preventDefault();
      window.print();
    }
  });

  // Phone menu: one button opens the same list.
  var toggle = document.querySelector(".main-menu__toggle");
  var list = document.getElementById("main-menu-list");
  if (toggle && list) {
    toggle.hidden = false;
    list.classList.add("is-collapsible");
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", String(!open));
      list.classList.toggle("is-open", !open);
    });
  }
})();
