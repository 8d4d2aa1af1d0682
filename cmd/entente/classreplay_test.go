package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"entente/results"
	"entente/serve"
)

// TestClassLogReplays: a class played on `entente serve` (over HTTP, as
// the pages play it: a teacher, two students, four rounds, one of them
// left to the rules for one nation) downloads a decision log that
// `entente run --replay` turns into the class's CSV files, byte for byte.
func TestClassLogReplays(t *testing.T) {
	srv := serve.New(serve.Options{})
	ts := httptest.NewServer(srv)
	defer ts.Close()
	defer srv.Close()
	call := func(method, path, token string, body any, out any) {
		t.Helper()
		var rd io.Reader
		if body != nil {
			b, _ := json.Marshal(body)
			rd = bytes.NewReader(b)
		}
		req, _ := http.NewRequest(method, ts.URL+path, rd)
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		data, _ := io.ReadAll(resp.Body)
		if resp.StatusCode >= 300 {
			t.Fatalf("%s %s: %s: %s", method, path, resp.Status, data)
		}
		switch o := out.(type) {
		case nil:
		case *[]byte:
			*o = data
		default:
			if err := json.Unmarshal(data, out); err != nil {
				t.Fatal(err)
			}
		}
	}
	var class struct{ ID, Token, Code string }
	call("POST", "/api/classes", "", map[string]any{"scenario": "classroom-free-riders", "seed": 5, "nations": []string{"MAG", "MIN"}, "round": 45}, &class)
	var ada, bo struct{ Token string }
	call("POST", "/api/join", "", map[string]string{"code": class.Code, "name": "Ada"}, &ada)
	call("POST", "/api/join", "", map[string]string{"code": class.Code, "name": "Bo"}, &bo)
	call("POST", "/api/classes/"+class.ID+"/next", class.Token, nil, nil)
	for round := 1; round <= 4; round++ {
		for k, tok := range []string{ada.Token, bo.Token} {
			if round == 2 && k == 1 {
				continue // Bo's nation is left to the rules
			}
			var v struct {
				Min, Max float64
				Moves    []struct{ Action, Target string }
			}
			call("GET", "/api/play", tok, nil, &v)
			share := v.Min + (v.Max-v.Min)*float64(round+k)/9
			d := map[string]any{"share": share, "round": round}
			if m := v.Moves[(round+k)%len(v.Moves)]; m.Action != "stay" {
				d["action"], d["target"] = m.Action, m.Target
			}
			call("POST", "/api/play", tok, d, nil)
		}
		call("POST", "/api/classes/"+class.ID+"/next", class.Token, nil, nil)
	}
	call("POST", "/api/classes/"+class.ID+"/end", class.Token, nil, nil)
	dir := t.TempDir()
	var log []byte
	call("GET", "/api/classes/"+class.ID+"/download/decisions.jsonl", class.Token, nil, &log)
	logPath := filepath.Join(dir, "decisions.jsonl")
	if err := os.WriteFile(logPath, log, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "replayed")
	if _, errs, code := entente(t, "run", "--replay", logPath, "-o", out, "--quiet", "--no-plots", "--check"); code != 0 {
		t.Fatalf("exit %d: %s\nthe log:\n%s", code, errs, log)
	}
	for _, f := range results.Files[:5] {
		var got []byte
		call("GET", "/api/classes/"+class.ID+"/download/"+f, class.Token, nil, &got)
		want, err := os.ReadFile(filepath.Join(out, f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "events.csv" && (!bytes.Contains(got, []byte(",decided,")) || !bytes.Contains(got, []byte(",undecided,"))) {
			t.Errorf("bad fixture: the class's events.csv lacks decided or undecided nations:\n%s", got)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the class's (%d bytes) and the replay's (%d bytes) differ", f, len(got), len(want))
		}
	}
	if !bytes.Contains(log, []byte(`"end":true,"ticks":4`)) {
		t.Errorf("the log does not end after 4 rounds:\n%s", log)
	}
}
