// Entente's classroom page: controls, map, charts, ticker and Info. The
// simulation runs on the server; this script only sends the controls and
// draws the frames it receives by Server-Sent Events. No library: plain
// DOM and SVG.
'use strict';

const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#E69F00', '#CC79A7', '#56B4E9', '#F0E442']; // Okabe–Ito, as the figures
const GREY = '#c8c8c8';
const SVGNS = 'http://www.w3.org/2000/svg';
const $ = (id) => document.getElementById(id);
// An alliance keeps one colour for the run, chosen when it first appears
// among those no standing alliance has: two alliances on the map at once
// never share a colour while there are at most seven (assignColours).
let colours = new Map(); // alliance number → colour
const colour = (n) => (n > 0 ? colours.get(n) || PALETTE[(n - 1) % PALETTE.length] : GREY);

function assignColours(f) {
  const used = new Map(PALETTE.map((c) => [c, 0]));
  for (const a of f.alliances) if (!a.dissolved && colours.has(a.number)) used.set(colours.get(a.number), used.get(colours.get(a.number)) + 1);
  for (const a of f.alliances) {
    if (colours.has(a.number)) continue;
    const c = PALETTE.reduce((best, p) => (used.get(p) < used.get(best) ? p : best), PALETTE[0]);
    colours.set(a.number, c);
    if (!a.dissolved) used.set(c, used.get(c) + 1);
  }
  // More than seven at once share colours; when the crowd thins, a younger
  // alliance that shares its colour with an older one takes a free one.
  const taken = new Set();
  for (const a of f.alliances.filter((x) => !x.dissolved).sort((x, y) => x.number - y.number)) {
    let c = colours.get(a.number);
    if (taken.has(c)) {
      const free = PALETTE.find((p) => used.get(p) === 0);
      if (free) {
        used.set(c, used.get(c) - 1);
        used.set(free, 1);
        colours.set(a.number, free);
        c = free;
      }
    }
    taken.add(c);
  }
}

let cat = null;          // the catalogue: scenarios, live sliders, limits
let sid = null;          // this tab's session
let es = null;           // the event stream
let setup = null;        // the current run's setup frame
let frames = [];         // its tick frames, in order
let uploaded = null;     // the uploaded scenario, if any
let pendingFlashes = [];
let renderQueued = false;
let selected = null;     // the nation the monitor shows (index), or null
let labelFlip = [];      // map labels drawn left of their node

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

// pickedDefaults are the sliders' values of the scenario in the picker.
function pickedEntry() {
  const name = $('scenario').value;
  if (name === 'upload') return uploaded;
  return cat.scenarios.find((x) => x.name === name);
}

function showSlider(p, v) {
  $(`live-${p.key}`).value = v;
  $(`live-${p.key}-value`).textContent = formatLive(p, v);
}

// resetSliders puts the sliders at the picked scenario's values.
function resetSliders() {
  const e = pickedEntry();
  if (!e || !e.live) return;
  for (const p of cat.live) if (e.live[p.key] !== undefined) showSlider(p, e.live[p.key]);
  markChanged();
}

// markChanged shows which sliders differ from the scenario's values.
function markChanged() {
  const e = pickedEntry();
  for (const p of cat.live) {
    const d = $(`live-${p.key}`).parentElement;
    d.classList.toggle('changed', !!(e && e.live && moved(p, e.live[p.key])));
  }
}

// moved says whether a slider is away from a value: by more than half a
// step, as a range input rounds a value to its step.
function moved(p, v) {
  return Math.abs(+$(`live-${p.key}`).value - v) > p.step / 2 + 1e-12;
}

// setupLive are the slider values Setup sends: those that differ from the
// picked scenario's own.
function setupLive() {
  const e = pickedEntry();
  const out = {};
  for (const p of cat.live) {
    if (!e || !e.live || moved(p, e.live[p.key])) out[p.key] = +$(`live-${p.key}`).value;
  }
  return out;
}

