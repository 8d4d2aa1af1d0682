package results

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"testing"
)

// memberships.csv has one row per tick, live alliance and member, with the
// names of alliances.csv and nations.csv: it agrees with alliances.csv's
// member lists, a founder is a founder from the alliance's first row, and
// an alliance keeps its name.
func TestMembershipsTable(t *testing.T) {
	var alliances, members bytes.Buffer
	w := recordColdWar(t, nil, &alliances, &members, nil)
	read := func(b *bytes.Buffer) [][]string {
		rows, err := csv.NewReader(b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	arows, mrows := read(&alliances), read(&members)
	if !slices.Equal(mrows[0], MembershipColumns) {
		t.Fatalf("header %v, want %v", mrows[0], MembershipColumns)
	}
	col := func(cols []string, name string) int { return slices.Index(cols, name) }
	// alliances.csv: tick+alliance → members; and each alliance's one name.
	want := map[string]int{}
	name := map[string]string{}
	for _, r := range arows[1:] {
		id := r[col(AllianceColumns, "alliance")]
		if n, ok := name[id]; ok && n != r[col(AllianceColumns, "name")] {
			t.Errorf("%s is called %q, then %q", id, n, r[col(AllianceColumns, "name")])
		}
		name[id] = r[col(AllianceColumns, "name")]
		if name[id] == "" {
			t.Errorf("%s has no name", id)
		}
		want[r[0]+" "+id] = len(bytes.Split([]byte(r[col(AllianceColumns, "members")]), []byte(";")))
	}
	got := map[string]int{}
	nations := map[string]string{}
	for _, n := range w.Nations() {
		nations[n.ID] = n.Name
	}
	founders := 0
	for _, r := range mrows[1:] {
		m := func(c string) string { return r[col(MembershipColumns, c)] }
		got[m("tick")+" "+m("alliance")]++
		if m("alliance_name") != name[m("alliance")] {
			t.Errorf("memberships.csv calls %s %q, alliances.csv %q", m("alliance"), m("alliance_name"), name[m("alliance")])
		}
		if m("nation_name") != nations[m("nation")] || m("nation_name") == "" {
			t.Errorf("nation %s named %q, want %q", m("nation"), m("nation_name"), nations[m("nation")])
		}
		joined, err1 := strconv.Atoi(m("joined_tick"))
		tick, err2 := strconv.Atoi(m("tick"))
		if err1 != nil || err2 != nil || joined > tick {
			t.Errorf("row %v: joined_tick after tick", r)
		}
		switch m("role") {
		case RoleFounder:
			founders++
		case RoleMember:
		default:
			t.Errorf("row %v: role %q", r, m("role"))
		}
	}
	seen := map[string]string{}
	for id, n := range name {
		if other, ok := seen[n]; ok {
			t.Errorf("%s and %s are both called %q", id, other, n)
		}
		seen[n] = id
	}
	if founders == 0 {
		t.Error("no founder in the cold war")
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("tick and alliance %s: %d rows in memberships.csv, %d members in alliances.csv", k, got[k], n)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d tick-alliance pairs in memberships.csv, %d in alliances.csv", len(got), len(want))
	}
}
