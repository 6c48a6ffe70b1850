"use strict";
(function () {
  // An ingest job's page follows the job until it ends; everything is written with textContent.
  var box = document.getElementById("job");
  if (!box) return;
  var id = box.dataset.job;
  function set(key, value) { var node = document.getElementById("job-" + key); if (node) node.textContent = value; }
  function poll() {
    fetch("/api/v1/ingest/jobs/" + encodeURIComponent(id), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (job) {
        if (!job) return;
        ["state", "done", "stored", "skipped", "errors"].forEach(function (k) { set(k, String(job[k])); });
        box.dataset.state = job.state;
        var list = document.getElementById("job-messages");
        list.replaceChildren();
        (job.messages.length ? job.messages : [null]).forEach(function (m) {
          var li = document.createElement("li");
          li.textContent = m ? m.ref + " " + m.reason + ": " + m.message : "None.";
          list.appendChild(li);
        });
        var bar = document.getElementById("job-progress");
        if (job.total) { bar.max = job.total; bar.value = job.done; }
        if (job.state === "done" || job.state === "failed") { bar.max = 1; bar.value = 1; return; }
        setTimeout(poll, 700);
      });
  }
  if (box.dataset.state !== "done" && box.dataset.state !== "failed") setTimeout(poll, 300);
})();
