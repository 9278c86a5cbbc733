/* Attendance: "Everyone came" ticks "yes" for every person; the facilitator then saves.
 * Without JavaScript the button stays hidden and each row is marked by hand. */
(function () {
  "use strict";

  document.querySelectorAll("[data-everyone-came]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      button.form.querySelectorAll("input.btn-check[value=yes]").forEach(function (radio) {
        radio.checked = true;
      });
    });
  });
})();
