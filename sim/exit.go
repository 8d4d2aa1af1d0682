package sim

import "fmt"

// exits: a member leaves after its value of membership has stayed below
// v_exit − β_i·I, or its fellow members' mean κ_ji below κ_stay·(1 − I),
// for exit_patience years (hysteresis keeps states from flapping in and
// out; I is the alliance's institutionalisation, 0 once it is strained). The second test
// is what dissolves a bloc whose members' threat has turned against its
// leader. All members decide from the same snapshot; departures apply
// after.
func (w *World) exits() {
	patience := w.ticksOf(w.p.ExitPatience)
	type departure struct {
		a     *Alliance
		i     int
		cause string
	}
	var leaving []departure
	for _, a := range w.alliances {
		if a.Dissolved {
			continue
		}
		// Institutions hold members while the alliance works: leaving
		// forfeits what it has built, and habits of consultation outlast a
		// fading threat. A strained alliance's institutions hold no one.
		hold := a.Institution
		if a.snapshot < w.p.StrainLevel {
			hold = 0
		}
		exitValue := w.p.ExitValue - w.p.InstituteHold*hold
		kappaStay := w.p.KappaStay * (1 - hold)
		for k, i := range a.Members {
			v := w.value(i, option{alliance: a, cohesion: a.snapshot, target: a.Target})
			if v.Value < exitValue {
				a.lowValue[k]++
			} else {
				a.lowValue[k] = 0
			}
			if v.KappaIn < kappaStay {
				a.lowKappa[k]++
			} else {
				a.lowKappa[k] = 0
			}
			switch {
			case a.lowKappa[k] >= patience:
				leaving = append(leaving, departure{a, i, fmt.Sprintf("no common threat: fellow members' mean kappa %.2f < %.2f", v.KappaIn, kappaStay)})
			case a.lowValue[k] >= patience:
				leaving = append(leaving, departure{a, i, fmt.Sprintf("value %.2f < %.2f (%s)", v.Value, exitValue, explain(v))})
			}
		}
	}
	for _, d := range leaving {
		if d.a.Dissolved {
			continue
		}
		w.removeMember(d.a, d.i)
		w.log(Left, d.a, d.i, d.cause)
		if len(d.a.Members) < 2 {
			w.dissolve(d.a, "fewer than two members")
		}
	}
}

// explain names the terms of a membership value.
func explain(v valuation) string {
	return fmt.Sprintf("security %.2f, entrapment %.2f, burden %.2f, autonomy %.2f, neutrality %.2f, commitment %.2f",
		v.Security, v.Entrapment, v.Burden, v.Autonomy, v.Neutrality, v.Commitment)
}
