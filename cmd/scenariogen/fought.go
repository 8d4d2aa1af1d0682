package main

import "math"

// A start share is a state's level in peace. The war rule (the model's
// wars' budgets) adds what a war demands on top of it, so a start share
// measured in the years of a war under way when the state's first year
// begins counts that war twice, and the model then holds the war's level
// as the state's own: Greece's of 1920, the median of its years against
// Turkey (3.8, 6.4 and 4.1 % of GDP), was held to 1938 against 0.7–1.3 %
// in history. startShare skips the years in which a state fought a war of
// the era that was under way in its first year, as far as lookAhead
// allows. A war that begins later in the start share's years is left in
// them (the median of three years weighs one war year little): skipping
// those too took the Korean War's years out of China's and Luxembourg's
// start shares (Luxembourg, a token contingent in the UN Command, was
// then started at the 2.9 % of NATO's force goals of 1954–56, twice its
// level of 1964), and made the Cold War's shares worse overall
// (docs/MODEL-NOTES.md, "A start share of peace").

// fightingYears returns, for each state, the years of fighting of the
// era's war events that were under way in the state's first year, start
// (from the war's month to its armistice when the event gives one, else
// to its peace; each year with any fighting in it).
func fightingYears(evs []event, start map[string]int) map[string]map[int]bool {
	out := map[string]map[int]bool{}
	for _, e := range evs {
		if e.kind != "war" {
			continue
		}
		span := e.duration.v
		if e.fighting.v > 0 {
			span = e.fighting.v
		}
		from := float64(e.year) + float64(max(e.month, 1)-1)/12
		last := int(math.Floor(from + span - 1e-9))
		if span <= 0 { // no duration: the war lasts to the run's end
			last = math.MaxInt32
		}
		for _, id := range append(append([]string(nil), e.a...), e.b...) {
			first, ok := start[id]
			if !ok || first < e.year || first > last {
				continue // not under way in its first year
			}
			if out[id] == nil {
				out[id] = map[int]bool{}
			}
			for y := e.year; y <= min(last, first+lookAhead); y++ { // startShare looks no further
				out[id][y] = true
			}
		}
	}
	return out
}
