// The teacher's page of a class: start it, show the code and QR code,
// run the rounds (Start/Next, Pause, End), see who has decided, and at
// the end the debrief and the downloads. The teacher's token stays in
// this page (and its tab's sessionStorage, for a reload); every request
// carries it in a header, never in a URL.
'use strict';
(() => {
  const $ = id => document.getElementById(id);
  const pct = v => (100 * v).toFixed(1) + ' %';
  let cls = null; // {id, token, code, join, qr}
  let version = -1;
  let view = null;
  let clockTimer = null;

  const el = (tag, props, ...children) => {
    const e = document.createElement(tag);
    Object.assign(e, props || {});
    for (const c of children) e.append(c);
    return e;
  };

  async function api(method, path, body) {
    const r = await fetch(path, {
      method, headers: Object.assign({ 'Content-Type': 'application/json' }, cls ? { Authorization: 'Bearer ' + cls.token } : {}),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) {
      let msg = r.status + ' ' + r.statusText;
      try { msg = (await r.json()).error; } catch (e) { /* not JSON */ }
      throw new Error(msg);
    }
    return r.status === 204 ? null : r.json();
  }

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
    let text = '';
    if (view.state === 'ended') text = 'ended';
    else if (view.left < 0) text = view.state === 'lobby' ? '' : 'until all decide';
    else {
      const left = view.state === 'open' ? Math.max(0, view.left - (performance.now() - view.received) / 1000) : view.left;
      text = (view.state === 'paused' ? 'paused ' : '') + Math.ceil(left) + ' s';
    }
    $('clock').textContent = text;
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
    drawClock();
    if (v.debrief) drawDebrief(v.debrief);
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
