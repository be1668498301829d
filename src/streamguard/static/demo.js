// streamguard demo page. Model text is only ever put in the page with textContent / text nodes: never
// innerHTML, never as markup. The server's Content-Security-Policy forbids inline scripts as well.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const el = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  };
  const chars = (s) => [...s].length; // code points, like the server's offsets
  const fmtMs = (ms) => (ms >= 1000 ? (ms / 1000).toFixed(1) + " s" : Math.round(ms) + " ms");
  const excerpt = (s, n) => { const t = s.trim().replace(/\s+/g, " "); return t.length > n ? t.slice(0, n - 1) + "…" : t; };

  let settings = { scenarios: [], overrides: false, budget_ms: 1500, mode: "hold" };
  let current = null; // the run in progress

  // -- Server-sent events over fetch (EventSource cannot POST) ------------------------------------------
  async function* sseEvents(response) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let event = "message";
    let data = [];
    for (;;) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let nl;
      while ((nl = buffer.indexOf("\n")) >= 0) {
        let line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.endsWith("\r")) line = line.slice(0, -1);
        if (line === "") {
          if (data.length) yield { event, data: data.join("\n") };
          event = "message";
          data = [];
        } else if (!line.startsWith(":")) {
          const colon = line.indexOf(":");
          const field = colon < 0 ? line : line.slice(0, colon);
          let val = colon < 0 ? "" : line.slice(colon + 1);
          if (val.startsWith(" ")) val = val.slice(1);
          if (field === "event") event = val;
          else if (field === "data") data.push(val);
        }
      }
      if (done) {
        if (data.length) yield { event, data: data.join("\n") };
        return;
      }
    }
  }

  // -- The unguarded pane: OpenAI chunks, content appended as it comes -------------------------------
  async function streamPlain(run) {
    const answer = $("plain");
    const status = $("plain-status");
    const started = performance.now();
    let first = null;
    let count = 0;
    const res = await fetch("plain/v1/chat/completions", {
      method: "POST", headers: { "content-type": "application/json" }, body: run.body, signal: run.abort.signal,
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
    for await (const ev of sseEvents(res)) {
      if (ev.data.trim() === "[DONE]") break;
      let chunk;
      try { chunk = JSON.parse(ev.data); } catch { continue; }
      for (const choice of chunk.choices || []) {
        const text = choice.delta && choice.delta.content;
        if (choice.index === 0 && typeof text === "string" && text) {
          if (first === null) first = performance.now() - started;
          answer.append(document.createTextNode(text));
          count += chars(text);
        }
      }
    }
    status.textContent = `done · ${count} characters · first text after ${fmtMs(first || 0)} · ${fmtMs(performance.now() - started)}`;
  }

  // An inline mark that opens to show what it is about. (Not <details>: Chromium lays that out as a
  // block, which would break the line after every mark.)
  function collapsible(cls, label, lines) {
    const box = el("span", cls);
    const badge = el("button", "badge", label);
    badge.type = "button";
    badge.setAttribute("aria-expanded", "false");
    const body = el("span", "more");
    body.hidden = true;
    for (const [lead, textCls, text] of lines) {
      const line = el("span", "detail");
      line.append(lead, el("span", textCls, (text || "").trim()));
      body.append(line);
    }
    badge.addEventListener("click", () => {
      body.hidden = !body.hidden;
      badge.setAttribute("aria-expanded", String(!body.hidden));
      box.classList.toggle("open", !body.hidden);
    });
    box.append(badge, body);
    return box;
  }

  // -- The guarded pane: named events, placed by character offset ------------------------------------
  class GuardedView {
    constructor(root, budgetMs) {
      this.root = root;
      this.budgetMs = budgetMs;
      this.started = performance.now();
      this.pending = new Map();   // segment_id -> {node, start, end, since, deadlineMs}
      this.rows = new Map();      // segment_id -> timeline entry
      this.deltaOffset = 0;
      this.stats = { held: 0, released: 0, withheld: 0, revised: 0, late: 0 };
      this.firstContent = null;
    }

    place(node, start, end) {
      node.dataset.start = String(start);
      if (end !== undefined) node.dataset.end = String(end);
      let before = null;
      for (let child = this.root.lastElementChild; child; child = child.previousElementSibling) {
        if (Number(child.dataset.start) > start) before = child; else break;
      }
      this.root.insertBefore(node, before);
    }

    content(start, end, text) {
      if (this.firstContent === null) this.firstContent = performance.now() - this.started;
      const span = el("span", "content", text);
      this.place(span, start, end);
      return span;
    }

    held(p) {
      const node = el("span", "pending");
      node.dataset.segmentId = String(p.segment_id);
      node.title = `${p.end - p.start} characters held while the guard checks them`;
      node.append(el("span", "label", "holding…"), el("span", "bar"));
      this.place(node, p.start, p.end);
      const now = performance.now();
      const deadlineMs = Number(p.deadline_ms ?? this.budgetMs);
      // The budget runs from the segment's first character, which arrived before the segment was complete.
      const heldSince = now - Math.max(0, this.budgetMs - deadlineMs);
      this.pending.set(p.segment_id, { node, start: p.start, end: p.end, since: now, deadlineMs });
      this.rows.set(p.segment_id, { id: p.segment_id, text: p.text || "", since: heldSince, until: null,
                                    outcome: "pending", deadlineMs });
      this.stats.held += 1;
      this.tick();
    }

    segment(p) {
      const span = this.content(p.start, p.end, p.text);
      if (p.unchecked) {
        span.classList.add("unchecked");
        span.title = "released without its verdict: the check was not ready within the budget (fail-open)";
      }
      for (const [id, held] of this.pending) {
        if (p.end >= held.end && p.start < held.end) this.resolve(id, "released");
      }
    }

    resolve(id, outcome) {
      const held = this.pending.get(id);
      if (held) { held.node.remove(); this.pending.delete(id); }
      const row = this.rows.get(id);
      if (row && row.outcome === "pending") {
        row.until = performance.now();
        row.outcome = outcome;
        this.stats[outcome] += 1;
      }
    }

    withheld(p) {
      this.resolve(p.segment_id, "withheld");
      if (!this.rows.has(p.segment_id)) {
        this.rows.set(p.segment_id, { id: p.segment_id, text: p.text || "", since: performance.now(),
                                      until: performance.now(), outcome: "withheld", deadlineMs: 0 });
        this.stats.withheld += 1;
      }
      const why = p.reason === "deadline" ? "verdict late (fail-closed)"
        : `reversed${typeof p.score === "number" ? ` · score ${p.score.toFixed(2)}` : ""}`;
      const lines = [["Withheld: ", "was", p.text]];
      if (p.reversed_by) lines.push(["Reversed by: ", "by", p.reversed_by.text]);
      const box = collapsible("withheld", `withheld · ${why}`, lines);
      box.dataset.segmentId = String(p.segment_id);
      this.place(box, p.start, p.end);
    }

    annotation(p) {
      const spans = [...this.root.querySelectorAll(".content")].filter(
        (s) => Number(s.dataset.start) < p.end && Number(s.dataset.end) > p.start);
      spans.forEach((s) => s.classList.add("revised"));
      if (spans.length) this.splitTrailingSpace(spans[spans.length - 1]);
      const note = collapsible("revision", `revised${typeof p.score === "number" ? ` · score ${p.score.toFixed(2)}` : ""}`,
                               [["Later: ", "by", p.reversed_by && p.reversed_by.text]]);
      note.dataset.segmentId = String(p.segment_id);
      const last = spans[spans.length - 1];
      if (last) { note.dataset.start = String(Number(last.dataset.end) - 0.5); last.after(note); }
      else this.place(note, p.end - 0.5);
      const row = this.rows.get(p.segment_id);
      if (row) row.outcome = "annotated";
      else this.rows.set(p.segment_id, { id: p.segment_id, text: p.text || "", since: performance.now(),
                                         until: performance.now(), outcome: "annotated", deadlineMs: 0 });
      this.stats.revised += 1;
    }

    // "Claim.\n\n" -> "Claim." + "\n\n", so a mark placed after the claim sits on its line.
    splitTrailingSpace(span) {
      const m = /\s+$/.exec(span.textContent);
      if (!m || m.index === 0) return;
      const end = Number(span.dataset.end);
      const tail = el("span", "content", m[0]);
      span.textContent = span.textContent.slice(0, m.index);
      span.dataset.end = String(end - chars(m[0]));
      tail.dataset.start = span.dataset.end;
      tail.dataset.end = String(end);
      span.after(tail);
    }

    delta(p) {
      if (typeof p.text !== "string" || !p.text) return;
      const start = this.deltaOffset;
      this.deltaOffset += chars(p.text);
      this.content(start, this.deltaOffset, p.text);
    }

    error(p) {
      if (p.code === "deadline") {  // a late verdict: the deadline policy decided; reported, not fatal
        const row = this.rows.get(p.segment_id);
        if (row) row.late = true;
        this.stats.late += 1;
        return;
      }
      const what = p.code === "classifier" ? "classifier error" : "stream error";
      this.root.append(el("span", "error-note", `${what}: ${p.message || p.code || "unknown"}`));
    }

    // OpenAI-format frames (observe mode, or a server without the events format): plain content.
    openai(chunk) {
      for (const choice of chunk.choices || []) {
        const text = choice.delta && choice.delta.content;
        if (choice.index === 0 && typeof text === "string" && text) this.delta({ text });
      }
    }

    tick() {
      const now = performance.now();
      for (const held of this.pending.values()) {
        const left = Math.max(0, held.deadlineMs - (now - held.since));
        held.node.firstChild.textContent = `holding · ${(left / 1000).toFixed(1)} s`;
        held.node.lastChild.style.width = `${held.deadlineMs ? Math.min(100, 100 * (now - held.since) / held.deadlineMs) : 100}%`;
      }
      renderTimeline(this, now);
    }
  }

  function renderTimeline(view, now) {
    const box = $("timeline");
    const rows = [...view.rows.values()].sort((a, b) => a.id - b.id);
    const longest = Math.max(view.budgetMs, ...rows.map((r) => (r.until ?? now) - r.since), 1);
    box.replaceChildren(...rows.map((r) => {
      const ms = (r.until ?? now) - r.since;
      const row = el("div", "tl-row");
      row.dataset.outcome = r.outcome;
      const label = el("span", "tl-label", `#${r.id} ${excerpt(r.text, 40)}`);
      label.title = r.text;
      const track = el("span", "tl-track");
      const bar = el("span", `tl-bar ${r.outcome}`);
      bar.style.width = `${(100 * ms) / longest}%`;
      const budget = el("span", "tl-budget");
      budget.style.left = `${(100 * view.budgetMs) / longest}%`;
      budget.title = `budget ${view.budgetMs} ms`;
      track.append(bar, budget);
      if (r.late) { row.classList.add("late"); row.title = "verdict late: the deadline policy decided"; }
      row.append(label, track, el("span", "tl-ms", fmtMs(ms) + (r.late ? " late" : "")));
      return row;
    }));
    const s = view.stats;
    const holds = rows.filter((r) => r.until !== null && r.outcome !== "annotated").map((r) => r.until - r.since);
    $("stats").textContent = `held ${s.held} · released ${s.released} · withheld ${s.withheld} · revised ${s.revised}` +
      (s.late ? ` · late verdicts ${s.late}` : "") + (holds.length ? ` · longest hold ${fmtMs(Math.max(...holds))}` : "");
  }

  async function streamGuarded(run) {
    const status = $("guarded-status");
    const view = new GuardedView($("guarded"), settings.overrides ? run.budgetMs : settings.budget_ms);
    run.view = view;
    const headers = { "content-type": "application/json", "x-streamguard-format": "events" };
    if (settings.overrides) {
      headers["x-streamguard-mode"] = run.mode;
      headers["x-streamguard-budget-ms"] = String(run.budgetMs);
    }
    const res = await fetch("guarded/v1/chat/completions", {
      method: "POST", headers, body: run.body, signal: run.abort.signal,
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
    for await (const ev of sseEvents(res)) {
      if (ev.data.trim() === "[DONE]") break;
      let payload;
      try { payload = JSON.parse(ev.data); } catch { continue; }
      switch (ev.event) {
        case "held": view.held(payload); break;
        case "segment": view.segment(payload); break;
        case "withheld": view.withheld(payload); break;
        case "annotation": view.annotation(payload); break;
        case "delta": view.delta(payload); break;
        case "error": view.error(payload); break;
        case "done": break;
        case "message": view.openai(payload); break;
        default: break;
      }
      view.tick();
    }
    for (const id of [...view.pending.keys()]) view.resolve(id, "released");
    view.tick();
    const s = view.stats;
    status.textContent = `done · first text after ${fmtMs(view.firstContent || 0)} · ` +
      `${fmtMs(performance.now() - view.started)} · withheld ${s.withheld} · revised ${s.revised}`;
  }

  // -- Wiring ------------------------------------------------------------------------------------------
  function setState(pane, state) { document.body.dataset[pane] = state; }

  async function send(event) {
    event.preventDefault();
    const prompt = $("prompt").value.trim();
    if (!prompt) return;
    if (current) current.abort.abort();
    const run = {
      abort: new AbortController(), mode: $("mode").value, budgetMs: Number($("budget").value), view: null,
      body: JSON.stringify({ model: $("model").value.trim() || "streamguard-replay", stream: true, temperature: 0,
                             messages: [{ role: "user", content: prompt }] }),
    };
    current = run;
    for (const q of document.querySelectorAll("[data-role=question]")) q.textContent = prompt;
    $("plain").replaceChildren();
    $("guarded").replaceChildren();
    $("timeline").replaceChildren();
    $("stats").textContent = "";
    $("guarded-mode").textContent = settings.overrides ? `${run.mode} · budget ${run.budgetMs} ms` : `server settings`;
    $("send").disabled = true;
    $("stop").disabled = false;
    const ticker = setInterval(() => run.view && run.view.tick(), 100);
    const pane = async (name, fn, statusId) => {
      setState(name, "streaming");
      $(statusId).classList.remove("error");
      $(statusId).textContent = "streaming…";
      try {
        await fn(run);
        setState(name, "done");
      } catch (err) {
        setState(name, err.name === "AbortError" ? "stopped" : "error");
        $(statusId).classList.toggle("error", err.name !== "AbortError");
        $(statusId).textContent = err.name === "AbortError" ? "stopped" : String(err.message || err);
      }
    };
    await Promise.all([pane("plain", streamPlain, "plain-status"), pane("guarded", streamGuarded, "guarded-status")]);
    clearInterval(ticker);
    if (current === run) {
      current = null;
      $("send").disabled = false;
      $("stop").disabled = true;
    }
  }

  async function init() {
    $("ask").addEventListener("submit", send);
    $("stop").addEventListener("click", () => current && current.abort.abort());
    $("budget").addEventListener("input", () => { $("budget-out").textContent = `${$("budget").value} ms`; });
    $("scenario").addEventListener("change", () => {
      const s = settings.scenarios.find((x) => x.name === $("scenario").value);
      $("prompt").value = s ? s.prompt : "";
      $("scenario-desc").textContent = s ? s.description : "";
    });
    try {
      settings = await (await fetch("api/demo")).json();
    } catch (err) {
      $("scenario-desc").textContent = `could not load the demo settings: ${err}`;
    }
    for (const s of settings.scenarios) {
      const option = el("option", null, `${s.name} — ${s.prompt}`);
      option.value = s.name;
      $("scenario").append(option);
    }
    $("mode").value = settings.mode;
    $("budget").value = String(settings.budget_ms);
    $("budget-out").textContent = `${settings.budget_ms} ms`;
    $("overrides-note").hidden = settings.overrides;
    $("mode").disabled = $("budget").disabled = !settings.overrides;
    $("upstream").textContent = settings.upstream;
    try {
      const models = await (await fetch("plain/v1/models")).json();
      const ids = (models.data || []).map((m) => m.id).filter((id) => typeof id === "string");
      $("models").replaceChildren(...ids.map((id) => { const o = el("option"); o.value = id; return o; }));
      if (ids.length && !ids.includes($("model").value)) $("model").value = ids[0];
    } catch { /* the upstream may not list models; the field stays editable */ }
    document.body.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", init);
})();
