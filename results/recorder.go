package results

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"entente/sim"
)

// Column headers of the four time series (MODEL.md section 6).
var (
	NationColumns = []string{"tick", "year", "nation", "gdp", "defense_share", "budget", "capability",
		"debt_ratio", "fiscal_pressure", "threat", "security", "threat_ratio", "aid_given",
		"aid_received", "alliances"}
	AllianceColumns = []string{"tick", "year", "alliance", "members", "capability", "cohesion",
		"target", "burden_gap", "exploitation"}
	EventColumns = []string{"tick", "year", "kind", "alliance", "nation", "cause"}
	WorldColumns = []string{"tick", "year", "alliances", "blocs", "effective_blocs",
		"largest_bloc_share", "energy", "aid_total", "credit_outstanding", "defaults"}
)

// Recorder writes the time series of a run as it goes: call Observe after
// every tick and Flush at the end.
type Recorder struct {
	nations, alliances, events, world *csv.Writer
	counts                            map[string]int
	row                               []string
}

// NewRecorder writes the four headers and returns a recorder.
func NewRecorder(nations, alliances, events, world io.Writer) (*Recorder, error) {
	r := &Recorder{
		nations: csv.NewWriter(nations), alliances: csv.NewWriter(alliances),
		events: csv.NewWriter(events), world: csv.NewWriter(world),
		counts: map[string]int{},
	}
	for _, h := range []struct {
		w    *csv.Writer
		cols []string
	}{{r.nations, NationColumns}, {r.alliances, AllianceColumns}, {r.events, EventColumns}, {r.world, WorldColumns}} {
		if err := h.w.Write(h.cols); err != nil {
			return nil, fmt.Errorf("write header: %w", err)
		}
	}
	return r, nil
}

// Observe records the tick the world has just run.
func (r *Recorder) Observe(w *sim.World) error {
	tick, year := Int(w.Tick()), Year(w.Year())
	for i, n := range w.Nations() {
		if !n.Active {
			continue
		}
		st := w.State(i)
		ids := make([]string, 0, 2)
		for _, a := range w.Memberships(i) {
			ids = append(ids, a.ID)
		}
		r.row = append(r.row[:0], tick, year, n.ID, Float(n.GDP), Float(n.Share), Float(n.Budget()),
			Float(n.Capability), Float(n.Debt), Float(n.Pressure), Float(st.Threat), Float(st.Security),
			Float(st.ThreatRatio), Float(st.Flows.AidGiven), Float(st.Flows.AidReceived), strings.Join(ids, ";"))
		if err := r.nations.Write(r.row); err != nil {
			return err
		}
	}
	nations := w.Nations()
	for _, a := range w.Alliances() {
		if a.Dissolved {
			continue
		}
		ids := make([]string, len(a.Members))
		k := 0.0
		for x, m := range a.Members {
			ids[x] = nations[m].ID
			k += nations[m].Capability
		}
		r.row = append(r.row[:0], tick, year, a.ID, strings.Join(ids, ";"), Float(k), Float(a.Cohesion),
			Float(a.Target), Float(a.BurdenGap), Float(a.Exploitation))
		if err := r.alliances.Write(r.row); err != nil {
			return err
		}
	}
	for _, e := range w.Records() {
		r.counts[e.Kind]++
		r.row = append(r.row[:0], Int(e.Tick), Year(e.Year), e.Kind, e.Alliance, e.Nation, e.Cause)
		if err := r.events.Write(r.row); err != nil {
			return err
		}
	}
	d := w.Diagnostics()
	r.row = append(r.row[:0], tick, year, Int(d.Alliances), Int(d.Blocs), Float(d.EffectiveBlocs),
		Float(d.LargestBlocShare), Float(d.Energy), Float(d.AidTotal), Float(d.CreditOutstanding),
		Int(d.Defaults))
	return r.world.Write(r.row)
}

// Counts returns how many events of each kind were recorded.
func (r *Recorder) Counts() map[string]int { return r.counts }

// Flush flushes the four writers and returns the first error.
func (r *Recorder) Flush() error {
	for _, w := range []*csv.Writer{r.nations, r.alliances, r.events, r.world} {
		w.Flush()
		if err := w.Error(); err != nil {
			return err
		}
	}
	return nil
}
