// The teacher's page of a class: start it, show the code and QR code,
// run the rounds (Start/Next, Pause, End), see who has decided, and at
// the end the debrief and the downloads. The teacher's token stays in
// this page (and its tab's sessionStorage, for a reload); every request
// carries it in a header, never in a URL.
'use strict';
(() => {
  const { $, pct, el, clockText } = classKit;
  let cls = null; // {id, token, code, join, qr}
  let version = -1;
  let view = null;
  let clockTimer = null;

  const api = classKit.api(() => cls && cls.token);

  async function loadCatalogue() {
    const cat = await api('GET', '/api/catalogue');
    const sel = $('scenario');
    for (const s of cat.scenarios) sel.append(el('option', { value: s.name, textContent: s.name + ': ' + s.title }));
    const pick = () => {
      const s = cat.scenarios.find(x => x.name === sel.value);
      $('seed').value = s.seed;
      const box = $('nations');
      box.replaceChildren();
      s.nations.forEach((n, k) => {
        box.append(el('label', {}, el('input', { type: 'checkbox', value: n.id, checked: k < 3, name: 'nation' }), ' ' + n.name));
      });
    };
    sel.value = cat.scenarios.some(s => s.name === 'classroom-balance') ? 'classroom-balance' : cat.default;
    sel.addEventListener('change', pick);
    pick();
  }

  $('setup').addEventListener('submit', async ev => {
    ev.preventDefault();
    $('setup-error').hidden = true;
    const nations = [...document.querySelectorAll('#nations input:checked')].map(i => i.value);
    try {
      cls = await api('POST', '/api/classes', {
        scenario: $('scenario').value, seed: $('seed').value === '' ? null : +$('seed').value,
        nations, round: +$('round').value,
      });
      sessionStorage.setItem('entente-class', JSON.stringify(cls));
      enterRoom();
    } catch (e) {
      cls = null;
      $('setup-error').textContent = e.message;
      $('setup-error').hidden = false;
    }
  });

  function enterRoom() {
    $('setup').hidden = true;
    $('room').hidden = false;
    $('code').textContent = cls.code;
    $('join-url').textContent = cls.join;
    $('qr').innerHTML = cls.qr; // an SVG this server drew (qr.go)
    const files = ['nations.csv', 'alliances.csv', 'events.csv', 'world.csv', 'memberships.csv', 'decisions.jsonl'];
    $('downloads').replaceChildren(...files.map(f => {
      const b = el('button', { textContent: f, className: 'small' });
      b.dataset.file = f;
      b.addEventListener('click', () => download(f));
      return b;
    }));
    poll();
    clockTimer = setInterval(drawClock, 250);
  }

  // download fetches a file with the token and saves it.
  async function download(file) {
    const r = await fetch('/api/classes/' + cls.id + '/download/' + file, { headers: { Authorization: 'Bearer ' + cls.token } });
    const blob = await r.blob();
    const a = el('a', { href: URL.createObjectURL(blob), download: file });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }
  window.classDownload = async file => { // for tests: the file's text
    const r = await fetch('/api/classes/' + cls.id + '/download/' + file, { headers: { Authorization: 'Bearer ' + cls.token } });
    return r.text();
  };

  async function poll() {
    for (;;) {
      try {
        view = await api('GET', '/api/classes/' + cls.id + '?since=' + version);
        view.received = performance.now();
        version = view.version;
        draw();
      } catch (e) {
        $('room-error').textContent = e.message;
        $('room-error').hidden = false;
        if (/no such class/.test(e.message)) { // closed, or reclaimed: start again
          sessionStorage.removeItem('entente-class');
          setTimeout(() => location.reload(), 3000);
          return;
        }
        await new Promise(r => setTimeout(r, 2000));
      }
    }
  }

  function drawClock() {
    if (!view) return;
    $('clock').textContent = view.left < 0 && view.state === 'lobby' ? '' : clockText(view, undefined, 'until all decide');
  }

  function draw() {
    const v = view;
    $('title').textContent = v.title;
    $('year').textContent = v.year;
    document.body.dataset.state = v.state;
    document.body.dataset.round = v.round;
    $('student-count').textContent = v.students;
    $('round-label').textContent = v.state === 'ended' ? '(ended after ' + v.round + ' rounds)' : v.state === 'lobby' ? '(before round 1)' : '(round ' + v.round + ', ' + v.year + ')';
    $('next').textContent = v.state === 'lobby' ? 'Start round 1' : 'Next round';
    $('next').disabled = v.state === 'ended';
    $('pause').disabled = v.state !== 'open' && v.state !== 'paused';
    $('pause').textContent = v.state === 'paused' ? 'Resume' : 'Pause';
    $('end').disabled = v.state === 'ended';
    const body = $('decisions').tBodies[0];
    body.replaceChildren(...v.nations.map(n => {
      const tr = el('tr', { className: n.decided ? 'decided' : 'waiting' },
        el('td', { textContent: n.name }), el('td', { textContent: n.students.join(', ') || '—' }),
        el('td', { textContent: pct(n.share) }), el('td', { textContent: n.allies.join(', ') || 'none' }),
        el('td', { textContent: n.decided ? n.decision + ' (' + n.by + ')' : (v.state === 'ended' ? '' : 'not yet') }));
      tr.dataset.nation = n.id;
      return tr;
    }));
    $('alliances').replaceChildren(...(v.alliances.length ? v.alliances.map(a => el('li', {},
      el('strong', { textContent: a.name }), ': ' + a.members.map(m => m.name + (m.student ? ' ★' : '') + ' ' + pct(m.share)).join(', '))) :
      [el('li', { textContent: 'none yet' })]));
    $('ticker').replaceChildren(...v.ticker.slice().reverse().map(l => el('li', { textContent: l.text })));
    drawMap(v.map);
    drawPaths(v.paths);
    drawClock();
    if (v.debrief) drawDebrief(v.debrief);
  }

  // Okabe–Ito, as the run's figures colour alliances (A1, A2, …).
  const palette = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'];
  const svgEl = (tag, attrs) => {
    const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  };

  // drawMap: the nations where they are, sized by their forces, coloured
  // by alliance (grey: none); the students' nations ringed and named.
  function drawMap(nations) {
    const svg = $('map');
    const capMax = Math.max(...nations.map(n => n.cap), 1);
    const active = nations.filter(n => n.active);
    const circles = active.map(n => {
      const c = svgEl('circle', { cx: 100 * n.x, cy: 100 * n.y, r: 1.5 + 5 * Math.sqrt(n.cap / capMax),
        fill: n.ally ? palette[(n.ally - 1) % palette.length] : '#bbb', class: 'nation' + (n.student ? ' student' : '') });
      c.dataset.id = n.id;
      c.append(svgEl('title'));
      c.firstChild.textContent = n.name;
      return c;
    });
    const labels = active.filter(n => n.student).map(n => { // above every circle
      const t = svgEl('text', { x: 100 * n.x + 4, y: 100 * n.y + 1.2 });
      t.textContent = n.name;
      return t;
    });
    svg.replaceChildren(...circles, ...labels);
  }

  // drawPaths: each students' nation's share over the rounds, in the
  // class (solid) and in the model's own run (dashed).
  function drawPaths(paths) {
    const svg = $('paths');
    const rounds = Math.max(...paths.map(p => p.class.length), 1);
    const top = Math.max(0.05, ...paths.flatMap(p => p.class.concat(p.model)));
    const x = k => 40 + 300 * (rounds === 1 ? 0.5 : k / (rounds - 1)), y = v => 165 - 150 * v / top;
    const kids = [];
    for (const v of [0, top / 2, top]) {
      kids.push(svgEl('line', { x1: 40, x2: 340, y1: y(v), y2: y(v), stroke: '#ddd' }));
      const t = svgEl('text', { x: 2, y: y(v) + 3 });
      t.textContent = (100 * v).toFixed(1) + ' %';
      kids.push(t);
    }
    paths.forEach((p, k) => {
      const colour = palette[k % palette.length];
      for (const [series, dash] of [[p.class, ''], [p.model, '4 3']]) {
        if (!series.length) continue;
        kids.push(svgEl('polyline', { points: series.map((v, r) => x(r) + ',' + y(v)).join(' '), fill: 'none', stroke: colour, 'stroke-width': 2, 'stroke-dasharray': dash }));
      }
      if (p.class.length) {
        const t = svgEl('text', { x: 344, y: y(p.class[p.class.length - 1]) + 3, fill: colour });
        t.textContent = p.name;
        kids.push(t);
      }
    });
    svg.replaceChildren(...kids);
    svg.dataset.rounds = paths.length ? paths[0].class.length : 0;
  }

  function drawDebrief(d) {
    $('debrief').hidden = false;
    $('debrief-nations').replaceChildren(...d.nations.map(n => {
      const rows = n.rounds.map(r => el('tr', {},
        el('td', { textContent: r.year }),
        el('td', { textContent: r.decided ? r.decision + (r.by ? ' (' + r.by + ')' : '') : 'nobody decided: the rules' }),
        el('td', { textContent: pct(r.share) + ' / ' + pct(r.rule_share) }),
        el('td', { textContent: r.done.join('; ') || '—' }),
        el('td', { textContent: r.rule.join('; ') || 'no move' })));
      const end = (f, who) => el('tr', {}, el('td', { textContent: who }), el('td', { textContent: pct(f.share) }),
        el('td', { textContent: f.ratio.toFixed(2) }), el('td', { textContent: pct(f.debt) }), el('td', { textContent: f.allies.join(', ') || 'none' }));
      const box = el('div', { className: 'debrief-nation' },
        el('h3', { textContent: n.name + ' (' + (n.students.join(', ') || 'no students') + '): ' + n.agreed + ' of ' + n.decided + ' decided rounds as the rules would' }),
        el('table', {}, el('thead', {}, el('tr', {}, ...['round', 'the class decided', 'share: class / rules', 'what happened', 'the rules would have'].map(h => el('th', { textContent: h })))), el('tbody', {}, ...rows)),
        el('table', {}, el('thead', {}, el('tr', {}, ...['at the end', 'share', 'threat ratio', 'debt', 'allies'].map(h => el('th', { textContent: h })))),
          el('tbody', {}, end(n.class, 'the class\'s ' + n.name), end(n.model, n.name + ' in the model\'s own run'))));
      box.dataset.nation = n.id;
      return box;
    }));
    $('debrief-rounds').tBodies[0].replaceChildren(...d.rounds.map(r => el('tr', {},
      el('td', { textContent: r.year }), el('td', { textContent: r.decided }), el('td', { textContent: r.undecided }),
      el('td', { textContent: r.agreed }), el('td', { textContent: r.blocked }))));
  }

  const act = action => async () => {
    $('room-error').hidden = true;
    try { await api('POST', '/api/classes/' + cls.id + '/' + action); } catch (e) {
      $('room-error').textContent = e.message;
      $('room-error').hidden = false;
    }
  };
  $('next').addEventListener('click', act('next'));
  $('pause').addEventListener('click', act('pause'));
  $('end').addEventListener('click', act('end'));
  $('close').addEventListener('click', async () => {
    await act('close')();
    sessionStorage.removeItem('entente-class');
    location.reload();
  });

  const saved = sessionStorage.getItem('entente-class');
  if (saved) {
    cls = JSON.parse(saved);
    enterRoom();
  } else {
    loadCatalogue().catch(e => { $('setup-error').textContent = e.message; $('setup-error').hidden = false; });
  }
})();
