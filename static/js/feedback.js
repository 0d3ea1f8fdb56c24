/* Page rating without reloading the page. The forms work without this script (plain posts). */
(function () {
  "use strict";
  if (!window.fetch || !window.FormData) { return; }

  function show(box, html, text) {
    var result = box.querySelector("[data-rating-result]");
    if (!result) { return; }
    if (html) { result.innerHTML = html; } else { result.textContent = text || ""; }
    var target = result.querySelector("select, input[type=radio], textarea, [role=status]");
    if (target) { target.focus({ preventScroll: false }); }
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var box = form.closest && form.closest("#rating");
    if (!box || !(form.matches("[data-rating-form]") || form.matches("[data-rating-details]"))) { return; }
    event.preventDefault();
    var data = new FormData(form);
    var submitter = event.submitter || document.activeElement;
    if (submitter && submitter.name && submitter.form === form) { data.append(submitter.name, submitter.value); }
    var buttons = form.querySelectorAll("button");
    buttons.forEach(function (b) { b.disabled = true; });
    fetch(form.action, {
      method: "POST", body: data, credentials: "omit",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      return response.json();
    }).then(function (body) {
      buttons.forEach(function (b) { b.disabled = false; });
      if (form.matches("[data-rating-form]") && body.ok) { form.hidden = true; }
      if (form.matches("[data-rating-details]") && body.ok) { form.remove(); }
      show(box, body.details_html, body.message);
    }).catch(function () {
      form.submit();
    });
  });
})();
