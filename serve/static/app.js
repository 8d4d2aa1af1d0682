// Entente's classroom page: controls, map, charts, ticker and Info. The
// simulation runs on the server; this script only sends the controls and
// draws the frames it receives by Server-Sent Events. No library: plain
// DOM and SVG.
'use strict';

const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#E69F00', '#CC79A7', '#56B4E9', '#F0E442']; // Okabe–Ito, as the figures
const GREY = '#c8c8c8';
const SVGNS = 'http://www.w3.org/2000/svg';
const $ = (id) => document.getElementById(id);
const colour = (n) => (n > 0 ? PALETTE[(n - 1) % PALETTE.length] : GREY);

let cat = null;          // the catalogue: scenarios, live sliders, limits
let sid = null;          // this tab's session
let es = null;           // the event stream
let setup = null;        // the current run's setup frame
let frames = [];         // its tick frames, in order
let uploaded = null;     // the uploaded scenario, if any
let pendingFlashes = [];
let renderQueued = false;

function el(name, attrs, parent) {
  const e = document.createElementNS(SVGNS, name);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (parent) parent.appendChild(e);
  return e;
}

async function api(path, body, raw) {
  const opts = { method: 'POST', headers: {} };
  if (raw !== undefined) {
    opts.body = raw;
    opts.headers['Content-Type'] = 'text/plain';
  } else {
    opts.body = JSON.stringify(body || {});
    opts.headers['Content-Type'] = 'application/json';
  }
  const r = await fetch(path, opts);
  if (r.status === 204) return null;
  const data = await r.json().catch(() => ({}));
  if (!r.ok) {
    const e = new Error(data.error || r.statusText);
    e.problems = data.problems || [e.message];
    throw e;
  }
  return data;
}

// act sends a control to the session and shows its error, if any.
async function act(action, body) {
  try {
    await api(`/api/sessions/${sid}/${action}`, body);
    message('');
  } catch (e) {
    message(e.problems.join('\n'));
  }
}

function message(text) {
  const m = $('message');
  m.textContent = text;
  m.hidden = !text;
}

// ---- controls ----

function formatLive(p, v) {
  return p.percent ? `${(v * 100).toFixed(v * 100 < 1 ? 2 : 1)} %` : v.toFixed(2);
}

function buildControls() {
  const sel = $('scenario');
  for (const s of cat.scenarios) {
    const o = document.createElement('option');
    o.value = s.name;
    o.textContent = s.name;
    o.title = s.title;
    sel.appendChild(o);
  }
  sel.value = cat.default;
  sel.addEventListener('change', () => { $('seed').value = ''; showInfo(pickedInfo()); });
  showInfo(pickedInfo());

  const sp = $('speed');
  Object.assign(sp, { min: cat.speed.min, max: cat.speed.max, step: 0.25, value: cat.speed.default });
  $('speed-value').textContent = `${sp.value} ticks/s`;
  sp.addEventListener('input', () => { $('speed-value').textContent = `${sp.value} ticks/s`; });
  sp.addEventListener('change', () => act('speed', { value: +sp.value }));

  const box = $('live-sliders');
  for (const p of cat.live) {
    const d = document.createElement('div');
    d.className = 'slider';
    d.title = `${p.key}: ${p.help} [${p.unit}]`;
    d.innerHTML = `<label class="name" for="live-${p.key}"><span>${p.label} <small>(${p.key})</small></span><output id="live-${p.key}-value"></output></label>`;
    const input = document.createElement('input');
    Object.assign(input, { type: 'range', id: `live-${p.key}`, min: p.min, max: p.max, step: p.step, disabled: true });
    input.dataset.key = p.key;
    input.addEventListener('input', () => { $(`live-${p.key}-value`).textContent = formatLive(p, +input.value); });
    input.addEventListener('change', () => act('live', { key: p.key, value: +input.value }));
    d.appendChild(input);
    box.appendChild(d);
  }

  $('setup').addEventListener('click', () => {
    const seed = $('seed').value;
    act('setup', { scenario: $('scenario').value, seed: seed === '' ? null : Number(seed) });
  });
  $('reset').addEventListener('click', () => act('reset'));
  $('step').addEventListener('click', () => act('step'));
  $('play').addEventListener('click', () => act($('play').dataset.playing === 'true' ? 'pause' : 'play'));
  $('upload').addEventListener('change', uploadFile);
  setRunning(false);
  const hint = el('text', { x: 300, y: 300, 'text-anchor': 'middle', class: 'hint' }, $('map'));
  hint.textContent = 'Pick a scenario, then press Setup';
}

function pickedInfo() {
  const name = $('scenario').value;
  if (name === 'upload') return uploaded && uploaded.info;
  const s = cat.scenarios.find((x) => x.name === name);
  return s && s.info;
}

