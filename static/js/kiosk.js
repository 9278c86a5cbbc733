/* The shared kiosk: after a while without a touch, warn with a countdown, then start
 * again for the next person (the server erases the session: see kiosk/views.py). */
(function () {
  "use strict";

  const idleMeta = document.querySelector('meta[name="kiosk-idle-seconds"]');
  const warningMeta = document.querySelector('meta[name="kiosk-idle-warning-seconds"]');
  const resetForm = document.getElementById("kiosk-reset-form");
  const warning = document.getElementById("kiosk-idle-warning");
  const count = document.getElementById("kiosk-idle-count");
  const carryOn = document.getElementById("kiosk-idle-continue");
  if (!idleMeta || !resetForm || !warning) return;

  const idleSeconds = parseInt(idleMeta.content, 10) || 120;
  const warningSeconds = Math.min(parseInt(warningMeta && warningMeta.content, 10) || 20, idleSeconds);
  let lastActivity = Date.now();
  let resetting = false;

  function startAgain() {
    if (resetting) return;
    resetting = true;
    resetForm.submit();
  }

  function touched() {
    lastActivity = Date.now();
    if (!warning.hidden) warning.hidden = true;
  }

  ["pointerdown", "keydown", "input", "scroll", "touchstart"].forEach(function (type) {
    window.addEventListener(type, touched, { passive: true, capture: true });
  });
  if (carryOn) carryOn.addEventListener("click", touched);

  window.setInterval(function () {
    const idle = (Date.now() - lastActivity) / 1000;
    const left = Math.ceil(idleSeconds - idle);
    if (left <= 0) {
      startAgain();
    } else if (left <= warningSeconds) {
      count.textContent = String(left);
      if (warning.hidden) {
        warning.hidden = false;
        if (carryOn) carryOn.focus();
      }
    }
  }, 250);

  // A page restored from the back/forward cache must not show the last person's answers.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) window.location.reload();
  });

  // Print button on the slip.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });

  // Submit once: a double tap must not send the registration twice (the server copes
  // anyway, through the form's submission key).
  document.querySelectorAll("form[data-submit-once]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.sent) { event.preventDefault(); return; }
      form.dataset.sent = "1";
    });
  });
})();
