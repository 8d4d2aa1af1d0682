package serve

import (
	"bytes"
	"fmt"
	"net/http"
	"runtime"
	"sync"
	"testing"
	"time"

	"entente/results"
	"entente/scenarios"
	"entente/sim"
)

// replayClass makes a class's run again from its decision log, as
// `entente run --replay` does, and returns its five CSV files.
func replayClass(t testing.TB, log []byte) [5][]byte {
	t.Helper()
	d, err := results.ReadDecisions(bytes.NewReader(log))
	if err != nil {
		t.Fatal(err)
	}
	sc, err := scenarios.Load(d.Header.Scenario, d.Header.Overrides)
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.New(sc.Config, 0)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	index := map[string]int{}
	for i, n := range w.Nations() {
		ids, index[n.ID] = append(ids, n.ID), i
	}
	var steered []int
	for _, id := range d.Header.Steered {
		steered = append(steered, index[id])
	}
	if err := w.Steer(steered, d.Controller(ids)); err != nil {
		t.Fatal(err)
	}
	var bufs [5]bytes.Buffer
	rec, err := results.NewRecorder(&bufs[0], &bufs[1], &bufs[2], &bufs[3])
	if err != nil {
		t.Fatal(err)
	}
	if err := rec.RecordMemberships(&bufs[4]); err != nil {
		t.Fatal(err)
	}
	for w.Tick()+1 < d.Ticks && w.Step() {
		if err := rec.Observe(w); err != nil {
			t.Fatal(err)
		}
	}
	if err := rec.Flush(); err != nil {
		t.Fatal(err)
	}
	var out [5][]byte
	for k := range out {
		out[k] = bufs[k].Bytes()
	}
	return out
}

