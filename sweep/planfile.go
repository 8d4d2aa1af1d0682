package sweep

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"entente/scenarios"
	"entente/validate"
)

// planFile is a sweep plan as TOML:
//
//	[sweep]
//	scenario = "classroom-balance"   # a built-in, or a file relative to the plan
//	seed = 1                         # master seed
//	design = "grid"                  # or "lhs", with points = N
//	reps = 10
//	set = ["model.rho=0.3"]          # fixed overrides of every run
//	metrics = ["mean.defense_share", "count.formed"]
//	keep_series = false
//
//	[[param]]
//	key = "k"
//	values = [0.1, 0.2, 0.4]         # or from, to, step; or distribution
type planFile struct {
	Sweep struct {
		Scenario   string   `toml:"scenario"`
		Seed       *int64   `toml:"seed"`
		Design     string   `toml:"design"`
		Points     int      `toml:"points"`
		Reps       *int     `toml:"reps"`
		Set        []string `toml:"set"`
		Metrics    []string `toml:"metrics"`
		KeepSeries bool     `toml:"keep_series"`
	} `toml:"sweep"`
	Param []paramTable `toml:"param"`
}

type paramTable struct {
	Key          string   `toml:"key"`
	Values       []any    `toml:"values"`
	From         *float64 `toml:"from"`
	To           *float64 `toml:"to"`
	Step         *float64 `toml:"step"`
	Distribution string   `toml:"distribution"`
	Min          *float64 `toml:"min"`
	Max          *float64 `toml:"max"`
	Mean         *float64 `toml:"mean"`
	SD           *float64 `toml:"sd"`
}

// LoadPlan reads a plan file. Every problem comes at once, as a
// *scenarios.Error with the file, line and key of each.
func LoadPlan(path string) (*Plan, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load plan %s: %w", path, err)
	}
	return ParsePlan(path, data)
}

// ParsePlan reads a plan from its text; path names it in messages and
// anchors a relative scenario path.
func ParsePlan(path string, data []byte) (*Plan, error) {
	text := string(data)
	// The decoder's memory grows with the square of nesting depth: the
	// scenarios' guard refuses deep nesting and long keys first.
	if err := scenarios.CheckNesting(path, text); err != nil {
		return nil, err
	}
	var f planFile
	md, err := toml.Decode(text, &f)
	if err != nil {
		return nil, &scenarios.Error{Problems: []scenarios.Problem{decodeProblem(path, text, err)}}
	}
	c := &planChecker{file: path, loc: scenarios.NewLocator(text)}
	for _, k := range md.Undecoded() {
		c.unknown(k)
	}
	return c.build(&f, path)
}

// build turns a decoded plan into a Plan, or every problem it has.
func (c *planChecker) build(f *planFile, planPath string) (*Plan, error) {
	bad := func() error {
		slices.SortStableFunc(c.problems, func(a, b scenarios.Problem) int { return a.Line - b.Line })
		return &scenarios.Error{Problems: c.problems}
	}
	p := &Plan{Scenario: f.Sweep.Scenario, Sets: f.Sweep.Set, Design: f.Sweep.Design,
		Points: f.Sweep.Points, KeepSeries: f.Sweep.KeepSeries}
	c.sweepKeys(f, p)
	ok := true
	for i, t := range f.Param {
		q, good := c.param(i, t)
		ok = ok && good
		p.Params = append(p.Params, q)
	}
	c.design(p)
	if p.Scenario != "" {
		p.scenarioPath = scenarioPath(planPath, p.Scenario)
		p.checkAgainstScenario(c)
	}
	if len(c.problems) > 0 || !ok {
		return nil, bad()
	}
	return p, nil
}

// typeError is how the TOML decoder words a value of the wrong type.
var typeError = regexp.MustCompile(`^(?:toml: )?line (\d+) \(last key "([^"]*)"\): (.*)$`)

