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
  // Wagtail's title field syncs the slug through "w-sync:check" and "w-sync:apply" events sent to the
  // slug input, which Wagtail's slug controller answers with its own (đ-dropping) urlify. Catch them
  // first, on the way down, and answer with the Vietnamese slug instead.
  function isSlug(event) {
    return event.target && event.target.id === "id_slug" && !event.target.disabled;
  }
  document.addEventListener("w-sync:check", function (event) {
    if (!isSlug(event)) return;
    event.stopImmediatePropagation();
    var title = document.querySelector("#id_title");
    var slug = event.target;
    if (title && slug.value !== "" && slug.value !== slugifyVi(title.value)) {
      event.preventDefault(); // an editor's own slug: stop following the title, as Wagtail does
    }
  }, true);
  document.addEventListener("w-sync:apply", function (event) {
    if (!isSlug(event)) return;
    event.stopImmediatePropagation();
    event.preventDefault();
    var title = document.querySelector("#id_title");
    if (title) event.target.value = slugifyVi(title.value);
  }, true);
  document.addEventListener("change", function (event) {
    if (isSlug(event)) event.target.value = slugifyVi(event.target.value);
  }, true);
})();
