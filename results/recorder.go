package results

import (
	"bufio"
	"fmt"
	"io"
	"slices"

	"entente/agents"
	"entente/sim"
)

// Column headers of the four time series (docs/ODD.md section 4; each
// column is documented in docs/OUTPUTS.md, which a test holds to these).
var (
	NationColumns = []string{"tick", "year", "nation", "gdp", "defense_share", "war_share", "displacement", "budget", "capability",
		"debt_ratio", "fiscal_pressure", "threat", "whole_threat", "security", "threat_ratio", "aid_given",
		"aid_received", "alliances", "name"}
	AllianceColumns = []string{"tick", "year", "alliance", "members", "capability", "cohesion",
		"target", "burden_gap", "exploitation", "name"}
	EventColumns = []string{"tick", "year", "kind", "alliance", "nation", "cause"}
	WorldColumns = []string{"tick", "year", "alliances", "blocs", "effective_blocs",
		"largest_bloc_share", "energy", "aid_total", "credit_outstanding", "defaults"}
	// MembershipColumns: the long table, one row per tick, live alliance
	// and member, that joins nations.csv and alliances.csv on their ids.
	MembershipColumns = []string{"tick", "year", "alliance", "alliance_name", "nation", "nation_name",
		"role", "joined_tick"}
)

// Roles of a member in memberships.csv.
const (
	RoleFounder = "founder" // founded the alliance (or held it at the start) and never left
	RoleMember  = "member"  // joined later, or a founder that left and came back
)

// Recorder writes the time series of a run as it goes: call Observe after
// every tick and Flush at the end. Each file goes through its own buffer,
// so memory stays one buffer a file whatever the length of the run.
type Recorder struct {
	nations, alliances, events, world *bufio.Writer
	memberships                       *bufio.Writer // nil: not recorded
	counts                            map[string]int
	row                               csvRow
}

// recordBuffer is the buffer size of each file [bytes].
const recordBuffer = 64 << 10

// NewRecorder writes the four headers and returns a recorder.
func NewRecorder(nations, alliances, events, world io.Writer) (*Recorder, error) {
	r := &Recorder{
		nations: bufio.NewWriterSize(nations, recordBuffer), alliances: bufio.NewWriterSize(alliances, recordBuffer),
		events: bufio.NewWriterSize(events, recordBuffer), world: bufio.NewWriterSize(world, recordBuffer),
		counts: map[string]int{},
	}
	for _, h := range []struct {
		w    *bufio.Writer
		cols []string
	}{{r.nations, NationColumns}, {r.alliances, AllianceColumns}, {r.events, EventColumns}, {r.world, WorldColumns}} {
		for _, c := range h.cols {
			r.row.str(c)
		}
		if err := r.row.end(h.w); err != nil {
			return nil, fmt.Errorf("write header: %w", err)
		}
	}
	return r, nil
}

// RecordMemberships adds memberships.csv, written to w: call it before the
// first Observe.
func (r *Recorder) RecordMemberships(w io.Writer) error {
	r.memberships = bufio.NewWriterSize(w, recordBuffer)
	for _, c := range MembershipColumns {
		r.row.str(c)
	}
	if err := r.row.end(r.memberships); err != nil {
		return fmt.Errorf("write header: %w", err)
	}
	return nil
}

// Observe records the tick the world has just run.
func (r *Recorder) Observe(w *sim.World) error {
	tick, year := w.Tick(), w.Year()
	row := &r.row
	for i, n := range w.Nations() {
		if !n.Active {
			continue
		}
		st := w.State(i)
		row.int(tick)
		row.year(year)
		row.str(n.ID)
		for _, v := range []float64{n.GDP, n.Share, st.WarShare, st.Displacement, n.Budget(), n.Capability, n.Debt, n.Pressure,
			st.Threat, st.WholeThreat, st.Security, st.ThreatRatio, st.Flows.AidGiven, st.Flows.AidReceived} {
			row.float(v)
		}
		ms := w.Memberships(i)
		row.list(len(ms), func(k int) string { return ms[k].ID })
		row.str(n.Name)
		if err := row.end(r.nations); err != nil {
			return err
		}
	}
	nations := w.Nations()
	for _, a := range w.Alliances() {
		if a.Dissolved {
			continue
		}
		k := 0.0
		for _, m := range a.Members {
			k += nations[m].Capability
		}
		row.int(tick)
		row.year(year)
		row.str(a.ID)
		row.list(len(a.Members), func(x int) string { return nations[a.Members[x]].ID })
		row.float(k)
		row.float(a.Cohesion)
		row.float(a.Target)
		row.float(a.BurdenGap)
		row.float(a.Exploitation)
		row.str(a.Label)
		if err := row.end(r.alliances); err != nil {
			return err
		}
		if r.memberships != nil {
			if err := r.observeMembers(tick, year, nations, a); err != nil {
				return err
			}
		}
	}
	for _, e := range w.Records() {
		r.counts[e.Kind]++
		row.int(e.Tick)
		row.year(e.Year)
		row.str(e.Kind)
		row.str(e.Alliance)
		row.str(e.Nation)
		row.str(e.Cause)
		if err := row.end(r.events); err != nil {
			return err
		}
	}
	d := w.Diagnostics()
	row.int(tick)
	row.year(year)
	row.int(d.Alliances)
	row.int(d.Blocs)
	row.float(d.EffectiveBlocs)
	row.float(d.LargestBlocShare)
	row.float(d.Energy)
	row.float(d.AidTotal)
	row.float(d.CreditOutstanding)
	row.int(d.Defaults)
	return row.end(r.world)
}

// observeMembers writes one row of memberships.csv per member of a.
func (r *Recorder) observeMembers(tick int, year float64, nations []agents.Nation, a *sim.Alliance) error {
	row := &r.row
	for k, m := range a.Members {
		role := RoleMember
		if a.JoinedAt[k] == a.Founded && slices.Contains(a.Founders, m) {
			role = RoleFounder
		}
		row.int(tick)
		row.year(year)
		row.str(a.ID)
		row.str(a.Label)
		row.str(nations[m].ID)
		row.str(nations[m].Name)
		row.str(role)
		row.int(a.JoinedAt[k])
		if err := row.end(r.memberships); err != nil {
			return err
		}
	}
	return nil
}

// Counts returns how many events of each kind were recorded.
func (r *Recorder) Counts() map[string]int { return r.counts }

// Flush flushes the writers and returns the first error.
func (r *Recorder) Flush() error {
	for _, w := range []*bufio.Writer{r.nations, r.alliances, r.events, r.world, r.memberships} {
		if w == nil {
			continue
		}
		if err := w.Flush(); err != nil {
			return err
		}
	}
	return nil
}
