package serve

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strconv"

	"entente/results"
	"entente/sim"
)

// liveChange is a slider moved during a run: it took effect at the tick
// after After (-1: from the first tick).
type liveChange struct {
	After int
	Key   string
	Value float64
}

// downloads are the files a session's run can be downloaded as: the four
// time series of `entente run` and its memberships.csv, written by the
// same recorder.
var downloads = map[string]int{"nations.csv": 0, "alliances.csv": 1, "events.csv": 2, "world.csv": 3, "memberships.csv": 4}

// download answers one of a run's CSV files, up to the tick the page has
// seen. The session keeps no history but its frames: the run is replayed
// from its setup (scenario, seed) and its live changes at the ticks they
// took effect, which the engine reproduces exactly, and recorded as
// `entente run` records it. Replays are CPU work: a few at once
// (downloadSlots), the rest are asked to try again.
func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	file := r.PathValue("file")
	which, ok := downloads[file]
	if !ok {
		writeError(w, http.StatusNotFound, "no such download "+strconv.Quote(file)+": nations.csv, alliances.csv, events.csv, world.csv or memberships.csv")
		return
	}
	ss := s.session(r.PathValue("id"))
	if ss == nil {
		writeError(w, http.StatusNotFound, "no such session (it may have been closed after a long idle time): reload the page")
		return
	}
	if !lockUnlessGone(w, ss) {
		return
	}
	if ss.world == nil {
		ss.mu.Unlock()
		writeError(w, http.StatusConflict, "press Setup first: there is no run to download")
		return
	}
	ss.lastSeen = timeNow()
	req, upload, ref := ss.runReq, ss.runUpload, ss.runUploadRef
	changes := append([]liveChange(nil), ss.changes...)
	until := ss.world.Tick()
	name := fmt.Sprintf("%s-seed%d-%s", ss.sc.Name, ss.seed, file)
	ss.mu.Unlock()

	select {
	case s.downloadSlots <- struct{}{}:
		defer func() { <-s.downloadSlots }()
	default:
		writeError(w, http.StatusServiceUnavailable, "the server is busy preparing other downloads: try again in a moment")
		return
	}
	var out bytes.Buffer
	err := ss.guard("preparing a download", func() error {
		return replay(req, upload, ref, changes, until, which, &out)
	})
	if err != nil {
		writeError(w, http.StatusInternalServerError, "the download could not be made: "+err.Error())
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Disposition", `attachment; filename="`+safeFileName(name)+`"`)
	h.Set("Cache-Control", "no-store")
	_, _ = out.WriteTo(w) // the client went away: nothing to do
}

// replay runs a session's run again up to tick until and writes one of its
// five files (downloads' order) to out.
func replay(req setupRequest, upload []byte, ref string, changes []liveChange, until, which int, out io.Writer) error {
	var over []string
	if req.Seed != nil {
		over = append(over, fmt.Sprintf("seed=%d", *req.Seed))
	}
	over = append(over, req.Sets...)
	sc, err := loadScenario(req.Scenario, over, upload, ref)
	if err != nil {
		return err
	}
	w, err := sim.New(sc.Config, 0)
	if err != nil {
		return err
	}
	files := [5]io.Writer{io.Discard, io.Discard, io.Discard, io.Discard, nil}
	files[which] = out
	rec, err := results.NewRecorder(files[0], files[1], files[2], files[3])
	if err != nil {
		return err
	}
	if files[4] != nil {
		if err := rec.RecordMemberships(files[4]); err != nil {
			return err
		}
	}
	next := 0
	for w.Tick() < until {
		for ; next < len(changes) && changes[next].After <= w.Tick(); next++ {
			if err := w.SetLiveParam(changes[next].Key, changes[next].Value); err != nil {
				return err
			}
		}
		if !w.Step() {
			if err := w.Err(); err != nil {
				return err
			}
			break
		}
		if err := rec.Observe(w); err != nil {
			return err
		}
	}
	return rec.Flush()
}

// safeFileName keeps letters, digits, '-', '_' and '.': the name goes into
// a header.
func safeFileName(name string) string {
	b := []byte(name)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			b[i] = '_'
		}
	}
	return string(b)
}

// downloadSlotCount is how many replays run at once.
func downloadSlotCount() int { return max(1, runtime.NumCPU()/2) }
