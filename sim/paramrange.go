package sim

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// paramRange is a [model] key's valid range, parsed from its range tag:
// an interval, "[0, 1]" or "(0, ∞)" (a square bracket includes its bound,
// a round one excludes it; ∞ and −∞ are unbounded), then bounds by other
// keys separated by ";", such as "≤ s_max" or "> b_safe".
type paramRange struct {
	text       string
	lo, hi     float64
	loIn, hiIn bool
	relations  []relation
}

// relation bounds a key by another key's value.
type relation struct {
	op, key string
}

// parseRange reads a range tag.
func parseRange(s string) (paramRange, error) {
	parts := strings.Split(s, ";")
	iv := strings.TrimSpace(parts[0])
	r := paramRange{text: s}
	if len(iv) < 2 || !strings.ContainsAny(iv[:1], "[(") || !strings.ContainsAny(iv[len(iv)-1:], "])") {
		return r, fmt.Errorf("range %q: want an interval such as [0, 1] or (0, ∞)", s)
	}
	r.loIn, r.hiIn = iv[0] == '[', iv[len(iv)-1] == ']'
	lo, hi, ok := strings.Cut(iv[1:len(iv)-1], ",")
	if !ok {
		return r, fmt.Errorf("range %q: want two bounds", s)
	}
	var err error
	if r.lo, err = bound(lo); err != nil {
		return r, fmt.Errorf("range %q: %w", s, err)
	}
	if r.hi, err = bound(hi); err != nil {
		return r, fmt.Errorf("range %q: %w", s, err)
	}
	for _, rel := range parts[1:] {
		op, key, ok := strings.Cut(strings.TrimSpace(rel), " ")
		switch {
		case !ok || key == "":
			return r, fmt.Errorf("range %q: want a bound such as ≤ s_max, got %q", s, rel)
		case op != "<" && op != "≤" && op != ">" && op != "≥":
			return r, fmt.Errorf("range %q: operator %q is not one of <, ≤, >, ≥", s, op)
		}
		r.relations = append(r.relations, relation{op, strings.TrimSpace(key)})
	}
	return r, nil
}

func bound(s string) (float64, error) {
	switch s = strings.TrimSpace(s); s {
	case "∞", "+∞":
		return math.Inf(1), nil
	case "−∞", "-∞":
		return math.Inf(-1), nil
	}
	return strconv.ParseFloat(strings.Replace(s, "−", "-", 1), 64)
}

// check returns why x is outside the range ("" if it is inside); values
// holds every key's value, for the bounds by other keys.
func (r paramRange) check(x float64, values map[string]float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "must be a finite number"
	}
	if (x < r.lo || (x == r.lo && !r.loIn)) || (x > r.hi || (x == r.hi && !r.hiIn)) {
		switch {
		case r.lo == 0 && r.loIn && math.IsInf(r.hi, 1):
			return fmt.Sprintf("must not be negative, got %g", x)
		case r.lo == 0 && !r.loIn && math.IsInf(r.hi, 1):
			return fmt.Sprintf("must be positive, got %g", x)
		case math.IsInf(r.lo, -1) && r.hi == 0 && !r.hiIn:
			return fmt.Sprintf("must be negative, got %g", x)
		}
		iv, _, _ := strings.Cut(r.text, ";")
		return fmt.Sprintf("must be in %s, got %g", strings.TrimSpace(iv), x)
	}
	for _, rel := range r.relations {
		y, ok := values[rel.key]
		if !ok {
			panic(fmt.Sprintf("range %q names an unknown key %q", r.text, rel.key))
		}
		var held bool
		var words string
		switch rel.op {
		case "<":
			held, words = x < y, "must be below"
		case "≤":
			held, words = x <= y, "must not exceed"
		case ">":
			held, words = x > y, "must exceed"
		case "≥":
			held, words = x >= y, "must be at least"
		}
		if !held {
			return fmt.Sprintf("%s %s (%g), got %g", words, rel.key, y, x)
		}
	}
	return ""
}

// CheckParam checks x against the interval of [model] key's range, not
// its bounds by other keys, and returns why it is outside ("" if inside).
// Scenarios check a nation's override of a policy constant with it.
func CheckParam(key string, x float64) string {
	for _, p := range ParamTable() {
		if p.Key == key {
			r, err := parseRange(p.Range)
			if err != nil {
				panic(fmt.Sprintf("sim: %s: %v", key, err))
			}
			r.relations = nil
			return r.check(x, nil)
		}
	}
	panic(fmt.Sprintf("sim.CheckParam: unknown key %q", key))
}

// Ends returns the least and the greatest value a key's range admits on
// its own (an open end's nearest float inside; bounds by other keys not
// applied), for tests and fuzzers that draw a key across its range.
func (p ParamInfo) Ends() (lo, hi float64, err error) {
	r, err := parseRange(p.Range)
	if err != nil {
		return 0, 0, err
	}
	lo, hi = r.lo, r.hi
	if !r.loIn {
		lo = math.Nextafter(lo, hi)
	}
	if !r.hiIn {
		hi = math.Nextafter(hi, lo)
	}
	return lo, hi, nil
}
