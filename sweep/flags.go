package sweep

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"entente/scenarios"
)

// FlagPlan is a plan given on the command line, for quick sweeps:
//
//	entente sweep --scenario classroom-balance --param k=0.1:0.5:0.1 --reps 10
type FlagPlan struct {
	Scenario   string
	Params     []string // KEY=SPEC, see ParseParamFlag
	Metrics    []string
	Sets       []string
	Design     string
	Points     int
	Reps       int
	Seed       int64
	KeepSeries bool
}

// Plan checks the flags as a plan file is checked and returns the plan.
func (fp FlagPlan) Plan() (*Plan, error) {
	var f planFile
	f.Sweep.Scenario, f.Sweep.Design, f.Sweep.Points = fp.Scenario, fp.Design, fp.Points
	f.Sweep.Seed, f.Sweep.Reps = &fp.Seed, &fp.Reps
	f.Sweep.Set, f.Sweep.KeepSeries = fp.Sets, fp.KeepSeries
	if len(fp.Metrics) > 0 {
		f.Sweep.Metrics = fp.Metrics
	}
	c := &planChecker{flags: fp.Params}
	for i, s := range fp.Params {
		t, err := ParseParamFlag(s)
		if err != nil {
			c.errf("param", i, "", "%v", err)
			continue
		}
		f.Param = append(f.Param, t)
	}
	if len(c.problems) > 0 {
		return nil, &scenarios.Error{Problems: c.problems}
	}
	return c.build(&f, "")
}

// ParseParamFlag reads --param KEY=SPEC, where SPEC is
//
//	0.1:0.5:0.1           a range: from, to (included) and step
//	0.1,0.2,0.5           a list of values (TOML: numbers, true, "text")
//	0.3                   one value
//	uniform(0.1,0.5)      for design lhs: also loguniform(MIN,MAX),
//	normal(MEAN,SD)
func ParseParamFlag(s string) (paramTable, error) {
	key, spec, ok := strings.Cut(s, "=")
	key, spec = strings.TrimSpace(key), strings.TrimSpace(spec)
	t := paramTable{Key: key}
	if !ok || key == "" || spec == "" {
		return t, fmt.Errorf("want KEY=SPEC: a range FROM:TO:STEP, values A,B,C, or uniform(MIN,MAX), loguniform(MIN,MAX), normal(MEAN,SD)")
	}
	if name, args, ok := strings.Cut(spec, "("); ok && strings.HasSuffix(args, ")") {
		xs, err := floats(strings.TrimSuffix(args, ")"), ",", 2)
		if err != nil {
			return t, fmt.Errorf("%s: %v", spec, err)
		}
		t.Distribution = name
		if name == "normal" {
			t.Mean, t.SD = &xs[0], &xs[1]
		} else {
			t.Min, t.Max = &xs[0], &xs[1]
		}
		return t, nil
	}
	if strings.Count(spec, ":") == 2 {
		xs, err := floats(spec, ":", 3)
		if err != nil {
			return t, fmt.Errorf("range %s: %v", spec, err)
		}
		t.From, t.To, t.Step = &xs[0], &xs[1], &xs[2]
		return t, nil
	}
	for _, v := range strings.Split(spec, ",") {
		v = strings.TrimSpace(v)
		var doc map[string]any
		if scenarios.CheckNesting("--vary", "v = "+v) != nil {
			t.Values = append(t.Values, v) // too deep to be a value: a string
		} else if _, err := toml.Decode("v = "+v, &doc); err == nil {
			t.Values = append(t.Values, doc["v"])
		} else {
			t.Values = append(t.Values, v) // a bare word: a string
		}
	}
	return t, nil
}

// floats reads exactly n numbers separated by sep.
func floats(s, sep string, n int) ([]float64, error) {
	parts := strings.Split(s, sep)
	if len(parts) != n {
		return nil, fmt.Errorf("want %d numbers separated by %q", n, sep)
	}
	out := make([]float64, n)
	for i, p := range parts {
		v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not a number", strings.TrimSpace(p))
		}
		out[i] = v
	}
	return out, nil
}
