package serve

import (
	"bytes"
	"fmt"
	"slices"
	"sync"
	"time"

	"entente/results"
	"entente/scenarios"
	"entente/sim"
)

// A class plays one scenario together: the students steer a few nations
// (teams of students may share one) and the model's rules play the rest.
// A round is one tick. Students decide while the round is open; it
// closes when its time is up, when the teacher presses Next or, in a
// class without a clock, when every nation with students has decided.
// Then the world steps with their decisions (a nation nobody decided for
// follows the model's rules, and the log says so) and the next round
// opens. Beside the class's world runs the model's own from the same
// scenario and seed, nobody steering: the counterfactual of the debrief.
//
// The class records as it plays: the CSV files `entente run` writes and
// the decision log, in memory (no request reads or writes a file); the
// log replays to the same CSV files (`entente run --replay`).
type class struct {
	id      string
	code    string // the join code students type
	teacher string // the teacher's token
	srv     *Server

	mu       sync.Mutex
	changed  chan struct{} // closed (and replaced) whenever a view changes
	version  int
	lastSeen time.Time
	closed   bool // the teacher closed it, or it was reclaimed

	sc       *scenarios.Scenario
	world    *sim.World // the class's
	model    *sim.World // the model's own: the counterfactual
	steered  []int      // the students' nations, in the teacher's order
	roundLen time.Duration
	state    string // lobby, open, paused, ended
	deadline time.Time
	left     time.Duration // a paused round's time left
	names    namer
	xs, ys   []float64 // the map's positions (frames.go's projection)

	students []*student
	pending  map[int]*pending // per steered nation: its decision for the open round
	history  []roundRecord    // per round played
	ticker   []Line

	files [5]bytes.Buffer // nations, alliances, events, world, memberships
	rec   *results.Recorder
	log   bytes.Buffer
	dlog  *results.DecisionLog
}

// The states of a class.
const (
	lobby  = "lobby"  // set up; students join; no round has opened
	open   = "open"   // a round is open for decisions
	paused = "paused" // the round's clock is stopped; decisions still count
	ended  = "ended"  // the teacher ended it, or the scenario did
)

// student is one name in a class, with the nation it plays.
type student struct {
	name   string
	nation int
	tokens int // tokens given (one per device joined)
}

// pending is a nation's decision for the open round, and who made it
// last (a team's members may each change it).
type pending struct {
	d  sim.Decision
	by string
}

// roundRecord is what a round made of each student nation.
type roundRecord struct {
	tick  int
	by    map[int]string       // who decided each nation
	steer map[int]sim.Steering // per steered nation
	share map[int]float64      // per steered nation: its share after the round
	model map[int]float64      // … and in the model's own run
}

// classRequest is the teacher's form.
type classRequest struct {
	Scenario string   `json:"scenario"`
	Seed     *uint64  `json:"seed"`
	Nations  []string `json:"nations"` // IDs of the nations the students play
	Round    float64  `json:"round"`   // seconds a round is open; 0: until all have decided
}

// Class limits.
const (
	maxClassNations = 30 // nations the students may steer
	maxRound        = 10 * time.Minute
)

// minRound: a round shorter than this cannot be read on a phone (a
// variable: tests run the clock faster).
var minRound = 10 * time.Second

// newClass loads the scenario (a built-in: no request reads a file),
// builds both worlds and the records; it does not start the clock.
func newClass(srv *Server, req classRequest) (*class, error) {
	var over []string
	if req.Seed != nil {
		over = append(over, fmt.Sprintf("seed=%d", *req.Seed))
	}
	if req.Scenario == "upload" {
		return nil, fmt.Errorf("a class plays a built-in scenario")
	}
	sc, err := loadScenario(req.Scenario, over, nil, "")
	if err != nil {
		return nil, err
	}
	if err := srv.opts.check(sc); err != nil {
		return nil, err
	}
	round := time.Duration(req.Round * float64(time.Second))
	if req.Round != 0 && (round < minRound || round > maxRound) {
		return nil, fmt.Errorf("a round lasts from %v to %v, or until all have decided (0)", minRound, maxRound)
	}
	c := &class{srv: srv, sc: sc, roundLen: round, state: lobby, changed: make(chan struct{}), lastSeen: timeNow(),
		pending: map[int]*pending{}, names: namer{}}
	if c.world, err = sim.New(sc.Config, 0); err != nil {
		return nil, err
	}
	c.xs, c.ys = project(c.world.Config())
	if c.model, err = sim.New(sc.Config, 0); err != nil {
		return nil, err
	}
	index := map[string]int{}
	ids := make([]string, len(c.world.Nations()))
	for i, n := range c.world.Nations() {
		index[n.ID], ids[i] = i, n.ID
	}
	seen := map[int]bool{}
	for _, id := range req.Nations {
		i, ok := index[id]
		if !ok {
			return nil, fmt.Errorf("%s has no nation %q", sc.Name, id)
		}
		if !seen[i] {
			seen[i] = true
			c.steered = append(c.steered, i)
		}
	}
	if len(c.steered) == 0 || len(c.steered) > maxClassNations {
		return nil, fmt.Errorf("pick from 1 to %d nations for the students", maxClassNations)
	}
	var steeredIDs []string
	for _, i := range c.steered {
		steeredIDs = append(steeredIDs, ids[i])
	}
	c.dlog, err = results.NewDecisionLog(&c.log, results.DecisionHeader{Scenario: sc.Name, Source: sc.Source, SHA256: sc.SHA256,
		Overrides: sc.Overrides, Seed: sc.Config.Seed, Steered: steeredIDs})
	if err != nil {
		return nil, err
	}
	// The controller runs inside Step, which runs under c.mu: it reads
	// the round's decisions without locking.
	decide := sim.ControllerFunc(func(tick, i int, _ *sim.Choices) (sim.Decision, bool) {
		if p := c.pending[i]; p != nil {
			return p.d, true
		}
		return sim.Decision{}, false
	})
	if err := c.world.Steer(c.steered, c.dlog.Record(decide, ids)); err != nil {
		return nil, err
	}
	if c.rec, err = results.NewRecorder(&c.files[0], &c.files[1], &c.files[2], &c.files[3]); err != nil {
		return nil, err
	}
	if err := c.rec.RecordMemberships(&c.files[4]); err != nil {
		return nil, err
	}
	return c, nil
}