// decodeProblem places a decoding error: a syntax error with a caret, a
// value of the wrong type at its line and key.
func decodeProblem(path, text string, err error) scenarios.Problem {
	if m := typeError.FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[1])
		return scenarios.Problem{File: path, Line: line, Path: m[2], Message: m[3]}
	}
	return scenarios.SyntaxProblem(path, text, err)
}

// scenarioPath resolves a scenario file named relative to the plan; a
// built-in name stays as it is.
func scenarioPath(planPath, name string) string {
	if !isFile(name) || filepath.IsAbs(name) {
		return name
	}
	return filepath.Join(filepath.Dir(planPath), name)
}

// isFile reports whether the loader takes a scenario name as a file.
func isFile(name string) bool {
	return strings.ContainsRune(name, '/') || strings.ContainsRune(name, os.PathSeparator) || strings.HasSuffix(name, ".toml")
}

// planChecker collects the problems of a plan with their lines.
type planChecker struct {
	file     string
	loc      *scenarios.Locator // nil for a plan given by flags
	problems []scenarios.Problem
	// flags, for a plan given by flags: each parameter's --param flag.
	// Problems then name the flag instead of a line.
	flags []string
}

func (c *planChecker) errf(table string, index int, key, format string, args ...any) {
	line, col := c.find(table, index, key)
	path := table
	if index >= 0 {
		path = fmt.Sprintf("%s[%d]", table, index) // from 0, as scenario errors count
	}
	if key != "" {
		path += "." + key
	}
	if c.flags != nil {
		path = "--" + strings.ReplaceAll(key, "_", "-")
		if key == "metrics" {
			path = "--metric"
		}
		if index >= 0 {
			path = "--param " + c.flags[index]
		}
	}
	c.problems = append(c.problems, scenarios.Problem{File: c.file, Line: line, Col: col, Path: path,
		Message: fmt.Sprintf(format, args...)})
}

// find returns the line and column of key in a [table] (index −1) or the
// index-th [[table]], else of its header; zeros for a plan given by flags.
func (c *planChecker) find(table string, index int, key string) (int, int) {
	if c.loc == nil {
		return 0, 0
	}
	return c.loc.Find(table, max(index, 0), key)
}

func (c *planChecker) unknown(k toml.Key) {
	switch {
	case len(k) == 1:
		line, col := c.find(k[0], -1, "")
		c.problems = append(c.problems, scenarios.Problem{File: c.file, Line: line, Col: col, Path: k.String(),
			Message: "unknown table or key (a plan has [sweep] and [[param]])"})
	case k[0] == "sweep":
		c.errf("sweep", -1, k[1], "unknown key (want scenario, seed, design, points, reps, set, metrics or keep_series)")
	default:
		c.problems = append(c.problems, scenarios.Problem{File: c.file, Path: k.String(),
			Message: "unknown key (a [[param]] has key, and values; or from, to, step; or distribution with min, max or mean, sd)"})
	}
}

func (c *planChecker) sweepKeys(f *planFile, p *Plan) {
	s := f.Sweep
	if s.Scenario == "" {
		c.errf("sweep", -1, "scenario", "missing: name a built-in scenario (entente scenarios) or a TOML file")
	}
	p.Seed = 1
	if s.Seed != nil {
		if *s.Seed < 0 {
			c.errf("sweep", -1, "seed", "must be ≥ 0, got %d", *s.Seed)
		}
		p.Seed = uint64(*s.Seed)
	}
	p.Reps = 1
	if s.Reps != nil {
		p.Reps = *s.Reps
		if p.Reps < 1 {
			c.errf("sweep", -1, "reps", "must be ≥ 1, got %d", p.Reps)
		}
	}
	if p.Design == "" {
		p.Design = Grid
	}
	names := s.Metrics
	if names == nil {
		names = DefaultMetrics
	}
	seen := map[string]bool{}
	for _, n := range names {
		m, err := ParseMetric(n)
		if err != nil {
			c.errf("sweep", -1, "metrics", "%v", err)
			continue
		}
		if seen[m.Name] {
			c.errf("sweep", -1, "metrics", "metric %q is listed twice", n)
			continue
		}
		seen[m.Name] = true
		p.Metrics = append(p.Metrics, m)
	}
	if len(names) == 0 {
		c.errf("sweep", -1, "metrics", "empty: name at least one metric (or leave the key out for the defaults)")
	}
	for _, o := range s.Set {
		if !strings.Contains(o, "=") {
			c.errf("sweep", -1, "set", "%q: want key=value", o)
		}
	}
}

