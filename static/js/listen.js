/* The kiosk's Listen button: reads the screen's question and its choices aloud, in the
 * page's language. A recording made for the screen (kiosk/models.py) plays when there
 * is one; otherwise the device's own voice for the language reads the screen. With
 * neither, the button stays hidden: a button that says nothing would only confuse. */
(function () {
  "use strict";

  const button = document.getElementById("kiosk-listen");
  if (!button) return;
  const language = document.documentElement.lang;
  const recordingUrl = button.dataset.recording;
  const speech = "speechSynthesis" in window ? window.speechSynthesis : null;
  let recording = null;

  function voice() {
    if (!speech) return null;
    return speech.getVoices().find(function (candidate) {
      return candidate.lang.toLowerCase().split(/[-_]/)[0] === language;
    }) || null;
  }

  function offer() {
    button.hidden = !(recordingUrl || voice());
  }

  // What the screen asks, in reading order: its heading, each question and its choices.
  function screenText() {
    const main = document.getElementById("main");
    const read = [];
    main.querySelectorAll("h1, h2, legend, label, .kiosk-read").forEach(function (element) {
      if (element.closest("[hidden]") || !element.getClientRects().length) return;
      const text = element.innerText.replace(/\s+/g, " ").trim();
      if (text && read.indexOf(text) === -1) read.push(text);
    });
    return read.join(". ");
  }

  button.addEventListener("click", function () {
    if (recordingUrl) {
      if (!recording) {
        recording = new Audio(recordingUrl);
        recording.addEventListener("playing", function () { button.dataset.playing = "recording"; });
        recording.addEventListener("ended", function () { delete button.dataset.playing; });
      }
      recording.currentTime = 0;
      recording.play();
      return;
    }
    const chosen = voice();
    if (!chosen) return;
    speech.cancel();
    const utterance = new SpeechSynthesisUtterance(screenText());
    utterance.voice = chosen;
    utterance.lang = chosen.lang;
    utterance.onstart = function () { button.dataset.playing = "voice"; };
    utterance.onend = function () { delete button.dataset.playing; };
    speech.speak(utterance);
  });

  offer();
  if (speech) speech.addEventListener("voiceschanged", offer);
})();