// resetConstants puts the advanced panel at the picked scenario's values.
function resetConstants() {
  const e = pickedEntry();
  if (!e || !e.model) return;
  for (const c of cat.constants) $(`model-${c.key}`).value = e.model[c.key];
  markConstants();
}

// setupModel are the advanced panel's values that differ from the picked
// scenario's.
function setupModel() {
  const e = pickedEntry();
  const out = {};
  for (const c of cat.constants) {
    const input = $(`model-${c.key}`);
    const v = input.value === '' ? NaN : Number(input.value);
    const changed = Number.isFinite(v) && e && e.model && v !== e.model[c.key];
    if (changed) out[c.key] = v;
  }
  return out;
}

function markConstants() {
  const m = setupModel();
  for (const c of cat.constants) $(`model-${c.key}`).parentElement.classList.toggle('changed', m[c.key] !== undefined);
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
  sel.addEventListener('change', () => { showInfo(pickedInfo()); resetSliders(); resetConstants(); });
  showInfo(pickedInfo());

  const sp = $('speed');
  Object.assign(sp, { min: cat.speed.min, max: cat.speed.max, step: 0.25, value: cat.speed.default });
  $('speed-value').textContent = `${sp.value}/s`;
  sp.addEventListener('input', () => { $('speed-value').textContent = `${sp.value}/s`; });
  sp.addEventListener('change', () => act('speed', { value: +sp.value }));

  const box = $('live-sliders');
  for (const p of cat.live) {
    const d = document.createElement('div');
    d.className = 'slider';
    d.title = `${p.key}: ${p.help} [${p.unit}]`;
    d.innerHTML = `<label class="name" for="live-${p.key}"><span>${p.label} <small>(${p.key})</small></span><output id="live-${p.key}-value"></output></label>`;
    const input = document.createElement('input');
    Object.assign(input, { type: 'range', id: `live-${p.key}`, min: p.min, max: p.max, step: p.step });
    input.dataset.key = p.key;
    input.addEventListener('input', () => { $(`live-${p.key}-value`).textContent = formatLive(p, +input.value); markChanged(); });
    input.addEventListener('change', () => { if (setup) act('live', { key: p.key, value: +input.value }); });
    d.appendChild(input);
    box.appendChild(d);
  }
  resetSliders();
  const cbox = $('constants');
  for (const c of cat.constants) {
    const l = document.createElement('label');
    l.title = `${c.key}${c.symbol !== c.key ? ` (${c.symbol})` : ''}: ${c.help} [${c.unit}], range ${c.range}`;
    const name = document.createElement('span');
    name.textContent = c.key;
    const input = Object.assign(document.createElement('input'), { type: 'number', step: 'any', id: `model-${c.key}` });
    input.addEventListener('input', markConstants);
    l.append(name, input);
    cbox.appendChild(l);
  }
  $('constants-reset').addEventListener('click', resetConstants);
  resetConstants();

  $('seed').addEventListener('input', () => { $('seed-random').checked = $('seed').value === ''; });
  $('setup').addEventListener('click', () => {
    if ($('seed-random').checked || $('seed').value === '') $('seed').value = String(1 + Math.floor(Math.random() * 999999));
    act('setup', { scenario: $('scenario').value, seed: Number($('seed').value), live: setupLive(), model: setupModel() });
  });
  $('reset').addEventListener('click', () => act('reset'));
  $('step').addEventListener('click', () => act('step'));
  $('play').addEventListener('click', () => act($('play').dataset.playing === 'true' ? 'pause' : 'play'));
  $('upload').addEventListener('change', uploadFile);
  for (const id of ['info', 'downloads']) {
    $(`show-${id}`).addEventListener('click', () => {
      const d = $(id);
      d.open = !d.open;
      if (d.open) d.scrollIntoView({ block: 'nearest' });
    });
  }
  for (const id of ['map', 'chart-shares', 'chart-alliances', 'chart-cohesion']) {
    $(`png-${id.replace('chart-', '')}`).addEventListener('click', () => savePNG(id));
  }
  setRunning(false);
  const hint = el('text', { x: 300, y: 300, 'text-anchor': 'middle', class: 'hint' }, $('map'));
  hint.textContent = 'Pick a scenario, then press Setup';
  for (const id of ['chart-shares', 'chart-alliances', 'chart-cohesion']) hover($(id));
}

