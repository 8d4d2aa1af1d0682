package serve

import (
	"fmt"
	"net/http"

	"entente/sim"
)

// Playing: a student's view of the round, and the decisions a student's
// token may send, for its own nation only.

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
