package serve

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

func newTestServer(t *testing.T, opts Options) (*Server, *httptest.Server) {
	t.Helper()
	srv := New(opts)
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	t.Cleanup(srv.Close) // before ts.Close: streams end first
	return srv, ts
}

// waitFor polls cond until it holds, failing after a generous deadline.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

func TestIdleSessionsAreReclaimed(t *testing.T) {
	srv, ts := newTestServer(t, Options{IdleTimeout: 50 * time.Millisecond})
	c, err := newClient(t, ts.URL, ts.Client())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	events, err := c.stream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// While its stream is open the session is never idle, however long.
	if err := c.act("setup", `{"scenario":"classroom-balance"}`); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the setup event", func() bool { return (<-events).name == "setup" })
	if srv.Sessions() != 1 {
		t.Fatalf("a streaming session was reclaimed")
	}
	cancel()
	waitFor(t, "the idle session to go", func() bool { return srv.Sessions() == 0 })
	if err := c.act("step", ""); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("a reclaimed session still answers: %v", err)
	}
}

func TestCloseEndsStreamsWithBye(t *testing.T) {
	srv, ts := newTestServer(t, Options{})
	c, err := newClient(t, ts.URL, ts.Client())
	if err != nil {
		t.Fatal(err)
	}
	events, err := c.stream(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := c.act("setup", `{"scenario":"classroom-arms-race"}`); err != nil {
		t.Fatal(err)
	}
	if err := c.act("play", ""); err != nil {
		t.Fatal(err)
	}
	srv.Close()
	var last sse
	for ev := range events { // the stream must end
		last = ev
	}
	if last.name != "bye" {
		t.Errorf("last event %q, want bye (so the page does not reconnect)", last.name)
	}
}

func TestBadRequests(t *testing.T) {
	_, ts := newTestServer(t, Options{MaxUpload: 1 << 10, MaxNations: 10})
	c, err := newClient(t, ts.URL, ts.Client())
	if err != nil {
		t.Fatal(err)
	}
	upload := func(name, body string) (int, string) {
		resp, err := ts.Client().Post(ts.URL+"/api/sessions/"+c.id+"/upload?name="+name, "text/plain", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for _, tc := range []struct {
		name, action, body string
		want               string
	}{
		{"a path as scenario", "setup", `{"scenario":"/etc/passwd"}`, "unknown scenario"},
		{"a relative path as scenario", "setup", `{"scenario":"../scenarios/builtin/cold-war.toml"}`, "unknown scenario"},
		{"too many nations", "setup", `{"scenario":"cold-war"}`, "at most 10"},
		{"step before setup", "step", ``, "press Setup first"},
		{"upload before it exists", "setup", `{"scenario":"upload"}`, "no scenario has been uploaded"},
		{"an unknown live key", "live", `{"key":"gamma","value":1}`, "press Setup first"},
		{"speed out of range", "speed", `{"value":1000}`, "speed must be between"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := c.act(tc.action, tc.body)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error with %q", err, tc.want)
			}
		})
	}
	t.Run("an upload too large", func(t *testing.T) {
		if code, body := upload("big.toml", strings.Repeat("# padding\n", 200)); code != http.StatusRequestEntityTooLarge {
			t.Errorf("status %d: %s", code, body)
		}
	})
	t.Run("an upload's name is never a path", func(t *testing.T) {
		code, body := upload("..%2F..%2Fetc%2Fpasswd", "[scenario]\nname = 1\n")
		if code != http.StatusUnprocessableEntity || !strings.Contains(body, "passwd:") || strings.Contains(body, "etc/") {
			t.Errorf("status %d: %s", code, body)
		}
	})
	t.Run("a live key that is not live", func(t *testing.T) {
		if err := c.act("setup", `{"scenario":"classroom-balance"}`); err != nil {
			t.Fatal(err)
		}
		if err := c.act("live", `{"key":"gamma","value":1}`); err == nil || !strings.Contains(err.Error(), "not a live constant") {
			t.Errorf("got %v", err)
		}
		if err := c.act("live", `{"key":"k","value":-1}`); err == nil || !strings.Contains(err.Error(), "model.k: must be in [0, 10], got -1") {
			t.Errorf("got %v", err)
		}
	})
}

// TestNoFileIsRead asks for files by every route a path could take: only
// the embedded assets come back.
func TestNoFileIsRead(t *testing.T) {
	_, ts := newTestServer(t, Options{})
	for _, p := range []string{"/static/../serve.go", "/static/%2e%2e/serve.go", "/go.mod", "/static/../../go.mod", "/serve.go", "/static/static/app.js"} {
		resp, err := ts.Client().Get(ts.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK && !strings.Contains(string(body), "<title>Entente") {
			t.Errorf("GET %s: %s, %d bytes", p, resp.Status, len(body))
		}
	}
	for _, p := range []string{"/", "/static/app.js", "/static/style.css", "/api/catalogue"} {
		resp, err := ts.Client().Get(ts.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %s", p, resp.Status)
		}
	}
}

func TestLoopback(t *testing.T) {
	ln, loopback, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln.Close()
	if !loopback {
		t.Errorf("127.0.0.1 not taken for loopback")
	}
	for _, ip := range []net.IP{net.IPv4zero, net.IPv6unspecified, net.ParseIP("192.168.1.2")} {
		if Loopback(&net.TCPAddr{IP: ip}) {
			t.Errorf("%s taken for loopback", ip)
		}
	}
}

// TestServeShutsDown runs the server as the command does and stops it
// while a stream is open: Serve returns, and the stream has ended.
func TestServeShutsDown(t *testing.T) {
	ln, _, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, Options{}, discardLogger()) }()
	c, err := newClient(t, "http://"+ln.Addr().String(), http.DefaultClient)
	if err != nil {
		t.Fatal(err)
	}
	events, err := c.stream(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve: %v", err)
	}
	for range events { // drains until the stream ends
	}
}

