package sim

// Record kinds the engine logs, besides every scenario event, which is
// logged as "event:<kind>".
const (
	Formed    = "formed"
	Joined    = "joined"
	Left      = "left"
	Strained  = "strained"
	Dissolved = "dissolved"
	Defaulted = "default"
	Entered   = "entered"
	Merged    = "merged"
)

// Record is one line of the event log: what happened in a tick, to which
// alliance and nation, and why.
type Record struct {
	Tick     int
	Year     float64
	Kind     string
	Alliance string // alliance id, "" if none
	Nation   string // nation id, "" if none
	Cause    string
}

func (w *World) log(kind string, a *Alliance, nation int, cause string) {
	r := Record{Tick: w.tick, Year: w.cfg.YearOf(w.tick), Kind: kind, Cause: cause}
	if a != nil {
		r.Alliance = a.ID
	}
	if nation >= 0 {
		r.Nation = w.nations[nation].ID
	}
	w.records = append(w.records, r)
}
