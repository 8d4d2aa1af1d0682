package results

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// RunData is a run read back from its files: the four time series and
// summary.json. The plots are drawn from it, so that a run directory alone
// is enough to draw them again.
type RunData struct {
	Summary   Summary
	Nations   []NationRow
	Alliances []AllianceRow
	Events    []EventRow
	World     []WorldRow
}

// NationRow is one row of nations.csv. Money in billions of constant USD,
// shares and ratios as fractions; an empty value reads as NaN.
type NationRow struct {
	Tick                                    int
	Year                                    float64
	Nation                                  string
	GDP, Share, Budget, Capability, Debt    float64
	Pressure, Threat, Security, ThreatRatio float64
	AidGiven, AidReceived                   float64
	Alliances                               []string // ids, in the order the file lists them
	Name                                    string   // "" in the files of an Entente before names
}

// AllianceRow is one row of alliances.csv.
type AllianceRow struct {
	Tick                                    int
	Year                                    float64
	Alliance                                string
	Members                                 []string
	Capability, Cohesion, Target, BurdenGap float64
	Exploitation                            float64 // NaN when undefined
}

// EventRow is one row of events.csv.
type EventRow struct {
	Tick                          int
	Year                          float64
	Kind, Alliance, Nation, Cause string
}

// WorldRow is one row of world.csv.
type WorldRow struct {
	Tick, Alliances, Blocs, Defaults int
	Year                             float64
	EffectiveBlocs, LargestBlocShare float64
	Energy, AidTotal, Credit         float64
}

// ReadRun reads the five files of the run in dir. Columns are found by
// their header, so a file may carry more columns than these. summary.json
// is read first: each file is bounded by what it says the run wrote.
func ReadRun(dir string) (*RunData, error) {
	r := &RunData{}
	var lim runLimits
	err := readSummary(filepath.Join(dir, "summary.json"), &r.Summary)
	if err == nil {
		lim, err = limitsOf(&r.Summary)
	}
	if err == nil {
		err = readCSV(dir, "nations.csv", lim.nations, needed(NationColumns), func(c *cells) {
			r.Nations = append(r.Nations, NationRow{
				Tick: c.int("tick"), Year: c.num("year"), Nation: c.str("nation"),
				GDP: c.num("gdp"), Share: c.num("defense_share"), Budget: c.num("budget"),
				Capability: c.num("capability"), Debt: c.num("debt_ratio"), Pressure: c.num("fiscal_pressure"),
				Threat: c.num("threat"), Security: c.num("security"), ThreatRatio: c.num("threat_ratio"),
				AidGiven: c.num("aid_given"), AidReceived: c.num("aid_received"), Alliances: c.list("alliances"),
				Name: c.opt("name"),
			})
		})
	}
	if err == nil {
		err = readCSV(dir, "alliances.csv", lim.alliances, needed(AllianceColumns), func(c *cells) {
			r.Alliances = append(r.Alliances, AllianceRow{
				Tick: c.int("tick"), Year: c.num("year"), Alliance: c.str("alliance"), Members: c.list("members"),
				Capability: c.num("capability"), Cohesion: c.num("cohesion"), Target: c.num("target"),
				BurdenGap: c.num("burden_gap"), Exploitation: c.num("exploitation"),
			})
		})
	}
	if err == nil {
		err = readCSV(dir, "events.csv", lim.events, EventColumns, func(c *cells) {
			r.Events = append(r.Events, EventRow{Tick: c.int("tick"), Year: c.num("year"), Kind: c.str("kind"),
				Alliance: c.str("alliance"), Nation: c.str("nation"), Cause: c.str("cause")})
		})
	}
	if err == nil {
		err = readCSV(dir, "world.csv", lim.world, WorldColumns, func(c *cells) {
			r.World = append(r.World, WorldRow{
				Tick: c.int("tick"), Year: c.num("year"), Alliances: c.int("alliances"), Blocs: c.int("blocs"),
				EffectiveBlocs: c.num("effective_blocs"), LargestBlocShare: c.num("largest_bloc_share"),
				Energy: c.num("energy"), AidTotal: c.num("aid_total"), Credit: c.num("credit_outstanding"),
				Defaults: c.int("defaults"),
			})
		})
	}
	if err != nil {
		return nil, fmt.Errorf("read run %s: %w", dir, err)
	}
	return r, nil
}

