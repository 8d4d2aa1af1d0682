package serve

import (
	"math"
	"slices"
	"strings"

	"entente/sim"
)

// The debrief, at the end of a class: for each student nation, round by
// round, what the students decided beside what the model's rules would
// have done from the same state (the rules run for a steered nation too,
// where the engine applies its decision: sim.Steering), and where the
// nation ended beside where it ends in the model's own run of the same
// scenario and seed, nobody steering (the counterfactual run alongside).
// And the class's choices over the rounds: how many nations decided, and
// how often they did what the rules would have done.
type debrief struct {
	Nations []nationDebrief `json:"nations"`
	Rounds  []roundSummary  `json:"rounds"`
}

type nationDebrief struct {
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Students []string      `json:"students"`
	Rounds   []lastView    `json:"rounds"`
	Class    nationFigures `json:"class"` // at the end of the class
	Model    nationFigures `json:"model"` // at the same tick of the model's own run
	// Agreed counts the rounds its decision did what the rules would
	// have (the same moves, a share within 0.1 point of the rule's).
	Agreed  int `json:"agreed"`
	Decided int `json:"decided"`
}

type roundSummary struct {
	Year      string `json:"year"`
	Decided   int    `json:"decided"`
	Undecided int    `json:"undecided"`
	Agreed    int    `json:"agreed"`
	Blocked   int    `json:"blocked"`
}

func (c *class) debriefLocked() *debrief {
	d := &debrief{Nations: []nationDebrief{}, Rounds: []roundSummary{}}
	for _, r := range c.history {
		rs := roundSummary{Year: when(c.world.Config(), r.tick)}
		for _, i := range c.steered {
			st := r.steer[i]
			if st.Absent {
				continue
			}
			if st.Decided {
				rs.Decided++
				if agreed(st) {
					rs.Agreed++
				}
			} else {
				rs.Undecided++
			}
			for _, done := range st.Done {
				if strings.HasPrefix(done, "blocked:") {
					rs.Blocked++
				}
			}
		}
		d.Rounds = append(d.Rounds, rs)
	}
	for _, i := range c.steered {
		nd := nationDebrief{ID: c.world.Nations()[i].ID, Name: c.world.Nations()[i].Name, Students: []string{}, Rounds: []lastView{},
			Class: figures(c.world, i), Model: figures(c.model, i)}
		for _, s := range c.students {
			if s.nation == i {
				nd.Students = append(nd.Students, s.name)
			}
		}
		for _, r := range c.history {
			l := c.lastOf(r, i)
			nd.Rounds = append(nd.Rounds, *l)
			if l.Decided {
				nd.Decided++
				if l.agreed {
					nd.Agreed++
				}
			}
		}
		d.Nations = append(d.Nations, nd)
	}
	return d
}

// agreed reports whether a decided round did what the rules would have:
// the share within a tenth of a point of the rule's, and the same
// alliance moves.
func agreed(st sim.Steering) bool {
	if math.Abs(st.Share-st.RuleShare) > 0.001 {
		return false
	}
	var done []string
	for _, m := range st.Done {
		done = append(done, moveOf(m))
	}
	return slices.Equal(done, st.Rule)
}

// moveOf words a move made as the rules' moves are worded ("joined A3" is
// "join A3"; "founded A4 with USA" is "found with USA").
func moveOf(done string) string {
	if rest, ok := strings.CutPrefix(done, "joined "); ok {
		return "join " + rest
	}
	if rest, ok := strings.CutPrefix(done, "left "); ok {
		return "leave " + rest
	}
	if rest, ok := strings.CutPrefix(done, "founded "); ok {
		if _, partner, ok := strings.Cut(rest, " with "); ok {
			return "found with " + partner
		}
	}
	return done
}
