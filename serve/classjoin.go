package serve

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Joining a class: a student types the code on the screen and a name,
// may pick one of the class's nations, and gets a token for it.

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
