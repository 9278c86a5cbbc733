/* Orientation pages: printing needs no script (the print stylesheet does the work); the
 * button ([data-print-page]) only appears where a script can press the browser's Print
 * for the reader. */
(function () {
  "use strict";

  document.querySelectorAll("[data-print-page]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
