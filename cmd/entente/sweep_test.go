package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestSweepCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "s")
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"sweep", "--scenario", "classroom-balance", "--param", "k=0.2:0.3:0.1",
		"--reps", "2", "-j", "2", "-o", dir, "--no-plots"}, &out, &errb)
	if err != nil {
		t.Fatal(err, errb.String())
	}
	if want := "sweep: 4 runs done (4 now), 0 figures; wrote " + filepath.Join(dir, "runs.csv") + "\n"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
	if errb.Len() != 0 {
		t.Errorf("no progress bar off a terminal, got %q", errb.String())
	}
	out.Reset()
	one := filepath.Join(t.TempDir(), "one")
	if err := run(context.Background(), []string{"sweep", "--scenario", "classroom-balance", "--param", "k=0.2", "-o", one, "--no-plots"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if want := "sweep: 1 run done (1 now), 0 figures; "; !strings.HasPrefix(out.String(), want) {
		t.Errorf("got %q, want %q…", out.String(), want)
	}
}

func TestSweepBadInputExitsTwo(t *testing.T) {
	plan := filepath.Join("..", "..", "sweep", "testdata", "small.toml")
	for _, args := range [][]string{
		{"sweep"},
		{"sweep", plan, "--reps", "3"},
		{"sweep", filepath.Join("..", "..", "sweep", "testdata", "bad.toml")},
		{"sweep", "--scenario", "classroom-balance", "--param", "nope=1"},
		{"sweep", plan, "--shard", "5/4"},
		{"sweep", "merge", "-o", t.TempDir()},
		{"sweep", "slurm", plan, "--shards", "100", "--entente", "/bin/entente"},
	} {
		var out, errb bytes.Buffer
		if code := report(run(context.Background(), args, &out, &errb), &errb); code != exitInput {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, errb.String())
		}
	}
}

// The printed sbatch script is valid bash and asks for a job array with
// a concurrency limit and a merge that depends on it.
func TestSweepSlurmScript(t *testing.T) {
	plan := filepath.Join("..", "..", "sweep", "testdata", "small.toml")
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"sweep", "slurm", plan, "--shards", "6", "--limit", "2", "--cpus", "2",
		"--entente", "/opt/entente", "-o", "/shared/sw"}, &out, &errb)
	if err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{"#SBATCH --array=0-5%2\n", "#SBATCH --cpus-per-task=2\n", "ENTENTE='/opt/entente'\n",
		"DIR='/shared/sw'\n", `--dependency="afterok:$SLURM_ARRAY_JOB_ID"`, "sweep merge -o", `--shard "$SLURM_ARRAY_TASK_ID/$SHARDS"`} {
		if !strings.Contains(s, want) {
			t.Errorf("script lacks %q:\n%s", want, s)
		}
	}
	f := filepath.Join(t.TempDir(), "s.sbatch")
	os.WriteFile(f, out.Bytes(), 0o644)
	if msg, err := exec.Command("bash", "-n", f).CombinedOutput(); err != nil {
		t.Errorf("bash -n: %v %s", err, msg)
	}
}

// Ctrl-C (the context ending) exits 130 after writing what was done.
func TestSweepInterruptedExits130(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dir := filepath.Join(t.TempDir(), "s")
	var out, errb bytes.Buffer
	err := run(ctx, []string{"sweep", "--scenario", "classroom-balance", "--param", "k=0.2,0.3", "-o", dir}, &out, &errb)
	if code := report(err, &errb); code != 130 {
		t.Fatalf("exit %d, want 130 (%s)", code, errb.String())
	}
	if !strings.Contains(errb.String(), "sweep interrupted: 0 of 2 runs done; run it again with --resume to finish") {
		t.Errorf("stderr: %s", errb.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "runs.csv")); err != nil {
		t.Errorf("runs.csv should be written: %v", err)
	}
}
