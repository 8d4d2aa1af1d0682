package serve

import (
	"encoding/csv"
	"io"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"entente/results"
)

// TestDownloadReplaysTheRun sets a slider before Setup, steps, moves a
// slider during the run, steps again and downloads the four files: each
// has the recorder's columns and goes as far as the page has seen, and
// the replayed nations end where the session's world is.
func TestDownloadReplaysTheRun(t *testing.T) {
	srv, ts := newTestServer(t, Options{})
	c, err := newClient(t, ts.URL, ts.Client())
	if err != nil {
		t.Fatal(err)
	}
	get := func(file string) (int, string, http.Header) {
		t.Helper()
		resp, err := ts.Client().Get(ts.URL + "/api/sessions/" + c.id + "/download/" + file)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body), resp.Header
	}
	if code, body, _ := get("nations.csv"); code != http.StatusConflict || !strings.Contains(body, "press Setup first") {
		t.Errorf("before Setup: %d %s", code, body)
	}
	if err := c.act("setup", `{"scenario":"classroom-free-riders","seed":7,"live":{"psi0":0.6}}`); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		if err := c.act("step", ""); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.act("live", `{"key":"k","value":1.5}`); err != nil {
		t.Fatal(err)
	}
	for range 4 {
		if err := c.act("step", ""); err != nil {
			t.Fatal(err)
		}
	}
	ss := srv.session(c.id)
	ss.mu.Lock()
	tick, shares := ss.world.Tick(), []float64{}
	for _, n := range ss.world.Nations() {
		shares = append(shares, n.Share)
	}
	psi, _ := ss.world.LiveParam("psi0")
	ss.mu.Unlock()
	if tick != 8 || psi != 0.6 {
		t.Fatalf("tick %d, psi0 %g: want 8 and the value set before Setup, 0.6", tick, psi)
	}

	for file, cols := range map[string][]string{"nations.csv": results.NationColumns, "alliances.csv": results.AllianceColumns,
		"events.csv": results.EventColumns, "world.csv": results.WorldColumns, "memberships.csv": results.MembershipColumns} {
		code, body, h := get(file)
		if code != http.StatusOK || h.Get("Content-Type") != "text/csv; charset=utf-8" ||
			h.Get("Content-Disposition") != `attachment; filename="classroom-free-riders-seed7-`+file+`"` {
			t.Fatalf("%s: %d %v %.200s", file, code, h, body)
		}
		rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if !slices.Equal(rows[0], cols) {
			t.Errorf("%s: columns %v, want %v", file, rows[0], cols)
		}
		if file == "world.csv" && (len(rows) != tick+2 || rows[len(rows)-1][0] != strconv.Itoa(tick)) {
			t.Errorf("world.csv: %d rows, last %v: want ticks 0 to %d", len(rows), rows[len(rows)-1], tick)
		}
		if file != "nations.csv" {
			continue
		}
		var last [][]string
		for _, r := range rows[1:] {
			if r[0] == strconv.Itoa(tick) {
				last = append(last, r)
			}
		}
		col := slices.Index(cols, "defense_share")
		if len(last) != len(shares) {
			t.Fatalf("nations.csv: %d rows at tick %d, want %d", len(last), tick, len(shares))
		}
		for i, r := range last {
			if r[col] != results.Float(shares[i]) {
				t.Errorf("nation %d at tick %d: the download says %s, the session's world %s (the replay drifted)", i, tick, r[col], results.Float(shares[i]))
			}
		}
	}
	if code, _, _ := get("../go.mod"); code == http.StatusOK {
		t.Error("a path went through the download")
	}
	if code, _, _ := get("secrets.csv"); code != http.StatusNotFound {
		t.Errorf("unknown file: %d", code)
	}
	resp, err := ts.Client().Get(ts.URL + "/api/sessions/nosuch/download/nations.csv")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown session: %s", resp.Status)
	}
	if err := c.act("setup", `{"scenario":"classroom-free-riders","live":{"nosuch":1}}`); err == nil || !strings.Contains(err.Error(), "422") {
		t.Errorf("a setup with an unknown slider: %v", err)
	}
	if err := c.act("setup", `{"scenario":"classroom-free-riders","live":{"psi0":7}}`); err == nil || !strings.Contains(err.Error(), "privateness") {
		t.Errorf("a setup with a slider out of range: %v", err)
	}
}

