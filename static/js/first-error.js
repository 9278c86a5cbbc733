// A form sent back with errors: bring its first error into view and put the cursor in
// that field, so that a long form (the desk's registration) does not hide it far below.
(function () {
  "use strict";
  var invalid = document.querySelector(".is-invalid, .invalid-feedback.d-block, .alert-danger");
  var field = document.querySelector("input.is-invalid, select.is-invalid, textarea.is-invalid");
  var target = field || invalid;
  if (!target) {
    return;
  }
  var block = target.closest(".mb-3, fieldset, .kiosk-question") || target;
  block.scrollIntoView({ block: "center" });
  if (field && typeof field.focus === "function") {
    field.focus({ preventScroll: true });
  }
})();
