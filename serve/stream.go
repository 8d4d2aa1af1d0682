package serve

import (
	"net/http"
	"time"
)

// timeNow is the wall clock: sessions' idle time and the player's pace
// (never the model's, which has no clock).
var timeNow = time.Now

// writeWait is how long one write to a stream may take before the
// stream is given up.
const writeWait = 30 * time.Second

// bye is the last event of a stream, so the page does not reconnect: why
// it ends, and the session's failure if it failed (the page shows it).
func bye(reason, failure string) []byte {
	return event("bye", struct {
		Reason string `json:"reason"`
		Error  string `json:"error,omitempty"`
	}{reason, failure})
}

// stream sends a session's run to the page as Server-Sent Events: the
// setup, every tick so far, then each new tick and status as it comes. It
// returns when the request's context ends (the page left, or the server
// shuts down), when the server closes, or when the session is reclaimed;
// in the last two cases it first sends "bye", so the page does not
// reconnect.
func (s *Server) stream(w http.ResponseWriter, r *http.Request) {
	ss := s.session(r.PathValue("id"))
	if ss == nil {
		writeError(w, http.StatusNotFound, "no such session: reload the page")
		return
	}
	rc := http.NewResponseController(w)
	// The server's read time-out is for reading requests; a stream reads
	// nothing more, and must not be cut by it.
	_ = rc.SetReadDeadline(time.Time{})
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)

	ss.mu.Lock()
	ss.streams++
	ss.mu.Unlock()
	defer func() {
		ss.mu.Lock()
		ss.streams--
		ss.lastSeen = timeNow()
		ss.mu.Unlock()
	}()

	keepAlive := time.NewTicker(s.opts.KeepAlive)
	defer keepAlive.Stop()
	gen, sent, statusVer := -1, 0, -1
	send := func(chunks ...[]byte) bool {
		if err := rc.SetWriteDeadline(timeNow().Add(writeWait)); err != nil {
			return false
		}
		for _, c := range chunks {
			if _, err := w.Write(c); err != nil {
				return false
			}
		}
		return rc.Flush() == nil
	}
	for {
		var out [][]byte
		ss.mu.Lock()
		_ = ss.guardLocked("sending the run", func() error { // a panic here fails the session: gone below
			if ss.gone {
				return nil
			}
			s.panicHook(ss.id, "stream")
			if ss.gen != gen && ss.setup != nil {
				gen, sent = ss.gen, 0
				out = append(out, ss.setup)
			}
			if gen == ss.gen {
				out = append(out, ss.frames[sent:]...)
				sent = len(ss.frames)
			}
			if ss.statusVer != statusVer {
				statusVer = ss.statusVer
				out = append(out, ss.statusLocked())
			}
			return nil
		})
		changed, gone, failed := ss.changed, ss.gone, ss.failed
		ss.mu.Unlock()
		if gone {
			send(bye("the session has ended", failed))
			return
		}
		if len(out) > 0 && !send(out...) {
			return
		}
		select {
		case <-r.Context().Done():
			return
		case <-s.closing:
			send(bye("the server has stopped", ""))
			return
		case <-changed:
		case <-keepAlive.C:
			if !send([]byte(": keep-alive\n\n")) {
				return
			}
		}
	}
}