async function uploadFile() {
  const file = $('upload').files[0];
  if (!file) return;
  const errs = $('upload-errors');
  try {
    const text = await file.text();
    const r = await api(`/api/sessions/${sid}/upload?name=${encodeURIComponent(file.name)}`, undefined, text);
    uploaded = r;
    errs.hidden = true;
    errs.textContent = '';
    let o = $('scenario').querySelector('option[value=upload]');
    if (!o) {
      o = document.createElement('option');
      o.value = 'upload';
      $('scenario').appendChild(o);
    }
    o.textContent = `uploaded: ${r.name} (${r.file})`;
    $('scenario').value = 'upload';
    $('seed').value = '';
    showInfo(r.info);
  } catch (e) {
    errs.textContent = `${file.name} cannot be used:\n${e.problems.join('\n')}`;
    errs.hidden = false;
  }
}

function setRunning(ready) {
  for (const id of ['step', 'play', 'reset']) $(id).disabled = !ready;
  for (const input of document.querySelectorAll('#live-sliders input')) input.disabled = !ready;
}

function showInfo(info) {
  if (!info) return;
  $('info-what').replaceChildren(...info.what.split(/\n\s*\n/).map((p) => {
    const e = document.createElement('p');
    e.textContent = p.replace(/\s*\n\s*/g, ' ');
    return e;
  }));
  $('info-how').textContent = info.how;
  for (const [id, items] of [['info-notice', info.notice], ['info-try', info.try]]) {
    $(id).replaceChildren(...(items || []).map((t) => {
      const li = document.createElement('li');
      li.textContent = t;
      return li;
    }));
  }
}

// ---- the stream ----

function connect() {
  es = new EventSource(`/api/sessions/${sid}/stream`);
  es.onopen = () => { $('connection').textContent = 'live'; };
  es.onerror = () => {
    $('connection').textContent = es.readyState === EventSource.CLOSED ? 'disconnected: reload the page' : 'reconnecting…';
  };
  es.addEventListener('setup', (e) => onSetup(JSON.parse(e.data)));
  es.addEventListener('tick', (e) => onTick(JSON.parse(e.data)));
  es.addEventListener('status', (e) => onStatus(JSON.parse(e.data)));
  es.addEventListener('bye', (e) => { // the server ended the session: do not reconnect
    es.close();
    const bye = JSON.parse(e.data);
    $('connection').textContent = `${bye.reason}: reload the page`;
    if (bye.error) message(bye.error); // the session failed: say why
    setRunning(false);
  });
}

function onSetup(f) {
  setup = f;
  frames = [];
  pendingFlashes = [];
  $('ticker').replaceChildren();
  $('title').textContent = `${f.scenario}: ${f.title}`;
  $('seed').value = f.seed;
  const last = f.startYear + Math.floor((f.ticks - 1) / f.ticksPerYear);
  $('setup-facts').textContent = `${f.nations.length} nations, ${f.startYear}–${last}, ${f.ticks} ticks`;
  for (const p of cat.live) {
    $(`live-${p.key}`).value = f.live[p.key];
    $(`live-${p.key}-value`).textContent = formatLive(p, f.live[p.key]);
  }
  showInfo(f.info);
  buildMap();
  setRunning(true);
}

function onTick(f) {
  if (!setup || f.gen !== setup.gen) return;
  frames.push(f);
  const ticker = $('ticker');
  for (const line of f.lines || []) {
    const li = document.createElement('li');
    li.className = line.kind;
    li.textContent = line.text;
    ticker.prepend(li);
    if (['formed', 'strained', 'dissolved'].includes(line.kind)) {
      const a = f.alliances.find((x) => x.id === line.alliance);
      if (a) pendingFlashes.push({ kind: line.kind, members: a.members });
    }
  }
  queueRender();
}

function onStatus(s) {
  const play = $('play');
  play.dataset.playing = s.playing;
  play.textContent = s.playing ? 'Pause' : 'Play';
  if (setup && s.gen === setup.gen) play.disabled = s.done;
  const sp = $('speed');
  if (document.activeElement !== sp) {
    sp.value = s.speed;
    $('speed-value').textContent = `${s.speed} ticks/s`;
  }
  for (const p of cat.live) {
    const input = $(`live-${p.key}`);
    if (s.live[p.key] !== undefined && document.activeElement !== input) {
      input.value = s.live[p.key];
      $(`live-${p.key}-value`).textContent = formatLive(p, s.live[p.key]);
    }
  }
}

function queueRender() {
  if (renderQueued) return;
  renderQueued = true;
  setTimeout(() => { renderQueued = false; render(); }, 0);
}

