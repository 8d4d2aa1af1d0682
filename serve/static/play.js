// A student's page: join with the code and a name, then, round by round,
// see the nation's figures and options (with the model's reading of
// each) and send a decision, which may be changed until the round closes.
// The token stays in this tab's sessionStorage; a student who loses it
// joins again with the same code and name and gets the same nation.
'use strict';
(() => {
  const { $, pct, el, clockText } = classKit;
  const num = v => v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(1);
  let token = sessionStorage.getItem('entente-token');
  let version = -1;
  let view = null;
  let formRound = null; // the round the form was drawn for
  let formKey = null;   // … and the decision it showed
  let touched = false;  // the student has changed the form since it was drawn

  const api = classKit.api(() => token);

  const params = new URLSearchParams(location.search);
  $('code').value = params.get('code') || sessionStorage.getItem('entente-code') || '';
  $('name').value = sessionStorage.getItem('entente-name') || '';

  $('join').addEventListener('submit', async ev => {
    ev.preventDefault();
    $('join-error').hidden = true;
    try {
      token = null;
      const j = await api('POST', '/api/join', { code: $('code').value, name: $('name').value, nation: $('pick').value });
      token = j.token;
      sessionStorage.setItem('entente-token', token);
      sessionStorage.setItem('entente-code', $('code').value);
      sessionStorage.setItem('entente-name', j.name);
      start();
    } catch (e) {
      $('join-error').textContent = e.message;
      $('join-error').hidden = false;
    }
  });

  // Once a code of the right length is typed, the class's nations to
  // pick from (or be given one).
  async function loadNations() {
    const code = $('code').value.trim();
    if (code.length !== 6) return;
    try {
      const info = await api('GET', '/api/join?code=' + encodeURIComponent(code));
      $('pick').replaceChildren(el('option', { value: '', textContent: 'give me one' }),
        ...info.nations.map(n => el('option', { value: n.id, textContent: n.name + (n.students ? ' (' + n.students + ' playing)' : '') })));
      $('pick-row').hidden = false;
    } catch (e) {
      $('pick-row').hidden = true;
    }
  }
  $('code').addEventListener('change', loadNations);
  if (!token) loadNations();

  function start() {
    $('join').hidden = true;
    $('game').hidden = false;
    poll();
    setInterval(drawClock, 250);
  }

  async function poll() {
    for (;;) {
      try {
        view = await api('GET', '/api/play?since=' + version);
        view.received = performance.now();
        version = view.version;
        draw();
      } catch (e) {
        if (e.status === 403 || e.status === 410) { // the token is gone: join again
          sessionStorage.removeItem('entente-token');
          token = null;
          $('game').hidden = true;
          $('join').hidden = false;
          $('join-error').textContent = e.message;
          $('join-error').hidden = false;
          return;
        }
        await new Promise(r => setTimeout(r, 2000));
      }
    }
  }

  function drawClock() {
    if (view) $('clock').textContent = clockText(view, 'waiting', '');
  }

  function draw() {
    const v = view, n = v.nation;
    document.body.dataset.state = v.state;
    document.body.dataset.round = v.round;
    $('nation-name').textContent = n.name;
    $('year').textContent = v.year;
    $('team').textContent = v.team.length > 1 ? '(team: ' + v.team.join(', ') + ')' : '(' + v.name + ')';
    $('status').textContent = {
      lobby: 'Waiting for the teacher to start round 1. You may decide already.',
      open: 'Round ' + v.round + ' (' + v.year + ') is open: decide before it closes.',
      paused: 'The teacher has paused round ' + v.round + '.',
      ended: 'The class has ended. Look at the screen for the debrief.',
    }[v.state];
    const fig = [
      ['Economy (GDP)', num(n.gdp) + ' bn USD'], ['Public debt', pct(n.debt) + ' of GDP'],
      ['Defence spending', pct(n.share) + ' of GDP (' + num(n.budget) + ' bn)'],
      ['Fiscal pressure', pct(n.pressure)], ['Threat / security', n.ratio.toFixed(2) + (n.ratio > 1 ? ' (more threat than security)' : '')],
    ];
    $('figures').replaceChildren(...fig.flatMap(([k, val]) => [el('dt', { textContent: k }), el('dd', { textContent: val })]));
    $('threat').textContent = v.threats.length ? 'From ' + v.threats.map(t => t.name + ' (' + Math.round(100 * t.part) + ' %)').join(', ') : 'No one threatens you.';
    $('allies').replaceChildren(...(v.alliances.length ? v.alliances.map(a => el('p', {},
      el('strong', { textContent: a.name }), ' asks ' + pct(a.target) + ' of GDP; cohesion ' + a.cohesion.toFixed(2) + '. Members spend: ' +
      a.members.map(m => m.name + ' ' + pct(m.share)).join(', '))) : [el('p', { textContent: 'You are in no alliance.' })]));
    $('ticker').replaceChildren(...v.ticker.slice().reverse().map(l => el('li', { textContent: l.text })));
    drawLast(v.last);
    drawForm(v);
    drawClock();
  }

  function drawLast(l) {
    if (!l) return;
    if (l.absent) {
      $('last').replaceChildren(el('h3', { textContent: l.year }), el('p', { textContent: 'Your nation was not yet in the world.' }));
      return;
    }
    const lines = [
      l.decided ? 'You decided: ' + l.decision + (l.by ? ' (' + l.by + ')' : '') + '.' : 'Nobody decided for you: the model\'s rules did.',
      'Spending set to ' + pct(l.share) + '; the model\'s rule would have set ' + pct(l.rule_share) + '.',
      'What happened: ' + (l.done.length ? l.done.join('; ') : 'no change of alliances') + '.',
      'The model\'s rules would have: ' + (l.rule.length ? l.rule.join('; ') : 'made no move') + '.',
    ];
    $('last').replaceChildren(el('h3', { textContent: l.year }), ...lines.map(t => el('p', { textContent: t })));
  }

  function drawForm(v) {
    const ended = v.state === 'ended';
    $('send').disabled = ended;
    $('share').disabled = ended;
    if (v.decision) {
      $('sent').textContent = 'Decision sent' + (v.decision.by ? ' by ' + v.decision.by : '') + ': ' + v.decision.text + '. You can change it until the round closes.';
    } else {
      $('sent').textContent = ended ? '' : 'No decision sent yet: if none is, the model\'s rules decide for your nation.';
    }
    $('round-label').textContent = ended ? '' : '(' + v.year + ')';
    // Redraw the form for a new round, or when a team-mate's decision
    // changed it, unless this student is choosing.
    const key = v.round + '|' + (v.decision ? v.decision.by + ':' + v.decision.text : '');
    if (formKey === key || (touched && formRound === v.round)) return;
    formKey = key;
    formRound = v.round;
    touched = false;
    const s = $('share');
    s.min = v.min; s.max = v.max;
    s.value = v.decision && v.decision.share != null ? v.decision.share : v.nation.share;
    showShare();
    $('aid-row').hidden = v.alliances.length === 0; // aid goes to allies
    $('aid').value = v.decision && v.decision.aid != null ? v.decision.aid : v.aid;
    $('aid').dataset.rule = v.aid;
    showAid();
    $('share-bounds').textContent = 'Between ' + pct(v.min) + ' and ' + pct(v.max) + '. Now ' + pct(v.nation.share) + '.';
    const chosen = v.decision ? v.decision.action + ' ' + (v.decision.target || '') : 'stay ';
    $('moves').replaceChildren(...v.moves.map((m, k) => {
      const input = el('input', { type: 'radio', name: 'move', value: k, checked: (m.action + ' ' + m.target) === chosen });
      input.dataset.action = m.action;
      input.dataset.target = m.target;
      const label = el('label', { className: 'move' }, input, m.label);
      if (m.rule) label.append(el('span', { className: 'rule-tag', textContent: 'the model would choose this' }));
      if (m.action !== 'stay') {
        label.append(el('span', { className: 'reading', textContent: 'security gain ' + m.security.toFixed(2) + ', cost ' + m.cost.toFixed(2) +
          ', value ' + m.value.toFixed(2) + (m.ask ? '; asks ' + pct(m.ask) + ' of GDP' : '') }));
      }
      return label;
    }));
    if (v.waiting) $('moves').append(el('p', { className: 'hint', textContent: 'You joined or founded a pact less than a year ago: you may not join or found another yet.' }));
  }

  function showShare() { $('share-value').textContent = pct(+$('share').value); }
  function showAid() { $('aid-value').textContent = pct(+$('aid').value); }
  $('share').addEventListener('input', () => { touched = true; showShare(); });
  $('aid').addEventListener('input', () => { touched = true; showAid(); });
  $('moves').addEventListener('change', () => { touched = true; });

  $('decide').addEventListener('submit', async ev => {
    ev.preventDefault();
    $('decide-error').hidden = true;
    const m = document.querySelector('#moves input:checked');
    const body = { share: +$('share').value, round: view.round };
    if (m) { body.action = m.dataset.action; if (m.dataset.target) body.target = m.dataset.target; }
    if (!$('aid-row').hidden && +$('aid').value !== +$('aid').dataset.rule) body.aid = +$('aid').value;
    try {
      await api('POST', '/api/play', body);
      touched = false;
    } catch (e) {
      $('decide-error').textContent = e.message;
      $('decide-error').hidden = false;
    }
  });

  if (token) start();
})();
