// What the teacher's page (class.js) and the student's (play.js) share:
// element lookup and building, percentages, the JSON API with the page's
// bearer token, and the round's clock.
'use strict';
const classKit = (() => {
  const $ = id => document.getElementById(id);
  const pct = v => (100 * v).toFixed(1) + ' %';
  const el = (tag, props, ...children) => {
    const e = document.createElement(tag);
    Object.assign(e, props || {});
    for (const c of children) e.append(c);
    return e;
  };

  // api calls the class API with the token token() gives (none: no
  // header); a failure throws an Error with the server's message and the
  // HTTP status.
  const api = token => async (method, path, body) => {
    const t = token();
    const r = await fetch(path, {
      method, headers: Object.assign({ 'Content-Type': 'application/json' }, t ? { Authorization: 'Bearer ' + t } : {}),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) {
      let msg = r.status + ' ' + r.statusText;
      try { msg = (await r.json()).error; } catch (e) { /* not JSON */ }
      const err = new Error(msg);
      err.status = r.status;
      throw err;
    }
    return r.status === 204 ? null : r.json();
  };

  // clockText is the round's clock: the seconds left, counted down since
  // the view was received while the round is open; lobby and unbounded
  // say what a page shows before the first round and when the round waits
  // for every decision.
  const clockText = (view, lobby, unbounded) => {
    if (view.state === 'ended') return 'ended';
    if (view.state === 'lobby' && lobby !== undefined) return lobby;
    if (view.left < 0) return unbounded;
    const left = view.state === 'open' ? Math.max(0, view.left - (performance.now() - view.received) / 1000) : view.left;
    return (view.state === 'paused' ? 'paused ' : '') + Math.ceil(left) + ' s';
  };

  return { $, pct, el, api, clockText };
})();
