// Vietnamese-aware slugs in the page editor, matching cms.core.text.slugify_vi:
// lower case, tone marks removed, đ/Đ -> d, anything else -> "-".
(function () {
  "use strict";
  function slugifyVi(text) {
    return text
      .replace(/[đĐÐð]/g, "d")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
  }
  window.portalSlugifyVi = slugifyVi;
  document.addEventListener("DOMContentLoaded", function () {
    var title = document.querySelector("#id_title");
    var slug = document.querySelector("#id_slug");
    if (!title || !slug || slug.disabled) return;
    var auto = slug.value === "" || slug.value === slugifyVi(title.value);
    slug.addEventListener("input", function () { auto = slug.value === ""; });
    slug.addEventListener("change", function () { slug.value = slugifyVi(slug.value); });
    title.addEventListener("input", function () {
      if (!auto) return;
      // Wagtail's own slug controller also reacts to the title; run after it.
      window.setTimeout(function () { slug.value = slugifyVi(title.value); }, 0);
    });
  });
})();
