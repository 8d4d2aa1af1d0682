package sim

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// A Controller steers nations from outside the model: a class of students,
// a researcher's scripted policy, a replayed log. Before each tick the
// engine asks it, for every nation it steers, for that tick's decision,
// showing it the options the model computes as open to the nation
// (choices.go). A controller that has not decided (ok false) leaves the
// nation to the model's rules for that tick, and the event log says so;
// a decision may also leave parts to the rules (a nil Share, an empty
// Action). The engine never waits: a controller that needs time (a round
// of a class) collects its decisions before the tick is stepped.
type Controller interface {
	Decide(tick, nation int, c *Choices) (d Decision, ok bool)
}

// ControllerFunc adapts a function to a Controller.
type ControllerFunc func(tick, nation int, c *Choices) (Decision, bool)

// Decide calls f.
func (f ControllerFunc) Decide(tick, nation int, c *Choices) (Decision, bool) {
	return f(tick, nation, c)
}

// Action is a steered nation's alliance decision for one tick.
type Action string

// The alliance decisions. The empty Action leaves alliances to the
// model's rules (exits and formation) for the tick.
const (
	Stay  Action = "stay"  // no change: it neither leaves nor joins nor founds
	Join  Action = "join"  // join the alliance Target (an alliance's ID)
	Found Action = "found" // found a pact with the nation Target (a nation's ID)
	Leave Action = "leave" // leave the alliance Target (an alliance's ID)
)

// Decision is what a controller decides for one nation and one tick. A
// decision replaces the model's rule where it speaks and only there: the
// budget rule when Share is set, the aid rule's generosity when Aid is
// set, exits and formation when Action is set.
type Decision struct {
	// Share is the defence share of GDP to spend this tick, within the
	// nation's [s_min, s_max] and a fiscal rule's cap (the engine clamps).
	Share *float64 `json:"share,omitempty"`
	// Aid is the share of the defence budget given to allies in need per
	// year (α), in [0, 1].
	Aid    *float64 `json:"aid,omitempty"`
	Action Action   `json:"action,omitempty"`
	Target string   `json:"target,omitempty"`
}

// String tells the decision for the event log.
func (d Decision) String() string {
	var parts []string
	if d.Share != nil {
		parts = append(parts, fmt.Sprintf("share %.4g", *d.Share))
	}
	if d.Aid != nil {
		parts = append(parts, fmt.Sprintf("aid %.4g", *d.Aid))
	}
	switch d.Action {
	case "":
	case Stay:
		parts = append(parts, "stay")
	default:
		parts = append(parts, string(d.Action)+" "+d.Target)
	}
	if len(parts) == 0 {
		return "nothing"
	}
	return strings.Join(parts, ", ")
}

// Check reports what makes a decision impossible to apply whatever the
// state of the world: a share or aid that is not a number in [0, 1], an
// unknown action, an action without its target.
func (d Decision) Check() error {
	for _, f := range []struct {
		name string
		v    *float64
	}{{"share", d.Share}, {"aid", d.Aid}} {
		if f.v != nil && (math.IsNaN(*f.v) || *f.v < 0 || *f.v > 1) {
			return fmt.Errorf("%s %v: not in [0, 1]", f.name, *f.v)
		}
	}
	switch d.Action {
	case "", Stay:
		if d.Target != "" {
			return fmt.Errorf("action %q takes no target", d.Action)
		}
	case Join, Found, Leave:
		if d.Target == "" {
			return fmt.Errorf("action %q needs a target", d.Action)
		}
	default:
		return fmt.Errorf("unknown action %q (stay, join, found or leave)", d.Action)
	}
	return nil
}

// Record kinds of steered nations, logged at the start of each tick.
const (
	Decided   = "decided"   // a controller's decision for the tick (cause: the decision)
	Undecided = "undecided" // no decision: the model's rules decide for the nation this tick
	Blocked   = "blocked"   // a decided action the world did not allow (cause: why)
)

// steering is a world's controller, the nations it steers and their
// decisions of the current tick. A world without one has a nil steering,
// and every hook in the phases is then a nil test: the model's outputs
// are those of a world nobody steers.
type steering struct {
	ctrl    Controller
	nations []int      // steered, ascending
	is      []bool     // per nation
	choices []*Choices // per nation: the options of the coming tick
	dec     []*Decision
	report  []Steering // per nation: what the last tick made of it
}

// Steer hands the decisions of the given nations (indices) to c from the
// next tick on; nations not listed follow the model's rules. A second
// call replaces the first. The options of the coming tick are computed
// at once, and after every tick.
func (w *World) Steer(nations []int, c Controller) error {
	st := &steering{ctrl: c, is: make([]bool, len(w.nations))}
	for _, i := range nations {
		if i < 0 || i >= len(w.nations) {
			return fmt.Errorf("steer: no nation %d", i)
		}
		if !st.is[i] {
			st.is[i] = true
			st.nations = append(st.nations, i)
		}
	}
	slices.Sort(st.nations)
	st.choices = make([]*Choices, len(w.nations))
	st.dec = make([]*Decision, len(w.nations))
	st.report = make([]Steering, len(w.nations))
	w.steer = st
	w.offer()
	return nil
}

// Steered reports whether nation i is steered by a controller.
func (w *World) Steered(i int) bool {
	return w.steer != nil && i >= 0 && i < len(w.steer.is) && w.steer.is[i]
}

// decide asks the controller for the tick's decisions, before phase 1, and
// logs each (or its absence).
func (w *World) decide() {
	st := w.steer
	if st == nil {
		return
	}
	clear(st.dec)
	for _, i := range st.nations {
		st.report[i] = Steering{Tick: w.tick}
		if !w.nations[i].Active {
			st.report[i].Absent = true
			continue
		}
		d, ok := st.ctrl.Decide(w.tick, i, st.choices[i])
		if ok && d == (Decision{}) {
			ok = false
		}
		if !ok {
			w.log(Undecided, nil, i, "no decision: the model's rules decide")
			continue
		}
		if err := d.Check(); err != nil {
			w.log(Undecided, nil, i, fmt.Sprintf("decision refused (%v): the model's rules decide", err))
			continue
		}
		st.dec[i] = &d
		st.report[i].Decided, st.report[i].Decision = true, d
		w.log(Decided, nil, i, d.String())
	}
}

// decision returns nation i's decision of the tick, or nil.
func (w *World) decision(i int) *Decision {
	if w.steer == nil {
		return nil
	}
	return w.steer.dec[i]
}

// allianceDecision returns i's decision when it decides its alliances.
func (w *World) allianceDecision(i int) *Decision {
	if d := w.decision(i); d != nil && d.Action != "" {
		return d
	}
	return nil
}

// offer computes the options of the coming tick for every steered nation.
func (w *World) offer() {
	if w.steer == nil || w.Done() {
		return
	}
	for _, i := range w.steer.nations {
		w.steer.choices[i] = w.choices(i)
	}
}