function pickedInfo() {
  const e = pickedEntry();
  return e && e.info;
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
    showInfo(r.info);
    resetSliders();
    resetConstants();
  } catch (e) {
    errs.textContent = `${file.name} cannot be used:\n${e.problems.join('\n')}`;
    errs.hidden = false;
  }
}

function setRunning(ready) {
  for (const id of ['step', 'play', 'reset']) $(id).disabled = !ready;
  $('live-when').textContent = ready ? '(take effect at the next tick)' : '(used at Setup)';
  for (const a of document.querySelectorAll('#csv-links a')) {
    if (ready && sid) a.href = `/api/sessions/${sid}/download/${a.dataset.file}`;
    else a.removeAttribute('href');
  }
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
  selected = null;
  colours = new Map();
  $('ticker').replaceChildren();
  $('title').textContent = `${f.scenario}: ${f.title}`;
  $('seed').value = f.seed;
  const last = f.startYear + Math.floor((f.ticks - 1) / f.ticksPerYear);
  $('setup-facts').textContent = `${f.nations.length} nations, ${f.startYear}–${last}, ${f.ticks} ticks, seed ${f.seed}`;
  for (const p of cat.live) showSlider(p, f.live[p.key]);
  markChanged();
  showInfo(f.info);
  buildMap();
  setRunning(true);
  showMonitor();
}

function onTick(f) {
  if (!setup || f.gen !== setup.gen) return;
  frames.push(f);
  assignColours(f);
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
    $('speed-value').textContent = `${s.speed}/s`;
  }
  if (!setup) return; // before Setup the sliders are the teacher's
  for (const p of cat.live) {
    const input = $(`live-${p.key}`);
    if (s.live[p.key] !== undefined && document.activeElement !== input) showSlider(p, s.live[p.key]);
  }
  markChanged();
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
  showMonitor();
}

// ---- the map ----

const MAP = { pad: 45, size: 510 };
const px = (n) => MAP.pad + n.x * MAP.size;
const py = (n) => MAP.pad + n.y * MAP.size;
const shortName = (n) => n.label.replace(/^the /, '');

function buildMap() {
  const svg = $('map');
  svg.replaceChildren();
  svg.dataset.links = 0;
  svg.dataset.flashes = 0;
  const ground = setup.geometry === 'geo' ? '#eef3f8' : '#f3f1ea';
  svg.style.background = ground; // the whole box, beyond the square
  el('rect', { x: 0, y: 0, width: 600, height: 600, fill: ground }, svg);
  for (const g of ['links', 'nodes', 'labels', 'flashes']) el('g', { id: `map-${g}` }, svg);
  labelFlip = [];
  setup.nations.forEach((n, i) => {
    const c = el('circle', { class: 'nation', cx: px(n), cy: py(n), r: 4, fill: GREY, 'data-id': n.id, 'data-i': i }, $('map-nodes'));
    const t = el('title', {}, c);
    t.textContent = n.name;
    c.addEventListener('click', () => select(i));
    const label = el('text', { class: 'label', x: px(n) + 7, y: Math.min(Math.max(py(n) + 4, 12), 596), 'data-i': i }, $('map-labels'));
    label.textContent = shortName(n);
    labelFlip.push(false);
  });
  placeLabels(0);
}

