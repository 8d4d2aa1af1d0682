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
	"unicode"
	"unicode/utf8"

	"entente/sim"
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

// joinRequest is a student's: the code on the projector and a name.
type joinRequest struct {
	Code   string `json:"code"`
	Name   string `json:"name"`
	Nation string `json:"nation"` // a nation picked, or "" to be given one
}

const maxNameLength = 40

// cleanName keeps a name printable and short; "" if nothing is left.
func cleanName(name string) string {
	name = strings.Join(strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || !unicode.IsPrint(r) }), " ")
	for utf8.RuneCountInString(name) > maxNameLength {
		_, size := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-size]
	}
	return name
}

// join gives a student a token for a nation: the one the name already
// plays (a rejoin, from a new device or after a disconnection), else the
// one picked, else the student nation with the fewest students. Wrong
// codes are rate-limited per client address (joinLimiter).
func (s *Server) join(w http.ResponseWriter, r *http.Request) {
	addr := clientAddr(r)
	if ok, wait := s.classes.limit.allowed(addr); !ok {
		w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())+1))
		writeError(w, http.StatusTooManyRequests, fmt.Sprintf("too many wrong codes: try again in %d seconds", int(wait.Seconds())+1))
		return
	}
	var req joinRequest
	if !decodeBody(w, r, &req) {
		return
	}
	s.classes.mu.Lock()
	c := s.classes.byCode[strings.ToUpper(strings.TrimSpace(req.Code))]
	s.classes.mu.Unlock()
	if c == nil {
		s.classes.limit.failed(addr)
		writeError(w, http.StatusForbidden, "no class has this code: check the code on the screen")
		return
	}
	name := cleanName(req.Name)
	if name == "" {
		writeError(w, http.StatusUnprocessableEntity, "give a name")
		return
	}
	c.mu.Lock()
	st, err := c.seatLocked(name, req.Nation)
	nation := ""
	if err == nil {
		nation = c.world.Nations()[st.nation].Name
	}
	c.mu.Unlock()
	if err != nil {
		writeError(w, http.StatusConflict, err.Error())
		return
	}
	token := randomHex(16)
	s.classes.mu.Lock()
	closed := c.closed
	if !closed {
		s.classes.tokens[token] = seat{c: c, s: st}
	}
	s.classes.mu.Unlock()
	if closed {
		writeError(w, http.StatusGone, "the class has been closed")
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"token": token, "name": st.name, "nation": nation})
}

// joinInfo tells a student who typed a code the class's nations and how
// many play each, to pick one. A wrong code counts as a failed join.
func (s *Server) joinInfo(w http.ResponseWriter, r *http.Request) {
	addr := clientAddr(r)
	if ok, wait := s.classes.limit.allowed(addr); !ok {
		w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())+1))
		writeError(w, http.StatusTooManyRequests, fmt.Sprintf("too many wrong codes: try again in %d seconds", int(wait.Seconds())+1))
		return
	}
	s.classes.mu.Lock()
	c := s.classes.byCode[strings.ToUpper(strings.TrimSpace(r.URL.Query().Get("code")))]
	s.classes.mu.Unlock()
	if c == nil {
		s.classes.limit.failed(addr)
		writeError(w, http.StatusForbidden, "no class has this code: check the code on the screen")
		return
	}
	type choice struct {
		ID       string `json:"id"`
		Name     string `json:"name"`
		Students int    `json:"students"`
	}
	c.mu.Lock()
	out := []choice{}
	for _, i := range c.steered {
		ch := choice{ID: c.world.Nations()[i].ID, Name: c.world.Nations()[i].Name}
		for _, st := range c.students {
			if st.nation == i {
				ch.Students++
			}
		}
		out = append(out, ch)
	}
	title := c.sc.Title
	c.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"title": title, "nations": out})
}

