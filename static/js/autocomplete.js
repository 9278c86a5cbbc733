/* Type-ahead selects (apps/core/autocomplete.py): a <select data-autocomplete-url> holds
 * only its chosen option; here it becomes a Tom Select that asks the portal for
 * suggestions as the person types (GET <url>?q=<text> -> {"results": [{value, text}]},
 * best first, labelled in the page's language). The portal has already searched, in
 * English and Urdu and in everyday words, so the suggestions are shown as they come and
 * not filtered again here. The words shown are the page's, from data attributes: the
 * page allows no inline script. */
(function () {
  "use strict";

  // Fewer letters than this suggest nothing yet (one Urdu letter finds half the list).
  const LEAST_TYPED = 2;

  function escapeHtml(text) {
    const element = document.createElement("div");
    element.textContent = text == null ? "" : String(text);
    return element.innerHTML;
  }

  function suggestionsFor(url, typed) {
    const address = new URL(url, window.location.href);
    address.searchParams.set("q", typed);
    return fetch(address, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    });
  }

  function enhance(select) {
    const words = select.dataset;
    const settings = {
      valueField: "value",
      labelField: "text",
      searchField: [],
      maxOptions: null,
      loadThrottle: 250,
      closeAfterSelect: true,
      // What is chosen shows in the field, not again among the suggestions.
      hideSelected: true,
      placeholder: words.autocompletePlaceholder,
      plugins: words.autocompleteClearable ? { remove_button: { title: words.autocompleteRemove } } : [],
      shouldLoad: function (typed) {
        return typed.trim().length >= LEAST_TYPED;
      },
      // Every suggestion the portal sent is shown, in the order it was sent.
      score: function () {
        return function () {
          return 1;
        };
      },
      load: function (typed, callback) {
        const chooser = this;
        suggestionsFor(words.autocompleteUrl, typed)
          .then(function (answer) {
            // A slower answer to what was typed before is of no use any more.
            if (chooser.lastValue !== typed) return callback();
            chooser.clearOptions();
            callback(answer.results);
          })
          .catch(function () {
            callback();
          });
      },
      // dir="auto": an English name on an Urdu page (an agency's) reads left to right,
      // an Urdu one on an English page right to left.
      render: {
        option: function (data, escape) {
          return '<div dir="auto">' + escape(data.text) + "</div>";
        },
        item: function (data, escape) {
          return '<div dir="auto">' + escape(data.text) + "</div>";
        },
        no_results: function () {
          return '<div class="no-results">' + escapeHtml(words.autocompleteNoResults) + "</div>";
        },
        loading: function () {
          return '<div class="loading">' + escapeHtml(words.autocompleteLoading) + "</div>";
        },
      },
    };
    // eslint-disable-next-line no-undef
    new TomSelect(select, settings);
  }

  document.querySelectorAll("select[data-autocomplete-url]").forEach(enhance);
})();