// placeLabels keeps every label inside the map: one that would run past
// the right edge is drawn left of its node, one past the left edge is
// pushed right. Widths are measured once, while every label shows.
function placeLabels(maxCap, f) {
  setup.nations.forEach((n, i) => {
    const label = $('map-labels').children[i];
    const r = f ? radius(f.cap[i], maxCap) : 4;
    if (label.dataset.w === undefined) label.dataset.w = label.getComputedTextLength() || 8 * shortName(n).length;
    const w = +label.dataset.w;
    let x = px(n) + r + 3;
    let anchor = 'start';
    if (x + w > 596) { x = px(n) - r - 3; anchor = 'end'; }
    if (anchor === 'end' && x - w < 4) { x = 4 + w; }
    label.setAttribute('x', x.toFixed(1));
    label.setAttribute('text-anchor', anchor);
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
  if (selected !== null) labelled.add(selected);
  setup.nations.forEach((n, i) => {
    const c = nodes[i];
    c.setAttribute('r', radius(f.cap[i], maxCap).toFixed(1));
    c.setAttribute('fill', colour(f.ally[i]));
    c.setAttribute('class', 'nation' + (f.active[i] ? '' : ' inactive') + (i === selected ? ' selected' : ''));
    c.dataset.alliance = f.ally[i];
    c.firstChild.textContent = `${n.name}: ${(f.share[i] * 100).toFixed(1)} % of GDP on defence (click for its figures)`;
    const label = $('map-labels').children[i];
    label.style.display = labelled.has(i) ? '' : 'none';
    label.classList.toggle('selected', i === selected);
  });
  placeLabels(maxCap, f);
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
  $('legend').replaceChildren(...[...seen].map(([num, name]) => swatchItem(colour(num), name)),
    swatchItem(GREY, 'in no alliance'),
    Object.assign(document.createElement('span'), { textContent: 'circle area: military capability', className: 'facts' }));
}

function swatchItem(c, text, kind) {
  const s = document.createElement('span');
  const sw = document.createElement('span');
  sw.className = `swatch ${kind || ''}`;
  sw.style.background = kind === 'dash' ? 'none' : c;
  s.append(sw, text);
  return s;
}

// ---- the monitor ----

function select(i) {
  selected = i;
  render();
  showMonitor();
}

const fmt = (v, d) => (Math.abs(v) >= 1e5 ? v.toExponential(2) : v.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d }));

function showMonitor() {
  const m = $('monitor');
  if (!setup || selected === null || frames.length === 0) {
    m.dataset.nation = '';
    m.innerHTML = '<span class="hint">Click a nation on the map or a line in the spending chart to see its figures.</span>';
    return;
  }
  const f = frames[frames.length - 1];
  const n = setup.nations[selected];
  const mine = f.alliances.filter((a) => !a.dissolved && a.members.includes(selected)).map((a) => a.name);
  m.dataset.nation = n.id;
  const close = document.createElement('button');
  close.textContent = '×';
  close.title = 'close';
  close.addEventListener('click', () => select(null));
  const who = Object.assign(document.createElement('span'), { className: 'who', textContent: `${n.name} (${n.id}), ${f.when}` });
  const dl = document.createElement('dl');
  const items = [
    ['GDP', `${fmt(f.gdp[selected], 0)} bn USD`, 'gdp'],
    ['defence', `${(f.share[selected] * 100).toFixed(2)} % of GDP`, 'share'],
    ['capability', `${fmt(f.cap[selected], 0)} bn USD`, 'cap'],
    ['perceived threat', fmt(f.threat[selected], 1), 'threat'],
    ['alliances', mine.length ? mine.join(', ') : 'none', 'alliances'],
  ];
  if (!f.active[selected]) items.push(['', 'not in the system now', 'inactive']);
  for (const [k, v, key] of items) {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v;
    dd.dataset.key = key;
    dl.append(dt, dd);
  }
  m.replaceChildren(close, who, dl);
}

// ---- charts ----

// niceTicks are round values from 0 to about max.
function niceTicks(max, count) {
  const raw = max / Math.max(count, 1);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * mag).find((s) => s >= raw) || 10 * mag;
  const out = [];
  for (let v = 0; out.length < 2 || out[out.length - 1] < max - step * 1e-9; v += step) out.push(+v.toFixed(10));
  return out;
}

const tickYear = (t) => setup.startYear + Math.max(t, 0) / setup.ticksPerYear;
const whenAt = (k) => frames[k].when;

