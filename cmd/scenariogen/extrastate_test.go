package main

import (
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// COW's extra-state wars are read as the states' spells and, per war, its
// non-state side named by the data and fighting over the whole war.
func TestLoadCOWExtraWars(t *testing.T) {
	spells, err := loadCOWExtraWars(filepath.Join("..", "..", "scenarios", "data", cowExtraFile))
	if err != nil {
		t.Fatal(err)
	}
	find := func(war int, state string) *cowSpell {
		for k := range spells {
			if spells[k].war == cowExtraBase+war && spells[k].state == state {
				return &spells[k]
			}
		}
		return nil
	}
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	uk := find(460, "United Kingdom")
	mcp := find(460, "Malayan Communists")
	if uk == nil || mcp == nil {
		t.Fatal("the Malayan Rebellion (war 460) lacks Britain or its enemy")
	}
	if uk.ccode != 200 || uk.side != 1 || uk.name != "Malayan Rebellion" || !uk.extra {
		t.Errorf("Britain's spell: %+v", *uk)
	}
	if mcp.ccode >= 0 || mcp.side != 2 || !mcp.from.Equal(uk.from) || !mcp.to.Equal(uk.to) {
		t.Errorf("the non-state side: %+v, want a negative code, side 2 and Britain's days", *mcp)
	}
	if got := entityName(mcp.state); got != "MalayanCommunists" {
		t.Errorf("entityName(%q) = %q", mcp.state, got)
	}
	if us := find(481, "United States"); us == nil || !us.to.Equal(cowDataEnd) {
		t.Errorf("the Afghan resistance, under way when the data end: %+v, want its end at %v", us, cowDataEnd)
	}
	if s := find(419, "Mohammad Abdullah Hassan's Dervishes"); s == nil {
		t.Error("the Somali rebellion's side, with Windows-1252's apostrophe read")
	}
	if got := entityName("al-Qaeda & Taliban"); got != "AlQaedaTaliban" {
		t.Errorf("entityName = %q", got)
	}
	if at := find(300, "Algeria"); at == nil || at.from.Before(day(1816, 8, 26)) || at.to.After(day(1816, 8, 30)) {
		t.Errorf("the bombardment of Algiers' non-state side: %+v", at)
	}
}

// In the Cold War, France's colonial wars under way in 1947 (Indochina,
// Madagascar) are in its start share and are not events; those begun
// later (Algeria, 1954) are wars against outside entities.
func TestColonialWarsOfTheColdWar(t *testing.T) {
	d := committed(t)
	for _, e := range eras() {
		if e.name != "cold-war" {
			continue
		}
		sc := e.build(d)
		has := func(id, enemy string) bool {
			return slices.ContainsFunc(sc.events, func(ev event) bool {
				return ev.kind == "war" && slices.Contains(ev.a, id) && slices.Contains(ev.b, "outside:"+enemy)
			})
		}
		if has("FRN", "Vietminh") {
			t.Error("France's Indochina war, under way in 1947, is an event")
		}
		for _, w := range [][2]string{{"FRN", "Algeria"}, {"UKG", "MalayanCommunists"}, {"POR", "Angola"}, {"RUS", "Muhajadin"}} {
			if !has(w[0], w[1]) {
				t.Errorf("no war of %s against outside:%s", w[0], w[1])
			}
		}
		return
	}
	t.Fatal("no cold-war era")
}
