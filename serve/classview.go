package serve

import (
	"cmp"
	"slices"
	"time"

	"entente/sim"
)

// What the pages of a class show, built under the class's lock from its
// world: the student's screen (their nation, its options with the model's
// reading, last round) and the teacher's (who has decided, the clock, the
// world's alliances and ticker, the debrief at the end).

// roundView is the clock and state both screens show.
type roundView struct {
	Version  int     `json:"version"`
	State    string  `json:"state"`
	Round    int     `json:"round"` // the round open (1-based), or the rounds played once ended
	Year     string  `json:"year"`  // the date the open round decides
	Left     float64 `json:"left"`  // seconds left in the round; -1 without a clock
	RoundLen float64 `json:"round_len"`
	Title    string  `json:"title"`
}

func (c *class) roundViewLocked() roundView {
	v := roundView{Version: c.version, State: c.state, Round: len(c.history) + 1, Left: -1, RoundLen: c.roundLen.Seconds(), Title: c.sc.Title}
	if c.state == ended {
		v.Round = len(c.history)
	}
	v.Year = when(c.world.Config(), len(c.history))
	switch {
	case c.roundLen <= 0:
	case c.state == open:
		v.Left = max(0, time.Until(c.deadline).Seconds())
	case c.state == paused:
		v.Left = c.left.Seconds()
	case c.state == lobby:
		v.Left = c.roundLen.Seconds()
	}
	return v
}

type nationFigures struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	GDP      float64  `json:"gdp"`   // billion USD
	Debt     float64  `json:"debt"`  // share of GDP
	Share    float64  `json:"share"` // defence share of GDP
	Budget   float64  `json:"budget"`
	Pressure float64  `json:"pressure"`
	Ratio    float64  `json:"ratio"` // threat over security
	Allies   []string `json:"allies"`
}

func figures(w *sim.World, i int) nationFigures {
	n := w.Nations()[i]
	st := w.State(i)
	f := nationFigures{ID: n.ID, Name: n.Name, GDP: n.GDP, Debt: n.Debt, Share: n.Share, Budget: n.Budget(), Pressure: n.Pressure, Ratio: st.ThreatRatio, Allies: []string{}}
	for _, a := range w.Memberships(i) {
		for _, m := range a.Members {
			if m != i && !slices.Contains(f.Allies, w.Nations()[m].Name) {
				f.Allies = append(f.Allies, w.Nations()[m].Name)
			}
		}
	}
	return f
}

type threatSource struct {
	Name string  `json:"name"`
	Part float64 `json:"part"` // share of the nation's threat
}

type allyView struct {
	Name    string  `json:"name"`
	Share   float64 `json:"share"`
	Student bool    `json:"student"`
}

type pactView struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Target   float64    `json:"target"`
	Cohesion float64    `json:"cohesion"`
	Members  []allyView `json:"members"`
}

type moveView struct {
	Action   string  `json:"action"`
	Target   string  `json:"target"`
	Label    string  `json:"label"`
	Value    float64 `json:"value"`
	Security float64 `json:"security"`
	Cost     float64 `json:"cost"` // burden, entrapment, autonomy and commitment: what the model counts against
	Ask      float64 `json:"ask"`
	Rule     bool    `json:"rule"`
}

type decisionView struct {
	Share  *float64 `json:"share"`
	Aid    *float64 `json:"aid"`
	Action string   `json:"action"`
	Target string   `json:"target"`
	By     string   `json:"by"`
	Text   string   `json:"text"`
}

type lastView struct {
	Year      string   `json:"year"`
	Absent    bool     `json:"absent"` // the nation was not in the system yet
	Decided   bool     `json:"decided"`
	By        string   `json:"by"`
	Decision  string   `json:"decision"`
	Share     float64  `json:"share"`
	RuleShare float64  `json:"rule_share"`
	Done      []string `json:"done"`
	Rule      []string `json:"rule"`
	agreed    bool     // the decision did what the rules would have
}

type studentView struct {
	roundView
	Name     string         `json:"name"`
	Team     []string       `json:"team"`
	Nation   nationFigures  `json:"nation"`
	Threats  []threatSource `json:"threats"`
	Alliance []pactView     `json:"alliances"`
	Min      float64        `json:"min"`
	Max      float64        `json:"max"`
	Aid      float64        `json:"aid"`
	Waiting  bool           `json:"waiting"`
	Moves    []moveView     `json:"moves"`
	Decision *decisionView  `json:"decision"`
	Last     *lastView      `json:"last"`
	Ticker   []Line         `json:"ticker"`
}