// chart draws axes with ticks, the series, direct labels at the lines'
// ends, and keeps what hover needs on the element.
function chart(svg, o) {
  svg.replaceChildren();
  const [, , W, H] = svg.getAttribute('viewBox').split(' ').map(Number);
  const left = 30, right = o.labelRoom || 8, top = 6, bottom = 16;
  const x0 = left, x1 = W - right, y0 = H - bottom, y1 = top;
  const span = Math.max(setup.ticks - 1, 1);
  const sx = (t) => x0 + (x1 - x0) * Math.max(t, 0) / span;
  const yTicks = niceTicks(o.yMax, o.yCount || 4);
  const yMax = yTicks[yTicks.length - 1] || 1;
  const sy = (v) => y0 - (y0 - y1) * v / yMax;
  for (const v of yTicks) {
    el('line', { class: v === 0 ? 'axis' : 'grid', x1: x0, x2: x1, y1: sy(v), y2: sy(v) }, svg);
    el('text', { class: 'tick-label', x: x0 - 3, y: sy(v) + 3, 'text-anchor': 'end' }, svg).textContent = o.yFormat(v);
  }
  el('line', { class: 'axis', x1: x0, y1: y0, x2: x0, y2: y1 }, svg);
  const last = setup.startYear + Math.floor((setup.ticks - 1) / setup.ticksPerYear);
  const years = last - setup.startYear;
  const ystep = niceTicks(years, o.xCount || 5)[1] || 1;
  for (let y = Math.ceil(setup.startYear / ystep) * ystep; y <= last; y += ystep) {
    const t = (y - setup.startYear) * setup.ticksPerYear;
    el('line', { class: 'axis', x1: sx(t), x2: sx(t), y1: y0, y2: y0 + 3 }, svg);
    el('text', { class: 'tick-label', x: sx(t), y: H - 4, 'text-anchor': 'middle' }, svg).textContent = y;
  }
  for (const th of o.thresholds || []) {
    el('line', { class: 'threshold', x1: x0, x2: x1, y1: sy(th.v), y2: sy(th.v) }, svg);
    el('text', { class: 'tick-label', x: x0 + 3, y: sy(th.v) - 2 }, svg).textContent = th.label;
  }
  let points = 0;
  for (const s of o.series) {
    if (s.pts.length === 0) continue;
    const attrs = { points: s.pts.map(([k, v]) => `${sx(frames[k].tick).toFixed(1)},${sy(v).toFixed(1)}`).join(' '), stroke: s.colour, 'stroke-width': s.width || 1.4 };
    if (s.nation !== undefined) attrs['data-nation'] = setup.nations[s.nation].id;
    if (s.id) attrs['data-alliance'] = s.id;
    if (s.selected) attrs.class = 'selected';
    el('polyline', attrs, svg);
    points += s.pts.length;
  }
  // Direct labels at the ends, moved apart so they do not overlap.
  const labels = o.series.filter((s) => s.label && s.pts.length).map((s) => {
    const [k, v] = s.pts[s.pts.length - 1];
    return { s, x: sx(frames[k].tick) + 3, y: sy(v) + 3 };
  }).sort((a, b) => a.y - b.y);
  for (let k = 1; k < labels.length; k++) labels[k].y = Math.max(labels[k].y, labels[k - 1].y + 9);
  const over = labels.length ? labels[labels.length - 1].y - (H - 2) : 0;
  if (over > 0) for (const l of labels) l.y -= over;
  for (let k = 1; k < labels.length; k++) labels[k].y = Math.max(labels[k].y, labels[k - 1].y + 9);
  for (const l of labels) {
    const t = el('text', { class: 'end-label', x: l.x, y: l.y.toFixed(1), fill: l.s.selected ? '#000' : darker(l.s.colour) }, svg);
    t.textContent = l.s.label;
    if (l.s.selected) t.setAttribute('font-weight', 700);
  }
  const guide = el('line', { class: 'guide', x1: 0, x2: 0, y1: y0, y2: y1, visibility: 'hidden' }, svg);
  svg._chart = { sx, sy, span, x0, x1, guide, ...o };
  svg.dataset.points = points;
  svg.dataset.labels = labels.length;
  return { sx, sy };
}