// seatLocked finds or makes the student of a name.
func (c *class) seatLocked(name, pick string) (*student, error) {
	for _, s := range c.students {
		if strings.EqualFold(s.name, name) {
			if s.tokens >= maxTokensPerName {
				return nil, fmt.Errorf("%s has joined from %d devices already", name, maxTokensPerName)
			}
			s.tokens++
			return s, nil
		}
	}
	if c.state == ended || c.closed {
		return nil, fmt.Errorf("the class has ended")
	}
	if len(c.students) >= maxStudents {
		return nil, fmt.Errorf("the class is full (%d students)", maxStudents)
	}
	count := map[int]int{}
	for _, s := range c.students {
		count[s.nation]++
	}
	best := -1
	for _, i := range c.steered {
		if pick != "" && c.world.Nations()[i].ID == pick {
			best = i
			break
		}
		if pick == "" && (best < 0 || count[i] < count[best]) {
			best = i
		}
	}
	if best < 0 {
		return nil, fmt.Errorf("%q is not one of the class's nations", pick)
	}
	s := &student{name: name, nation: best, tokens: 1}
	c.students = append(c.students, s)
	c.notifyLocked()
	return s, nil
}

func (s *Server) student(w http.ResponseWriter, r *http.Request) (seat, bool) {
	st, ok := s.classes.seatOf(r)
	if !ok {
		writeError(w, http.StatusForbidden, "not a student of a class here: join with the code on the screen")
	}
	return st, ok
}

func (s *Server) playView(w http.ResponseWriter, r *http.Request) {
	st, ok := s.student(w, r)
	if !ok {
		return
	}
	c := st.c
	c.mu.Lock()
	c.waitLocked(r, since(r))
	if c.closed {
		c.mu.Unlock()
		writeError(w, http.StatusGone, "the class has been closed")
		return
	}
	v := c.studentViewLocked(st.s)
	c.mu.Unlock()
	writeJSON(w, http.StatusOK, v)
}

// decisionRequest is a student's decision for the open round. Nation, if
// given, must be the token's own: a request cannot act for another.
// Round, if given, must be the open round: a decision sent as the round
// closed does not land in the next one, whose options differ.
type decisionRequest struct {
	Nation string   `json:"nation"`
	Round  int      `json:"round"`
	Share  *float64 `json:"share"`
	Aid    *float64 `json:"aid"`
	Action string   `json:"action"`
	Target string   `json:"target"`
}

func (s *Server) decide(w http.ResponseWriter, r *http.Request) {
	st, ok := s.student(w, r)
	if !ok {
		return
	}
	var req decisionRequest
	if !decodeBody(w, r, &req) {
		return
	}
	c := st.c
	c.mu.Lock()
	defer c.mu.Unlock()
	own := c.world.Nations()[st.s.nation].ID
	if req.Nation != "" && req.Nation != own {
		writeError(w, http.StatusForbidden, fmt.Sprintf("this device plays %s, not %s", own, req.Nation))
		return
	}
	if c.closed || c.state == ended {
		writeError(w, http.StatusConflict, "the class has ended")
		return
	}
	if req.Round != 0 && req.Round != len(c.history)+1 {
		writeError(w, http.StatusConflict, fmt.Sprintf("round %d has closed: decide for round %d", req.Round, len(c.history)+1))
		return
	}
	d := sim.Decision{Share: req.Share, Aid: req.Aid, Action: sim.Action(req.Action), Target: req.Target}
	if err := d.Check(); err != nil {
		writeError(w, http.StatusUnprocessableEntity, err.Error())
		return
	}
	if d.Action != "" {
		found := false
		if ch := c.world.Choices(st.s.nation); ch != nil {
			for _, m := range ch.Moves {
				found = found || (m.Action == d.Action && m.Target == d.Target)
			}
		}
		if !found {
			writeError(w, http.StatusUnprocessableEntity, fmt.Sprintf("%s %s is not open to %s this round", d.Action, d.Target, own))
			return
		}
	}
	c.pending[st.s.nation] = &pending{d: d, by: st.s.name}
	c.notifyLocked()
	if c.roundLen == 0 && c.state == open && c.allDecidedLocked() {
		if err := c.guardLocked(c.nextLocked); err != nil {
			writeError(w, http.StatusInternalServerError, err.Error())
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
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
