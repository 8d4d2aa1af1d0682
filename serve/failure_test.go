package serve

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestAPanicEndsOnlyItsSession injects a panic at each point of a
// session's work (issue 18, finding 1: a panic in the player goroutine
// killed the process and every class's session with it). The victim's
// session ends with the reason on its page (the request's answer and the
// stream's last event) and on every later request, and leaves the server;
// another session, playing meanwhile, goes on. Without the recovery the
// player's panic ends this test binary.
func TestAPanicEndsOnlyItsSession(t *testing.T) {
	for _, tc := range []struct {
		name  string
		where string // the panicHook point that panics
		// trigger makes the victim do the work; it returns the request's
		// error, if the work is a request.
		trigger func(t *testing.T, c *client) error
		doing   string // what the page is told the simulation was doing
	}{
		{"in the player goroutine", "step", func(t *testing.T, c *client) error {
			mustAct(t, c, "setup", `{"scenario":"classroom-arms-race"}`)
			mustAct(t, c, "play", "")
			return nil
		}, "playing"},
		{"in the Step button", "step", func(t *testing.T, c *client) error {
			mustAct(t, c, "setup", `{"scenario":"classroom-arms-race"}`)
			return c.act("step", "")
		}, "stepping"},
		{"in Setup", "setup", func(t *testing.T, c *client) error {
			return c.act("setup", `{"scenario":"classroom-arms-race"}`)
		}, "setting up"},
		{"in a live change", "live", func(t *testing.T, c *client) error {
			mustAct(t, c, "setup", `{"scenario":"classroom-arms-race"}`)
			return c.act("live", `{"key":"k","value":0.5}`)
		}, "applying a live change"},
		{"in an upload", "upload", func(t *testing.T, c *client) error {
			return c.upload(t, "mine.toml", readFile(t, "../scenarios/builtin/classroom-arms-race.toml"))
		}, "reading the upload"},
		{"in a stream", "stream", func(t *testing.T, c *client) error {
			mustAct(t, c, "setup", `{"scenario":"classroom-arms-race"}`) // wakes the stream
			return nil
		}, "sending the run"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var victim atomic.Value // the id of the session that panics
			victim.Store("")
			srv := New(Options{Log: discardLogger(), Speed: MaxSpeed})
			srv.testPanic = func(id, where string) {
				if id == victim.Load().(string) && where == tc.where {
					panic("injected: " + where)
				}
			}
			ts := httptest.NewServer(srv)
			t.Cleanup(ts.Close)
			t.Cleanup(srv.Close)

			bystander, bystanderEvents := openSession(t, ts)
			mustAct(t, bystander, "speed", `{"value":1}`)
			mustAct(t, bystander, "setup", `{"scenario":"cold-war"}`)
			mustAct(t, bystander, "play", "")

			c, events := openSession(t, ts)
			victim.Store(c.id)
			if err := tc.trigger(t, c); err != nil && !strings.Contains(err.Error(), "failed while "+tc.doing) {
				t.Errorf("the request that failed: %v, want the failure", err)
			}
			bye := waitEvent(t, events, "bye")
			var b struct{ Reason, Error string }
			if err := json.Unmarshal([]byte(bye.data), &b); err != nil || !strings.Contains(b.Error, "the simulation failed while "+tc.doing+" (injected: "+tc.where+")") {
				t.Errorf("the page is told %s (%v), want the failure", bye.data, err)
			}
			if err := c.act("step", ""); err == nil || !strings.Contains(err.Error(), "410 Gone") || !strings.Contains(err.Error(), "Reload the page") {
				t.Errorf("a request after the failure: %v, want 410 with the failure", err)
			}
			srv.reapIdle(timeNow()) // the reaper's next round
			if srv.session(c.id) != nil {
				t.Errorf("the failed session is still in the server")
			}

			// The other class goes on: it steps, and its stream tells it.
			mustAct(t, bystander, "step", "")
			waitEvent(t, bystanderEvents, "tick")
			if srv.Sessions() != 1 {
				t.Errorf("%d sessions, want the bystander's alone", srv.Sessions())
			}
		})
	}
}

// TestHostileShiftWindowEndsOnlyItsSession is the finding as the attacker
// sent it: `[model] shift_window = 1e19` uploaded, Setup, Play. The upload
// is refused (once the parameter has its bounds), or the run fails and
// ends its session alone; the server answers the others either way.
func TestHostileShiftWindowEndsOnlyItsSession(t *testing.T) {
	srv := New(Options{Log: discardLogger(), Speed: MaxSpeed})
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	t.Cleanup(srv.Close)
	base := readFile(t, "../scenarios/builtin/classroom-arms-race.toml")
	hostile := strings.Replace(base, "[[nation]]", "[model]\nshift_window = 1e19\n\n[[nation]]", 1)

	c, events := openSession(t, ts)
	if err := c.upload(t, "base.toml", hostile); err != nil {
		if !strings.Contains(err.Error(), "shift_window") {
			t.Errorf("refused without naming the key: %v", err)
		}
		t.Logf("refused: %v", err)
	} else {
		mustAct(t, c, "setup", `{"scenario":"upload"}`)
		if err := c.act("play", ""); err != nil {
			t.Fatal(err)
		}
		for {
			ev := waitEvent(t, events, "tick", "bye")
			if ev.name == "bye" {
				if !strings.Contains(ev.data, "the simulation failed while playing") {
					t.Errorf("the session ended without saying why: %s", ev.data)
				}
				t.Logf("accepted, and failed: %s", ev.data)
				break
			}
			if strings.Contains(ev.data, `"done":true`) {
				break // it ran to the end: nothing to recover
			}
		}
	}
	other, otherEvents := openSession(t, ts)
	mustAct(t, other, "setup", `{"scenario":"classroom-balance"}`)
	mustAct(t, other, "step", "")
	waitEvent(t, otherEvents, "tick")
}

func openSession(t *testing.T, ts *httptest.Server) (*client, <-chan sse) {
	t.Helper()
	c, err := newClient(t, ts.URL, ts.Client())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	events, err := c.stream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return c, events
}

func mustAct(t *testing.T, c *client, action, body string) {
	t.Helper()
	if err := c.act(action, body); err != nil {
		t.Fatalf("%s: %v", action, err)
	}
}

// waitEvent returns the next event of one of the names, failing if the
// stream ends first or nothing comes for a long while.
func waitEvent(t *testing.T, events <-chan sse, names ...string) sse {
	t.Helper()
	timeout := time.After(60 * time.Second)
	for {
		select {
		case ev, ok := <-events:
			if !ok {
				t.Fatalf("the stream ended before a %v event", names)
			}
			for _, n := range names {
				if ev.name == n {
					return ev
				}
			}
		case <-timeout:
			t.Fatalf("no %v event", names)
		}
	}
}

func (c *client) upload(t *testing.T, name, body string) error {
	t.Helper()
	resp, err := c.http.Post(c.base+"/api/sessions/"+c.id+"/upload?name="+name, "text/plain", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", resp.Status, data)
	}
	return nil
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
