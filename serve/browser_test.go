package serve

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// findBrowser returns a Chromium to drive, or skips the test; with
// ENTENTE_REQUIRE_BROWSER=1 (CI) a missing browser fails it instead, so CI
// cannot pass by skipping.
func findBrowser(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("ENTENTE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("ENTENTE_REQUIRE_BROWSER") == "1" {
		t.Fatal("no Chromium found (apt-get install chromium) and ENTENTE_REQUIRE_BROWSER=1")
	}
	t.Skip("no Chromium found: install Debian's chromium to run the browser test")
	return ""
}

// artifactDir is where screenshots go: $ENTENTE_ARTIFACTS, else
// _artifacts/browser at the repository's root (ignored by git).
func artifactDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("ENTENTE_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", "_artifacts", "browser")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(dir)
	return abs
}

const badScenario = `[scenario]
name = "bad-world"
start_year = 1950
end_year = 1960
colour = "red"

[[nation]]
id = "AAA"
gdp = -5
share = 0.02
`

// TestBrowser drives the page in headless Chromium as a teacher would:
// pick the Cold War, Setup, Play, wait for an alliance, check that the
// ticker, the map and the charts show it, move a live slider and see the
// engine take it at the next tick, upload a broken scenario and see the
// loader's messages, and see a failure of the simulation (an injected
// panic) end the session with its reason on the page. Every wait polls a condition on the page, with a
// generous deadline: nothing depends on how fast the machine is.
func TestBrowser(t *testing.T) {
	browser := findBrowser(t)
	shots := artifactDir(t)

	srv := New(Options{Speed: 4})
	var failing atomic.Bool // armed at the end: the next step panics
	srv.testPanic = func(_, where string) {
		if where == "step" && failing.Load() {
			panic("injected for the browser test")
		}
	}
	ts := httptest.NewServer(srv)
	// Cleanups run last-in first-out: the browser goes first (it holds a
	// stream open), then the sessions, then the HTTP server.
	t.Cleanup(ts.Close)
	t.Cleanup(srv.Close)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1366, 768),
		chromedp.Flag("disable-component-update", true),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancelBrowser()

	poll := func(what, expr string) {
		t.Helper()
		if _, err := chromedp.Run(bctx, chromedp.Poll[chromedp.Void](expr,
			chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(90*time.Second))); err != nil {
			t.Fatalf("waiting for %s (%s): %v", what, expr, err)
		}
	}
	eval := func(expr string) {
		t.Helper()
		if _, err := chromedp.Run(bctx, chromedp.Evaluate[chromedp.Void](expr)); err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
	}
	text := func(expr string) string {
		t.Helper()
		s, err := chromedp.Run(bctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return s
	}
	click := func(id string) {
		t.Helper()
		if err := chromedp.Do(bctx, chromedp.Click(chromedp.ID(id))); err != nil {
			t.Fatalf("click %s: %v", id, err)
		}
	}
	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		path := filepath.Join(shots, name)
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", path)
	}
	byID := func(id string) string { return "document.getElementById('" + id + "')" }

	// Load the page at a projector's size: a session, a live stream, the
	// controls.
	if err := chromedp.Do(bctx, chromedp.EmulateViewport(1366, 768), chromedp.Navigate(ts.URL), chromedp.WaitVisible(chromedp.ID("setup"))); err != nil {
		t.Fatalf("load the page: %v", err)
	}
	poll("the stream", byID("connection")+".textContent === 'live'")

	// Pick the Cold War: its Info panel appears.
	eval(byID("scenario") + ".value = 'cold-war'; " + byID("scenario") + ".dispatchEvent(new Event('change'))")
	poll("the Info panel", byID("info-what")+".textContent.includes('Thirty-three states')")
	shot("01-page-loaded.png")

	// The sliders work before Setup; typing a seed turns off the new seed
	// at each Setup.
	if text(byID("live-k")+".disabled ? 'disabled' : 'enabled'") != "enabled" {
		t.Error("the sliders are disabled before Setup")
	}
	eval("{ const s = " + byID("seed") + "; s.value = '1'; s.dispatchEvent(new Event('input')); }")
	poll("the random seed turned off", "!"+byID("seed-random")+".checked")

	// Setup, then Play until an alliance forms.
	click("setup")
	poll("the setup", byID("setup-facts")+".textContent.startsWith('33 nations') && "+byID("setup-facts")+".textContent.endsWith('seed 1')")
	click("play")
	poll("an alliance to form", byID("ticker")+".textContent.includes('form an alliance against')")
	poll("the map's alliance links", "+"+byID("map")+".dataset.links > 0")
	poll("a flash on the map", "+"+byID("map")+".dataset.flashes > 0")
	poll("coloured nodes", "[...document.querySelectorAll('#map .nation')].some(c => +c.dataset.alliance > 0)")
	poll("the alliance chart", "+"+byID("chart-alliances")+".dataset.last >= 1")
	poll("the cohesion chart", "+"+byID("chart-cohesion")+".dataset.points > 0")
	poll("the defence-share chart", "+"+byID("chart-shares")+".dataset.points > 0")
	poll("a few years of play", "+"+byID("chart-alliances")+".dataset.points >= 8")
	shot("02-alliance-formed.png")

	// At 1366×768 the map, the spending chart and the ticker are all in
	// the window, and the page does not scroll.
	for _, id := range []string{"map", "chart-shares", "chart-alliances", "chart-cohesion", "ticker", "legend", "monitor"} {
		box := text("(() => { const r = " + byID(id) + ".getBoundingClientRect(); " +
			"return r.width > 50 && r.height > 20 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth ? 'in' : " +
			"`out: ${r.left},${r.top},${r.right},${r.bottom} in ${innerWidth}x${innerHeight}`; })()")
		if box != "in" {
			t.Errorf("#%s is not within the 1366×768 window: %s", id, box)
		}
	}
	if s := text("`${document.scrollingElement.scrollHeight}x${document.scrollingElement.scrollWidth} for ${innerHeight}x${innerWidth}`"); s != "768x1366 for 768x1366" {
		t.Errorf("the page scrolls at 1366×768: %s", s)
	}
	// Info opens from the header, in the controls' column, without
	// scrolling the page.
	click("show-info")
	poll("the Info panel open and in view", byID("info")+".open && "+byID("info")+".getBoundingClientRect().top < innerHeight - 40 && "+
		"document.scrollingElement.scrollHeight === innerHeight && "+byID("info-how")+".getBoundingClientRect().width > 100")
	shot("02a-info.png")
	click("show-info")
	poll("the Info panel closed", "!"+byID("info")+".open")

	// Every chart has y ticks and a legend or direct labels; the map has
	// its legend; no map label runs past the map's edge.
	for _, id := range []string{"chart-shares", "chart-alliances", "chart-cohesion"} {
		if n := text("String(" + byID(id) + ".querySelectorAll('.tick-label').length)"); len(n) == 1 && n < "4" {
			t.Errorf("#%s has %s tick labels, want axis ticks on both axes", id, n)
		}
	}
	poll("direct labels on the spending chart", "+"+byID("chart-shares")+".dataset.labels >= 3")
	poll("direct labels on the cohesion chart", "+"+byID("chart-cohesion")+".dataset.labels >= 1")
	poll("the map's legend", byID("legend")+".textContent.includes('in no alliance')")
	if s := text("[...document.querySelectorAll('#map .label')].filter(l => l.style.display !== 'none').map(l => { const b = l.getBBox(); " +
		"return b.x >= 0 && b.x + b.width <= 600 && b.y >= 0 && b.y + b.height <= 600 ? '' : l.textContent + ' '; }).join('')"); s != "" {
		t.Errorf("map labels cut at the edge: %s", s)
	}

	// Hover on the spending chart shows a value; a click on a nation on
	// the map, then on a line of the chart, shows its figures.
	eval(`(() => { const svg = document.getElementById('chart-shares'); const r = svg.getBoundingClientRect();
		svg.dispatchEvent(new MouseEvent('mousemove', { clientX: r.left + r.width * 0.5, clientY: r.top + r.height * 0.5, bubbles: true })); })()`)
	poll("the hover's values", "!"+byID("tip")+".hidden && "+byID("tip")+".textContent.includes('% of GDP')")
	eval("document.querySelector('#map .nation[data-id=\"RUS\"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))")
	poll("the monitor for the USSR", byID("monitor")+".dataset.nation === 'RUS' && "+byID("monitor")+".textContent.includes('bn USD') && "+byID("monitor")+".textContent.includes('% of GDP')")
	// The click goes to the USA's point farthest from every other line at
	// its year: the run is still playing, and at its last point another
	// state's line may lie on the USA's (a click there picks either).
	eval(`(() => { const svg = document.getElementById('chart-shares');
		const parse = (l) => l.getAttribute('points').trim().split(' ').map((q) => q.split(',').map(Number));
		const usa = parse(svg.querySelector('polyline[data-nation="USA"]'));
		const others = [...svg.querySelectorAll('polyline[data-nation]')].filter((l) => l.dataset.nation !== 'USA').map(parse);
		let best = usa[usa.length - 1], room = -1;
		for (const [px, py] of usa) {
			let near = Infinity;
			for (const o of others) for (const [ox, oy] of o) if (Math.abs(ox - px) < 0.5) near = Math.min(near, Math.abs(oy - py));
			if (near > room) { room = near; best = [px, py]; }
		}
		const [x, y] = best;
		const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM());
		svg.dispatchEvent(new MouseEvent('click', { clientX: p.x, clientY: p.y, bubbles: true })); })()`)
	poll("the monitor for the USA", byID("monitor")+".dataset.nation === 'USA' && "+byID("monitor")+".textContent.includes('alliances')")
	poll("the USA's line picked out", "document.querySelector('#chart-shares polyline.selected').dataset.nation === 'USA'")

	// Download: the CSVs as `entente run` writes them, and the charts as
	// PNG.
	eval(`window.csvCheck = ''; fetch(document.querySelector('#csv-links a[data-file="nations.csv"]').href).then(async r => {
		const body = await r.text(); window.csvCheck = r.status + ' ' + r.headers.get('Content-Type') + ' ' + body.split('\n')[0]; })`)
	poll("the nations.csv download", "window.csvCheck !== ''")
	if got, want := text("window.csvCheck"), "200 text/csv; charset=utf-8 tick,year,nation,"; !strings.HasPrefix(got, want) {
		t.Errorf("download: %q, want %q…", got, want)
	}
	for _, id := range []string{"chart-shares", "map"} {
		u, err := chromedp.Run(bctx, chromedp.Evaluate[string]("window.entente.png('"+id+"')", chromedp.EvalAwaitPromise))
		if err != nil || !strings.HasPrefix(u, "data:image/png;base64,") || len(u) < 2000 {
			t.Errorf("the %s as PNG: %v, %d bytes: %.40s", id, err, len(u), u)
		}
	}
	shot("02b-monitor.png")
	t.Logf("ticker: %s", text(byID("ticker")+".innerText"))

	// Pause, raise the alliance target (a live slider) and step: the
	// engine applies it at the next tick, the ticker says so and every
	// alliance's target in the table is the new value.
	click("play")
	poll("the pause", byID("play")+".textContent === 'Play'")
	eval("const s = " + byID("live-tau0") + "; s.value = '0.05'; s.dispatchEvent(new Event('input')); s.dispatchEvent(new Event('change'))")
	poll("the slider's value", byID("live-tau0-value")+".textContent === '5.0 %'")
	click("step")
	poll("the live change in the ticker", byID("ticker")+".textContent.includes('alliance target (tau0) set to 5 % of GDP')")
	poll("the new target in every alliance",
		"(() => { const c = [...document.querySelectorAll('#alliances td.target')]; return c.length > 0 && c.every(td => td.textContent === '5.0 %'); })()")
	shot("03-live-slider.png")

	// Play to the end of the run.
	click("play")
	poll("the end of the run", byID("ticker")+".textContent.includes('the end of the run')")
	poll("Play disabled at the end", byID("play")+".disabled")
	shot("04-run-ended.png")
	// The picture for the docs: the run's end at 1366×768, the USA in the
	// monitor, no flash or tooltip left.
	eval(byID("tip") + ".hidden = true")
	poll("the flashes to fade", "document.getElementById('map-flashes').childElementCount === 0")
	if dst := os.Getenv("ENTENTE_SCREENSHOT"); dst != "" { // docs/figures/classroom-1366x768.png
		png, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// The Info text speaks of the page's sliders, not of --set; the
	// advanced panel holds the other constants; with "new at each Setup"
	// ticked, Setup draws a new seed and shows it.
	eval(byID("scenario") + ".value = 'classroom-free-riders'; " + byID("scenario") + ".dispatchEvent(new Event('change'))")
	poll("the Info panel in the page's terms", byID("info-what")+".textContent.includes('privateness of defence slider (psi0) to 0.6') && !"+byID("info-what")+".textContent.includes('--set')")
	poll("the advanced panel", "document.querySelectorAll('#constants input').length > 20 && "+byID("model-s_max")+".value === '0.25'")
	eval(byID("seed-random") + ".checked = true")
	click("setup")
	poll("a new random seed", byID("setup-facts")+".textContent.startsWith('6 nations') && !"+byID("setup-facts")+".textContent.endsWith('seed 1') && "+
		byID("setup-facts")+".textContent.endsWith('seed ' + "+byID("seed")+".value)")

	// Upload a broken scenario: the loader's messages, with line and
	// column, appear on the page.
	bad := filepath.Join(t.TempDir(), "bad.toml")
	if err := os.WriteFile(bad, []byte(badScenario), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(bctx, chromedp.SetUploadFiles(chromedp.ID("upload"), []string{bad})); err != nil {
		t.Fatalf("upload: %v", err)
	}
	poll("the upload's errors", "!"+byID("upload-errors")+".hidden")
	errs := text(byID("upload-errors") + ".textContent")
	for _, want := range []string{"bad.toml:5:1: scenario.colour: unknown key", "nation[0] (AAA).gdp: must not be negative"} {
		if !strings.Contains(errs, want) {
			t.Errorf("upload errors lack %q:\n%s", want, errs)
		}
	}
	shot("05-upload-error.png")

	// The simulation fails (a panic injected in the next step): the
	// session ends, and the page says why and asks for a reload.
	failing.Store(true)
	click("step")
	poll("the failure on the page", byID("message")+".textContent.includes('the simulation failed while stepping (injected for the browser test)')")
	poll("the ended stream", byID("connection")+".textContent === 'the session has ended: reload the page'")
	shot("06-session-failed.png")

	// The browser goes before the servers: it holds the stream open.
	cancelBrowser()
	cancelAlloc()
}
