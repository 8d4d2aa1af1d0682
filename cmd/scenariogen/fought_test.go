package main

import (
	"slices"
	"testing"
)

// The years a state fought a war under way in its first year: from the
// war's month to its armistice (or its peace when it gives none), each
// year with any fighting in it; a war begun after its first year is not
// counted.
func TestFightingYears(t *testing.T) {
	evs := []event{
		{kind: "war", year: 1853, month: 10, a: []string{"TUR"}, b: []string{"RUS"}, duration: num{v: 0.43}},
		{kind: "war", year: 1897, month: 4, a: []string{"GRC"}, b: []string{"TUR"}, duration: num{v: 0.63}, fighting: num{v: 0.09}},
		{kind: "threat_shock", year: 1860, a: []string{"FRN"}, b: []string{"AUH"}},
		{kind: "war", year: 1920, month: 1, a: []string{"POL"}, b: []string{"UKR"}},                        // no duration: to the run's end
		{kind: "war", year: 1918, month: 6, a: []string{"SRB"}, b: []string{"ALB"}, duration: num{v: 2.8}}, // begun before Serbia's first year
		// A war in three phases, as the Korean War's events give it:
		// the third begins the day the second ends.
		{kind: "war", year: 1950, month: 6, a: []string{"ROK", "USA"}, b: []string{"PRK"}, duration: num{v: 0.34}},
		{kind: "war", year: 1950, month: 10, a: []string{"ROK", "USA"}, b: []string{"PRK", "CHN"}, duration: num{v: 0.18}},
		{kind: "war", year: 1951, month: 1, a: []string{"ROK", "USA", "THI"}, b: []string{"PRK", "CHN"}, duration: num{v: 2.57}},
		// Another war begun while the fighting went on, one begun as it
		// ended against another enemy, and a later war two years after:
		// none continues it.
		{kind: "war", year: 1952, month: 3, a: []string{"USA"}, b: []string{"outside:X"}, duration: num{v: 3}},
		{kind: "war", year: 1953, month: 8, a: []string{"USA"}, b: []string{"outside:Y"}, duration: num{v: 0.2}},
		// Against the same enemy: a war begun in the middle of another's
		// fighting, and one begun three months after its end, do not
		// continue it; one begun the month after does.
		{kind: "war", year: 1930, month: 1, a: []string{"AAA"}, b: []string{"BBB"}, duration: num{v: 3}},
		{kind: "war", year: 1931, month: 6, a: []string{"AAA"}, b: []string{"BBB"}, duration: num{v: 4}},
		{kind: "war", year: 1933, month: 4, a: []string{"AAA"}, b: []string{"BBB"}, duration: num{v: 0.5}},   // the first ends with 1932
		{kind: "war", year: 1940, month: 10, a: []string{"CCC"}, b: []string{"DDD"}, duration: num{v: 0.18}}, // begun late in October: ends in December
		{kind: "war", year: 1941, month: 1, a: []string{"CCC"}, b: []string{"DDD"}, duration: num{v: 0.5}},
		{kind: "war", year: 1955, month: 6, a: []string{"USA"}, b: []string{"PRK"}, duration: num{v: 0.5}},
	}
	got := fightingYears(evs, map[string]int{"TUR": 1853, "RUS": 1846, "GRC": 1897, "FRN": 1846, "POL": 1920, "SRB": 1920, "ALB": 1925,
		"USA": 1950, "CHN": 1950, "THI": 1950, "AAA": 1930, "CCC": 1940})
	years := func(id string) []int {
		var ys []int
		for y := range got[id] {
			ys = append(ys, y)
		}
		slices.Sort(ys)
		return ys
	}
	for _, tc := range []struct {
		id   string
		want []int
	}{
		{"TUR", []int{1853, 1854}}, // October 1853 + 0.43 year runs into March 1854; 1897 began after its start
		{"RUS", nil},               // its war began after its first year
		{"GRC", []int{1897}},       // the armistice, not the peace of December
		{"FRN", nil},               // a shock is no war
		{"POL", []int{1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930}}, // no duration: as far as startShare looks
		{"SRB", []int{1918, 1919, 1920, 1921}},                                           // under way at its start in 1920
		{"ALB", nil},                                                                     // over before its first year
		{"USA", []int{1950, 1951, 1952, 1953}},                                           // through the war's later phases, not the wars of 1952, 1953 and 1955
		{"CHN", []int{1950, 1951, 1952, 1953}},                                           // entered in its first year, in the second phase
		{"THI", nil},                                                                     // entered the war in 1951, after its first year
		{"AAA", []int{1930, 1931, 1932}},                                                 // neither the war of 1931 nor that of 1933
		{"CCC", []int{1940, 1941}},                                                       // the phase of January 1941 continues it
	} {
		if g := years(tc.id); !slices.Equal(g, tc.want) {
			t.Errorf("%s fought in %v, want %v", tc.id, g, tc.want)
		}
	}
}

// A start share skips the years the state fought one of the era's wars
// (Greece against Turkey, 1920–22), and takes them when it fought
// throughout the years searched.
func TestStartShareSkipsWarYears(t *testing.T) {
	d := committed(t)
	var grc nationSpec
	for _, s := range interwarSpecs() {
		if s.id == "GRC" {
			grc = s
		}
	}
	if grc.id == "" {
		t.Fatal("no Greece in 1920")
	}
	whole, _ := d.startShare(grc)
	grc.fought = map[int]bool{1920: true, 1921: true, 1922: true}
	atWar, _ := d.startShare(grc)
	if !(atWar.v < whole.v) {
		t.Errorf("Greece's start share skipping 1920–22 = %.4f, not below the share of its war years %.4f", atWar.v, whole.v)
	}
	all := map[int]bool{}
	for y := grc.start; y <= grc.start+lookAhead; y++ {
		all[y] = true
	}
	grc.fought = all
	if got, _ := d.startShare(grc); got.v != whole.v {
		t.Errorf("at war throughout: %.4f, want the war years' median %.4f", got.v, whole.v)
	}
}
