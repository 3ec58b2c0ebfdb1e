"use strict";
// Optional comfort: sortable tables and a findings filter. The page reads the same without it.
(function () {
  function key(cell) {
    var v = cell.getAttribute("data-sort");
    if (v === null) { v = cell.textContent.trim(); }
    var n = Number(v);
    return v !== "" && !isNaN(n) ? n : v.toLowerCase();
  }
  function sortBy(table, col, th) {
    var dir = th.getAttribute("data-sort-dir") === "asc" ? "desc" : "asc";
    table.querySelectorAll("th").forEach(function (h) { h.setAttribute("data-sort-dir", ""); });
    th.setAttribute("data-sort-dir", dir);
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a.cells[col]), y = key(b.cells[col]);
      var c = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === "number" ? -1 : 1);
      return dir === "asc" ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var head = table.tHead;
    if (!head || !table.tBodies.length) { return; }
    Array.prototype.forEach.call(head.rows[0].cells, function (th, col) {
      th.setAttribute("data-sort-dir", "");
      th.title = "Sort by " + th.textContent.trim();
      th.addEventListener("click", function () { sortBy(table, col, th); });
    });
  });
  document.querySelectorAll("table[data-filter]").forEach(function (table) {
    var input = document.createElement("input");
    input.type = "search";
    input.className = "filter";
    input.placeholder = "Filter " + table.getAttribute("data-filter");
    input.addEventListener("input", function () {
      var q = input.value.toLowerCase();
      Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
        r.classList.toggle("hidden", q !== "" && r.textContent.toLowerCase().indexOf(q) < 0);
      });
    });
    table.parentNode.insertBefore(input, table);
  });
  document.documentElement.setAttribute("data-ready", "1");
})();