// param reads one [[param]] table.
func (c *planChecker) param(i int, t paramTable) (Param, bool) {
	q := Param{Key: t.Key}
	n := len(c.problems)
	if t.Key == "" {
		c.errf("param", i, "key", "missing: the [model] or [scenario] key to vary (entente params lists them)")
	}
	forms := 0
	if t.Values != nil {
		forms++
		if len(t.Values) == 0 {
			c.errf("param", i, "values", "empty")
		}
		for _, v := range t.Values {
			text, msg := tomlValue(v)
			if msg != "" {
				c.errf("param", i, "values", "%s", msg)
				continue
			}
			q.Values = append(q.Values, text)
		}
	}
	if t.From != nil || t.To != nil || t.Step != nil {
		forms++
		if t.From == nil || t.To == nil || t.Step == nil {
			c.errf("param", i, "from", "a range needs from, to and step")
		} else if vals, msg := rangeValues(*t.From, *t.To, *t.Step); msg != "" {
			c.errf("param", i, "step", "%s", msg)
		} else {
			q.Values = vals
		}
	}
	if t.Distribution != "" {
		forms++
		d := &Dist{Kind: t.Distribution}
		get := func(v *float64, key string) float64 {
			if v == nil {
				c.errf("param", i, "distribution", "%s needs %s", t.Distribution, key)
				return math.NaN()
			}
			return *v
		}
		switch t.Distribution {
		case "uniform", "loguniform":
			d.Min, d.Max = get(t.Min, "min"), get(t.Max, "max")
		case "normal":
			d.Mean, d.SD = get(t.Mean, "mean"), get(t.SD, "sd")
		}
		if len(c.problems) == n {
			if msg := d.check(); msg != "" {
				c.errf("param", i, "distribution", "%s", msg)
			}
		}
		q.Dist = d
	} else if t.Min != nil || t.Max != nil || t.Mean != nil || t.SD != nil {
		c.errf("param", i, "distribution", "min, max, mean and sd belong to a distribution: add distribution = \"uniform\", \"loguniform\" or \"normal\"")
	}
	if forms != 1 {
		c.errf("param", i, "", "give exactly one of: values; from, to and step; a distribution")
	}
	return q, len(c.problems) == n
}

// tomlValue writes a value of a values list back as TOML for --set.
func tomlValue(v any) (string, string) {
	switch x := v.(type) {
	case int64:
		return fmt.Sprint(x), ""
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return "", "values must be finite"
		}
		return num(x), ""
	case bool:
		return fmt.Sprint(x), ""
	case string:
		if strings.ContainsAny(x, "\n\r") {
			return "", "a value must be on one line"
		}
		return fmt.Sprintf("%q", x), ""
	default:
		return "", fmt.Sprintf("values must be numbers, booleans or strings, got %T", v)
	}
}