// clip shortens a direct label to n characters.
const clip = (text, n) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

function darker(c) {
  if (!c.startsWith('#') || c.length !== 7) return c;
  const n = parseInt(c.slice(1), 16);
  const d = (v) => Math.round(v * 0.75).toString(16).padStart(2, '0');
  return `#${d(n >> 16)}${d((n >> 8) & 255)}${d(n & 255)}`;
}

// hover shows the values under the pointer; a click on the spending chart
// selects the nearest nation's line.
function hover(svg) {
  const tip = $('tip');
  const at = (e) => {
    const c = svg._chart;
    if (!c || !setup || frames.length === 0) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(svg.getScreenCTM().inverse());
    const t = (p.x - c.x0) / (c.x1 - c.x0) * c.span;
    let k = 0;
    for (let j = 0; j < frames.length; j++) if (Math.abs(Math.max(frames[j].tick, 0) - t) < Math.abs(Math.max(frames[k].tick, 0) - t)) k = j;
    const rows = [];
    for (const s of c.series) {
      const pt = s.pts.find(([j]) => j === k);
      if (pt) rows.push({ s, v: pt[1], d: Math.abs(c.sy(pt[1]) - p.y) });
    }
    return { c, k, rows, p };
  };
  svg.addEventListener('mousemove', (e) => {
    const h = at(e);
    if (!h) return;
    h.c.guide.setAttribute('x1', h.c.sx(frames[h.k].tick));
    h.c.guide.setAttribute('x2', h.c.sx(frames[h.k].tick));
    h.c.guide.setAttribute('visibility', 'visible');
    let rows = h.rows;
    if (h.c.nearest) rows = rows.sort((a, b) => a.d - b.d).slice(0, 1);
    tip.replaceChildren(Object.assign(document.createElement('div'), { textContent: whenAt(h.k) }),
      ...(rows.length ? rows : [null]).map((r) => {
        const d = document.createElement('div');
        if (!r) { d.textContent = 'no data'; return d; }
        d.append(swatchItem(r.s.colour, `${r.s.name}: `, 'line'));
        d.append(Object.assign(document.createElement('b'), { textContent: h.c.valueFormat(r.v) }));
        return d;
      }));
    tip.hidden = false;
    tip.style.left = `${Math.min(e.clientX + 12, window.innerWidth - tip.offsetWidth - 4)}px`;
    tip.style.top = `${Math.min(e.clientY + 12, window.innerHeight - tip.offsetHeight - 4)}px`;
  });
  svg.addEventListener('mouseleave', () => {
    tip.hidden = true;
    if (svg._chart) svg._chart.guide.setAttribute('visibility', 'hidden');
  });
  svg.addEventListener('click', (e) => {
    const h = at(e);
    if (!h || !h.c.nearest) return;
    const r = h.rows.sort((a, b) => a.d - b.d)[0];
    if (r && r.s.nation !== undefined) select(r.s.nation);
  });
}

function drawShares() {
  const svg = $('chart-shares');
  let max = 0.05;
  for (const f of frames) for (let i = 0; i < f.share.length; i++) if (f.active[i]) max = Math.max(max, f.share[i]);
  const last = frames[frames.length - 1];
  // Direct labels: the five largest economies, and the selected nation.
  const big = new Set(setup.nations.map((n, i) => i).filter((i) => last.active[i]).sort((a, b) => last.gdp[b] - last.gdp[a]).slice(0, 5));
  if (selected !== null) big.add(selected);
  const order = setup.nations.map((n, i) => i).sort((a, b) => ((last.ally[a] > 0) - (last.ally[b] > 0)) || (big.has(a) - big.has(b)) || ((a === selected) - (b === selected)));
  const series = order.map((i) => ({
    nation: i, name: setup.nations[i].name, colour: colour(last.ally[i]), width: last.ally[i] > 0 ? 1.4 : 1,
    label: big.has(i) ? clip(shortName(setup.nations[i]), 12) : '', selected: i === selected,
    pts: frames.map((f, k) => (f.active[i] ? [k, f.share[i] * 100] : null)).filter(Boolean),
  }));
  chart(svg, {
    yMax: max * 100, yFormat: (v) => `${v} %`, valueFormat: (v) => `${v.toFixed(2)} % of GDP`,
    series, nearest: true, labelRoom: 66,
  });
}

