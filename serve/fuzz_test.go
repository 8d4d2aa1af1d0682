package serve

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"entente/sim"
)

// FuzzUpload posts arbitrary bytes, under an arbitrary name, to the upload
// endpoint, with one [model] key drawn across its whole range (pos 0 is
// its least value, 255 its greatest, both included) set at Setup: the
// server never panics or answers 5xx; it refuses with its problems in
// JSON, or accepts a scenario that sets up and plays to its end (the
// player's own tick, under the session's guard) with every invariant
// holding, or ends only that session with the reason the page shows (a
// quantity that is no longer finite). No name makes it read a file.
func FuzzUpload(f *testing.F) {
	for _, pattern := range []string{"../scenarios/builtin/*.toml", "../scenarios/testdata/*.toml", "../scenarios/testdata/bad/*.toml"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			if data, err := os.ReadFile(name); err == nil {
				for k, pos := range []uint8{0, 255, 128} {
					f.Add(data, filepath.Base(name), uint8(k*11), pos)
				}
			}
		}
	}
	f.Add([]byte("\x00\xff"), "../../etc/passwd", uint8(0), uint8(0))
	table := sim.ParamTable()
	srv := New(Options{MaxSessions: 1000})
	f.Cleanup(srv.Close)
	f.Fuzz(func(t *testing.T, data []byte, name string, key, pos uint8) {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/api/sessions", nil))
		var created struct{ ID string }
		if err := json.Unmarshal(rec.Body.Bytes(), &created); err != nil || created.ID == "" {
			t.Fatalf("no session: %d %s", rec.Code, rec.Body)
		}
		defer srv.drop(created.ID)
		rec = httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/api/sessions/"+created.ID+"/upload?name="+url.QueryEscape(name), bytes.NewReader(data)))
		if rec.Code >= 500 {
			t.Fatalf("upload answered %d: %s", rec.Code, rec.Body)
		}
		if rec.Code != http.StatusOK {
			var answer struct{ Problems []string }
			if err := json.Unmarshal(rec.Body.Bytes(), &answer); err != nil || len(answer.Problems) == 0 {
				t.Fatalf("a refusal without problems: %d %q", rec.Code, rec.Body)
			}
			return
		}
		info := table[int(key)%len(table)]
		lo, hi, err := info.Ends()
		if err != nil {
			t.Fatal(err)
		}
		v := lo + (hi-lo)*float64(pos)/255
		if pos == 255 {
			v = hi
		}
		set := info.Key + "=" + strconv.FormatFloat(v, 'g', -1, 64)
		ss := srv.session(created.ID)
		ss.mu.Lock()
		defer ss.mu.Unlock()
		if err := ss.setupLocked(setupRequest{Scenario: "upload", Sets: []string{set}}); err != nil {
			// A value inside its own range may break a bound by another
			// key (h_lo ≤ h_hi): refused like any bad value, with the key.
			if !strings.Contains(err.Error(), info.Key) {
				t.Fatalf("%s: refused without naming the key: %v", set, err)
			}
			return
		}
		c := sim.NewChecker(ss.world)
		for ss.world != nil && !ss.world.Done() && !ss.gone {
			w := ss.world
			ss.playTickLocked()
			if ss.world == nil || ss.gone {
				break
			}
			if err := c.Check(w); err != nil {
				t.Fatalf("%s: tick %d breaks an invariant: %v", set, w.Tick(), err)
			}
		}
		if ss.failed != "" && !strings.Contains(ss.failed, "not a finite number") {
			t.Fatalf("%s: the session failed: %s", set, ss.failed)
		}
	})
}
