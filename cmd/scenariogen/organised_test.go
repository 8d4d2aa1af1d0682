package main

import "testing"

// ATOP's organ1 marks the pacts with an organisation of their members;
// those of three or more members are marked: NATO, the Arab League
// and the German Confederation; not Austria's treaty of 1831 with Sardinia
// and the Triple Alliance of 1865 (no organisation), nor Jordan's treaty
// of 1962 with Saudi Arabia (an organisation, two members).
func TestOrganisedPactsFromTheData(t *testing.T) {
	d := committed(t)
	for id, want := range map[int]bool{3180: true, 3205: true, 1020: true, 1050: false, 1255: false, 3465: false} {
		if got := d.organisedOf(id); got != want {
			t.Errorf("ATOP %d organised: %v, want %v", id, got, want)
		}
	}
}
