package sweep

import (
	"entente/internal/suggest"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"entente/sim"
)

// Metric is one number kept of each run, named as the plan writes it:
//
//	final.VAR          VAR at the last tick
//	mean.VAR           VAR's mean over the ticks (min.VAR, max.VAR alike)
//	count.KIND         how many KIND records the event log has
//	first.KIND         the year of the first KIND record, NA if none
//	validation.score   the share of the scenario's historical targets the
//	                   run meets on its own (validation.passed: how many)
//
// Any but validation may end in @FROM:TO to keep to the calendar years
// FROM to TO (both included): mean.defense_share@1960:1985.
type Metric struct {
	Name     string
	Kind     string // final, mean, min, max, count, first, validation
	Var      string // a world variable, a record kind, score or passed
	From, To int    // the window's years when Windowed
	Windowed bool
}

// DefaultMetrics are kept when a plan names none.
var DefaultMetrics = []string{"final.alliances", "mean.defense_share", "mean.cohesion",
	"mean.aligned", "count.formed", "count.dissolved", "first.formed", "first.dissolved"}

// worldVars are the variables final, mean, min and max read, one value a
// tick.
var worldVars = map[string]func(w *sim.World) float64{
	"alliances":          func(w *sim.World) float64 { return float64(w.Diagnostics().Alliances) },
	"blocs":              func(w *sim.World) float64 { return float64(w.Diagnostics().Blocs) },
	"effective_blocs":    func(w *sim.World) float64 { return w.Diagnostics().EffectiveBlocs },
	"largest_bloc_share": func(w *sim.World) float64 { return w.Diagnostics().LargestBlocShare },
	"energy":             func(w *sim.World) float64 { return w.Diagnostics().Energy },
	"aid_total":          func(w *sim.World) float64 { return w.Diagnostics().AidTotal },
	"credit_outstanding": func(w *sim.World) float64 { return w.Diagnostics().CreditOutstanding },
	"defaults":           func(w *sim.World) float64 { return float64(w.Diagnostics().Defaults) },
	"capability":         func(w *sim.World) float64 { return w.Diagnostics().Capability },
	"defense_share":      meanShare,
	"aligned":            alignedShare,
	"cohesion": func(w *sim.World) float64 {
		return allianceMean(w, func(a *sim.Alliance) float64 { return a.Cohesion })
	},
	"exploitation": func(w *sim.World) float64 {
		return allianceMean(w, func(a *sim.Alliance) float64 { return a.Exploitation })
	},
}

// recordKinds are the kinds count and first read.
var recordKinds = []string{sim.Formed, sim.Joined, sim.Left, sim.Strained, sim.Dissolved,
	sim.Defaulted, sim.Entered, sim.Merged}

// meanShare is the mean defence share of the states in the system.
func meanShare(w *sim.World) float64 {
	sum, n := 0.0, 0
	for _, s := range w.Nations() {
		if s.Active {
			sum += s.Share
			n++
		}
	}
	return sum / float64(n)
}

// alignedShare is the share of the states in the system that are in an
// alliance.
func alignedShare(w *sim.World) float64 {
	in, n := 0, 0
	for i, s := range w.Nations() {
		if s.Active {
			n++
			if len(w.Memberships(i)) > 0 {
				in++
			}
		}
	}
	return float64(in) / float64(n)
}

// allianceMean averages a defined value over the live alliances: NaN when
// there are none.
func allianceMean(w *sim.World, f func(a *sim.Alliance) float64) float64 {
	sum, n := 0.0, 0
	for _, a := range w.Alliances() {
		if v := f(a); !a.Dissolved && !math.IsNaN(v) {
			sum += v
			n++
		}
	}
	if n == 0 {
		return math.NaN()
	}
	return sum / float64(n)
}

// ParseMetric reads a metric's name.
//
// The British spelling of a variable is taken for the one identifiers use
// (mean.defence_share is mean.defense_share), and the metric is named by
// the latter.
func ParseMetric(name string) (Metric, error) {
	name = strings.ReplaceAll(name, "defence", "defense")
	m := Metric{Name: name}
	spec, window, hasWindow := strings.Cut(name, "@")
	kind, v, ok := strings.Cut(spec, ".")
	if !ok {
		return m, fmt.Errorf("metric %q: want KIND.NAME, such as mean.defense_share or count.formed", name)
	}
	m.Kind, m.Var = kind, v
	switch kind {
	case "final", "mean", "min", "max":
		if worldVars[v] == nil {
			return m, fmt.Errorf("metric %q: unknown variable %q%s (want one of %s)", name, v, suggest.Hint(v, sortedKeys(worldVars)), strings.Join(sortedKeys(worldVars), ", "))
		}
	case "count", "first":
		if !slices.Contains(recordKinds, v) {
			return m, fmt.Errorf("metric %q: unknown record kind %q (want one of %s)", name, v, strings.Join(recordKinds, ", "))
		}
	case "validation":
		if v != "score" && v != "passed" {
			return m, fmt.Errorf("metric %q: want validation.score or validation.passed", name)
		}
		if hasWindow {
			return m, fmt.Errorf("metric %q: validation takes no window", name)
		}
	default:
		return m, fmt.Errorf("metric %q: unknown kind %q (want final, mean, min, max, count, first or validation)", name, kind)
	}
	if hasWindow {
		from, to, ok := strings.Cut(window, ":")
		a, errA := strconv.Atoi(from)
		b, errB := strconv.Atoi(to)
		if !ok || errA != nil || errB != nil || b < a {
			return m, fmt.Errorf("metric %q: the window must be @FROM:TO in whole years, FROM ≤ TO", name)
		}
		m.From, m.To, m.Windowed = a, b, true
	}
	return m, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// in reports whether a year falls in the metric's window.
func (m *Metric) in(year float64) bool {
	y := int(math.Floor(year))
	return !m.Windowed || (y >= m.From && y <= m.To)
}

// tally accumulates one metric over a run.
type tally struct {
	m        *Metric
	read     func(w *sim.World) float64
	sum      float64
	n        int
	min, max float64
	last     float64
	count    int
	first    float64
}

func newTally(m *Metric) *tally {
	return &tally{m: m, read: worldVars[m.Var], min: math.Inf(1), max: math.Inf(-1),
		last: math.NaN(), first: math.NaN()}
}

// observe takes the tick the world has just run.
func (t *tally) observe(w *sim.World) {
	if !t.m.in(w.Year()) {
		return
	}
	switch t.m.Kind {
	case "count", "first":
		for _, r := range w.Records() {
			if r.Kind == t.m.Var {
				t.count++
				if math.IsNaN(t.first) {
					t.first = r.Year
				}
			}
		}
	case "final", "mean", "min", "max":
		v := t.read(w)
		t.last = v
		if !math.IsNaN(v) {
			t.sum += v
			t.n++
			t.min, t.max = math.Min(t.min, v), math.Max(t.max, v)
		}
	}
}

// value is the metric's cell in runs.csv.
func (t *tally) value() string {
	switch t.m.Kind {
	case "count":
		return strconv.Itoa(t.count)
	case "first":
		return cell(t.first)
	case "final":
		return cell(t.last)
	case "mean":
		if t.n == 0 {
			return na
		}
		return cell(t.sum / float64(t.n))
	case "min":
		if t.n == 0 {
			return na
		}
		return cell(t.min)
	default: // max
		if t.n == 0 {
			return na
		}
		return cell(t.max)
	}
}

// na marks a value a run does not define (R and pandas read it as missing).
const na = "NA"

func cell(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return na
	}
	return num(v)
}
