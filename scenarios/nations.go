package scenarios

import (
	"fmt"
	"regexp"
	"strings"

	"entente/agents"
	"entente/sim"
)

var nationID = regexp.MustCompile(`^[A-Za-z0-9_]+$`)

// checkNations checks every [[nation]], registers the ids, and returns
// the nations (all active; entry events change that), which are islands,
// the year each one's start regime was reached (0: not given), and the
// regimes their start shares were measured under, where given.
func (l *loader) checkNations(geo sim.Geometry) ([]agents.Nation, []bool, []int, []sim.NationRegime) {
	if len(l.nations) == 0 {
		l.problems = append(l.problems, Problem{File: l.file, Path: "nation", Message: "the world has no nations: at least one [[nation]] is required"})
	}
	nations := make([]agents.Nation, len(l.nations))
	islands := make([]bool, len(l.nations))
	regimeSince := make([]int, len(l.nations))
	var shareRegimes []sim.NationRegime
	for i := range l.nations {
		t := &l.nations[i]
		if !l.has("nation", i, "id") {
			l.errf("nation", i, "id", "is required")
		} else if !nationID.MatchString(t.ID) {
			l.errf("nation", i, "id", "must be letters, digits and '_', got %q", t.ID)
		} else if j, dup := l.ids[t.ID]; dup {
			l.errf("nation", i, "id", "duplicates nation[%d]", j)
		} else {
			l.ids[t.ID] = i
		}
		l.checkNation(i, geo)
		nations[i] = l.nation(i, geo)
		islands[i] = t.Island
		regimeSince[i] = t.RegimeSince
		if l.has("nation", i, "share_regime") {
			shareRegimes = append(shareRegimes, sim.NationRegime{Nation: i, Regime: t.ShareRegime})
		}
	}
	return nations, islands, regimeSince, shareRegimes
}

// checkNation checks the values of nation i.
func (l *loader) checkNation(i int, geo sim.Geometry) {
	t := &l.nations[i]
	at := func(key, format string, args ...any) { l.errf("nation", i, key, format, args...) }
	required := func(key string) bool {
		if !l.has("nation", i, key) {
			at(key, "is required")
			return false
		}
		return true
	}
	in := func(key string, x, lo, hi float64) {
		if x < lo || x > hi {
			at(key, "must be in [%g, %g], got %g", lo, hi, x)
		}
	}
	nonneg := func(key string, x float64) {
		if x < 0 {
			at(key, "must not be negative, got %g", x)
		}
	}
	atMost := func(key string, x, hi float64) { // the bounds of nationbounds.go
		if x > hi {
			at(key, "must be at most %g, got %g", hi, x)
		}
	}
	own, other, world := []string{"lat", "lon"}, []string{"x", "y"}, "geo"
	if geo == sim.Plane {
		own, other, world = other, own, "plane"
	}
	if geo >= 0 {
		for _, key := range other {
			if l.has("nation", i, key) {
				at(key, "does not apply to a %s world (give %s and %s)", world, own[0], own[1])
			}
		}
		for _, key := range own {
			required(key)
		}
		if geo == sim.Geographic {
			in("lat", t.Lat, -90, 90)
			in("lon", t.Lon, -180, 180)
		}
	}
	if required("gdp") {
		nonneg("gdp", t.GDP)
		atMost("gdp", t.GDP, maxGDP)
	}
	if t.Growth <= -1 {
		at("growth", "must be greater than -1, got %g", t.Growth)
	}
	atMost("growth", t.Growth, maxGrowth)
	l.checkGrowthPath(i)
	// A nation's volatility and deficit are its own sigma_g and d_base:
	// the same ranges.
	for _, s := range []struct {
		key, model string
		x          float64
	}{{"volatility", "sigma_g", t.Volatility}, {"deficit", "d_base", t.Deficit}} {
		if l.has("nation", i, s.key) {
			if msg := sim.CheckParam(s.model, s.x); msg != "" {
				at(s.key, "%s", msg)
			}
		}
	}
	if required("share") {
		in("share", t.Share, 0, 1)
	}
	if l.has("nation", i, "capability") {
		nonneg("capability", t.Capability)
		atMost("capability", t.Capability, maxCapability)
	} else if l.params.Depreciation == 0 {
		at("capability", "is required when model.delta is 0 (no steady state to start from without depreciation)")
	} else if k := steadyCapability(t.Share, t.GDP, t.Growth, l.params.Efficiency, l.params.Depreciation); !(k <= maxCapability) {
		at("capability", "the steady state share × gdp × model.e / (model.delta + max(0, growth)) is %g, above %g: give capability, or a larger model.delta", k, float64(maxCapability))
	}
	nonneg("debt", t.Debt)
	atMost("debt", t.Debt, maxDebt)
	in("regime", t.Regime, -10, 10)
	in("share_regime", t.ShareRegime, -10, 10)
	nonneg("reach", t.Reach)
	if t.Neutral && t.Camp != "" {
		at("camp", "must be empty for a neutral state, got %q", t.Camp)
	}
	if t.Neutral && strings.TrimSpace(t.NeutralSource) == "" {
		at("neutral_source", "is required for a neutral state")
	}
	if !t.Neutral && l.has("nation", i, "neutral_source") {
		at("neutral_source", "applies only to a neutral state (neutral = true)")
	}
	// Policy overrides, in the range of the [model] key they override (a
	// default from [model] is checked there).
	given := func(key string) bool { return l.has("nation", i, key) }
	for _, s := range []struct {
		key, model string
		x          float64
	}{
		{"f", "f", t.F}, {"s_min", "s_min", t.SMin}, {"s_max", "s_max", t.SMax},
		{"lambda", "lambda", t.Lambda}, {"psi", "psi0", t.Psi}, {"k", "k", t.K}, {"alpha", "alpha", t.Alpha},
	} {
		if given(s.key) {
			if msg := sim.CheckParam(s.model, s.x); msg != "" {
				at(s.key, "%s", msg)
			}
		}
	}
	if (given("s_min") || given("s_max")) && t.SMin > t.SMax {
		key := "s_min"
		if !given(key) {
			key = "s_max"
		}
		at(key, "s_min (%g) must not exceed s_max (%g)", t.SMin, t.SMax)
	}
}

