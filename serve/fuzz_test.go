package serve

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"entente/sim"
)

// FuzzUpload posts arbitrary bytes, under an arbitrary name, to the upload
// endpoint: the server never panics or answers 5xx; it refuses with its
// problems in JSON, or accepts a scenario that sets up and runs 20 ticks
// with every invariant holding. No name makes it read a file.
func FuzzUpload(f *testing.F) {
	for _, pattern := range []string{"../scenarios/builtin/*.toml", "../scenarios/testdata/*.toml", "../scenarios/testdata/bad/*.toml"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			if data, err := os.ReadFile(name); err == nil {
				f.Add(data, filepath.Base(name))
			}
		}
	}
	f.Add([]byte("\x00\xff"), "../../etc/passwd")
	srv := New(Options{MaxSessions: 1000})
	f.Cleanup(srv.Close)
	f.Fuzz(func(t *testing.T, data []byte, name string) {
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
		ss := srv.session(created.ID)
		ss.mu.Lock()
		defer ss.mu.Unlock()
		if err := ss.setupLocked(setupRequest{Scenario: "upload"}); err != nil {
			t.Fatalf("an accepted upload does not set up: %v", err)
		}
		c := sim.NewChecker(ss.world)
		for k := 0; k < 20 && ss.world.Step(); k++ {
			if err := c.Check(ss.world); err != nil {
				t.Fatalf("tick %d breaks an invariant: %v", k, err)
			}
		}
	})
}