// TestStreamOutlivesTimeouts holds a stream open past the server's read
// and write time-outs: it goes on (the page would otherwise reconnect and
// replay the run every few seconds).
func TestStreamOutlivesTimeouts(t *testing.T) {
	srv := New(Options{KeepAlive: 50 * time.Millisecond})
	ts := httptest.NewUnstartedServer(srv)
	// Time-outs long enough for a Setup under -race on a busy machine (a
	// shorter one cut the setup request itself in CI), short enough that
	// the stream outlives several.
	ts.Config.ReadTimeout, ts.Config.WriteTimeout = 1500*time.Millisecond, 1500*time.Millisecond
	ts.Start()
	t.Cleanup(ts.Close)
	t.Cleanup(srv.Close)
	c, err := newClient(t, ts.URL, ts.Client())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	events, err := c.stream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.act("setup", `{"scenario":"classroom-balance"}`); err != nil {
		t.Fatal(err)
	}
	time.Sleep(5 * time.Second) // more than three time-outs
	if err := c.act("step", ""); err != nil {
		t.Fatal(err)
	}
	setups, stepped := 0, false
	for ev := range events {
		if ev.name == "setup" {
			setups++
		}
		if ev.name == "tick" && strings.Contains(ev.data, `"tick":0,`) {
			stepped = true
			break
		}
	}
	if !stepped || setups != 1 {
		t.Errorf("the stream ended (%v) or restarted (%d setup events)", !stepped, setups)
	}
}

// TestUploadedScenarioRuns uploads a good scenario, sets it up and plays a
// tick; a broken upload is refused, and neither it nor another good one
// changes what Reset runs again.
func TestUploadedScenarioRuns(t *testing.T) {
	_, ts := newTestServer(t, Options{})
	c, err := newClient(t, ts.URL, ts.Client())
	if err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile("../scenarios/builtin/classroom-free-riders.toml")
	if err != nil {
		t.Fatal(err)
	}
	upload := func(body string) int {
		resp, err := ts.Client().Post(ts.URL+"/api/sessions/"+c.id+"/upload?name=mine.toml", "text/plain", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := upload(string(good)); code != http.StatusOK {
		t.Fatalf("good upload: %d", code)
	}
	for _, step := range []struct{ action, body string }{{"setup", `{"scenario":"upload","seed":7}`}, {"step", ""}} {
		if err := c.act(step.action, step.body); err != nil {
			t.Fatal(err)
		}
	}
	if code := upload("[scenario]\nname = \"x\"\nbogus = 1\n"); code != http.StatusUnprocessableEntity {
		t.Errorf("bad upload: %d", code)
	}
	other, err := os.ReadFile("../scenarios/builtin/classroom-arms-race.toml")
	if err != nil {
		t.Fatal(err)
	}
	if code := upload(string(other)); code != http.StatusOK {
		t.Fatalf("second good upload: %d", code)
	}
	if err := c.act("reset", ""); err != nil {
		t.Fatalf("reset after more uploads: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	events, err := c.stream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ev := <-events
	if ev.name != "setup" || !strings.Contains(ev.data, `"scenario":"classroom-free-riders"`) || !strings.Contains(ev.data, `"seed":7`) {
		t.Errorf("after reset: %s %.200s", ev.name, ev.data)
	}
}

// A page of another origin cannot press the buttons, and a server bound
// to loopback answers only to localhost names (no DNS rebinding).
func TestCrossOriginAndHostAreRefused(t *testing.T) {
	srv := New(Options{})
	defer srv.Close()
	post := func(header, value string) int {
		req := httptest.NewRequest(http.MethodPost, "http://127.0.0.1:8080/api/sessions", nil)
		if header != "" {
			req.Header.Set(header, value)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		return rec.Code
	}
	if code := post("Origin", "http://evil.example"); code != http.StatusForbidden {
		t.Errorf("a cross-origin POST: %d, want 403", code)
	}
	if code := post("Sec-Fetch-Site", "cross-site"); code != http.StatusForbidden {
		t.Errorf("a cross-site POST: %d, want 403", code)
	}
	if code := post("Sec-Fetch-Site", "same-origin"); code != http.StatusCreated {
		t.Errorf("a same-origin POST: %d, want 201", code)
	}
	for host, want := range map[string]bool{"localhost:8080": true, "127.0.0.1:8080": true, "[::1]:8080": true,
		"app.localhost": true, "evil.example:8080": false, "10.0.0.2": false} {
		if got := hostIsLoopback(host); got != want {
			t.Errorf("hostIsLoopback(%q) = %v", host, got)
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, Options{}, discardLogger()) }()
	defer func() { cancel(); <-done }()
	req, _ := http.NewRequest(http.MethodGet, "http://"+ln.Addr().String()+"/api/catalogue", nil)
	req.Host = "rebound.example"
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("a request for another host: %d, want 403", resp.StatusCode)
	}
}
