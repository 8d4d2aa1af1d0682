package serve

import (
	"cmp"
	"math"
	"slices"

	"entente/scenarios"
	"entente/sim"
)

// setupFrame is what the page needs once per run: the scenario, the map's
// nations, the controls' values and the Info panel.
type setupFrame struct {
	Gen          int                `json:"gen"`
	Scenario     string             `json:"scenario"`
	Title        string             `json:"title"`
	Geometry     string             `json:"geometry"`
	StartYear    int                `json:"startYear"`
	TicksPerYear int                `json:"ticksPerYear"`
	Ticks        int                `json:"ticks"`
	Seed         uint64             `json:"seed"`
	Nations      []nationView       `json:"nations"`
	Live         map[string]float64 `json:"live"`
	Strain       float64            `json:"strain"`   // c_strain
	Dissolve     float64            `json:"dissolve"` // c_dissolve
	Info         Info               `json:"info"`
}

// nationView is a nation on the map: X and Y in [0, 1], Y down.
type nationView struct {
	ID    string  `json:"id"`
	Name  string  `json:"name"`
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
	Camp  string  `json:"camp"`
	Label string  `json:"label"` // the spoken name
}

// tickFrame is one tick (or the state before the first, Tick -1).
type tickFrame struct {
	Gen       int            `json:"gen"`
	Tick      int            `json:"tick"`
	When      string         `json:"when"`
	Year      float64        `json:"year"`
	Done      bool           `json:"done"`
	Cap       []float64      `json:"cap"`    // capability [billion USD], per nation
	Share     []float64      `json:"share"`  // defence share of GDP, per nation
	GDP       []float64      `json:"gdp"`    // GDP [billion USD], per nation
	Threat    []float64      `json:"threat"` // perceived threat, focused (sim/focus.go) [billion USD of hostile capability], per nation
	Active    []bool         `json:"active"` // in the system
	Ally      []int          `json:"ally"`   // the number of the nation's oldest live alliance (A3 → 3), 0 if none
	Alliances []allianceView `json:"alliances"`
	Count     int            `json:"count"` // live alliances
	Blocs     int            `json:"blocs"`
	Lines     []Line         `json:"lines"`
}

// allianceView is a live alliance (or one that dissolved this tick).
type allianceView struct {
	ID        string  `json:"id"`
	Number    int     `json:"number"` // A3 → 3: its colour
	Name      string  `json:"name"`   // "the USA's alliance"
	Leader    int     `json:"leader"`
	Members   []int   `json:"members"`
	Cohesion  float64 `json:"cohesion"`
	Target    float64 `json:"target"`
	Dissolved bool    `json:"dissolved"`
}

func newSetupFrame(gen int, sc *scenarios.Scenario, w *sim.World, info Info) setupFrame {
	cfg := w.Config()
	f := setupFrame{
		Gen: gen, Scenario: sc.Name, Title: sc.Title, Geometry: "geo",
		StartYear: cfg.StartYear, TicksPerYear: cfg.TicksPerYear, Ticks: cfg.Ticks(), Seed: cfg.Seed,
		Live: map[string]float64{}, Strain: cfg.Params.StrainLevel, Dissolve: cfg.Params.DissolveLevel,
		Info: info,
	}
	if cfg.Geometry == sim.Plane {
		f.Geometry = "plane"
	}
	for _, k := range sim.LiveParamKeys() {
		f.Live[k], _ = w.LiveParam(k)
	}
	xs, ys := project(cfg)
	for i, n := range w.Nations() {
		f.Nations = append(f.Nations, nationView{ID: n.ID, Name: n.Name, X: xs[i], Y: ys[i], Camp: n.Camp, Label: spoken(n.Name)})
	}
	return f
}

