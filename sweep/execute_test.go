package sweep

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func smallPlan(t testing.TB) *Plan {
	t.Helper()
	p, err := LoadPlan("testdata/small.toml")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func sweepInto(t testing.TB, p *Plan, opts Options) []byte {
	t.Helper()
	if _, err := Execute(context.Background(), p, opts); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(opts.Dir, RunsFile))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// The table is the same bytes whatever the number of workers (and with
// the invariants checked).
func TestWorkersDoNotChangeTheTable(t *testing.T) {
	p := smallPlan(t)
	one := sweepInto(t, p, Options{Dir: filepath.Join(t.TempDir(), "j1"), Workers: 1})
	two := sweepInto(t, p, Options{Dir: filepath.Join(t.TempDir(), "j2"), Workers: 2, Plots: []string{"png"}})
	many := sweepInto(t, p, Options{Dir: filepath.Join(t.TempDir(), "j16"), Workers: 16, Check: true})
	if !bytes.Equal(one, two) || !bytes.Equal(one, many) {
		t.Fatalf("-j 1, 2 and 16 differ:\n%s\n---\n%s", one, two)
	}
	if n := bytes.Count(one, []byte("\n")); n != 1+18 {
		t.Fatalf("runs.csv has %d lines, want 19", n)
	}
	if !strings.HasPrefix(string(one), "run,point,seed,k,model.chi,final.alliances,mean.defense_share@2000:2010,count.formed,first.dissolved,max.cohesion\n0,0,") {
		t.Errorf("header: %s", one[:120])
	}
}

// Each run is what a single run of the scenario with its values and seed
// gives: the sweep adds no randomness of its own.
func TestRunIsReproducible(t *testing.T) {
	p := smallPlan(t)
	dir := filepath.Join(t.TempDir(), "s")
	sweepInto(t, p, Options{Dir: dir, Workers: 2})
	r := &runner{plan: p, design: NewDesign(p)}
	load, _, err := scenarioLoader(p.source())
	if err != nil {
		t.Fatal(err)
	}
	r.load = load
	var c pointCache
	res, err := r.run(13, &c)
	if err != nil {
		t.Fatal(err)
	}
	done, _, err := readJournal(filepath.Join(dir, JournalFile))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(res.row, ","), strings.Join(done[13], ","); got != want {
		t.Errorf("run 13 alone: %s\nin the sweep: %s", got, want)
	}
}

// A directory holding a sweep is never overwritten: it takes --resume,
// and only for the same plan.
func TestDirectoryRules(t *testing.T) {
	p := smallPlan(t)
	dir := filepath.Join(t.TempDir(), "s")
	sweepInto(t, p, Options{Dir: dir})
	_, err := Execute(context.Background(), p, Options{Dir: dir})
	if err == nil || !strings.Contains(err.Error(), "already holds a sweep (18 of 18 runs done): add --resume") {
		t.Errorf("second sweep into the same directory: %v", err)
	}
	o, err := Execute(context.Background(), p, Options{Dir: dir, Resume: true})
	if err != nil || o.Ran != 0 || !o.Complete {
		t.Errorf("resuming a finished sweep should run nothing: %+v, %v", o, err)
	}
	other := smallPlan(t)
	other.Reps = 2
	if _, err := Execute(context.Background(), other, Options{Dir: dir, Resume: true}); err == nil || !strings.Contains(err.Error(), "holds another sweep") {
		t.Errorf("resuming with another plan: %v", err)
	}
	full := t.TempDir()
	os.WriteFile(filepath.Join(full, "notes.txt"), []byte("mine"), 0o644)
	if _, err := Execute(context.Background(), p, Options{Dir: full}); err == nil || !strings.Contains(err.Error(), "holds no sweep") {
		t.Errorf("a directory of other files: %v", err)
	}
}

// Cancelling (Ctrl-C) finishes the runs in flight, writes what is done and
// says so; resuming gives the bytes of an uninterrupted sweep.
func TestInterruptAndResume(t *testing.T) {
	p := smallPlan(t)
	want := sweepInto(t, p, Options{Dir: filepath.Join(t.TempDir(), "whole")})
	dir := filepath.Join(t.TempDir(), "cut")
	ctx, cancel := context.WithCancel(context.Background())
	o, err := Execute(ctx, p, Options{Dir: dir, Workers: 2, Progress: func(done, total int) {
		if done == 5 {
			cancel()
		}
	}})
	if !errors.Is(err, ErrInterrupted) || o.Complete || o.Done < 5 || o.Done >= 18 {
		t.Fatalf("interrupted sweep: %+v, %v", o, err)
	}
	part, _ := os.ReadFile(filepath.Join(dir, RunsFile))
	if n := bytes.Count(part, []byte("\n")); n != 1+o.Done {
		t.Errorf("runs.csv of the interrupted sweep has %d lines for %d runs", n, o.Done)
	}
	if got := sweepInto(t, p, Options{Dir: dir, Resume: true}); !bytes.Equal(got, want) {
		t.Errorf("resumed sweep differs from the whole one")
	}
}

// A torn last line (a kill in the middle of a write) is dropped and its
// run done again.
func TestTornJournalLine(t *testing.T) {
	p := smallPlan(t)
	dir := filepath.Join(t.TempDir(), "s")
	want := sweepInto(t, p, Options{Dir: dir})
	path := filepath.Join(dir, JournalFile)
	data, _ := os.ReadFile(path)
	cut := bytes.LastIndexByte(data[:len(data)-1], '\n') + 1
	os.WriteFile(path, append(data[:cut], data[cut:cut+20]...), 0o644)
	o, err := Execute(context.Background(), p, Options{Dir: dir, Resume: true})
	if err != nil || o.Ran != 1 {
		t.Fatalf("want one run redone: %+v, %v", o, err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, RunsFile)); !bytes.Equal(got, want) {
		t.Error("the table changed")
	}
}

// killEnv makes the test binary a sweep that a test kills.
const killEnv = "ENTENTE_SWEEP_KILL_DIR"

func TestMain(m *testing.M) {
	if dir := os.Getenv(killEnv); dir != "" {
		p, err := LoadPlan("testdata/small.toml")
		if err == nil {
			_, err = Execute(context.Background(), p, Options{Dir: dir, Workers: 1})
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// A sweep killed with SIGKILL midway, then resumed, ends with the same
// runs.csv bytes as an uninterrupted sweep.
func TestKillMidwayAndResume(t *testing.T) {
	p := smallPlan(t)
	want := sweepInto(t, p, Options{Dir: filepath.Join(t.TempDir(), "whole")})
	dir := filepath.Join(t.TempDir(), "killed")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), killEnv+"="+dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	journaled := func() int {
		f, err := os.Open(filepath.Join(dir, JournalFile))
		if err != nil {
			return 0
		}
		defer f.Close()
		n := 0
		for s := bufio.NewScanner(f); s.Scan(); {
			n++
		}
		return n
	}
	deadline := time.Now().Add(time.Minute)
	for journaled() < 4 && time.Now().Before(deadline) {
		time.Sleep(2 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	n := journaled()
	if n < 4 || n >= 18 {
		t.Skipf("the kill came at %d of 18 runs: not midway", n)
	}
	o, err := Execute(context.Background(), p, Options{Dir: dir, Resume: true})
	if err != nil {
		t.Fatal(err)
	}
	if o.Ran != 18-n {
		t.Errorf("resume ran %d runs, want the %d missing", o.Ran, 18-n)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, RunsFile)); !bytes.Equal(got, want) {
		t.Errorf("the resumed table differs from the uninterrupted one")
	}
}

// Shards merged give the bytes of the local sweep; merge refuses what
// does not fit.
func TestShardsMergeToTheLocalTable(t *testing.T) {
	p := smallPlan(t)
	p.KeepSeries = true
	root := t.TempDir()
	want := sweepInto(t, p, Options{Dir: filepath.Join(root, "local"), Plots: []string{"png"}})
	var shards []string
	for i := range 4 {
		d := filepath.Join(root, "out", "shards", fmt.Sprint(i))
		sweepInto(t, p, Options{Dir: d, Shard: &Shard{i, 4}})
		shards = append(shards, d)
	}
	if _, err := Merge(filepath.Join(root, "m1"), shards[:3], MergeOptions{}); err == nil || err.Error() != "merge: shards 3 of 4 are missing" {
		t.Errorf("missing shard: %v", err)
	}
	if _, err := Merge(filepath.Join(root, "m2"), []string{shards[0], shards[0], shards[1], shards[2]}, MergeOptions{}); err == nil || !strings.Contains(err.Error(), "are both shard 0/4") {
		t.Errorf("repeated shard: %v", err)
	}
	out := filepath.Join(root, "out") // holds the shards themselves
	if _, err := Merge(out, shards, MergeOptions{Plots: []string{"png"}}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(out, RunsFile))
	if !bytes.Equal(got, want) {
		t.Errorf("merged table differs from the local one")
	}
	figures, _ := filepath.Glob(filepath.Join(root, "local", PlotDir, "*.png"))
	if len(figures) == 0 {
		t.Fatal("the local sweep drew no figures")
	}
	for _, f := range figures {
		a, _ := os.ReadFile(f)
		b, err := os.ReadFile(filepath.Join(out, PlotDir, filepath.Base(f)))
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("merged figure %s differs from the local one (%v)", filepath.Base(f), err)
		}
	}
	series, _ := filepath.Glob(filepath.Join(out, "series", "*.csv.gz"))
	if len(series) != 18*len(seriesTables) {
		t.Errorf("merged series: %d files, want %d", len(series), 18*len(seriesTables))
	}
	if _, err := Merge(out, shards, MergeOptions{}); err != nil {
		t.Errorf("merging again into the same place: %v", err)
	}
	if o, err := Execute(context.Background(), p, Options{Dir: out, Resume: true}); err != nil || o.Ran != 0 {
		t.Errorf("resuming a merged sweep should run nothing: %+v, %v", o, err)
	}
	if m, _ := readManifest(out); len(m.Merged) != 4 {
		t.Errorf("resuming a merged sweep lost its shards: %+v", m.Merged)
	}
	other := smallPlan(t)
	other.Seed = 99
	odd := filepath.Join(root, "odd")
	sweepInto(t, other, Options{Dir: odd, Shard: &Shard{3, 4}})
	if _, err := Merge(filepath.Join(root, "m3"), append(shards[:3:3], odd), MergeOptions{}); err == nil || !strings.Contains(err.Error(), "a shard of another sweep") {
		t.Errorf("mismatched shard: %v", err)
	}
	// An incomplete shard is refused.
	cut := filepath.Join(root, "cut")
	ctx, cancel := context.WithCancel(context.Background())
	Execute(ctx, p, Options{Dir: cut, Workers: 1, Shard: &Shard{0, 2}, Progress: func(int, int) { cancel() }})
	if _, err := Merge(filepath.Join(root, "m4"), []string{cut}, MergeOptions{}); err == nil || !strings.Contains(err.Error(), "is incomplete") {
		t.Errorf("incomplete shard: %v", err)
	}
}

func TestValidationMetric(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Cold War")
	}
	p, err := FlagPlan{Scenario: "cold-war", Params: []string{"k=0.294"}, Reps: 2, Design: Grid, Seed: 1,
		Metrics: []string{"validation.score", "validation.passed", "first.formed"}}.Plan()
	if err != nil {
		t.Fatal(err)
	}
	data := sweepInto(t, p, Options{Dir: filepath.Join(t.TempDir(), "v")})
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	for _, l := range lines[1:] {
		f := strings.Split(l, ",")
		if score := parseCell(f[4]); !(score > 0.5 && score <= 1) {
			t.Errorf("a Cold War run at the calibrated constants meets %s of the targets: %s", f[4], l)
		}
	}
}

// Two processes never work on one directory at once.
func TestDirectoryLock(t *testing.T) {
	p := smallPlan(t)
	dir := filepath.Join(t.TempDir(), "s")
	unlock, err := lockDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Execute(context.Background(), p, Options{Dir: dir})
	if !errors.Is(err, ErrInput) || !strings.Contains(err.Error(), "is in use by another sweep or merge") {
		t.Errorf("a locked directory: %v", err)
	}
	unlock()
	sweepInto(t, p, Options{Dir: dir}) // free again, and the lock file is no obstacle
}

// A shard manifest that names an impossible shard is refused, not a panic.
func TestMergeRefusesABadManifest(t *testing.T) {
	p := smallPlan(t)
	d := filepath.Join(t.TempDir(), "s0")
	sweepInto(t, p, Options{Dir: d, Shard: &Shard{0, 2}})
	m, _ := readManifest(d)
	m.Shard.Index = 7
	m.write(d)
	if _, err := Merge(filepath.Join(t.TempDir(), "m"), []string{d}, MergeOptions{}); err == nil || !strings.Contains(err.Error(), "its manifest names shard 7 of 2") {
		t.Errorf("got %v", err)
	}
}