// needed are the columns ReadRun requires: all but the names, the war
// share and the displacement, which runs of an Entente before them do not
// have (the names are in summary.json; the others are not read back).
func needed(cols []string) []string {
	return slices.DeleteFunc(slices.Clone(cols), func(c string) bool {
		return c == "name" || c == "war_share" || c == "displacement" || c == "whole_threat"
	})
}

// ReadSummary reads a run directory's summary.json alone, bounded as
// ReadRun reads it: what a caller needs to size the rest first.
func ReadSummary(dir string) (Summary, error) {
	var s Summary
	err := readSummary(filepath.Join(dir, "summary.json"), &s)
	return s, err
}

func readSummary(path string, s *Summary) error {
	f, err := openRegular(path)
	if err != nil {
		return err
	}
	defer f.Close()
	b, err := io.ReadAll(&capped{r: f, left: summaryMax})
	if errors.Is(err, errTooLarge) {
		return fmt.Errorf("%s: more than %d MiB: not a run's summary", filepath.Base(path), summaryMax>>20)
	} else if err != nil {
		return err
	}
	if err := json.Unmarshal(b, s); err != nil {
		return fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return nil
}

// cells is one CSV record with its columns found by name; the first bad
// value is kept in err.
type cells struct {
	index  map[string]int
	record []string
	col    string
	err    error
}

func (c *cells) str(col string) string { return c.record[c.index[col]] }

// opt is a column the file may lack: "" when it does.
func (c *cells) opt(col string) string {
	if k, ok := c.index[col]; ok {
		return c.record[k]
	}
	return ""
}

func (c *cells) num(col string) float64 {
	s := c.str(col)
	if s == "" {
		return math.NaN()
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil && c.err == nil {
		c.col, c.err = col, err
	}
	return v
}

func (c *cells) int(col string) int {
	v, err := strconv.Atoi(c.str(col))
	if err != nil && c.err == nil {
		c.col, c.err = col, err
	}
	return v
}

func (c *cells) list(col string) []string {
	if s := c.str(col); s != "" {
		return strings.Split(s, ";")
	}
	return nil
}

// readCSV reads dir/name, checks that its header has every wanted column,
// and calls row for each record, refusing a file that passes lim.
func readCSV(dir, name string, lim fileLimit, want []string, row func(*cells)) error {
	f, err := openRegular(filepath.Join(dir, name))
	if err != nil {
		return err
	}
	defer f.Close()
	cr := csv.NewReader(&capped{r: f, left: lim.bytes})
	tooLarge := func() error {
		return fmt.Errorf("%s: %w (%s in summary.json)", name, errTooLarge, lim.why)
	}
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: empty file, want a header", name)
	} else if errors.Is(err, errTooLarge) {
		return tooLarge()
	} else if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	c := &cells{index: make(map[string]int, len(header))}
	for k, h := range header {
		c.index[h] = k
	}
	var missing []string
	for _, w := range want {
		if _, ok := c.index[w]; !ok {
			missing = append(missing, w)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%s: header lacks column %s", name, strings.Join(missing, ", "))
	}
	cr.FieldsPerRecord = len(header)
	cr.ReuseRecord = true
	for rows := 0; ; rows++ {
		c.record, err = cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if errors.Is(err, errTooLarge) {
			return tooLarge()
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if rows == lim.rows {
			line, _ := cr.FieldPos(0)
			return fmt.Errorf("%s:%d: more than the %d rows the run wrote (%s in summary.json)", name, line, lim.rows, lim.why)
		}
		row(c)
		if c.err != nil {
			line, _ := cr.FieldPos(0)
			return fmt.Errorf("%s:%d: column %s: %w", name, line, c.col, c.err)
		}
	}
}
