package main

import (
	"slices"
	"strings"
	"testing"
)

// The wars the era's states fought against states outside it come from
// COW's data by one rule: Vietnam is the United States' against North
// Vietnam in the Cold War, from COW's first day to its last; the Korean
// War is not one (China, an enemy there, is in the scenario, and the war
// is its events file's); the Sino-Indian war neither (both sides are in
// it); a war under way at an era's start is counted from then (Russia's
// with Latvia and Estonia, over in early 1920); a state's spells before
// it enters are not counted (Japan's of 1950–51 in Korea: it is no
// participant, and West Germany fought none).
func TestWarsAgainstStatesOutsideFromTheData(t *testing.T) {
	d := committed(t)
	find := func(evs []event, label string) (event, bool) {
		k := slices.IndexFunc(evs, func(e event) bool { return strings.HasPrefix(e.label, label) })
		if k < 0 {
			return event{}, false
		}
		return evs[k], true
	}
	cw := d.outsideWars(coldWarSpecs(), cwStart, cwEnd)
	v, ok := find(cw, "Vietnam War, Phase 2")
	switch {
	case !ok:
		t.Fatal("no Vietnam War in the Cold War")
	case !slices.Equal(v.a, []string{"USA"}) || !slices.Equal(v.b, []string{"outside:DRV"}):
		t.Errorf("Vietnam: %v against %v, want the USA against outside:DRV", v.a, v.b)
	case v.year != 1965 || v.month != 2 || v.duration.v != 7.97:
		t.Errorf("Vietnam from %d-%d for %g years, want February 1965 for 7.97 (7 February 1965 – 27 January 1973)", v.year, v.month, v.duration.v)
	}
	for _, name := range []string{"Korean", "Assam", "Soviet Invasion of Hungary"} {
		if e, ok := find(cw, name); ok {
			t.Errorf("%s is a war against states outside the Cold War: %v against %v", name, e.a, e.b)
		}
	}
	if e, ok := find(cw, "First Kashmir"); !ok || !slices.Equal(e.a, []string{"IND"}) || !slices.Equal(e.b, []string{"outside:PAK"}) {
		t.Errorf("First Kashmir: %+v, want India against outside:PAK", e)
	}
	for _, e := range cw {
		if slices.Contains(e.a, "GFR") || slices.Contains(e.a, "JPN") {
			t.Errorf("%s: %v fought no war in COW's data", e.label, e.a)
		}
		for _, b := range e.b {
			if !strings.HasPrefix(b, "outside:") {
				t.Errorf("%s: enemy %q is in the scenario", e.label, b)
			}
		}
	}
	iw := d.outsideWars(interwarSpecs(), 1920, 1938)
	if e, ok := find(iw, "Latvian Liberation"); !ok || e.year != 1920 || e.month != 1 || !slices.Equal(e.a, []string{"RUS"}) {
		t.Errorf("Russia's war with Latvia, under way at the start, is counted from it: %+v", e)
	}
	for _, e := range iw {
		if slices.Contains(e.b, "outside:GMY") {
			t.Errorf("%s: Germany, in the era, named outside (its fighting ended before 1920)", e.label)
		}
	}
}

// Every war an era's state fought against another of its states, by COW's
// data, is one of its events files' war events (outsideWars leaves those
// to them): an event with the state on one side, over some of the spell's
// days. A war the files miss would be in no run.
func TestEveryWarOfTheEraIsAnEvent(t *testing.T) {
	d := committed(t)
	for _, e := range eras() {
		sc := e.build(d)
		for _, x := range d.eraSpells(e.specs(), e.start, e.end) {
			if !x.inside || x.spell.extra {
				// An extra-state war with a state of the era on the other
				// side (Algeria beside the Polisario, 1976) is left out:
				// extrastate.go.
				continue
			}
			covered := slices.ContainsFunc(sc.events, func(ev event) bool {
				if ev.kind != "war" || !(slices.Contains(ev.a, x.id) || slices.Contains(ev.b, x.id)) {
					return false
				}
				from := float64(ev.year) + float64(max(ev.month, 1)-1)/12
				to := from + ev.duration.v
				if ev.duration.v == 0 {
					to = float64(e.end + 1)
				}
				spellFrom := float64(x.from.Year()) + float64(x.from.YearDay()-1)/365.25
				spellTo := float64(x.spell.to.Year()) + float64(x.spell.to.YearDay())/365.25
				return from < spellTo+1.0/12 && spellFrom < to+1.0/12 // a month's slack for COW's days against an event's month
			})
			if !covered {
				t.Errorf("%s: %s fought %s (%s) against a state of the era, and no war event has it", e.name, x.id, x.spell.name, cowSpan(x.from, x.spell.to))
			}
		}
	}
}

// An enemy the era models in other years only is outside it while the war
// is fought, and is named by COW's state name, for the loader refuses
// outside:ID for an id of the scenario: France against China in 1884–85,
// China entering in 1896, is a war against outside:China; their war of
// 1900 (the Boxer Rebellion) is between two of the era's states, and no
// outside war; Germany, not in the era, keeps its abbreviation.
func TestAnEnemyTheEraModelsLaterIsNamedByCOW(t *testing.T) {
	d := committed(t)
	chn := e71Nation("CHN", "China", "CHN", "CHN")
	chn.start = 1896
	specs := []nationSpec{e71Nation("FRN", "France", "FRN", "FRA"), chn}
	evs := d.outsideWars(specs, 1870, 1913)
	has := func(label string, b ...string) bool {
		return slices.ContainsFunc(evs, func(e event) bool { return strings.HasPrefix(e.label, label) && slices.Equal(e.b, b) })
	}
	if !has("Sino-French", "outside:China") {
		t.Errorf("Sino-French War: want France against outside:China; events %v", labels(evs))
	}
	if !slices.ContainsFunc(evs, func(e event) bool {
		return strings.HasPrefix(e.label, "Franco-Prussian") && slices.Contains(e.b, "outside:GMY")
	}) {
		t.Errorf("Franco-Prussian War: want France against outside:GMY among others; events %v", labels(evs))
	}
	for _, e := range evs {
		if strings.HasPrefix(e.label, "Boxer") {
			t.Errorf("%s: France and China are both in the era in 1900; no outside war", e.label)
		}
		for _, b := range e.b {
			if b == "outside:CHN" || b == "outside:FRN" {
				t.Errorf("%s: %s names an id of the era", e.label, b)
			}
		}
	}
}

func labels(evs []event) []string {
	out := make([]string, len(evs))
	for k, e := range evs {
		out[k] = e.label
	}
	return out
}
