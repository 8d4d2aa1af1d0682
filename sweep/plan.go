package sweep

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Designs a plan may use.
const (
	Grid = "grid" // every combination of the parameters' values
	LHS  = "lhs"  // a Latin hypercube of Points points
)

// Plan is a sweep: a base scenario, the parameters to vary and how, and
// what to keep of each run.
type Plan struct {
	Scenario   string   // built-in name or path to a TOML file
	Sets       []string // fixed overrides (key=value) applied to every run
	Seed       uint64   // the master seed every run's seed derives from
	Design     string   // Grid or LHS
	Points     int      // LHS only: the number of points
	Reps       int      // runs per point, each with its own seed
	Params     []Param
	Metrics    []Metric
	KeepSeries bool // write each run's time series under series/

	scenarioPath string // Scenario, resolved against the plan file's directory
}

// Param is one parameter the sweep varies: a [model] or [scenario] key
// with a list of values (given, or a range with a step) or, for a Latin
// hypercube, a distribution.
type Param struct {
	Key    string   // as --set takes it: model.k, threat_reactivity, …
	Values []string // TOML values; empty when Dist is set
	Dist   *Dist
}

// Dist is a continuous distribution a Latin hypercube samples a parameter
// from through its quantile function.
type Dist struct {
	Kind     string  // "uniform", "loguniform" or "normal"
	Min, Max float64 // uniform and loguniform
	Mean, SD float64 // normal
}

// quantile maps u in (0,1) to a value of the distribution.
func (d *Dist) quantile(u float64) float64 {
	switch d.Kind {
	case "uniform":
		return d.Min + u*(d.Max-d.Min)
	case "loguniform":
		return math.Exp(math.Log(d.Min) + u*(math.Log(d.Max)-math.Log(d.Min)))
	default: // normal
		return d.Mean + d.SD*math.Sqrt2*math.Erfinv(2*u-1)
	}
}

func (d *Dist) String() string {
	if d.Kind == "normal" {
		return fmt.Sprintf("normal(%s,%s)", num(d.Mean), num(d.SD))
	}
	return fmt.Sprintf("%s(%s,%s)", d.Kind, num(d.Min), num(d.Max))
}

// check says what is wrong with the distribution, or "".
func (d *Dist) check() string {
	finite := func(v ...float64) bool {
		for _, x := range v {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return false
			}
		}
		return true
	}
	switch d.Kind {
	case "uniform", "loguniform":
		if !finite(d.Min, d.Max) || !(d.Min < d.Max) {
			return fmt.Sprintf("%s needs finite min < max, got min %s, max %s", d.Kind, num(d.Min), num(d.Max))
		}
		if d.Kind == "loguniform" && d.Min <= 0 {
			return fmt.Sprintf("loguniform needs min > 0, got %s", num(d.Min))
		}
	case "normal":
		if !finite(d.Mean, d.SD) || d.SD <= 0 {
			return fmt.Sprintf("normal needs a finite mean and sd > 0, got mean %s, sd %s", num(d.Mean), num(d.SD))
		}
	default:
		return fmt.Sprintf("unknown distribution %q (want uniform, loguniform or normal)", d.Kind)
	}
	return ""
}

// rangeValues expands from..to by step, both ends included (to within a
// millionth of a step, so 0.1:0.5:0.1 has five values).
func rangeValues(from, to, step float64) ([]string, string) {
	for _, v := range []float64{from, to, step} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, "from, to and step must be finite"
		}
	}
	if step <= 0 {
		return nil, fmt.Sprintf("step must be > 0, got %s", num(step))
	}
	if to < from {
		return nil, fmt.Sprintf("to (%s) is below from (%s)", num(to), num(from))
	}
	n := int(math.Floor((to-from)/step+1e-6)) + 1
	if n > maxValues {
		return nil, fmt.Sprintf("the range has %d values, more than %d", n, maxValues)
	}
	out := make([]string, n)
	for i := range n {
		// from + i*step, rounded to 12 significant digits so 0.1+2*0.1 is 0.3.
		out[i] = num(round12(from + float64(i)*step))
	}
	// A step that does not land on to would end the range short of it
	// without a word: say what it would give instead.
	if out[n-1] != num(round12(to)) {
		gives := out
		if n > 6 {
			gives = append(slices.Clone(out[:3]), "…", out[n-2], out[n-1])
		}
		return nil, fmt.Sprintf("step %s does not reach to (%s): the range would give %s; make to − from a multiple of step, or list the values",
			num(step), num(to), strings.Join(gives, ", "))
	}
	return out, ""
}

// round12 rounds to 12 significant digits.
func round12(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	return r
}

// maxValues bounds one parameter's list; maxRuns a whole sweep.
const (
	maxValues = 100_000
	maxRuns   = 10_000_000
)

// num formats a number the shortest way that reads back exactly.
func num(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// Runs returns the number of runs of the plan.
func (p *Plan) Runs() int { return p.PointCount() * p.Reps }

// PointCount returns the number of design points.
func (p *Plan) PointCount() int {
	if p.Design == LHS {
		return p.Points
	}
	n := 1
	for _, q := range p.Params {
		n *= len(q.Values)
		if n > maxRuns {
			return maxRuns + 1
		}
	}
	return n
}

// source is the scenario to load: the plan's, resolved against the plan
// file's directory when it is a relative file name.
func (p *Plan) source() string {
	if p.scenarioPath != "" {
		return p.scenarioPath
	}
	return p.Scenario
}
