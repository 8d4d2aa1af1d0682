package sim

// A pact nested in a wider one admits only the wider one's members. The
// Brussels Treaty's Western European Union (1948, 1954) had only NATO's
// members and left their defence to NATO (modified Brussels Treaty, art.
// IV); the states of Central Europe that sought a guarantee after 1991
// were offered NATO, not the WEU, whose full membership went to NATO's and
// the European Union's members alone (WEU Petersberg Declaration, 1992:
// associate membership for NATO's other European members, associate
// partnership for the rest). A candidate joining only the inner pact would
// be allied with some of the wider pact's members and not with the others,
// who answer for them: a commitment the wider pact's members did not give.
// Without this rule the model's Slovenia joined the WEU of the start in
// 2002 (seed 1), preferring it to NATO by a hundredth or two of value (the
// autonomy given up to the United States), and was outside NATO until
// 2023; with Polity 8 drawn to the community (a_comm 0.75), so was Romania.

// outsideWiderPact reports whether a is nested in a wider live alliance
// (one with more members, every member of a among them) of which i is not
// a member: i may join a only through a wider pact. Membership of any one
// of them is enough: the inner pact's commitment is then backed by a pact
// i is in (two wider pacts that both hold a hold each other's members
// there).
func (w *World) outsideWiderPact(i int, a *Alliance) bool {
	outer := w.widerPacts(a)
	for _, b := range outer {
		if b.isMember[i] {
			return false
		}
	}
	return len(outer) > 0
}

// widerPacts lists the live alliances a is nested in, kept until any
// membership changes: every join, departure, founding and dissolution
// bumps World.memberV.
func (w *World) widerPacts(a *Alliance) []*Alliance {
	defer unlock(w.lockCache(a)) // searched side by side (waitbatch.go)
	if a.outerOK && a.outerV == w.memberV {
		return a.outer
	}
	a.outer = a.outer[:0]
	for _, b := range w.alliances {
		if b != a && !b.Dissolved && len(b.Members) > len(a.Members) && w.holdsAll(b, a) {
			a.outer = append(a.outer, b)
		}
	}
	a.outerOK, a.outerV = true, w.memberV
	return a.outer
}

// holdsAll reports whether every member of inner is a member of outer.
func (w *World) holdsAll(outer, inner *Alliance) bool {
	for _, m := range inner.Members {
		if !outer.isMember[m] {
			return false
		}
	}
	return true
}
