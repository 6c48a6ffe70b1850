"use strict";
(function () {
  // Everything shown comes from the JSON island and is written with textContent: the
  // article is untrusted text and never becomes markup.
  var data = JSON.parse(document.getElementById("st-data").textContent);
  var panel = document.getElementById("detail");
  var pinned = null;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function sourceChip(id, prefix, stance) {
    var s = data.sources[id] || { name: id, colour: "knone" };
    var chip = el("span", "chip st-" + stance);
    chip.appendChild(el("span", "swatch " + s.colour));
    chip.appendChild(document.createTextNode((prefix || "") + s.name));
    return chip;
  }
  function row(dl, label, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", null, label));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = value;
    dl.appendChild(dd);
  }
  function claimBlock(claimId, relation, said) {
    var c = data.claims[claimId];
    var box = el("div", "claimbox");
    if (!c) return box;
    box.appendChild(el("p", "sub", relation + (c.text === said ? " (this passage)" : "") +
      (c.same_as.length ? " · said " + c.same_as.length + " more time(s) in the article" : "")));
    if (c.text !== said) box.appendChild(el("blockquote", null, c.text));
    var who = el("p", "who");
    c.supported_by.forEach(function (id) { who.appendChild(sourceChip(id, "", "assert")); });
    c.denied_by.forEach(function (id) { who.appendChild(sourceChip(id, "denied by ", "deny")); });
    c.no_response.forEach(function (id) { who.appendChild(sourceChip(id, "no response: ", "no_response")); });
    box.appendChild(who);
    var flags = el("p", "flags");
    [["unattributed", c.unattributed && !c.supported_by.length], ["single source", c.single_source],
     ["anonymous only", c.anonymous_only], ["document-based", c.document_based]].forEach(function (f) {
      if (f[1]) flags.appendChild(el("span", "flag", f[0]));
    });
    flags.appendChild(el("span", "num", "check-worthiness " + c.worth.toFixed(2)));
    box.appendChild(flags);
    return box;
  }
  var RELATION = { deny: "Denies the claim", no_response: "Did not respond on the claim", question: "Asks, in the claim" };

  function showAttribution(id) {
    var a = data.attributions[id];
    if (!a) return;
    var s = data.sources[a.source] || null;
    panel.replaceChildren();
    panel.className = "detail " + (s ? s.colour : "knone") + (pinned ? " pinned" : "");
    if (pinned) { var x = el("button", "close", "×"); x.type = "button"; x.setAttribute("aria-label", "Close"); panel.appendChild(x); }
    var h = el("h3", "source-name");
    h.appendChild(el("span", "swatch " + (s ? s.colour : "knone")));
    h.appendChild(document.createTextNode(s ? s.name : (a.mention || "Unknown source")));
    panel.appendChild(h);
    if (s) panel.appendChild(el("p", "sub", [s.kind, s.named ? "named" : "unnamed", s.description].filter(Boolean).join(" · ")));
    var dl = el("dl");
    row(dl, "Stance", el("span", "chip stance st-" + a.stance, data.stanceLabel[a.stance] || a.stance));
    row(dl, "Type", a.type);
    row(dl, "Cue", a.cue);
    row(dl, "Mention", a.mention);
    row(dl, "Told to", a.recipient);
    row(dl, "Channel", a.channel);
    panel.appendChild(dl);
    panel.appendChild(el("blockquote", null, a.content));
    if (a.claim) panel.appendChild(claimBlock(a.claim, RELATION[a.stance] || "Supports the claim", a.content));
    mark(document.querySelectorAll('[data-a="' + CSS.escape(id) + '"]'));
  }
  function showClaim(id) {
    panel.replaceChildren();
    panel.className = "detail" + (pinned ? " pinned" : "");
    panel.appendChild(el("h3", null, "The author's own claim"));
    panel.appendChild(el("p", "sub", "No source is given for this sentence."));
    panel.appendChild(claimBlock(id, "Claim"));
    mark(document.querySelectorAll('[data-c="' + CSS.escape(id) + '"]'));
  }
  function mark(nodes) {
    document.querySelectorAll("mark.on").forEach(function (m) { m.classList.remove("on"); });
    nodes.forEach(function (m) { m.classList.add("on"); });
  }
  function show(target) {
    if (target.dataset.a) showAttribution(target.dataset.a); else showClaim(target.dataset.c);
  }
  function highlightOf(node) { return node.closest ? node.closest("mark[data-a], mark[data-c]") : null; }

  document.addEventListener("mouseover", function (e) {
    var m = highlightOf(e.target);
    if (m && !pinned) show(m);
  });
  document.addEventListener("click", function (e) {
    if (e.target.closest(".close")) { pinned = null; panel.classList.remove("pinned"); return; }
    var m = highlightOf(e.target);
    if (m) { pinned = m; show(m); return; }
    var card = e.target.closest(".claim");
    if (card) jumpToClaim(card);
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Enter" && e.key !== " ") return;
    var m = highlightOf(e.target);
    if (m) { e.preventDefault(); pinned = m; show(m); }
    else if (e.target.classList && e.target.classList.contains("claim")) { e.preventDefault(); jumpToClaim(e.target); }
  });
  function jumpToClaim(card) {
    var ids = card.dataset.claims.split(" ");
    var marks = [];
    ids.forEach(function (cid) {
      var c = data.claims[cid];
      if (!c) return;
      document.querySelectorAll('[data-c="' + CSS.escape(cid) + '"]').forEach(function (m) { marks.push(m); });
      c.attributions.forEach(function (aid) {
        document.querySelectorAll('[data-a="' + CSS.escape(aid) + '"]').forEach(function (m) { marks.push(m); });
      });
    });
    if (!marks.length) return;
    marks[0].scrollIntoView({ behavior: "smooth", block: "center" });
    pinned = marks[0];
    show(marks[0]);
    marks.forEach(function (m) { m.classList.remove("flash"); void m.offsetWidth; m.classList.add("flash"); });
  }
})();
