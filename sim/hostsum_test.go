package sim

import (
	"math"
	"testing"
)

// The alliances' sums of their members' hostility (hostSum, which
// inheritedHostility reads) stay what a fresh sum over the members, in
// joining order, gives: bit for bit, after every tick of a world whose
// hostilities move by shocks between a member and an outsider and between
// two outsiders, by a member's change of regime and by an ideological
// rivalry's polarization, and whose pacts gain and lose members.
func TestHostilitySumsFollowHostility(t *testing.T) {
	cfg := perceptionWorld()
	cfg.Rivalries = append(cfg.Rivalries, Relation{A: iBOR, B: iESK, Level: 0.4, Ideological: true})
	cfg.Events = []Event{
		{Tick: 1, Kind: ThreatShock, Label: "member and outsider", A: Group{Nations: []int{iCAL}}, B: Group{Nations: []int{iFEN}}, Delta: 0.3},
		{Tick: 2, Kind: ThreatShock, Label: "two outsiders", A: Group{Nations: []int{iFEN}}, B: Group{Nations: []int{iGAL}}, Delta: 0.4},
		{Tick: 3, Kind: RegimeChange, Label: "a member's coup", A: Group{Nations: []int{iBOR}}, Value: -7},
		{Tick: 4, Kind: ThreatShock, Label: "a quarrel with the leader", A: Group{Nations: []int{iAST}}, B: Group{Nations: []int{iCAL}}, Delta: 0.8},
		{Tick: 5, Kind: Detente, Label: "thaw", A: Group{Nations: []int{iAST}}, B: Group{Nations: []int{iDRA}}, Delta: 0.5},
	}
	w := mustNew(t, cfg)
	changes := 0
	before := map[*Alliance]int{}
	for tick := 0; tick < 12 && w.Step(); tick++ {
		for _, a := range w.alliances {
			if a.Dissolved {
				continue
			}
			if c, ok := before[a]; ok && c != a.changes {
				changes++
			}
			before[a] = a.changes
			for l := range w.nations {
				sum := 0.0
				for _, m := range a.Members {
					if m != l {
						sum += w.hostility.At(m, l)
					}
				}
				if got := a.hostSum[l]; math.Float64bits(got) != math.Float64bits(sum) {
					t.Fatalf("tick %d, %s: hostSum toward %s = %v, want a fresh sum %v", w.Tick(), a.Name, w.nations[l].ID, got, sum)
				}
			}
		}
	}
	if changes == 0 {
		t.Fatal("no pact gained or lost a member: the test shows less than it claims")
	}
}
