package serve

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync"
	"testing"
	"time"
)

// TestFiftyClients runs fifty sessions at once, each as a page would: a
// stream, Setup, live changes, Play to the end of the run, then leaving
// (half say so, half just vanish and are left to Close). Run with -race.
// Afterwards the goroutines and the heap are back to their baseline: no
// session, player or stream outlives the server.
func TestFiftyClients(t *testing.T) {
	const clients = 50
	base, baseHeap := settle()

	srv := New(Options{Speed: MaxSpeed, MaxSessions: clients})
	ts := httptest.NewServer(srv)
	transport := &http.Transport{MaxIdleConnsPerHost: clients}
	hc := &http.Client{Transport: transport, Timeout: 0}

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, clients)
	for k := range clients {
		wg.Go(func() {
			if err := playOnce(ctx, ts.URL, hc, t, k); err != nil {
				errs <- fmt.Errorf("client %d: %w", k, err)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	_, openHeap := settle()
	if n := srv.Sessions(); n != clients/2 {
		t.Errorf("%d sessions open before Close, want the %d that did not say goodbye", n, clients/2)
	}
	// Fill the server: one more is refused.
	for srv.Sessions() < clients {
		if _, err := newClient(t, ts.URL, hc); err != nil {
			t.Fatalf("session %d of %d: %v", srv.Sessions()+1, clients, err)
		}
	}
	if _, err := newClient(t, ts.URL, hc); err == nil {
		t.Errorf("a session beyond MaxSessions was opened")
	}

	srv.Close()
	ts.Close()
	transport.CloseIdleConnections()
	if n := srv.Sessions(); n != 0 {
		t.Errorf("%d sessions after Close", n)
	}
	var now int
	var nowHeap uint64
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if now, nowHeap = settle(); now <= base && nowHeap < baseHeap+2<<20 {
			break
		}
	}
	t.Logf("goroutines: %d before, %d after; live heap: %.1f MiB before, %.1f MiB with the %d sessions left open, %.1f MiB after Close",
		base, now, mib(baseHeap), mib(openHeap), clients/2, mib(nowHeap))
	if now > base {
		buf := make([]byte, 1<<20)
		t.Errorf("%d goroutines leaked:\n%s", now-base, buf[:runtime.Stack(buf, true)])
	}
	if nowHeap >= baseHeap+2<<20 {
		t.Errorf("heap did not return to its baseline: %.1f MiB before, %.1f MiB after", mib(baseHeap), mib(nowHeap))
	}
}

// playOnce is one client's visit.
func playOnce(ctx context.Context, base string, hc *http.Client, t *testing.T, k int) error {
	c, err := newClient(t, base, hc)
	if err != nil {
		return err
	}
	sctx, stop := context.WithCancel(ctx)
	defer stop()
	events, err := c.stream(sctx)
	if err != nil {
		return err
	}
	scenario := []string{"classroom-balance", "classroom-free-riders", "classroom-arms-race"}[k%3]
	if err := c.act("setup", fmt.Sprintf(`{"scenario":%q,"seed":%d}`, scenario, k+1)); err != nil {
		return err
	}
	if err := c.act("step", ""); err != nil {
		return err
	}
	if err := c.act("live", `{"key":"k","value":0.5}`); err != nil {
		return err
	}
	if err := c.act("play", ""); err != nil {
		return err
	}
	if err := c.act("live", `{"key":"tau0","value":0.03}`); err != nil {
		return err
	}
	ticks := 0
	for ev := range events {
		if ev.name != "tick" {
			continue
		}
		var f tickFrame
		if err := json.Unmarshal([]byte(ev.data), &f); err != nil {
			return err
		}
		ticks++
		if f.Done {
			if ticks < 2 {
				return fmt.Errorf("done after %d ticks", ticks)
			}
			stop() // the tab closes its stream
			if k%2 == 0 {
				return c.act("close", "")
			}
			return nil
		}
	}
	return fmt.Errorf("the stream ended before the run (%d ticks)", ticks)
}

// settle collects garbage and returns the goroutine count and live heap.
func settle() (int, uint64) {
	for range 3 {
		runtime.GC()
	}
	return heap()
}

func heap() (int, uint64) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return runtime.NumGoroutine(), m.HeapAlloc
}

func mib(b uint64) float64 { return float64(b) / (1 << 20) }