// checkGrowthPath checks nation i's growth path: a figure a year from
// growth_path_from, a year of the run, each a year's growth (above −1, at
// most maxYearGrowth); the one key needs the other.
func (l *loader) checkGrowthPath(i int) {
	t := &l.nations[i]
	path, from := l.has("nation", i, "growth_path"), l.has("nation", i, "growth_path_from")
	switch {
	case path && !from:
		l.errf("nation", i, "growth_path_from", "is required with growth_path: the year of its first figure")
	case from && !path:
		l.errf("nation", i, "growth_path_from", "applies only with growth_path")
	}
	if from {
		if y, a, b := t.GrowthFrom, l.scenario.StartYear, l.scenario.EndYear; y < a || y > b {
			l.errf("nation", i, "growth_path_from", "must be a year of the run, %d to %d, got %d", a, b, y)
		}
	}
	for k, g := range t.GrowthPath {
		key := fmt.Sprintf("growth_path[%d]", k)
		switch {
		case !(g > -1):
			l.errf("nation", i, key, "must be greater than -1, got %g", g)
		case g > maxYearGrowth:
			l.errf("nation", i, key, "must be at most %g, got %g", float64(maxYearGrowth), g)
		}
	}
}

// growthPaths are the nations' growth paths as the engine takes them: nil
// when no nation has one.
func (l *loader) growthPaths() []sim.GrowthPath {
	var out []sim.GrowthPath
	for i := range l.nations {
		if t := &l.nations[i]; len(t.GrowthPath) > 0 {
			if out == nil {
				out = make([]sim.GrowthPath, len(l.nations))
			}
			out[i] = sim.GrowthPath{From: int(t.GrowthFrom), Growth: t.GrowthPath}
		}
	}
	return out
}

// nation builds nation i as the engine takes it.
func (l *loader) nation(i int, geo sim.Geometry) agents.Nation {
	t := &l.nations[i]
	n := agents.Nation{
		ID: t.ID, Name: t.Name, Region: t.Region, PosA: t.Lat, PosB: t.Lon,
		Regime: t.Regime, Camp: t.Camp, Reach: t.Reach, Neutral: t.Neutral, Command: t.CommandEconomy,
		Policy: agents.Policy{
			Reactivity: t.K, FiscalBrake: t.F, MinShare: t.SMin, MaxShare: t.SMax,
			Adjustment: t.Lambda, Generosity: t.Alpha, Privateness: t.Psi,
		},
		GDP: t.GDP, Growth: t.Growth, Volatility: t.Volatility, Share: t.Share,
		Capability: t.Capability, Debt: t.Debt, Deficit: t.Deficit, Active: true,
	}
	if n.Name == "" {
		n.Name = t.ID
	}
	if geo == sim.Plane {
		n.PosA, n.PosB = t.X, t.Y
	}
	if !l.has("nation", i, "capability") && l.params.Depreciation > 0 {
		n.Capability = steadyCapability(t.Share, t.GDP, t.Growth, l.params.Efficiency, l.params.Depreciation)
	}
	return n
}

// steadyCapability is the capability of a nation the scenario gives none:
// the stock its share keeps on its growth path, where K' = e·s·Y − δ·K
// grows as Y does, at g (a decline counts as no growth), K = e·s·Y/(δ + g).
// At δ alone the stock would wear down after the start, relative to GDP,
// and the budget rule would read a burden rising for a threat that has
// not moved (sim/budget.go; MODEL-NOTES, "A start's forces are those its
// budget keeps on its growth path").
func steadyCapability(share, gdp, growth, e, delta float64) float64 {
	return share * gdp * e / (delta + max(0, growth))
}
