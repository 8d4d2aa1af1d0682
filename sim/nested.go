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
// Without this rule Slovenia and Romania joined the model's WEU in 2002,
// preferring it to NATO by a hundredth or two of value (the autonomy given
// up to the United States), and were outside NATO until 2023.

// nestedOutside reports whether a is nested in a wider live alliance (one
// with more members, every member of a among them) of which i is not a
// member: i may join a only through one of those wider pacts.
func (w *World) nestedOutside(i int, a *Alliance) bool {
	outer := w.outerPacts(a)
	for _, b := range outer {
		if b.isMember[i] {
			return false
		}
	}
	return len(outer) > 0
}

// outerPacts lists the live alliances a is nested in, kept until any
// membership changes (World.memberV).
func (w *World) outerPacts(a *Alliance) []*Alliance {
	if a.outerOK && a.outerV == w.memberV && a.outerN == len(w.alliances) {
		return a.outer
	}
	a.outer = a.outer[:0]
	for _, b := range w.alliances {
		if b != a && !b.Dissolved && len(b.Members) > len(a.Members) && w.contains(b, a) {
			a.outer = append(a.outer, b)
		}
	}
	a.outerOK, a.outerV, a.outerN = true, w.memberV, len(w.alliances)
	return a.outer
}

// contains reports whether every member of a is a member of b.
func (w *World) contains(b, a *Alliance) bool {
	for _, m := range a.Members {
		if !b.isMember[m] {
			return false
		}
	}
	return true
}