// TestInfoSpeaksOfSliders: the Info panels say `--set key=value` as the
// page's slider, for every built-in.
func TestInfoSpeaksOfSliders(t *testing.T) {
	for _, e := range builtinEntries() {
		if strings.Contains(e.Info.What, "--set") {
			t.Errorf("%s: the Info text still says --set: %s", e.Name, e.Info.What)
		}
		if len(e.Live) != len(liveParams) {
			t.Errorf("%s: %d slider values, want %d", e.Name, len(e.Live), len(liveParams))
		}
	}
	for in, want := range map[string]string{
		"Try `--set psi0=0.6`: when":     "Try setting the privateness of defence slider (psi0) to 0.6: when",
		"Run it again with\n`--set k=2`": "Run it again with\nthe threat reactivity slider (k) at 200 %",
		"then --set chi=0.5.":            "then set the entrapment slider (chi) to 0.5.",
		"`--set seed=3`":                 "`--set seed=3`", // no slider: as written
	} {
		if got := pageTerms(in); got != want {
			t.Errorf("pageTerms(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestURLs: a server on every address gives the machine's LAN addresses,
// not [::].
func TestURLs(t *testing.T) {
	own := []net.Addr{
		&net.IPNet{IP: net.ParseIP("127.0.0.1"), Mask: net.CIDRMask(8, 32)},
		&net.IPNet{IP: net.ParseIP("192.168.1.20"), Mask: net.CIDRMask(24, 32)},
		&net.IPNet{IP: net.ParseIP("fe80::1"), Mask: net.CIDRMask(64, 128)},
		&net.IPNet{IP: net.ParseIP("2001:db8::5"), Mask: net.CIDRMask(64, 128)},
		&net.IPNet{IP: net.ParseIP("::1"), Mask: net.CIDRMask(128, 128)},
	}
	for _, c := range []struct {
		ln   net.Addr
		want []string
	}{
		{&net.TCPAddr{IP: net.IPv6unspecified, Port: 8766}, []string{"http://192.168.1.20:8766/", "http://[2001:db8::5]:8766/", "http://localhost:8766/"}},
		{&net.TCPAddr{IP: net.IPv4zero.To4(), Port: 8766}, []string{"http://192.168.1.20:8766/", "http://localhost:8766/"}},
		{&net.TCPAddr{IP: net.ParseIP("127.0.0.1"), Port: 8080}, []string{"http://127.0.0.1:8080/"}},
		{&net.TCPAddr{IP: net.ParseIP("::1"), Port: 8080}, []string{"http://[::1]:8080/"}},
	} {
		if got := URLs(c.ln, own); !slices.Equal(got, c.want) {
			t.Errorf("URLs(%v) = %v, want %v", c.ln, got, c.want)
		}
	}
}

// TestAdvancedConstants: the advanced panel's constants reach the run at
// Setup, stay at Reset and in the download's replay; a key that is not a
// constant, or a value out of its range, is refused with the loader's
// words.
func TestAdvancedConstants(t *testing.T) {
	srv, ts := newTestServer(t, Options{})
	c, err := newClient(t, ts.URL, ts.Client())
	if err != nil {
		t.Fatal(err)
	}
	smax := func() float64 {
		ss := srv.session(c.id)
		ss.mu.Lock()
		defer ss.mu.Unlock()
		return ss.sc.Config.Params.MaxShare
	}
	if err := c.act("setup", `{"scenario":"classroom-arms-race","seed":3,"model":{"s_max":0.1}}`); err != nil {
		t.Fatal(err)
	}
	if got := smax(); got != 0.1 {
		t.Fatalf("s_max = %g after Setup, want 0.1", got)
	}
	for range 6 {
		if err := c.act("step", ""); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.act("reset", ""); err != nil {
		t.Fatal(err)
	}
	if got := smax(); got != 0.1 {
		t.Errorf("s_max = %g after Reset, want 0.1 kept", got)
	}
	for range 30 {
		if err := c.act("step", ""); err != nil {
			t.Fatal(err)
		}
	}
	resp, err := ts.Client().Get(ts.URL + "/api/sessions/" + c.id + "/download/nations.csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(resp.Body).ReadAll()
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(results.NationColumns, "defense_share")
	for _, r := range rows[1:] {
		if v, _ := strconv.ParseFloat(r[col], 64); v > 0.1+1e-9 {
			t.Fatalf("the download's replay lost s_max = 0.1: %v", r)
		}
	}
	for body, want := range map[string]string{
		`{"scenario":"classroom-arms-race","model":{"k":1}}`:       "no model constant",
		`{"scenario":"classroom-arms-race","model":{"nosuch":1}}`:  "no model constant",
		`{"scenario":"classroom-arms-race","model":{"s_max":7}}`:   "s_max",
		`{"scenario":"classroom-arms-race","model":{"s_min":0.5}}`: "s_min",
	} {
		if err := c.act("setup", body); err == nil || !strings.Contains(err.Error(), "422") || !strings.Contains(err.Error(), want) {
			t.Errorf("setup %s: %v, want a 422 naming %s", body, err, want)
		}
	}
}
