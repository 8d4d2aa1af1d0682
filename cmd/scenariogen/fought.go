package main

import (
	"math"
	"slices"
)

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
// to its peace; each year with any fighting in it). A war the events give
// in phases (the Korean War: North Korea's invasion, China's entry, the
// later contingents) is one war for a state that fights on through them:
// a phase that begins, with the state among its belligerents, within a
// month of the end of the fighting it was under way in, against one of its
// enemies there, continues it (a different war begun while that fighting
// went on, or against another enemy, does not).
// Before, a state's war ended with its first phase, and the United States'
// start share of 1950 was the median of its Korean War years 1951–1953.
func fightingYears(evs []event, start map[string]int) map[string]map[int]bool {
	type war struct {
		from, to float64 // years, from the era's calendar (warSpan)
		a, b     []string
	}
	var wars []war
	for _, e := range evs {
		if e.kind == "war" {
			from, to := warSpan(e)
			wars = append(wars, war{from, to, e.a, e.b})
		}
	}
	// enemies is id's other side in x (nil when id does not fight in it).
	enemies := func(x war, id string) []string {
		switch {
		case slices.Contains(x.a, id):
			return x.b
		case slices.Contains(x.b, id):
			return x.a
		}
		return nil
	}
	// continues reports whether x is a later phase of f for id: it begins
	// within a month of f's end, against one of id's enemies in f. A start
	// is counted from the first of its month and an end from the day, so
	// the comparison allows a month for the rounding and a month for the
	// gap: the Korean War's third phase (1 January 1951) follows China's
	// entry (27 October 1950, 0.18 year) by 0.07 year as computed.
	const gap = 2.0 / 12
	continues := func(x, f war, id string) bool {
		if math.Abs(x.from-f.to) > gap {
			return false
		}
		for _, e := range enemies(x, id) {
			if slices.Contains(enemies(f, id), e) {
				return true
			}
		}
		return false
	}
	out := map[string]map[int]bool{}
	for id, first := range start {
		var fought []int // indexes into wars
		for k, x := range wars {
			if enemies(x, id) != nil && int(x.from) <= first && first <= lastYear(x.to) {
				fought = append(fought, k)
			}
		}
		for grown := len(fought) > 0; grown; {
			grown = false
			for k, x := range wars {
				if slices.Contains(fought, k) {
					continue
				}
				for _, f := range fought {
					if continues(x, wars[f], id) {
						fought, grown = append(fought, k), true
						break
					}
				}
			}
		}
		for _, k := range fought {
			if out[id] == nil {
				out[id] = map[int]bool{}
			}
			for y := int(wars[k].from); y <= min(lastYear(wars[k].to), first+lookAhead); y++ { // startShare looks no further
				out[id][y] = true
			}
		}
	}
	return out
}

// warSpan is a war event's fighting in years of the era's calendar: from
// the first of its month to its armistice when the event gives one, else
// to its peace; a war with no duration lasts to the run's end.
func warSpan(e event) (from, to float64) {
	span := e.duration.v
	if e.fighting.v > 0 {
		span = e.fighting.v
	}
	from = float64(e.year) + float64(max(e.month, 1)-1)/12
	if span <= 0 {
		return from, math.MaxInt32
	}
	return from, from + span
}

// lastYear is the last calendar year with any of a span ending at to.
func lastYear(to float64) int { return int(min(math.Floor(to-1e-9), math.MaxInt32)) }
