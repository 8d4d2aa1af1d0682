package serve

import (
	"strconv"
	"strings"
)

// The teacher's screen: who has decided and what, the world's alliances
// on a map, the students' spending beside the model's own run, the
// ticker, and the debrief once the class has ended.

type teacherNation struct {
	nationFigures
	Students []string `json:"students"`
	Decided  bool     `json:"decided"`
	By       string   `json:"by"`
	Decision string   `json:"decision"`
}

type teacherView struct {
	roundView
	Code      string          `json:"code"`
	Join      string          `json:"join"`
	Students  int             `json:"students"`
	Nations   []teacherNation `json:"nations"`
	Alliances []pactView      `json:"alliances"`
	Ticker    []Line          `json:"ticker"`
	Debrief   *debrief        `json:"debrief"`
	Map       []mapNation     `json:"map"`
	Paths     []sharePath     `json:"paths"`
}

// mapNation is a nation on the teacher's map: position in the unit
// square, forces, its oldest alliance's number (A3 → 3, its colour; 0:
// none), and whether students play it.
type mapNation struct {
	ID      string  `json:"id"`
	Name    string  `json:"name"`
	X       float64 `json:"x"`
	Y       float64 `json:"y"`
	Cap     float64 `json:"cap"`
	Ally    int     `json:"ally"`
	Student bool    `json:"student"`
	Active  bool    `json:"active"`
}

// sharePath is a student nation's defence share round by round in the
// class, beside its share in the model's own run.
type sharePath struct {
	Name  string    `json:"name"`
	Class []float64 `json:"class"`
	Model []float64 `json:"model"`
}

func (c *class) teacherViewLocked(join string) teacherView {
	w := c.world
	v := teacherView{roundView: c.roundViewLocked(), Code: c.code, Join: join, Students: len(c.students), Nations: []teacherNation{}, Alliances: []pactView{}}
	for _, i := range c.steered {
		tn := teacherNation{nationFigures: figures(w, i), Students: []string{}}
		for _, s := range c.students {
			if s.nation == i {
				tn.Students = append(tn.Students, s.name)
			}
		}
		if p := c.pending[i]; p != nil {
			tn.Decided, tn.By, tn.Decision = true, p.by, c.decisionText(p.d)
		}
		v.Nations = append(v.Nations, tn)
	}
	for _, a := range w.Alliances() {
		if a.Dissolved {
			continue
		}
		av := pactView{ID: a.ID, Name: c.names.name(w, a), Target: a.Target, Cohesion: a.Cohesion}
		for _, m := range a.Members {
			av.Members = append(av.Members, allyView{Name: w.Nations()[m].Name, Share: w.Nations()[m].Share, Student: w.Steered(m)})
		}
		v.Alliances = append(v.Alliances, av)
	}
	v.Ticker = lastLines(c.ticker, 12)
	for i, n := range w.Nations() {
		m := mapNation{ID: n.ID, Name: n.Name, X: c.xs[i], Y: c.ys[i], Cap: n.Capability, Student: w.Steered(i), Active: n.Active}
		if ms := w.Memberships(i); len(ms) > 0 {
			m.Ally, _ = strconv.Atoi(strings.TrimPrefix(ms[0].ID, "A"))
		}
		v.Map = append(v.Map, m)
	}
	for _, i := range c.steered {
		p := sharePath{Name: w.Nations()[i].Name, Class: []float64{}, Model: []float64{}}
		for _, r := range c.history {
			p.Class = append(p.Class, r.share[i])
			p.Model = append(p.Model, r.model[i])
		}
		v.Paths = append(v.Paths, p)
	}
	if c.state == ended {
		v.Debrief = c.debriefLocked()
	}
	return v
}
