/* Q&A form: shows published answers similar to the question while it is typed. Works without it too. */
(function () {
  "use strict";
  var form = document.querySelector("form.qa-form[data-similar-url]");
  if (!form || !window.fetch) { return; }
  var textarea = form.querySelector("textarea[name=question]");
  var box = form.querySelector("[data-similar-live]");
  var checked = form.querySelector("input[name=checked]");
  var timer = null;
  var last = "";

  function render(results) {
    box.textContent = "";
    if (!results.length) { box.hidden = true; return; }
    var heading = document.createElement("h2");
    heading.textContent = box.getAttribute("data-title");
    var list = document.createElement("ul");
    list.className = "link-list";
    results.forEach(function (item) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = item.url;
      a.textContent = item.title;
      li.appendChild(a);
      li.appendChild(document.createTextNode(" (" + item.field + ")"));
      list.appendChild(li);
    });
    box.appendChild(heading);
    box.appendChild(list);
    box.hidden = false;
    if (checked) { checked.value = "True"; }  /* the visitor has seen the similar answers */
  }

  textarea.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var text = textarea.value.trim();
      if (text.length < 20 || text === last) { return; }
      last = text;
      fetch(form.getAttribute("data-similar-url") + "?q=" + encodeURIComponent(text.slice(0, 1000)), {
        headers: { "Accept": "application/json" }, credentials: "same-origin"
      }).then(function (r) { return r.json(); }).then(function (body) { render(body.results || []); })
        .catch(function () {});
    }, 700);
  });
})();
