package sweep

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"path/filepath"
	"strconv"

	"entente/results"
	"entente/scenarios"
	"entente/sim"
	"entente/validate"
)

// runner runs single runs of a sweep. It is shared by the workers; each
// worker keeps its own pointCache.
type runner struct {
	plan    *Plan
	design  *Design
	load    func(overrides []string) (*scenarios.Scenario, error)
	targets []validate.Target // the scenario's targets, when a metric scores them
	series  string            // directory for the runs' time series, "" for none
	check   bool              // verify the engine's invariants after every tick
	// shareCores: a run may share a large world's work with a second
	// core (sim.World.ShareCores); off when the workers keep every core
	// busy with runs of their own.
	shareCores bool
}

// pointCache holds the configuration of the point a worker ran last:
// consecutive runs are replications of one point, loaded once.
type pointCache struct {
	point int
	cfg   sim.Config
	ok    bool
}

// result is one finished run: its row of runs.csv.
type result struct {
	run int
	row []string
}

// run runs run k to its end and returns its row: run, point, seed, the
// swept values, the metrics. A run in flight is never abandoned, so that
// an interrupted sweep keeps every run it started.
func (r *runner) run(k int, cache *pointCache) (result, error) {
	point, seed := k/r.plan.Reps, RunSeed(r.plan.Seed, k)
	if !cache.ok || cache.point != point {
		sc, err := r.load(r.design.Overrides(point))
		if err != nil {
			return result{}, fmt.Errorf("run %d (point %d): %w", k, point, err)
		}
		*cache = pointCache{point: point, cfg: sc.Config, ok: true}
	}
	cfg := cache.cfg
	cfg.Seed = seed
	w, err := sim.New(cfg, 0)
	if err != nil {
		return result{}, fmt.Errorf("run %d: %w", k, err)
	}
	w.ShareCores(r.shareCores)
	tallies := make([]*tally, 0, len(r.plan.Metrics))
	for i := range r.plan.Metrics {
		if m := &r.plan.Metrics[i]; m.Kind != "validation" {
			tallies = append(tallies, newTally(m))
		}
	}
	var rec *validate.Record
	if r.targets != nil {
		rec = validate.NewRecord(w, seed)
	}
	var series *seriesWriter
	if r.series != "" {
		if series, err = newSeriesWriter(); err != nil {
			return result{}, err
		}
	}
	var checker *sim.Checker
	if r.check {
		checker = sim.NewChecker(w)
	}
	for w.Step() {
		if checker != nil {
			if err := checker.Check(w); err != nil {
				return result{}, fmt.Errorf("run %d (seed %d) breaks an invariant:\n%w", k, seed, err)
			}
		}
		for _, t := range tallies {
			t.observe(w)
		}
		if rec != nil {
			rec.Observe(w)
		}
		if series != nil {
			if err := series.rec.Observe(w); err != nil {
				return result{}, err
			}
		}
	}
	if err := w.Err(); err != nil {
		return result{}, fmt.Errorf("run %d (seed %d): %w", k, seed, err)
	}
	if series != nil {
		if err := series.write(r.series, k); err != nil {
			return result{}, fmt.Errorf("run %d: series: %w", k, err)
		}
	}
	row := []string{strconv.Itoa(k), strconv.Itoa(point), strconv.FormatUint(seed, 10)}
	for j, v := range r.design.Point(point) {
		row = append(row, r.plan.Params[j].label(v))
	}
	next := 0
	for _, m := range r.plan.Metrics {
		if m.Kind == "validation" {
			row = append(row, r.score(rec, m.Var))
			continue
		}
		row = append(row, tallies[next].value())
		next++
	}
	return result{run: k, row: row}, nil
}

// score is validation.score or validation.passed of one run.
func (r *runner) score(rec *validate.Record, which string) string {
	met, all := 0, 0
	for _, t := range r.targets {
		if t.Info || t.Extra {
			continue
		}
		all++
		if t.Met(rec) {
			met++
		}
	}
	if which == "passed" {
		return strconv.Itoa(met)
	}
	return cell(float64(met) / float64(all))
}

// seriesWriter records one run's tables, gzipped in memory until the run
// ends, then written atomically under series/. They are the tables a
// single run writes (results.Files), recorded by the same recorder, so a
// kept run unzips to the files `entente run` writes for its seed.
type seriesWriter struct {
	bufs [5]bytes.Buffer
	zips [5]*gzip.Writer
	rec  *results.Recorder
}

// seriesTables name the files of a run, in the recorder's order
// (results.Files without the summary).
var seriesTables = [5]string{"nations", "alliances", "events", "world", "memberships"}

func newSeriesWriter() (*seriesWriter, error) {
	s := &seriesWriter{}
	var ws [5]io.Writer
	for i := range s.zips {
		s.zips[i] = gzip.NewWriter(&s.bufs[i]) // no name or time: the same bytes every time
		ws[i] = s.zips[i]
	}
	rec, err := results.NewRecorder(ws[0], ws[1], ws[2], ws[3])
	if err != nil {
		return nil, err
	}
	if err := rec.RecordMemberships(ws[4]); err != nil {
		return nil, err
	}
	s.rec = rec
	return s, nil
}

// SeriesFile is the name of a table of run k under series/.
func SeriesFile(k int, table string) string {
	return fmt.Sprintf("run-%06d-%s.csv.gz", k, table)
}

func (s *seriesWriter) write(dir string, k int) error {
	if err := s.rec.Flush(); err != nil {
		return err
	}
	for i, z := range s.zips {
		if err := z.Close(); err != nil {
			return err
		}
		if err := results.WriteFileAtomic(filepath.Join(dir, SeriesFile(k, seriesTables[i])), s.bufs[i].Bytes()); err != nil {
			return err
		}
	}
	return nil
}
