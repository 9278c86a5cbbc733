/* My hours: "Add another window" copies the formset's empty row (<template id=
 * "window-template">); without JavaScript the one empty row the page always has does
 * the same, one window per save, so the button stays hidden. */
(function () {
  "use strict";

  const button = document.querySelector("[data-add-window]");
  const template = document.getElementById("window-template");
  const total = document.getElementById("id_windows-TOTAL_FORMS");
  const most = document.getElementById("id_windows-MAX_NUM_FORMS");
  const rows = document.getElementById("window-rows");
  if (!button || !template || !total || !rows) return;

  button.hidden = false;
  button.addEventListener("click", function () {
    const index = parseInt(total.value, 10);
    if (most && index >= parseInt(most.value, 10)) return;
    // The template is the server's own markup (no handlers, no scripts): only the
    // formset's __prefix__ placeholder is replaced with the new row's number.
    rows.insertAdjacentHTML("beforeend", template.innerHTML.replace(/__prefix__/g, String(index)));
    total.value = index + 1;
    const first = rows.lastElementChild && rows.lastElementChild.querySelector("select");
    if (first) first.focus();
  });
})();
