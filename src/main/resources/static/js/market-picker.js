// The markets of a company profile: a long multiple list (about 260 countries and zones).
// This script shows a filter above each list, which hides the countries whose name does not
// hold the typed text (case and accents ignored), and a line naming the chosen ones. Without
// it, the list works as a plain multiple select.
(function () {
  'use strict';

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function showChosen(select) {
    var line = document.getElementById(select.id + '-chosen');
    if (!line) {
      return;
    }
    var names = Array.prototype.filter.call(select.options, function (o) { return o.selected; })
      .map(function (o) { return o.textContent; });
    line.textContent = line.dataset.label + ' ' + (names.length ? names.join(', ') : line.dataset.none);
    line.hidden = false;
  }

  function enhance(input) {
    var select = document.getElementById(input.dataset.filterFor);
    if (!select) {
      return;
    }
    input.hidden = false;
    input.addEventListener('input', function () {
      var wanted = fold(input.value.trim());
      Array.prototype.forEach.call(select.options, function (option) {
        // chosen ones stay visible, so that they can be unchosen
        option.hidden = wanted !== '' && !option.selected && fold(option.textContent).indexOf(wanted) < 0;
      });
    });
    select.addEventListener('change', function () { showChosen(select); });
    showChosen(select);
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('input.market-filter[data-filter-for]'), enhance);
  });
}());