func heapInUse() uint64 {
	var m runtime.MemStats
	for range 3 {
		runtime.GC()
	}
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestSixtyStudentsPlayTwentyRounds: a class of sixty over HTTP (teams of
// several students per nation), every student polling and deciding each
// round, some rounds left undecided by some nations, in a class whose
// rounds close when all have decided and by the teacher's Next: twenty
// rounds without an error, the downloaded log replays to the class's
// CSV files byte for byte, and once the class is closed the server's
// memory and goroutines are back to where they were before it. Run under
// -race by CI.
func TestSixtyStudentsPlayTwentyRounds(t *testing.T) {
	srv, ts := newClassServer(t)
	// A warm-up class, so that what is allocated once (the catalogue,
	// the scenario's parse, the HTTP client's connections) is in the
	// baseline.
	cc0, teacher0 := startClass(t, ts.URL, classRequest{Scenario: "cold-war", Nations: []string{"USA"}, Round: 0})
	if _, err := teacher0.do("POST", "/api/classes/"+cc0.ID+"/close", nil, nil); err != nil {
		t.Fatal(err)
	}
	http.DefaultClient.CloseIdleConnections() // the connections' goroutines are not the class's
	time.Sleep(50 * time.Millisecond)
	baseHeap, baseGoroutines := heapInUse(), runtime.NumGoroutine()

	nations := []string{"USA", "RUS", "UKG", "FRN", "SPN", "ITA", "CHN", "POL", "TUR", "CAN", "NTH", "BEL"}
	cc, teacher := startClass(t, ts.URL, classRequest{Scenario: "cold-war", Nations: nations, Round: 0})
	students := make([]classClient, maxStudents)
	for k := range students {
		_, c, _, err := joinClass(t, ts.URL, cc.Code, fmt.Sprintf("student %02d", k))
		if err != nil {
			t.Fatal(err)
		}
		students[k] = c
	}
	if _, _, code, _ := joinClass(t, ts.URL, cc.Code, "one too many"); code != 409 {
		t.Errorf("student 61: %d, want 409 (the class is full)", code)
	}
	if _, err := teacher.do("POST", "/api/classes/"+cc.ID+"/next", nil, nil); err != nil {
		t.Fatal(err)
	}
	const rounds = 20
	for round := 1; round <= rounds; round++ {
		var wg sync.WaitGroup
		errs := make(chan error, len(students))
		for k, s := range students {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var v studentView
				if _, err := s.do("GET", "/api/play", nil, &v); err != nil {
					errs <- err
					return
				}
				switch {
				case v.State != open || v.Round < round:
					errs <- fmt.Errorf("student %d in round %d sees %s round %d", k, round, v.State, v.Round)
					return
				case v.Round > round: // closed: the team's decision came first
					return
				}
				// In every fifth round the team of the first nation
				// decides nothing: the round closes by the teacher's Next.
				if round%5 == 0 && v.Nation.ID == nations[0] {
					return
				}
				share := v.Min + (v.Max-v.Min)*float64((k*7+round)%11)/10
				req := decisionRequest{Share: &share, Round: round}
				if k%3 == 0 && len(v.Moves) > 0 {
					m := v.Moves[(k+round)%len(v.Moves)]
					req.Action, req.Target = m.Action, m.Target
				}
				if _, err := s.do("POST", "/api/play", req, nil); err != nil && !isConflict(err) {
					errs <- fmt.Errorf("student %d, round %d: %w", k, round, err)
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		if round%5 == 0 {
			if _, err := teacher.do("POST", "/api/classes/"+cc.ID+"/next", nil, nil); err != nil {
				t.Fatal(err)
			}
		}
		waitForRound(t, teacher, cc.ID, round+1)
	}
	if _, err := teacher.do("POST", "/api/classes/"+cc.ID+"/end", nil, nil); err != nil {
		t.Fatal(err)
	}
	var v teacherView
	if _, err := teacher.do("GET", "/api/classes/"+cc.ID, nil, &v); err != nil {
		t.Fatal(err)
	}
	if v.State != ended || v.Round != rounds || v.Debrief == nil || len(v.Debrief.Rounds) != rounds || len(v.Debrief.Nations) != len(nations) {
		t.Fatalf("after %d rounds: state %s, round %d, debrief %+v", rounds, v.State, v.Round, v.Debrief)
	}
	undecided := 0
	for _, r := range v.Debrief.Rounds {
		undecided += r.Undecided
	}
	if undecided != rounds/5 {
		t.Errorf("%d undecided nation-rounds, want %d", undecided, rounds/5)
	}
	log := download(t, teacher, cc.ID, "decisions.jsonl")
	replayed := replayClass(t, log)
	for k, f := range []string{"nations.csv", "alliances.csv", "events.csv", "world.csv", "memberships.csv"} {
		if got := download(t, teacher, cc.ID, f); !bytes.Equal(got, replayed[k]) {
			t.Errorf("%s: the class's (%d bytes) and the replay's (%d bytes) differ", f, len(got), len(replayed[k]))
		}
	}
	if _, err := teacher.do("POST", "/api/classes/"+cc.ID+"/close", nil, nil); err != nil {
		t.Fatal(err)
	}
	if n := len(srv.classes.all()); n != 0 {
		t.Errorf("%d classes after the close", n)
	}
	if code, _ := students[0].do("GET", "/api/play", nil, nil); code != 403 {
		t.Errorf("a student's token after the close: %d, want 403", code)
	}
	// Memory and goroutines return to the baseline (the clock goroutine
	// ends; the worlds, records and tokens are collected).
	http.DefaultClient.CloseIdleConnections()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > baseGoroutines && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if g := runtime.NumGoroutine(); g > baseGoroutines {
		t.Errorf("%d goroutines after the class, %d before", g, baseGoroutines)
	}
	if heap := heapInUse(); heap > baseHeap+1<<20 {
		t.Errorf("heap %d KiB after the class, %d KiB before: more than 1 MiB kept", heap>>10, baseHeap>>10)
	}
}

func isConflict(err error) bool {
	return err != nil && bytes.Contains([]byte(err.Error()), []byte("409"))
}

func waitForRound(t testing.TB, teacher classClient, id string, round int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		var v teacherView
		if _, err := teacher.do("GET", "/api/classes/"+id+"?since=-1", nil, &v); err != nil {
			t.Fatal(err)
		}
		if v.Round >= round || v.State == ended {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("round %d never opened", round)
}

func download(t testing.TB, teacher classClient, id, file string) []byte {
	t.Helper()
	req, _ := httpNewRequest("GET", teacher.base+"/api/classes/"+id+"/download/"+file, teacher.token)
	resp, err := httpDo(req)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}
