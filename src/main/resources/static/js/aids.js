// The catalogue's facets come in a <details> box, closed by default so that on a phone the
// results are one tap away; on a wide screen, where the facets sit beside the results, the
// box is opened. Without this script the box opens with a click.
(function () {
  'use strict';
  var wide = window.matchMedia('(min-width: 992px)');

  function openOnWideScreens() {
    var box = document.getElementById('aid-facets-box');
    if (box && wide.matches) {
      box.open = true;
    }
  }

  document.addEventListener('DOMContentLoaded', openOnWideScreens);
  document.addEventListener('htmx:afterSwap', openOnWideScreens);
  wide.addEventListener('change', openOnWideScreens);
}());
