package scenarios

import (
	"math"
	"slices"
	"strings"

	"entente/sim"
)

// eventKeys lists the keys each kind requires and those it may take,
// besides the keys of every event (eventCommon).
var eventKeys = map[sim.EventKind]struct{ required, optional []string }{
	sim.ThreatShock:     {[]string{"a", "b", "delta"}, nil},
	sim.Detente:         {[]string{"a", "b", "delta"}, nil},
	sim.Recession:       {[]string{"nations", "delta"}, []string{"duration"}},
	sim.GrowthSpurt:     {[]string{"nations", "delta"}, []string{"duration"}},
	sim.RegimeChange:    {[]string{"nations", "value"}, nil},
	sim.CampChange:      {[]string{"nations", "camp"}, nil},
	sim.TargetChange:    {[]string{"alliance", "value"}, nil},
	sim.FiscalRule:      {[]string{"nations", "cap"}, []string{"debt"}},
	sim.AidProgramme:    {[]string{"donor", "recipient", "amount"}, []string{"duration"}},
	sim.CapabilityShock: {[]string{"nations", "fraction"}, nil},
	sim.Entry:           {[]string{"nation"}, []string{"alliance"}},
	sim.Merge:           {[]string{"nation", "into"}, nil},
	sim.Territory:       {[]string{"nations", "factor"}, nil},
	sim.Doctrine:        {[]string{"alliance", "psi"}, nil},
	sim.War:             {[]string{"a", "b"}, []string{"duration", "fighting"}},
}

var eventCommon = []string{"year", "month", "kind", "label", "source"}

// checkEvents checks every [[event]] and returns them resolved, in file
// order. Ticks are computed only when the run's years are usable. Nations
// with an entry event are marked in entering.
func (l *loader) checkEvents(yearsOK bool, entering map[int]int) []sim.Event {
	s := &l.scenario
	out := make([]sim.Event, 0, len(l.events))
	for k := range l.events {
		t := &l.events[k]
		at := func(key, format string, args ...any) { l.errf("event", k, key, format, args...) }
		e := sim.Event{Kind: sim.EventKind(t.Kind), Label: t.Label}
		if e.Label == "" {
			e.Label = t.Kind
		}
		if !l.has("event", k, "year") {
			at("year", "is required")
		} else if yearsOK && (t.Year < s.StartYear || t.Year > s.EndYear) {
			at("year", "must be within the run, [%d, %d], got %d", s.StartYear, s.EndYear, t.Year)
		}
		if t.Month < 1 || t.Month > 12 {
			at("month", "must be in [1, 12], got %d", t.Month)
		}
		if yearsOK {
			e.Tick = int(s.tickAt(t.Year, t.Month))
			e.From = float64(t.Year-s.StartYear) + float64(t.Month-1)/12
		}
		keys, known := eventKeys[e.Kind]
		if !l.has("event", k, "kind") {
			at("kind", "is required")
		} else if !known {
			names := make([]string, len(sim.EventKinds))
			for i, kind := range sim.EventKinds {
				names[i] = string(kind)
			}
			at("kind", "must be one of %s; got %q", strings.Join(names, ", "), t.Kind)
		}
		if !known {
			continue
		}
		for _, f := range tableFields["event"] {
			given := l.has("event", k, f.key)
			switch {
			case slices.Contains(eventCommon, f.key):
			case slices.Contains(keys.required, f.key):
				if !given {
					at(f.key, "is required for %s", e.Kind)
				}
			case given && !slices.Contains(keys.optional, f.key):
				at(f.key, "does not apply to %s", e.Kind)
			}
		}
		l.eventValues(k, &e, entering)
		out = append(out, e)
	}
	return out
}