function drawAllianceCount() {
  const svg = $('chart-alliances');
  const max = Math.max(2, ...frames.map((f) => f.count));
  chart(svg, {
    yMax: max, yCount: Math.min(max, 4), yFormat: String, valueFormat: (v) => String(v), xCount: 3,
    series: [{ name: 'alliances', colour: '#223', width: 2, pts: frames.map((f, k) => [k, f.count]) }],
  });
  svg.dataset.last = frames[frames.length - 1].count;
}

function drawCohesion() {
  const svg = $('chart-cohesion');
  const series = new Map();
  frames.forEach((f, k) => {
    for (const a of f.alliances) {
      if (!series.has(a.id)) series.set(a.id, { id: a.id, name: a.name, colour: colour(a.number), pts: [] });
      series.get(a.id).pts.push([k, a.cohesion]);
    }
  });
  const last = frames[frames.length - 1];
  const live = new Set(last.alliances.filter((a) => !a.dissolved).map((a) => a.id));
  for (const s of series.values()) if (live.has(s.id)) s.label = clip(s.name.replace(/^the /, '').replace(/ alliance$/, ''), 9);
  chart(svg, {
    yMax: 1, yFormat: (v) => v.toFixed(1), valueFormat: (v) => v.toFixed(2), xCount: 3, labelRoom: 50,
    thresholds: [{ v: setup.strain, label: 'strain' }, { v: setup.dissolve, label: 'dissolution' }],
    series: [...series.values()],
  });
}

function drawTable(f) {
  const rows = f.alliances.filter((a) => !a.dissolved).map((a) => {
    const tr = document.createElement('tr');
    tr.dataset.alliance = a.id;
    const names = a.members.map((m) => shortName(setup.nations[m]));
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

// ---- pictures ----

// STYLED are the properties a picture copies from the page's style sheet,
// which an SVG drawn on its own does not have.
const STYLED = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-family', 'font-weight', 'paint-order', 'display', 'visibility'];

// png draws one of the page's SVGs on a canvas, twice its size, on white.
function png(id) {
  const svg = $(id);
  const [, , W, H] = svg.getAttribute('viewBox').split(' ').map(Number);
  const copy = svg.cloneNode(true);
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((e, k) => {
    const cs = getComputedStyle(e);
    for (const p of STYLED) to[k].style.setProperty(p, cs.getPropertyValue(p));
    to[k].style.removeProperty('animation');
    to[k].style.removeProperty('transition');
  });
  for (const g of copy.querySelectorAll('.guide, .flash')) g.remove();
  copy.setAttribute('xmlns', SVGNS);
  copy.setAttribute('width', W * 2);
  copy.setAttribute('height', H * 2);
  const data = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(copy));
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const c = document.createElement('canvas');
      c.width = W * 2;
      c.height = H * 2;
      const g = c.getContext('2d');
      g.fillStyle = '#fff';
      g.fillRect(0, 0, c.width, c.height);
      g.drawImage(img, 0, 0, c.width, c.height);
      resolve(c.toDataURL('image/png'));
    };
    img.onerror = () => reject(new Error('the picture could not be drawn'));
    img.src = data;
  });
}

async function savePNG(id) {
  try {
    const url = await png(id);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${setup ? `${setup.scenario}-seed${setup.seed}-` : ''}${id.replace('chart-', '')}${frames.length ? `-${frames[frames.length - 1].when}` : ''}.png`.replace(/[^A-Za-z0-9._-]/g, '_');
    document.body.appendChild(a);
    a.click();
    a.remove();
  } catch (e) {
    message(e.message);
  }
}

window.entente = { png }; // for the browser test

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