function render() {
  if (!setup || frames.length === 0) return;
  const f = frames[frames.length - 1];
  $('year').textContent = f.when;
  drawMap(f);
  drawShares();
  drawAllianceCount();
  drawCohesion();
  drawTable(f);
}

// ---- the map ----

const MAP = { pad: 45, size: 510 };
const px = (n) => MAP.pad + n.x * MAP.size;
const py = (n) => MAP.pad + n.y * MAP.size;

function buildMap() {
  const svg = $('map');
  svg.replaceChildren();
  svg.dataset.links = 0;
  svg.dataset.flashes = 0;
  el('rect', { x: 0, y: 0, width: 600, height: 600, fill: setup.geometry === 'geo' ? '#eef3f8' : '#f3f1ea' }, svg);
  for (const g of ['links', 'nodes', 'labels', 'flashes']) el('g', { id: `map-${g}` }, svg);
  setup.nations.forEach((n, i) => {
    const c = el('circle', { class: 'nation', cx: px(n), cy: py(n), r: 4, fill: GREY, 'data-id': n.id }, $('map-nodes'));
    const t = el('title', {}, c);
    t.textContent = n.name;
    const label = el('text', { class: 'label', x: px(n) + 7, y: py(n) + 4, 'data-i': i }, $('map-labels'));
    label.textContent = n.label.replace(/^the /, '');
  });
}

function radius(cap, maxCap) {
  return 3 + 24 * Math.sqrt(Math.max(cap, 0) / Math.max(maxCap, 1e-9));
}

function drawMap(f) {
  const maxCap = Math.max(...f.cap);
  const nodes = $('map-nodes').children;
  const order = f.cap.map((c, i) => i).filter((i) => f.active[i]).sort((a, b) => f.cap[b] - f.cap[a]);
  const labelled = new Set(order.slice(0, 12));
  setup.nations.forEach((n, i) => {
    const c = nodes[i];
    c.setAttribute('r', radius(f.cap[i], maxCap).toFixed(1));
    c.setAttribute('fill', colour(f.ally[i]));
    c.setAttribute('class', f.active[i] ? 'nation' : 'nation inactive');
    c.dataset.alliance = f.ally[i];
    c.firstChild.textContent = `${n.name}: ${(f.share[i] * 100).toFixed(1)} % of GDP on defence`;
    $('map-labels').children[i].style.display = labelled.has(i) ? '' : 'none';
  });
  const links = $('map-links');
  links.replaceChildren();
  let count = 0;
  for (const a of f.alliances) {
    if (a.dissolved) continue;
    const l = setup.nations[a.leader];
    for (const m of a.members) {
      if (m === a.leader) continue;
      const n = setup.nations[m];
      el('line', {
        class: a.cohesion < setup.strain ? 'link strained' : 'link',
        x1: px(n), y1: py(n), x2: px(l), y2: py(l), stroke: colour(a.number), 'data-alliance': a.id,
      }, links);
      count++;
    }
  }
  $('map').dataset.links = count;
  const flashes = $('map-flashes');
  for (const fl of pendingFlashes) {
    for (const m of fl.members) {
      const n = setup.nations[m];
      const ring = el('circle', { class: `flash flash-${fl.kind}`, cx: px(n), cy: py(n), r: radius(f.cap[m], maxCap) + 6 }, flashes);
      setTimeout(() => ring.remove(), 1700);
    }
    $('map').dataset.flashes = +$('map').dataset.flashes + 1;
    $('map').dataset.lastFlash = fl.kind;
  }
  pendingFlashes = [];
  const seen = new Map();
  for (const a of f.alliances) if (!a.dissolved) seen.set(a.number, a.name);
  $('legend').replaceChildren(...[...seen].map(([num, name]) => {
    const s = document.createElement('span');
    s.innerHTML = `<span class="swatch" style="background:${colour(num)}"></span>`;
    s.append(name);
    return s;
  }), Object.assign(document.createElement('span'), { innerHTML: `<span class="swatch" style="background:${GREY}"></span>in no alliance` }));
}

// ---- charts ----

const CH = { left: 34, right: 8, top: 8, bottom: 18, width: 420 };

// axes draws a chart's frame and returns its scales.
function axes(svg, height, yMax, yLabel) {
  svg.replaceChildren();
  const x0 = CH.left, x1 = CH.width - CH.right, y0 = height - CH.bottom, y1 = CH.top;
  const span = Math.max(setup.ticks - 1, 1);
  const sx = (t) => x0 + (x1 - x0) * t / span;
  const sy = (v) => y0 - (y0 - y1) * v / yMax;
  el('line', { class: 'axis', x1: x0, y1: y0, x2: x1, y2: y0 }, svg);
  el('line', { class: 'axis', x1: x0, y1: y0, x2: x0, y2: y1 }, svg);
  const last = setup.startYear + Math.floor((setup.ticks - 1) / setup.ticksPerYear);
  for (const [t, anchor, text] of [[0, 'start', setup.startYear], [span, 'end', last]]) {
    el('text', { class: 'tick-label', x: sx(t), y: height - 5, 'text-anchor': anchor }, svg).textContent = text;
  }
  el('text', { class: 'tick-label', x: x0 - 3, y: y1 + 8, 'text-anchor': 'end' }, svg).textContent = yLabel;
  el('text', { class: 'tick-label', x: x0 - 3, y: y0, 'text-anchor': 'end' }, svg).textContent = '0';
  return { sx, sy };
}

