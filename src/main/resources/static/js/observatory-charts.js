// Draws each observatory chart from the table beside it (the table is the accessible
// version): one horizontal bar per category whose figure is shown, in percent. Suppressed
// figures have no value and no bar; each bar is named by its row's heading. Without this script, the tables alone remain.
(function () {
  'use strict';

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-table'));
    if (!table || typeof window.Chart === 'undefined') {
      return;
    }
    var labels = [];
    var values = [];
    table.querySelectorAll('tbody tr[data-value]').forEach(function (row) {
      labels.push(row.cells[0].textContent.trim());
      values.push(parseFloat(row.getAttribute('data-value')));
    });
    if (values.length === 0) {
      canvas.hidden = true;
      return;
    }
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: [{ data: values, backgroundColor: '#0d6efd' }] },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        aspectRatio: values.length > 6 ? 1 : 1.8,
        plugins: { legend: { display: false } },
        scales: { x: { min: 0, max: 100, ticks: { callback: function (v) { return v + ' %'; } } } }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas.observatory-chart').forEach(draw);
  });
}());