func (c *class) studentViewLocked(s *student) studentView {
	w, i := c.world, s.nation
	v := studentView{roundView: c.roundViewLocked(), Name: s.name, Nation: figures(w, i), Threats: []threatSource{}, Alliance: []pactView{}, Moves: []moveView{}}
	for _, o := range c.students {
		if o.nation == i {
			v.Team = append(v.Team, o.name)
		}
	}
	v.Threats = threatSources(w, i)
	for _, a := range w.Memberships(i) {
		av := pactView{ID: a.ID, Name: c.names.name(w, a), Target: a.Target, Cohesion: a.Cohesion}
		for _, m := range a.Members {
			av.Members = append(av.Members, allyView{Name: w.Nations()[m].Name, Share: w.Nations()[m].Share, Student: w.Steered(m)})
		}
		v.Alliance = append(v.Alliance, av)
	}
	if ch := w.Choices(i); ch != nil {
		v.Min, v.Max, v.Aid, v.Waiting = ch.MinShare, ch.MaxShare, ch.Aid, ch.Waiting
		for _, m := range ch.Moves {
			v.Moves = append(v.Moves, c.moveViewLocked(m))
		}
	}
	if p := c.pending[i]; p != nil {
		v.Decision = &decisionView{Share: p.d.Share, Aid: p.d.Aid, Action: string(p.d.Action), Target: p.d.Target, By: p.by, Text: c.decisionText(p.d)}
	}
	if n := len(c.history); n > 0 {
		v.Last = c.lastOf(c.history[n-1], i)
	}
	v.Ticker = lastLines(c.ticker, 6)
	return v
}

// lastOf is what round r made of nation i, in words (IDs named).
func (c *class) lastOf(r roundRecord, i int) *lastView {
	st := r.steer[i]
	l := &lastView{Year: when(c.world.Config(), r.tick), Absent: st.Absent, Decided: st.Decided, By: r.by[i], Share: st.Share, RuleShare: st.RuleShare,
		Done: c.namedAll(st.Done), Rule: c.namedAll(st.Rule), agreed: agreed(st)}
	if st.Decided {
		l.Decision = c.decisionText(st.Decision)
	}
	return l
}

func lastLines(lines []Line, n int) []Line {
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return append([]Line{}, lines...)
}

// threatSources are the three nations that make up most of i's threat.
func threatSources(w *sim.World, i int) []threatSource {
	type src struct {
		l int
		t float64
	}
	var all []src
	total := 0.0
	for l := range w.Nations() {
		if t := w.ThreatFrom(i, l); l != i && t > 0 {
			all = append(all, src{l, t})
			total += t
		}
	}
	slices.SortStableFunc(all, func(a, b src) int { return cmp.Compare(b.t, a.t) })
	out := []threatSource{}
	for k := 0; k < len(all) && k < 3; k++ {
		out = append(out, threatSource{Name: w.Nations()[all[k].l].Name, Part: all[k].t / total})
	}
	return out
}

func (c *class) moveViewLocked(m sim.Move) moveView {
	w := c.world
	v := moveView{Action: string(m.Action), Target: m.Target, Value: m.Value.Value, Security: m.Value.Security,
		Cost: m.Value.Burden + m.Value.Entrapment + m.Value.Autonomy + m.Value.Commitment + m.Value.Neutrality, Ask: m.Ask, Rule: m.Rule}
	switch m.Action {
	case sim.Stay:
		v.Label = "Stay as we are"
	case sim.Join, sim.Leave:
		name := m.Target
		for _, a := range w.Alliances() {
			if a.ID == m.Target {
				name = c.names.name(w, a)
			}
		}
		if m.Action == sim.Join {
			v.Label = "Join " + name
		} else {
			v.Label = "Leave " + name
		}
	case sim.Found:
		name := m.Target
		for _, n := range w.Nations() {
			if n.ID == m.Target {
				name = n.Name
			}
		}
		v.Label = "Found a pact with " + name
		if c.world.Steered(c.nationIndex(m.Target)) {
			v.Label += " (if its students choose it too)"
		}
	}
	return v
}
