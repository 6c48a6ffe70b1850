"use strict";
(function () {
  // Filters over the report's highlights: an audit card, a source row, a stance chip or the
  // kind menu dims every passage that does not match. Reads the same JSON island as report.js.
  var data = JSON.parse(document.getElementById("st-data").textContent);
  var status = document.getElementById("filter-status");
  var state = { audit: null, source: null, stances: {}, kind: "" };

  function claimOf(a) { return a && a.claim ? data.claims[a.claim] : null; }
  var AUDIT = {
    sourced: function (a) { return !!a.source; },
    direct: function (a) { return a.type === "direct"; },
    deny: function (a) { return a.stance === "deny"; },
    no_response: function (a) { return a.stance === "no_response"; },
    single: function (a, c) { return !!(c && c.single_source); },
    anonymous: function (a, c) { return !!(c && c.anonymous_only); },
    unattributed: function (a, c) { return !!(c && c.unattributed && !c.supported_by.length); }
  };
  function attributionShown(a) {
    var c = claimOf(a);
    if (state.audit && !AUDIT[state.audit](a, c)) return false;
    if (state.source && a.source !== state.source) return false;
    var picked = Object.keys(state.stances);
    if (picked.length && !state.stances[a.stance]) return false;
    if (state.kind) { var s = data.sources[a.source]; if (!s || s.kind !== state.kind) return false; }
    return true;
  }
  function claimShown(c) {
    if (state.source || state.kind || Object.keys(state.stances).length) return false;
    if (!state.audit) return true;
    return ["single", "anonymous", "unattributed"].indexOf(state.audit) >= 0 && AUDIT[state.audit](null, c);
  }
  function apply() {
    var active = state.audit || state.source || state.kind || Object.keys(state.stances).length;
    var shown = 0;
    document.querySelectorAll("mark[data-a]").forEach(function (m) {
      var ok = !active || attributionShown(data.attributions[m.dataset.a] || {});
      m.classList.toggle("dim", !ok);
      if (ok && active) shown++;
    });
    document.querySelectorAll("mark[data-c]").forEach(function (m) {
      var ok = !active || claimShown(data.claims[m.dataset.c] || {});
      m.classList.toggle("dim", !ok);
      if (ok && active) shown++;
    });
    document.querySelectorAll(".audit [data-filter]").forEach(function (b) { b.classList.toggle("active", b.dataset.filter === state.audit); });
    document.querySelectorAll("tr.source-row").forEach(function (r) { r.classList.toggle("active", r.dataset.source === state.source); });
    document.querySelectorAll(".legend [data-stance]").forEach(function (b) { b.setAttribute("aria-pressed", state.stances[b.dataset.stance] ? "true" : "false"); });
    status.textContent = active ? shown + " highlighted passage" + (shown === 1 ? "" : "s") + " match" : "";
  }
  document.addEventListener("click", function (e) {
    var card = e.target.closest(".audit [data-filter]");
    if (card) { state.audit = state.audit === card.dataset.filter ? null : card.dataset.filter; apply(); return; }
    var row = e.target.closest("tr.source-row");
    if (row && !e.target.closest("a")) { state.source = state.source === row.dataset.source ? null : row.dataset.source; apply(); return; }
    var chip = e.target.closest(".legend [data-stance]");
    if (chip) { var s = chip.dataset.stance; if (state.stances[s]) delete state.stances[s]; else state.stances[s] = true; apply(); return; }
    if (e.target.id === "clear-filter") { state = { audit: null, source: null, stances: {}, kind: "" }; document.getElementById("kind-filter").value = ""; apply(); }
  });
  document.getElementById("kind-filter").addEventListener("change", function (e) { state.kind = e.target.value; apply(); });
  document.getElementById("claims-toggle").addEventListener("change", function (e) {
    document.body.classList.toggle("no-claim-marks", !e.target.checked);
  });
})();
