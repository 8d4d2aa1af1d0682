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
		chromedp.WindowSize(1400, 1100),
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
		png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
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

	// Load the page: a session, a live stream, the controls.
	if err := chromedp.Do(bctx, chromedp.Navigate(ts.URL), chromedp.WaitVisible(chromedp.ID("setup"))); err != nil {
		t.Fatalf("load the page: %v", err)
	}
	poll("the stream", byID("connection")+".textContent === 'live'")

	// Pick the Cold War: its Info panel appears.
	eval(byID("scenario") + ".value = 'cold-war'; " + byID("scenario") + ".dispatchEvent(new Event('change'))")
	poll("the Info panel", byID("info-what")+".textContent.includes('Thirty-three states')")
	shot("01-page-loaded.png")

	// Setup, then Play until an alliance forms.
	click("setup")
	poll("the setup", byID("setup-facts")+".textContent.startsWith('33 nations')")
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