// project maps positions into the unit square, keeping proportions:
// longitude and latitude equirectangularly (longitude shrunk by the cosine
// of the mean latitude), or the plane as it is; north up.
func project(cfg *sim.Config) (xs, ys []float64) {
	n := len(cfg.Nations)
	xs, ys = make([]float64, n), make([]float64, n)
	mean := 0.0
	for _, nat := range cfg.Nations {
		mean += nat.PosA / float64(max(n, 1))
	}
	for i, nat := range cfg.Nations {
		if cfg.Geometry == sim.Plane {
			xs[i], ys[i] = nat.PosA, -nat.PosB
		} else { // PosA is latitude, PosB longitude
			xs[i], ys[i] = nat.PosB*math.Cos(mean*math.Pi/180), -nat.PosA
		}
	}
	minX, maxX, minY, maxY := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for i := range xs {
		minX, maxX = math.Min(minX, xs[i]), math.Max(maxX, xs[i])
		minY, maxY = math.Min(minY, ys[i]), math.Max(maxY, ys[i])
	}
	span := math.Max(math.Max(maxX-minX, maxY-minY), 1e-9)
	for i := range xs { // centred in the square
		xs[i] = 0.5 + (xs[i]-(minX+maxX)/2)/span
		ys[i] = 0.5 + (ys[i]-(minY+maxY)/2)/span
	}
	if cfg.Geometry != sim.Plane {
		// A world map puts Europe's dozen states in a corner: blend each
		// axis with the states' rank along it, which keeps every state's
		// direction from every other and spreads the crowded places out.
		spread(xs)
		spread(ys)
	}
	return xs, ys
}

// spread blends coordinates in [0, 1] with their ranks (ties share the
// first rank), spanning [0, 1] again.
func spread(v []float64) {
	if len(v) < 2 {
		return
	}
	order := make([]int, len(v))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(v[a], v[b]) })
	minV, maxV := v[order[0]], v[order[len(v)-1]]
	rank := make([]float64, len(v))
	for k, i := range order {
		rank[i] = float64(k)
		if k > 0 && v[i] == v[order[k-1]] {
			rank[i] = rank[order[k-1]]
		}
	}
	for i := range v {
		lin := 0.0
		if maxV > minV {
			lin = (v[i] - minV) / (maxV - minV)
		}
		v[i] = 0.35*lin + 0.65*rank[i]/float64(len(v)-1)
	}
}

func newTickFrame(gen int, w *sim.World, lines []Line, nm namer) tickFrame {
	ns := w.Nations()
	f := tickFrame{
		Gen: gen, Tick: w.Tick(), Year: w.Year(), Done: w.Done(),
		Cap: make([]float64, len(ns)), Share: make([]float64, len(ns)),
		GDP: make([]float64, len(ns)), Threat: make([]float64, len(ns)),
		Active: make([]bool, len(ns)), Ally: make([]int, len(ns)),
		Count: w.Diagnostics().Alliances, Blocs: w.Diagnostics().Blocs,
		Lines: lines,
	}
	if f.Tick >= 0 {
		f.When = when(w.Config(), f.Tick)
	} else {
		f.When = when(w.Config(), 0)
		f.Year = float64(w.Config().StartYear)
	}
	for i, n := range ns {
		f.Cap[i], f.Share[i], f.Active[i] = round(n.Capability, 1e3), round(n.Share, 1e5), n.Active
		f.GDP[i] = round(n.GDP, 1e2)
		if f.Tick >= 0 { // perception runs only in Step
			f.Threat[i] = round(w.State(i).Threat, 1e2)
		}
		if ms := w.Memberships(i); len(ms) > 0 {
			f.Ally[i] = number(ms[0])
		}
	}
	f.Alliances = []allianceView{}
	for _, a := range w.Alliances() {
		if a.Dissolved && a.DissolvedAt != w.Tick() {
			continue
		}
		ms := a.Members
		if a.Dissolved {
			ms = a.LastMembers
		}
		f.Alliances = append(f.Alliances, allianceView{
			ID: a.ID, Number: number(a), Name: nm.name(w, a), Leader: leader(w, a),
			Members: ms, Cohesion: round(a.Cohesion, 1e4), Target: round(a.Target, 1e5), Dissolved: a.Dissolved,
		})
	}
	if f.Count == 0 && w.Tick() < 0 { // diagnostics run only in Step
		for _, a := range w.Alliances() {
			if !a.Dissolved {
				f.Count++
			}
		}
	}
	return f
}

// number is an alliance's creation number: A3 → 3.
func number(a *sim.Alliance) int {
	n := 0
	for _, c := range a.ID[1:] {
		n = n*10 + int(c-'0')
	}
	return n
}

func round(x, scale float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	return math.Round(x*scale) / scale
}
