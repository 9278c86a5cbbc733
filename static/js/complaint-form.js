/* The complaint forms: the fields that belong to one answer (a name for a person who is
 * not registered, the agency for a complaint against an agency) show once that answer is
 * chosen. Without scripts every field shows, and the server checks the same rules. */
(function () {
  "use strict";

  document.querySelectorAll(".complaint-form").forEach(function (form) {
    function chosen(name) {
      var checked = form.querySelector('input[name="' + name + '"]:checked');
      return checked ? checked.value : "";
    }

    function update() {
      form.querySelectorAll("[data-shown-when]").forEach(function (block) {
        var rule = block.getAttribute("data-shown-when").split("=");
        block.hidden = rule[1].split(" ").indexOf(chosen(rule[0])) === -1;
      });
    }

    form.addEventListener("change", update);
    update();
  });
})();
