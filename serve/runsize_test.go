package serve

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"

	"entente/scenarios"
	"entente/sim"
)

// world writes a scenario of n nations on a plane, from start to end with
// perYear ticks a year, some of them rivals (so alliances form).
func world(n, start, end, perYear int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "[scenario]\nname = \"big\"\ntitle = \"big\"\ndescription = \"big\"\nsources = [\"test\"]\n"+
		"start_year = %d\nend_year = %d\nticks_per_year = %d\nseed = 1\ngeometry = \"plane\"\n", start, end, perYear)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		fmt.Fprintf(&b, "[[nation]]\nid = \"N%d\"\nname = \"Nation %d\"\nx = %d.0\ny = %d.0\ngdp = %d.0\nshare = 0.02\nregime = %d\n",
			i, i, r.IntN(4000), r.IntN(4000), 10+r.IntN(1000), r.IntN(21)-10)
	}
	for range n / 3 {
		fmt.Fprintf(&b, "[[rivalry]]\na = \"N%d\"\nb = \"N%d\"\nlevel = 0.9\nsource = \"test\"\n", r.IntN(n/2), n/2+r.IntN(n-n/2))
	}
	return b.String()
}

// TestEnormousWorldsAreRefused: worlds that cannot run (issue 18, item 8:
// 100,000 nations; 45 nations for 240,000 ticks) are refused at upload,
// before the world or a frame is allocated, by the nation and tick caps
// and, should those be raised, by the run's estimated memory.
func TestEnormousWorldsAreRefused(t *testing.T) {
	raised := Options{MaxNations: 1 << 30, MaxTicks: 1 << 30, MaxUpload: 64 << 20}
	for _, tc := range []struct {
		name     string
		opts     Options
		scenario string
		code     int
		says     string
	}{
		{"100,000 nations", Options{}, world(100_000, 2000, 2040, 1), http.StatusRequestEntityTooLarge, "larger than 256 KiB"},
		{"as many nations as 256 KiB holds", Options{}, world(1_500, 2000, 2040, 1), http.StatusUnprocessableEntity, "1500 nations: this server runs at most 150"},
		{"45 nations for 240,000 ticks", Options{}, world(45, -9999, 9999, 12), http.StatusUnprocessableEntity, "239988 ticks: this server runs at most 600"},
		{"45 nations for 240,000 ticks, caps raised", raised, world(45, -9999, 9999, 12), http.StatusUnprocessableEntity, "45 nations for 239988 ticks would need about 1554 MiB: this server gives a run at most 24 MiB"},
		{"3,000 nations, caps raised", raised, world(3_000, 2000, 2040, 1), http.StatusUnprocessableEntity, "3000 nations for 41 ticks would need about 1687 MiB"},
		{"150 nations for 600 ticks: the largest run allowed", Options{}, world(150, 2000, 2049, 12), http.StatusOK, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := tc.opts
			opts.Log = discardLogger()
			srv := New(opts)
			defer srv.Close()
			ss := srv.newSession()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/api/sessions/"+ss.id+"/upload?name=big.toml", bytes.NewReader([]byte(tc.scenario))))
			runtime.ReadMemStats(&after)
			if rec.Code != tc.code || !strings.Contains(rec.Body.String(), tc.says) {
				t.Errorf("%d %.300s; want %d saying %q", rec.Code, rec.Body, tc.code, tc.says)
			}
			// Parsing takes some times the file's size; a world of these
			// sizes would take gigabytes.
			if got := after.TotalAlloc - before.TotalAlloc; got > 32<<20+8*uint64(len(tc.scenario)) {
				t.Errorf("the upload allocated %d MiB", got>>20)
			}
		})
	}
	if b := runBytes(DefaultOptions.MaxNations, DefaultOptions.MaxTicks); b > DefaultOptions.MaxRunBytes {
		t.Errorf("the default caps allow a run of %d MiB, beyond MaxRunBytes", b>>20)
	}
}

// TestRunBytesBoundsARun measures runs (the world's heap and the frames a
// session keeps) against runBytes, the estimate the server refuses by.
func TestRunBytesBoundsARun(t *testing.T) {
	cold, err := scenarios.Load("cold-war", nil)
	if err != nil {
		t.Fatal(err)
	}
	big, err := scenarios.Parse("big.toml", []byte(world(150, 2000, 2009, 12)), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, sc := range []*scenarios.Scenario{cold, big} {
		t.Run(sc.Name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			w, err := sim.New(sc.Config, 0)
			if err != nil {
				t.Fatal(err)
			}
			nm := namer{}
			frames := len(event("setup", newSetupFrame(1, sc, w, infoFor(sc.Name, sc.Description))))
			for w.Step() {
				frames += len(event("tick", newTickFrame(1, w, tickerLines(w, nm), nm)))
			}
			runtime.GC()
			runtime.ReadMemStats(&after)
			heap := int64(after.HeapAlloc) - int64(before.HeapAlloc)
			runtime.KeepAlive(w)
			n, ticks := len(sc.Config.Nations), sc.Config.Ticks()
			est := runBytes(n, ticks)
			t.Logf("%d nations, %d ticks: world %d KiB, frames %d KiB (%.0f bytes a nation-tick); estimated %d KiB",
				n, ticks, heap>>10, frames>>10, float64(frames)/float64(n*ticks), est>>10)
			if int64(frames)+heap > est {
				t.Errorf("the run holds %d KiB, more than its estimate, %d KiB", (int64(frames)+heap)>>10, est>>10)
			}
		})
	}
}
