package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
)

// Options say what world to generate.
type Options struct {
	Nations   int    // number of states, at least 2
	Seed      uint64 // the generator's seed, also the scenario's run seed
	Plane     bool   // an abstract plane (x, y in km) instead of the globe
	StartYear int    // default 2000
	Years     int    // length of the run, default 50
}

// Nation is one generated state.
type Nation struct {
	ID, Region string
	A, B       float64 // latitude and longitude [degrees], or x and y [km]
	GDP        float64 // [billion USD]
	Share      float64 // defence share of GDP
	Debt       float64 // debt over GDP
	Regime     float64 // Polity2-like, in [-10, 10]
	Camp       string  // "" for none
	Reach      float64 // [km], 0 for the default range
}

// Relation is a rivalry or a tie between two states (indices).
type Relation struct {
	A, B  int
	Level float64
	// From and To are the years a rivalry is in force, 0 for the run's
	// start and end; Ideological marks a rivalry over political systems.
	From, To    int
	Ideological bool
}

// Event is one scenario event, with the keys its kind takes.
type Event struct {
	Year     int
	Kind     string // threat_shock, detente, regime_change, recession
	A, B     []int  // groups of threat_shock and detente
	Nations  []int  // regime_change and recession
	Delta    float64
	Value    float64
	Duration float64 // [yr]
}

// World is a generated world, ready to be written as a scenario.
type World struct {
	Options
	Nations   []Nation
	Rivalries []Relation
	Ties      []Relation
	Events    []Event
}

// Densities of the generated world, chosen to resemble the interstate
// record at its own scale: one rivalry per two states over a run, mostly
// between neighbours, about a third of them in force at a time (the
// strategic rivalries: some 60 at a time in 1950–1999, 155 in force at
// some time), and half as many ties; one state in twenty great enough to
// project power far; regions of about twenty states.
//
// Rivalries come and go, and the model's alliances with them: of the
// strategic rivalries in force at some time in 1950–1999, a quarter to a
// third were in force when such a fifty years began and a third to a half
// when they ended; they lasted about twenty years on average (more: the
// ongoing ones are cut at 2020), and three in ten are ideological, over
// political systems (Thompson, Sakuwa & Suhas 2021, in
// scenarios/data/tss-rivalries.csv). Permanent rivalries would leave a
// generated world's pacts nothing to outlive.
const (
	statesPerRegion = 20
	rivalryRate     = 0.5  // rivalries per state over a run
	rivalryAtStart  = 0.3  // share of rivalries in force at the run's start
	rivalryYears    = 25.0 // mean length of a rivalry [yr]
	ideologicalRate = 0.3  // share of rivalries over political systems
	tieRate         = 0.25 // ties per state
	greatPowerRate  = 0.05 // share of states with global reach
	eventsPerState  = 0.1  // events per state over a run
	regionSpreadKm  = 1200 // standard deviation of a state's distance to its region's centre
)

// Generate builds a world from the options. It panics on fewer than two
// nations (a programmer error: the command checks its flag).
func Generate(o Options) *World {
	if o.Nations < 2 {
		panic(fmt.Sprintf("synth: %d nations, want at least 2", o.Nations))
	}
	if o.StartYear == 0 {
		o.StartYear = 2000
	}
	if o.Years <= 0 {
		o.Years = 50
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x5e1f))
	w := &World{Options: o}
	w.placeNations(rng)
	w.relate(rng)
	w.schedule(rng)
	return w
}

// region is a cluster of states with a centre, a political lean and an
// ideological camp its states may follow.
type region struct {
	a, b float64
	lean float64 // mean regime
	camp string
}

