/* Booking pages: with JavaScript, changing a filter ([data-refresh-on-change]) shows its
 * free times at once by pressing the form's "Show free times" button, which stays for
 * those without JavaScript. */
(function () {
  "use strict";

  document.querySelectorAll("[data-refresh-on-change]").forEach(function (field) {
    field.addEventListener("change", function () {
      const refresh = field.form && field.form.querySelector("[name=refresh]");
      if (refresh) refresh.click();
    });
  });
})();
