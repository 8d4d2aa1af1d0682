package main

import (
	"slices"
	"testing"
)

// A jump is spending per soldier up or down fourfold between figures at
// most five years apart, the army within 0.6–1.7 times its size: an army
// that grows with its spending, or figures farther apart, are no jump.
func TestNMCJumps(t *testing.T) {
	d := toy()
	d.milper = map[key]float64{}
	put := func(abb string, y int, milex, men float64) {
		d.milex[key{abb, y}] = milex
		d.milper[key{abb, y}] = men
	}
	put("XXX", 1960, 100, 10)
	put("XXX", 1961, 100, 10)
	put("XXX", 1962, 10, 10)   // a digit lost: ×0.1
	put("XXX", 1963, 100, 10)  // back: ×10
	put("XXX", 1964, 4000, 40) // ×10 a soldier, but the army four times larger: no jump
	put("XXX", 1970, 50, 40)   // six years after: too far to compare
	put("YYY", 1960, 100, 10)
	put("YYY", 1963, 15, 12) // across a gap of two missing years: ×0.125
	got := append(d.nmcJumps("XXX", 1950, 1980), d.nmcJumps("YYY", 1950, 1980)...)
	type pair struct {
		abb      string
		from, to int
	}
	var pairs []pair
	for _, j := range got {
		pairs = append(pairs, pair{j.abb, j.from, j.to})
	}
	want := []pair{{"XXX", 1961, 1962}, {"XXX", 1962, 1963}, {"YYY", 1960, 1963}}
	if !slices.Equal(pairs, want) {
		t.Errorf("jumps %v, want XXX 1961→1962, 1962→1963 and YYY 1960→1963", got)
	}
	if len(got) == 3 {
		approx(t, "the digit's jump", got[0].perSoldier, 0.1)
		approx(t, "YYY's personnel", got[2].personnel, 1.2)
	}
}

// The years a state fights a war of the era's events (to its armistice
// when the event gives one), and the year after; a war with no duration,
// to the era's end and the year after.
func TestWarYears(t *testing.T) {
	evs := []event{
		{kind: "war", year: 1950, month: 6, a: []string{"USA"}, b: []string{"PRK"}, duration: num{v: 0.3}},
		{kind: "threat_shock", year: 1960, a: []string{"USA"}, b: []string{"RUS"}},
		{kind: "war", year: 1965, month: 3, a: []string{"outside:DRV"}, b: []string{"USA"}, duration: num{v: 7.9}, fighting: num{v: 2.5}},
		{kind: "war", year: 1988, a: []string{"USA"}, b: []string{"outside:X"}},
	}
	got := warYears(evs, "USA", 1990)
	for _, y := range []int{1950, 1951, 1965, 1967, 1968, 1988, 1990, 1991} {
		if !got[y] {
			t.Errorf("%d: not a year of war or after one", y)
		}
	}
	for _, y := range []int{1952, 1960, 1964, 1969, 1973, 1987, 1992} {
		if got[y] {
			t.Errorf("%d: counted as a year of war", y)
		}
	}
}

// unreviewedJumps reports a jump in a figure an era uses, and is silenced
// by a war of the state's, by nmcKept and by nmcErrors; a jump in figures
// the era does not use (SIPRI's years) is not reported.
func TestUnreviewedJumps(t *testing.T) {
	d := toy()
	d.milper = map[key]float64{}
	for y := 1948; y <= 1962; y++ {
		d.gdp[key{"XXX", y}] = 100
		d.milex[key{"XXX", y}], d.milper[key{"XXX", y}] = 1e6, 10
	}
	d.milex[key{"XXX", 1955}] = 10e6 // a tenfold year with the same army
	e := era{name: "toy", start: 1950, end: 1960, specs: func() []nationSpec {
		return []nationSpec{{id: "XXX", start: 1950, series: series{{from: 0, to: 9999, gdp: "XXX", nmc: "XXX", sipri: "XXX"}}}}
	}}
	sc := &scenario{}
	if got := d.unreviewedJumps(e, sc); len(got) != 2 { // into 1955 and out of it
		t.Fatalf("reported %v, want the two jumps of 1955", got)
	}
	sc.events = []event{{kind: "war", year: 1955, a: []string{"XXX"}, b: []string{"outside:Y"}, duration: num{v: 0.5}}}
	if got := d.unreviewedJumps(e, sc); len(got) != 0 {
		t.Errorf("a year at war reported: %v", got)
	}
	sc.events = nil
	defer func(k []nmcKeep, r []nmcError) { nmcKept, nmcErrors = k, r }(nmcKept, nmcErrors)
	nmcKept = append(slices.Clone(nmcKept), nmcKeep{"XXX", 1954, 1955, "toy"}, nmcKeep{"XXX", 1955, 1956, "toy"})
	if got := d.unreviewedJumps(e, sc); len(got) != 0 {
		t.Errorf("kept jumps reported: %v", got)
	}
	nmcKept = nmcKept[:len(nmcKept)-2]
	nmcErrors = append(slices.Clone(nmcErrors), nmcError{"XXX", 1955, 1955, "toy", false})
	if got := d.unreviewedJumps(e, sc); len(got) != 0 {
		t.Errorf("an error's jumps reported: %v", got)
	}
	nmcErrors = nmcErrors[:len(nmcErrors)-1]
	for y := 1953; y <= 1957; y++ {
		d.sipri[key{"XXX", y}] = 0.01 // SIPRI's share stands in: the NMC figures are not used
	}
	if got := d.unreviewedJumps(e, sc); len(got) != 0 {
		t.Errorf("a jump in figures no share uses reported: %v", got)
	}
}

// Every jump in the NMC figures the built-in eras use for a share has
// been looked at: read as an error, kept with its reason, or next to a
// war. An era built with a figure nobody has reviewed fails here.
func TestEveryNMCJumpTheErasUseIsReviewed(t *testing.T) {
	_, review, err := generate(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range review {
		t.Errorf("unreviewed: %s", r)
	}
}

// A kept jump is one the data have: an entry that matches none is stale.
func TestNMCKeptMatchesTheData(t *testing.T) {
	d := committed(t)
	for _, k := range nmcKept {
		found := slices.ContainsFunc(d.nmcJumps(k.abb, k.from, k.to), func(j nmcJump) bool { return j.from == k.from && j.to == k.to })
		if !found {
			t.Errorf("nmcKept %s %d→%d: no such jump in the data", k.abb, k.from, k.to)
		}
		if k.why == "" {
			t.Errorf("nmcKept %s %d→%d: no reason", k.abb, k.from, k.to)
		}
		_, errFrom := nmcExcluded(k.abb, k.from)
		_, errTo := nmcExcluded(k.abb, k.to)
		if errFrom || errTo {
			t.Errorf("nmcKept %s %d→%d: a year of it is in nmcErrors; the entry is not needed", k.abb, k.from, k.to)
		}
	}
}
