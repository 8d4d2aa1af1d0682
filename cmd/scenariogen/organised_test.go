package main

import "testing"

// ATOP's organ1 marks the pacts with an organisation of their members:
// NATO, the Arab League and the German Confederation have one; Austria's
// treaty of 1831 with Sardinia and the Triple Alliance of 1865 none.
func TestOrganisedPactsFromTheData(t *testing.T) {
	d := committed(t)
	for id, want := range map[int]bool{3180: true, 3205: true, 1020: true, 1050: false, 1255: false} {
		if got := d.organ1Of(id); got != want {
			t.Errorf("ATOP %d organised: %v, want %v", id, got, want)
		}
	}
}