func (w *World) placeNations(rng *rand.Rand) {
	n := w.Options.Nations
	regions := make([]region, max(2, (n+statesPerRegion-1)/statesPerRegion))
	camps := []string{"west", "east", "south"}
	for k := range regions {
		r := &regions[k]
		if w.Plane {
			side := 3000 * math.Sqrt(float64(len(regions)))
			r.a, r.b = side*rng.Float64(), side*rng.Float64()
		} else {
			// Uniform on the sphere between 60° S and 70° N.
			r.a = math.Asin(-0.866+1.806*rng.Float64()) * 180 / math.Pi
			r.b = -180 + 360*rng.Float64()
		}
		r.lean = -8 + 16*rng.Float64()
		r.camp = camps[k%len(camps)]
	}
	for i := range n {
		r := &regions[rng.IntN(len(regions))]
		if i < len(regions) {
			r = &regions[i] // every region has at least one state
		}
		a, b := w.near(rng, r.a, r.b)
		// Log-normal GDPs, median about 40 billion USD with a long upper
		// tail (real GDPs: median some 40, the largest near 25,000).
		gdp := math.Exp(3.7 + 1.7*rng.NormFloat64())
		regime := math.Max(-10, math.Min(10, r.lean+4*rng.NormFloat64()))
		// Most states follow their region's camp; some lean to another
		// (the divided regions of the Cold War), some to none.
		camp := ""
		switch u := rng.Float64(); {
		case u < 0.5:
			camp = r.camp
		case u < 0.7:
			camp = camps[rng.IntN(len(camps))]
		}
		w.Nations = append(w.Nations, Nation{
			ID: fmt.Sprintf("S%04d", i), Region: fmt.Sprintf("r%d", indexOf(regions, r)),
			A: a, B: b, GDP: round(gdp, 3), Share: round(0.01+0.03*rng.Float64(), 4),
			Debt: round(0.2+0.6*rng.Float64(), 3), Regime: math.Round(regime), Camp: camp,
		})
	}
	// The largest economies project power far (reach 6,000 to 7,000 km).
	order := byGDP(w.Nations)
	for _, i := range order[:max(1, int(greatPowerRate*float64(n)))] {
		w.Nations[i].Reach = round(6000+1000*rng.Float64(), 0)
	}
}

func indexOf(rs []region, r *region) int {
	for k := range rs {
		if &rs[k] == r {
			return k
		}
	}
	return -1
}

// near scatters a point around a region's centre.
func (w *World) near(rng *rand.Rand, a, b float64) (float64, float64) {
	dx, dy := regionSpreadKm*rng.NormFloat64(), regionSpreadKm*rng.NormFloat64()
	if w.Plane {
		return round(a+dx, 1), round(b+dy, 1)
	}
	lat := math.Max(-89, math.Min(89, a+dy/111))
	lon := b + dx/(111*math.Max(0.2, math.Cos(lat*math.Pi/180)))
	lon = math.Mod(lon+540, 360) - 180
	return round(lat, 3), round(lon, 3)
}

// relate draws rivalries and ties, mostly between near neighbours, and
// rivalries among the great powers; each rivalry is in force for a spell.
func (w *World) relate(rng *rand.Rand) {
	n := len(w.Nations)
	seen := map[[2]int]bool{}
	add := func(list *[]Relation, i, j int, level float64) bool {
		key := [2]int{min(i, j), max(i, j)}
		if i == j || seen[key] {
			return false
		}
		seen[key] = true
		*list = append(*list, Relation{A: i, B: j, Level: round(level, 2)})
		return true
	}
	rival := func(i, j int, level float64) {
		if add(&w.Rivalries, i, j, level) {
			w.spell(rng, &w.Rivalries[len(w.Rivalries)-1])
		}
	}
	for range int(rivalryRate * float64(n)) {
		i := rng.IntN(n)
		rival(i, w.neighbour(rng, i, false), 0.5+0.5*rng.Float64())
	}
	for range int(tieRate * float64(n)) {
		i := rng.IntN(n)
		add(&w.Ties, i, w.neighbour(rng, i, true), 0.1+0.3*rng.Float64())
	}
	greats := byGDP(w.Nations)[:max(2, int(greatPowerRate*float64(n)))]
	for x, i := range greats {
		for _, j := range greats[x+1:] {
			if rng.Float64() < 0.3 {
				rival(i, j, 0.3+0.4*rng.Float64())
			}
		}
	}
}