// notifyLocked wakes every waiting view and the clock.
func (c *class) notifyLocked() {
	c.version++
	close(c.changed)
	c.changed = make(chan struct{})
}

// nextLocked closes the open round (or opens the first): the world steps
// with the round's decisions, and the next round opens, its clock running.
func (c *class) nextLocked() error {
	switch c.state {
	case ended:
		return fmt.Errorf("the class has ended")
	case lobby:
		c.openLocked()
		return nil
	}
	by := map[int]string{}
	for i, p := range c.pending {
		by[i] = p.by
	}
	before := c.membershipsLocked()
	ok := c.world.Step()
	c.model.Step()
	if !ok {
		if err := c.world.Err(); err != nil {
			c.endLocked()
			return fmt.Errorf("the simulation stopped: %v", err)
		}
	}
	if err := c.rec.Observe(c.world); err != nil {
		return err
	}
	if err := c.rec.Flush(); err != nil {
		return err
	}
	r := roundRecord{tick: c.world.Tick(), by: by, steer: map[int]sim.Steering{}, share: map[int]float64{}, model: map[int]float64{}}
	after := c.membershipsLocked()
	for k, i := range c.steered {
		st := c.world.Steering(i)
		if !st.Decided { // the rules moved it: say how, as the engine says a decided move
			st.Done = moves(c.world, i, before[k], after[k])
		}
		r.steer[i] = st
		r.share[i], r.model[i] = c.world.Nations()[i].Share, c.model.Nations()[i].Share
	}
	c.history = append(c.history, r)
	c.ticker = append(c.ticker, tickerLines(c.world, c.names)...)
	if len(c.ticker) > 200 {
		c.ticker = c.ticker[len(c.ticker)-200:]
	}
	clear(c.pending)
	if c.world.Done() {
		c.endLocked()
		return nil
	}
	c.openLocked()
	return nil
}

// membershipsLocked lists each student nation's live alliances.
func (c *class) membershipsLocked() [][]*sim.Alliance {
	out := make([][]*sim.Alliance, len(c.steered))
	for k, i := range c.steered {
		out[k] = append([]*sim.Alliance(nil), c.world.Memberships(i)...)
	}
	return out
}

// moves says how nation i's alliances changed in the last tick, in the
// engine's words ("joined A3", "founded A4 with USA", "left A2").
func moves(w *sim.World, i int, before, after []*sim.Alliance) []string {
	out := []string{}
	for _, a := range before {
		if !slices.Contains(after, a) {
			out = append(out, "left "+a.ID)
		}
	}
	for _, a := range after {
		switch {
		case slices.Contains(before, a):
		case a.Founded == w.Tick() && slices.Contains(a.Founders, i) && len(a.Founders) == 2:
			partner := a.Founders[0]
			if partner == i {
				partner = a.Founders[1]
			}
			out = append(out, "founded "+a.ID+" with "+w.Nations()[partner].ID)
		default:
			out = append(out, "joined "+a.ID)
		}
	}
	return out
}

func (c *class) openLocked() {
	c.state = open
	c.deadline = timeNow().Add(c.roundLen)
	c.notifyLocked()
}

// pauseLocked stops the round's clock, or starts it again.
func (c *class) pauseLocked() error {
	switch c.state {
	case open:
		c.state, c.left = paused, time.Until(c.deadline)
	case paused:
		c.state, c.deadline = open, timeNow().Add(c.left)
	default:
		return fmt.Errorf("no round is open")
	}
	c.notifyLocked()
	return nil
}

// endLocked ends the class: no more rounds; the records stay for the
// debrief and the downloads until the class is closed.
func (c *class) endLocked() {
	if c.state == ended {
		return
	}
	c.state = ended
	clear(c.pending)
	c.notifyLocked()
}

// allDecidedLocked reports whether every nation with students has a
// decision for the open round.
func (c *class) allDecidedLocked() bool {
	any := false
	for _, s := range c.students {
		any = true
		if c.pending[s.nation] == nil {
			return false
		}
	}
	return any
}