// eventValues checks and resolves the kind-specific keys of event k.
// Missing required keys are already reported; only given ones are checked.
func (l *loader) eventValues(k int, e *sim.Event, entering map[int]int) {
	t := &l.events[k]
	has := func(key string) bool { return l.has("event", k, key) }
	// in checks a given value against [lo, hi], or (lo, hi] if open.
	in := func(key string, x, lo, hi float64, open bool) float64 {
		if has(key) && (x < lo || x > hi || (open && x == lo)) {
			bracket := "["
			if open {
				bracket = "("
			}
			l.errf("event", k, key, "must be in %s%g, %g], got %g", bracket, lo, hi, x)
		}
		return x
	}
	group := func(key string, items []string) sim.Group {
		if !has(key) {
			return sim.Group{}
		}
		return l.group(k, key, items)
	}
	switch e.Kind {
	case sim.ThreatShock, sim.Detente:
		e.A, e.B = group("a", t.A), group("b", t.B)
		e.Delta = in("delta", t.Delta, 0, 1, true)
	case sim.Recession, sim.GrowthSpurt:
		e.A = group("nations", t.Nations)
		e.Delta = in("delta", t.Delta, 0, 1, true)
		e.Duration = l.duration(k)
	case sim.RegimeChange:
		e.A = group("nations", t.Nations)
		e.Value = in("value", t.Value, -10, 10, false)
	case sim.CampChange:
		e.A, e.Camp = group("nations", t.Nations), t.Camp
	case sim.TargetChange:
		e.Value = in("value", t.Value, 0, 1, false)
		if has("alliance") {
			e.Alliance = l.allianceRef(k, t.Alliance)
		}
	case sim.FiscalRule:
		e.A = group("nations", t.Nations)
		e.Value = in("cap", t.Cap, 0, 1, true)
		e.Debt = in("debt", t.Debt, 0, math.Inf(1), false)
	case sim.AidProgramme:
		e.A, e.B = group("donor", t.Donor), group("recipient", t.Recipient)
		if e.Value = t.Amount; has("amount") && t.Amount <= 0 {
			l.errf("event", k, "amount", "must be positive, got %g", t.Amount)
		} else if t.Amount > maxGDP { // a year's aid is at most the largest GDP (nationbounds.go)
			l.errf("event", k, "amount", "must be at most %g, got %g", float64(maxGDP), t.Amount)
		}
		e.Duration = l.duration(k)
	case sim.War:
		var outA, outB []string
		if has("a") {
			e.A, outA = l.warSide(k, "a", t.A)
		}
		if has("b") {
			e.B, outB = l.warSide(k, "b", t.B)
		}
		if allOutside(e.A, outA) && allOutside(e.B, outB) {
			l.errf("event", k, "b", "a war needs a side of the scenario's states: both sides are outside it")
		}
		e.Outside = append(outA, outB...)
		for _, id := range t.A {
			if _, isNation := l.ids[id]; isNation && slices.Contains(t.B, id) {
				l.errf("event", k, "b", "%s is on both sides of the war", id)
			}
		}
		if has("duration") { // without one, the war lasts to the run's end
			e.Duration = l.warTicks(k, e.Tick)
			e.To = e.From + max(t.Duration, 0)
		}
		if has("fighting") { // the armistice, before the peace: budgets answer the fighting (sim/warbudget.go)
			switch {
			case t.Fighting <= 0:
				l.errf("event", k, "fighting", "must be positive, got %g", t.Fighting)
			case has("duration") && t.Fighting > t.Duration:
				l.errf("event", k, "fighting", "must be at most the war's duration (%g), got %g", t.Duration, t.Fighting)
			default:
				e.To = e.From + t.Fighting
			}
		}
	case sim.CapabilityShock:
		e.A = group("nations", t.Nations)
		e.Value = in("fraction", t.Fraction, 0, 1, false)
	case sim.Territory:
		// A state keeps some of itself: a factor of 0 would be a merge.
		e.A = group("nations", t.Nations)
		e.Value = in("factor", t.Factor, 0, 100, true)
	case sim.Doctrine:
		e.Value = in("psi", t.Psi, 0, 1, false)
		if has("alliance") {
			e.Alliance = l.allianceRef(k, t.Alliance)
		}
	case sim.Entry, sim.Merge:
		if has("nation") {
			e.Nation, _ = l.nationRef("event", k, "nation", t.Nation)
		}
		if e.Kind == sim.Merge && has("into") {
			var ok bool
			if e.Into, ok = l.nationRef("event", k, "into", t.Into); ok && t.Into == t.Nation {
				l.errf("event", k, "into", "must differ from nation (%s)", t.Nation)
			}
		}
		if e.Kind == sim.Entry && has("alliance") {
			// The pact of the start the state enters as a member of: by name only.
			if !l.isAllianceName(t.Alliance) {
				l.errf("event", k, "alliance", "must name one of the scenario's [[alliance]] tables (the pact of the start %s enters as a member of), got %q", t.Nation, t.Alliance)
			} else if slices.ContainsFunc(l.alliances, func(a allianceTable) bool { return a.Name == t.Alliance && a.Bilateral }) {
				l.errf("event", k, "alliance", "%q is a treaty of two (bilateral = true): %s cannot enter it as a third member", t.Alliance, t.Nation)
			} else {
				e.Alliance = sim.AllianceRef{Name: t.Alliance, Holder: -1}
			}
		}
		if _, known := l.ids[t.Nation]; e.Kind == sim.Entry && known {
			if j, dup := entering[e.Nation]; dup {
				l.errf("event", k, "nation", "%s already enters at event[%d]", t.Nation, j)
			} else {
				entering[e.Nation] = k
			}
		}
	}
}

// warTicks converts war event k's duration [yr] to ticks: from its first
// tick through the tick that holds its end (its start date plus the
// duration), so that a war of October 1911 to October 1912 is under way in
// both years at one tick a year; at least one tick, at most to the run's
// end.
func (l *loader) warTicks(k, first int) int {
	t, s := &l.events[k], &l.scenario
	if t.Duration <= 0 {
		l.errf("event", k, "duration", "must be positive, got %g (omit it for a war to the run's end)", t.Duration)
		return 1
	}
	tpy := float64(s.TicksPerYear)
	end := float64(t.Year-s.StartYear) + float64(t.Month-1)/12 + t.Duration
	last := min(int(math.Floor(end*tpy)), int((s.EndYear-s.StartYear+1)*s.TicksPerYear-1))
	return max(1, last-first+1)
}

// duration converts event k's duration [yr] to ticks: at least one, at
// most the run's length.
func (l *loader) duration(k int) int {
	d := l.events[k].Duration
	if d <= 0 {
		l.errf("event", k, "duration", "must be positive, got %g", d)
		return 1
	}
	s := &l.scenario
	run := float64((s.EndYear - s.StartYear + 1) * s.TicksPerYear)
	return int(max(1, min(math.Round(d*float64(s.TicksPerYear)), run)))
}

// allOutside reports whether a war's side names only states outside the
// scenario.
func allOutside(g sim.Group, outside []string) bool {
	return len(outside) > 0 && len(g.Nations) == 0 && len(g.Camps) == 0 && len(g.Regions) == 0 && !g.All
}