// spell draws the years a rivalry is in force: from the run's start (a
// share rivalryAtStart of them) or from a later year, for an exponential
// number of years of mean rivalryYears; one that outlasts the run lasts
// to its end. It also draws whether the rivalry is ideological.
func (w *World) spell(rng *rand.Rand, r *Relation) {
	first, last := w.StartYear, w.StartYear+w.Years-1
	from := first
	if rng.Float64() >= rivalryAtStart && last > first {
		from = first + 1 + rng.IntN(last-first)
	}
	to := from + int(rng.ExpFloat64()*rivalryYears)
	if from > first {
		r.From = from
	}
	if to < last {
		r.To = to
	}
	r.Ideological = rng.Float64() < ideologicalRate
}

// neighbour picks one of the eight states nearest to i (far ones now and
// then): for a tie, the one closest in regime among them.
func (w *World) neighbour(rng *rand.Rand, i int, alike bool) int {
	n := len(w.Nations)
	if rng.Float64() < 0.1 {
		return rng.IntN(n)
	}
	const k = 8
	best := make([]int, 0, k+1)
	dist := func(j int) float64 {
		a, b := &w.Nations[i], &w.Nations[j]
		da, db := a.A-b.A, a.B-b.B
		if !w.Plane {
			db = math.Mod(math.Abs(db), 360)
			db = math.Min(db, 360-db) * math.Cos(a.A*math.Pi/180)
		}
		return da*da + db*db
	}
	for j := range n {
		if j == i {
			continue
		}
		at := sort.Search(len(best), func(x int) bool { return dist(best[x]) > dist(j) })
		if at < k {
			best = append(best, 0)
			copy(best[at+1:], best[at:])
			best[at] = j
			if len(best) > k {
				best = best[:k]
			}
		}
	}
	if !alike {
		return best[rng.IntN(len(best))]
	}
	pick := best[0]
	for _, j := range best[1:] {
		if math.Abs(w.Nations[j].Regime-w.Nations[i].Regime) < math.Abs(w.Nations[pick].Regime-w.Nations[i].Regime) {
			pick = j
		}
	}
	return pick
}

// schedule scatters events over the run: détentes and threat shocks on
// rivalries, regime changes and regional recessions.
func (w *World) schedule(rng *rand.Rand) {
	n := len(w.Nations)
	count := max(4, int(eventsPerState*float64(n)))
	for range count {
		e := Event{Year: w.StartYear + 1 + rng.IntN(w.Years-1)}
		switch k := rng.IntN(4); {
		case k == 0 && len(w.Rivalries) > 0:
			r := w.Rivalries[rng.IntN(len(w.Rivalries))]
			e.Kind, e.A, e.B, e.Delta = "detente", []int{r.A}, []int{r.B}, round(0.2+0.3*rng.Float64(), 2)
		case k == 1 && len(w.Rivalries) > 0:
			r := w.Rivalries[rng.IntN(len(w.Rivalries))]
			e.Kind, e.A, e.B, e.Delta = "threat_shock", []int{r.A}, []int{r.B}, round(0.1+0.3*rng.Float64(), 2)
		case k == 2:
			i := rng.IntN(n)
			e.Kind, e.Nations = "regime_change", []int{i}
			e.Value = math.Max(-10, math.Min(10, -w.Nations[i].Regime+math.Round(4*rng.NormFloat64())))
		default:
			i := rng.IntN(n)
			var group []int
			for j := range n {
				if w.Nations[j].Region == w.Nations[i].Region {
					group = append(group, j)
				}
			}
			e.Kind, e.Nations = "recession", group
			e.Delta, e.Duration = round(0.02+0.04*rng.Float64(), 3), float64(1+rng.IntN(4))
		}
		w.Events = append(w.Events, e)
	}
	sort.SliceStable(w.Events, func(a, b int) bool { return w.Events[a].Year < w.Events[b].Year })
}

// byGDP lists nation indices by falling GDP (ties to the lower index).
func byGDP(ns []Nation) []int {
	order := make([]int, len(ns))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return ns[order[a]].GDP > ns[order[b]].GDP })
	return order
}

func round(v float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.Round(v*p) / p
}