function polyline(svg, points, stroke, extra) {
  if (points.length === 0) return 0;
  el('polyline', Object.assign({ points: points.join(' '), stroke }, extra || {}), svg);
  return points.length;
}

function drawShares() {
  const svg = $('chart-shares');
  let max = 0.05;
  for (const f of frames) for (let i = 0; i < f.share.length; i++) if (f.active[i]) max = Math.max(max, f.share[i]);
  const { sx, sy } = axes(svg, 150, max * 100, `${(max * 100).toFixed(0)} %`);
  const last = frames[frames.length - 1];
  const order = setup.nations.map((n, i) => i).sort((a, b) => (last.ally[a] > 0) - (last.ally[b] > 0));
  let points = 0;
  for (const i of order) {
    const pts = [];
    for (const f of frames) if (f.active[i]) pts.push(`${sx(Math.max(f.tick, 0)).toFixed(1)},${sy(f.share[i] * 100).toFixed(1)}`);
    points += polyline(svg, pts, colour(last.ally[i]), { 'data-nation': setup.nations[i].id, 'stroke-width': last.ally[i] > 0 ? 1.4 : 1 });
  }
  svg.dataset.points = points;
}

function drawAllianceCount() {
  const svg = $('chart-alliances');
  const max = Math.max(2, ...frames.map((f) => f.count));
  const { sx, sy } = axes(svg, 110, max, String(max));
  const pts = [];
  let prev = null;
  for (const f of frames) {
    const x = sx(Math.max(f.tick, 0)).toFixed(1);
    if (prev !== null) pts.push(`${x},${sy(prev).toFixed(1)}`);
    pts.push(`${x},${sy(f.count).toFixed(1)}`);
    prev = f.count;
  }
  svg.dataset.points = polyline(svg, pts, '#223', { 'stroke-width': 2 });
  svg.dataset.last = frames[frames.length - 1].count;
}

function drawCohesion() {
  const svg = $('chart-cohesion');
  const { sx, sy } = axes(svg, 150, 1, '1');
  for (const level of [setup.strain, setup.dissolve]) {
    el('line', { class: 'threshold', x1: sx(0), x2: sx(setup.ticks - 1), y1: sy(level), y2: sy(level) }, svg);
  }
  const series = new Map();
  for (const f of frames) {
    for (const a of f.alliances) {
      if (!series.has(a.id)) series.set(a.id, { number: a.number, pts: [] });
      series.get(a.id).pts.push(`${sx(Math.max(f.tick, 0)).toFixed(1)},${sy(a.cohesion).toFixed(1)}`);
    }
  }
  let points = 0;
  for (const [id, s] of series) points += polyline(svg, s.pts, colour(s.number), { 'data-alliance': id });
  svg.dataset.points = points;
}

function drawTable(f) {
  const rows = f.alliances.filter((a) => !a.dissolved).map((a) => {
    const tr = document.createElement('tr');
    tr.dataset.alliance = a.id;
    const names = a.members.map((m) => setup.nations[m].label.replace(/^the /, ''));
    const cells = [
      `<span class="swatch" style="background:${colour(a.number)}"></span>`,
      '', '', a.cohesion.toFixed(2) + (a.cohesion < setup.strain ? ' (strained)' : ''), `${(a.target * 100).toFixed(1)} %`,
    ];
    cells.forEach((html, k) => {
      const td = document.createElement('td');
      td.innerHTML = html;
      tr.appendChild(td);
    });
    tr.children[1].textContent = a.name;
    tr.children[2].textContent = `${names.length}: ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''}`;
    tr.children[4].className = 'target';
    return tr;
  });
  $('alliances').tBodies[0].replaceChildren(...rows);
}

// ---- start ----

async function start() {
  cat = await (await fetch('/api/catalogue')).json();
  buildControls();
  try {
    sid = (await api('/api/sessions')).id;
  } catch (e) {
    message(e.problems.join('\n'));
    $('connection').textContent = 'no session';
    return;
  }
  document.body.dataset.session = sid;
  connect();
  window.addEventListener('pagehide', () => navigator.sendBeacon(`/api/sessions/${sid}/close`));
}

start();
