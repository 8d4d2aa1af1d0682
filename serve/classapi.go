package serve

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// The class's HTTP API. The teacher's requests carry the teacher's token,
// the students' their own (Authorization: Bearer), never in a URL. A
// class is created only from this machine (the teacher's screen is the
// server's): a student on the network cannot fill the server's classes.
func (s *Server) classRoutes() {
	s.mux.HandleFunc("POST /api/classes", s.createClass)
	s.mux.HandleFunc("GET /api/classes/{id}", s.classView)
	s.mux.HandleFunc("POST /api/classes/{id}/{action}", s.classAction)
	s.mux.HandleFunc("GET /api/classes/{id}/download/{file}", s.classDownload)
	s.mux.HandleFunc("POST /api/join", s.join)
	s.mux.HandleFunc("GET /api/join", s.joinInfo)
	s.mux.HandleFunc("GET /api/play", s.playView)
	s.mux.HandleFunc("POST /api/play", s.decide)
}

// longPoll is how long a view request waits for a change.
const longPoll = 20 * time.Second

func decodeBody(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4<<10)).Decode(v); err != nil && !errors.Is(err, io.EOF) {
		writeError(w, http.StatusBadRequest, "bad request body: "+err.Error())
		return false
	}
	return true
}

func fromThisMachine(r *http.Request) bool {
	ip := net.ParseIP(clientAddr(r))
	return ip != nil && ip.IsLoopback()
}

func (s *Server) createClass(w http.ResponseWriter, r *http.Request) {
	if !fromThisMachine(r) {
		writeError(w, http.StatusForbidden, "a class is started from the machine that runs entente serve")
		return
	}
	var req classRequest
	if !decodeBody(w, r, &req) {
		return
	}
	c, err := newClass(s, req)
	if err != nil {
		writeError(w, http.StatusUnprocessableEntity, err.Error())
		return
	}
	s.mu.Lock()
	closed := s.closed
	if !closed {
		s.wg.Add(1) // under s.mu: Close's Wait comes after
	}
	s.mu.Unlock()
	if closed {
		writeError(w, http.StatusServiceUnavailable, "the server is stopping")
		return
	}
	if !s.classes.add(c) {
		s.wg.Done()
		writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("the server runs at most %d classes at once: close one first", maxClasses))
		return
	}
	go c.clock()
	join := s.joinURL(r, c.code)
	qr, err := qrSVG(join)
	if err != nil {
		qr = ""
	}
	writeJSON(w, http.StatusCreated, map[string]any{"id": c.id, "token": c.teacher, "code": c.code, "join": join, "qr": qr})
}

// joinURL is the address students open: the one given to the server
// (Options.JoinURL, the network address `entente serve` prints), else the
// one the teacher's page was loaded from.
func (s *Server) joinURL(r *http.Request, code string) string {
	base := s.opts.JoinURL
	if base == "" {
		base = "http://" + r.Host + "/"
	}
	return strings.TrimSuffix(base, "/") + "/play?code=" + code
}

func since(r *http.Request) int {
	v, err := strconv.Atoi(r.URL.Query().Get("since"))
	if err != nil {
		return -1
	}
	return v
}

// waitLocked waits, the lock released, until the class changes from
// version v, the request goes or longPoll passes; it returns locked.
func (c *class) waitLocked(r *http.Request, v int) {
	if v != c.version || c.closed {
		return
	}
	ch := c.changed
	c.mu.Unlock()
	t := time.NewTimer(longPoll)
	select {
	case <-ch:
	case <-t.C:
	case <-r.Context().Done():
	case <-c.srv.closing:
	}
	t.Stop()
	c.mu.Lock()
}

func (s *Server) teacher(w http.ResponseWriter, r *http.Request) *class {
	c := s.classes.teacherClass(r, r.PathValue("id"))
	if c == nil {
		writeError(w, http.StatusForbidden, "no such class, or not its teacher's page")
	}
	return c
}

func (s *Server) classView(w http.ResponseWriter, r *http.Request) {
	c := s.teacher(w, r)
	if c == nil {
		return
	}
	c.mu.Lock()
	c.lastSeen = timeNow()
	c.waitLocked(r, since(r))
	v := c.teacherViewLocked(s.joinURL(r, c.code))
	c.mu.Unlock()
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) classAction(w http.ResponseWriter, r *http.Request) {
	c := s.teacher(w, r)
	if c == nil {
		return
	}
	action := r.PathValue("action")
	c.mu.Lock()
	c.lastSeen = timeNow()
	var err error
	switch action {
	case "next":
		err = c.guardLocked(c.nextLocked)
	case "pause":
		err = c.pauseLocked()
	case "end":
		c.endLocked()
	case "close":
		c.closed = true
		c.notifyLocked()
	default:
		err = fmt.Errorf("unknown action %q", action)
	}
	c.mu.Unlock()
	if action == "close" {
		s.classes.remove(c)
	}
	if err != nil {
		writeError(w, http.StatusConflict, err.Error())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// classDownloads are the files of a class: the CSV files `entente run`
// writes, and the decision log that replays to them.
var classDownloads = map[string]int{"nations.csv": 0, "alliances.csv": 1, "events.csv": 2, "world.csv": 3, "memberships.csv": 4, "decisions.jsonl": 5}

func (s *Server) classDownload(w http.ResponseWriter, r *http.Request) {
	c := s.teacher(w, r)
	if c == nil {
		return
	}
	file := r.PathValue("file")
	k, ok := classDownloads[file]
	if !ok {
		writeError(w, http.StatusNotFound, "no such download "+strconv.Quote(file))
		return
	}
	c.mu.Lock()
	var body []byte
	if k < 5 {
		body = append(body, c.files[k].Bytes()...)
	} else {
		// The log as it stands, with the end line of the rounds played:
		// a replay stops where the class is.
		body = append(body, c.log.Bytes()...)
		body = append(body, endLine(len(c.history))...)
	}
	name := fmt.Sprintf("%s-seed%d-class-%s", c.sc.Name, c.sc.Config.Seed, file)
	c.mu.Unlock()
	h := w.Header()
	if k < 5 {
		h.Set("Content-Type", "text/csv; charset=utf-8")
	} else {
		h.Set("Content-Type", "application/jsonl; charset=utf-8")
	}
	h.Set("Content-Disposition", `attachment; filename="`+safeFileName(name)+`"`)
	h.Set("Cache-Control", "no-store")
	_, _ = w.Write(body)
}

func endLine(ticks int) []byte {
	b, _ := json.Marshal(map[string]any{"end": true, "ticks": ticks})
	return append(b, '\n')
}

// reapClasses closes the classes nobody has asked about for
// classIdleTimeout.
func (s *Server) reapClasses(now time.Time) {
	for _, c := range s.classes.all() {
		c.mu.Lock()
		idle := now.Sub(c.lastSeen) > classIdleTimeout
		if idle {
			c.closed = true
			c.notifyLocked()
		}
		c.mu.Unlock()
		if idle {
			s.classes.remove(c)
		}
	}
}
