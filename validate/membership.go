package validate

import (
	"fmt"
	"math"

	"entente/sim"
)

// The co-membership rows' names, as readers of a report find them (the
// κ row's name goes on with its span of years; the skill row is indented
// under it).
const (
	KappaRow = "Co-membership κ (Cohen) against ATOP"
	SkillRow = "skill: κ minus the best baseline's"
)

// membership returns a scenario's co-membership rows over the years
// [from, to]: the run's Cohen's κ against every ATOP defence and offence
// pact among the scenario's states (a target: at least kappaMin; a row of
// information when kappaMin is NaN), the
// skill target (the run's κ above the best baseline's), the run's raw
// agreement, precision and recall, and each baseline's κ and agreement
// (information; the baselines do not depend on the run).
func membership(cfg sim.Config, h *History, from, to int, kappaMin float64) []Target {
	span := fmt.Sprintf("%d–%d", from, to)
	src := "ATOP v4.01: every defence or offence pact among the scenario's states"
	model := func(r *Record) Confusion { return r.confusion(h, from, to) }
	world := ofConfig(cfg)
	best, bestName := math.Inf(-1), ""
	perfect, perfectKappa := "", 0.0 // a baseline that agrees with history in every pair-year
	var rows []Target
	for _, b := range Baselines(cfg) {
		c := confusion(world, h, from, to, b.Pred)
		if k := c.Kappa(); k > best {
			best, bestName = k, b.Name
		}
		if perfect == "" && c.Agreement() >= 1-perfectSlack {
			perfect, perfectKappa = b.Name, c.Kappa()
		}
		rows = append(rows, info("  baseline "+b.Name+": κ", "the scenario's inputs (validate/baselines.go)", "", c.Kappa()),
			info("  baseline "+b.Name+": agreement", src, "", c.Agreement()))
	}
	kappa := Target{
		Name: KappaRow + ", " + span, Source: src,
		History: fmt.Sprintf("≥ %.2f", kappaMin), Lo: kappaMin, Hi: 1,
		Measure: func(r *Record) (float64, bool) { return defined(model(r).Kappa()) },
	}
	if math.IsNaN(kappaMin) {
		kappa.History, kappa.Info, kappa.Lo, kappa.Hi = "—", true, math.Inf(-1), math.Inf(1)
	}
	skill := Target{
		Name:    "  " + SkillRow,
		Source:  fmt.Sprintf("the best baseline below, on the same pairs and years: %s, κ %.2f", bestName, best),
		History: "> 0", Lo: 1e-9, Hi: 2,
		Measure: func(r *Record) (float64, bool) { return defined(model(r).Kappa() - best) },
	}
	if perfect != "" {
		// A baseline that agrees with history in every pair-year cannot be
		// beaten, only equalled (the Americas of 1990–2014, whose 630
		// pairs are allied in every year or in none, by pacts of the
		// start), and a model that changes nothing equals it: the era
		// shows no skill either way, and the row is information. Its κ
		// is 1, or 0 when history has no allied pair-year at all (the
		// Americas of 1920–1938, where "no alliances" agrees everywhere
		// and κ, with nothing to agree on by more than chance, is 0 for
		// every prediction): agreement, not κ, says it is perfect.
		skill.Source = fmt.Sprintf("the best baseline below, on the same pairs and years: %s, agreement 1.00 (κ %.2f)", perfect, perfectKappa)
		skill.History, skill.Info, skill.Lo, skill.Hi = "—", true, math.Inf(-1), math.Inf(1)
		skill.Source += "; it agrees with history in every pair-year, so no model can show skill: information"
	}
	ts := []Target{
		kappa,
		skill,
		{
			Name: "  raw agreement", Source: src, History: "—", Info: true, Lo: math.Inf(-1), Hi: math.Inf(1),
			Measure: func(r *Record) (float64, bool) { return defined(model(r).Agreement()) },
		},
		{
			Name: "  precision of allied pair-years", Source: src, History: "—", Info: true, Lo: math.Inf(-1), Hi: math.Inf(1),
			Measure: func(r *Record) (float64, bool) { return defined(model(r).Precision()) },
		},
		{
			Name: "  recall of allied pair-years", Source: src, History: "—", Info: true, Lo: math.Inf(-1), Hi: math.Inf(1),
			Measure: func(r *Record) (float64, bool) { return defined(model(r).Recall()) },
		},
	}
	return append(ts, rows...)
}

// perfectSlack is how near 1 a baseline's κ is perfect, far above the
// rounding of a ratio of counts (κ of identical tables is 1 within 1e-15).
const perfectSlack = 1e-9

// info is a row of information with the same value in every run.
func info(name, source, unit string, v float64) Target {
	return Target{Name: name, Source: source, History: "—", Unit: unit, Info: true, Lo: math.Inf(-1), Hi: math.Inf(1),
		Measure: func(*Record) (float64, bool) { return defined(v) }}
}

// defined turns a NaN into an undefined measure.
func defined(v float64) (float64, bool) { return v, !math.IsNaN(v) }

// confusion is the run's own confusion with history over [from, to], kept
// in the record: several rows read the same counts.
func (r *Record) confusion(h *History, from, to int) Confusion {
	key := [2]int{from, to}
	if c, ok := r.memo[key]; ok {
		return c
	}
	c := confusion(ofRecord(r), h, from, to, r.Allied)
	if r.memo == nil {
		r.memo = map[[2]int]Confusion{}
	}
	r.memo[key] = c
	return c
}