// design checks the design against the parameters.
func (c *planChecker) design(p *Plan) {
	switch p.Design {
	case Grid:
		if p.Points != 0 {
			c.errf("sweep", -1, "points", "points is for design = \"lhs\"; a grid has one point per combination of values")
		}
		for i, q := range p.Params {
			if q.Dist != nil {
				c.errf("param", i, "distribution", "a distribution needs design = \"lhs\" (a grid needs values)")
			}
		}
	case LHS:
		if p.Points < 1 {
			c.errf("sweep", -1, "points", "design \"lhs\" needs points ≥ 1")
		} else if p.Points > maxLHSPoints {
			c.errf("sweep", -1, "points", "at most %d", maxLHSPoints)
		}
		if len(p.Params) == 0 {
			c.errf("sweep", -1, "design", "a Latin hypercube needs at least one [[param]]")
		}
	default:
		c.errf("sweep", -1, "design", "unknown design %q (want \"grid\" or \"lhs\")", p.Design)
	}
	// One key spelled two ways ("k", "model.k") is one key: swept twice,
	// or swept and fixed by set, the last override would win and runs.csv
	// would show values the runs did not use.
	keys := map[string]int{}
	for i, q := range p.Params {
		canon, ok := scenarios.OverrideKey(q.Key)
		if !ok {
			continue // reported with the scenario
		}
		if j, dup := keys[canon]; dup {
			c.errf("param", i, "key", "%q is already swept by param[%d] (%s)", q.Key, j, canon)
		}
		keys[canon] = i
	}
	for _, o := range p.Sets {
		k, _, _ := strings.Cut(o, "=")
		if canon, ok := scenarios.OverrideKey(k); ok {
			if j, swept := keys[canon]; swept {
				c.errf("sweep", -1, "set", "%q fixes %s, which param[%d] sweeps", o, canon, j)
			}
		}
	}
	if p.Reps >= 1 && p.PointCount() > 0 && p.Runs()/p.Reps != p.PointCount() || p.PointCount() > maxRuns || p.Runs() > maxRuns {
		c.errf("sweep", -1, "reps", "the sweep has more than %d runs", maxRuns)
	}
}

// maxLHSPoints bounds a Latin hypercube (its points are held in memory).
const maxLHSPoints = 1_000_000

// checkAgainstScenario loads the scenario with each swept value (for a
// distribution: its ends, or mean ± 3 sd) and the fixed overrides, so a
// value the model refuses is reported now, with the plan's line, and not
// after hours of runs.
func (p *Plan) checkAgainstScenario(c *planChecker) {
	base, err := scenarios.Load(p.source(), p.Sets)
	if err != nil {
		c.errf("sweep", -1, "scenario", "%v", indent(err))
		return
	}
	if p.needsTargets() {
		if !validate.HasHistory(scenarios.Data, base.Name) {
			c.errf("sweep", -1, "metrics", "validation metrics need a scenario with historical targets (%s, or an era added to cmd/scenariogen), not %q",
				strings.Join(validate.Scenarios(), ", "), base.Name)
		}
	}
	const maxChecks = 64 // values checked per parameter
	var design *Design
	if p.Design == LHS && p.Points >= 1 && p.Points <= maxLHSPoints {
		design = NewDesign(p) // the values the runs will take, extremes included
	}
	for i, q := range p.Params {
		if q.Key == "" || (q.Values == nil && q.Dist == nil) {
			continue // reported
		}
		vals := q.Values
		if q.Dist != nil {
			vals = extremes(design, i)
		}
		if len(vals) > maxChecks {
			vals = append(slices.Clone(vals[:maxChecks-1]), vals[len(vals)-1])
		}
		for _, v := range vals {
			if _, err := scenarios.Load(p.source(), append(slices.Clone(p.Sets), q.Key+"="+v)); err != nil {
				c.errf("param", i, "key", "%s = %s: %v", q.Key, v, indent(err))
				break
			}
		}
	}
}

// extremes returns the smallest and largest value the design gives
// parameter j (a normal distribution reaches further the more points).
func extremes(d *Design, j int) []string {
	if d == nil {
		return nil
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	var los, his string
	for i := range d.plan.Points {
		v := d.Point(i)[j]
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			continue
		}
		if x < lo {
			lo, los = x, v
		}
		if x > hi {
			hi, his = x, v
		}
	}
	return []string{los, his}
}

// indent puts a multi-line error's later lines under its first.
func indent(err error) string { return strings.ReplaceAll(err.Error(), "\n", "\n\t") }
