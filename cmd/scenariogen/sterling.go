package main

import (
	"fmt"
	"slices"
)

// Before 1914 NMC gives military expenditure in thousands of current
// pounds sterling, for every state (COW NMC codebook, v6.0: 1816–1913 in
// British pounds, from 1914 in US dollars; the US series jumps fourfold
// from 1913 to 1914). The Cold War's factor is pinned on the United States,
// whose SIPRI share is known; before 1914 no state's share is in the data,
// and the factor is pinned on Britain's: the one figure of the period the
// histories agree on, about 3 % of GDP in 1913. (Pinned on the US instead,
// through its nominal GNP and the gold parity, every European share would
// be about 40 % lower: Maddison's 2011 prices, at purchasing-power parity,
// value European output more than exchange rates did, as the Cold War's
// NMC-based shares show; see scenarios/data/README.md.) The factor is held
// constant over 1816–1913: under the gold standard the pound's value was
// fixed, and price levels in 1871 and 1913 were close.

const (
	sterlingLast = 1913 // the last year NMC counts in pounds
	// ukShare1913 is Britain's defence spending over GDP in 1913.
	ukShare1913    = 0.03
	ukShare1913Src = "about 3 % of GDP in 1913 (Hobson 1993, Journal of European Economic History 22(3); Eloranta 2007, European Review of Economic History 11(2))"
)

// sterlingFactor is 2011 USD per current pound before 1914: Britain's
// share in 1913 times its GDP [2011 USD] over its NMC milex [pounds].
func (d *dataset) sterlingFactor() float64 {
	uk := europeSpecs()[slices.IndexFunc(europeSpecs(), func(s nationSpec) bool { return s.id == "UKG" })]
	g, okG := d.gdpAt(uk.series, sterlingLast)
	m, okM := d.milex[key{"UKG", sterlingLast}]
	if !okG || !okM || m <= 0 {
		panic(fmt.Sprintf("sterling factor: no GDP or NMC milex of the UK in %d", sterlingLast))
	}
	return ukShare1913 * g / (m / 1e6)
}
