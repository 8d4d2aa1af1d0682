package sweep

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Paths may hold anything a shell would act on (blanks, quotes, $( ),
// backticks, semicolons): the script passes them to entente and to the
// merge job unchanged and runs nothing of theirs. The script is run by
// bash as Slurm would run task 0, with sbatch and entente replaced by
// scripts that record their arguments.
func TestSlurmScriptQuotesPaths(t *testing.T) {
	root := t.TempDir()
	odd := `a b'c"d$(touch INJECTED)` + "`touch INJECTED`;touch INJECTED"
	dir := filepath.Join(root, odd)
	os.MkdirAll(dir, 0o755)
	bin := filepath.Join(root, "bin")
	os.Mkdir(bin, 0o755)
	record := func(p string) string {
		os.WriteFile(p, []byte("#!/bin/bash\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done > \"$0.args\"\n"), 0o755)
		return p
	}
	entente, sbatch := record(filepath.Join(dir, "entente")), record(filepath.Join(bin, "sbatch"))
	job := SlurmJob{Entente: entente, Plan: filepath.Join(dir, "plan.toml"), Dir: filepath.Join(dir, "out"),
		Shards: 2, CPUs: 1, Time: "1-00:00", Extra: []string{"--partition=short"}}
	script, err := job.Script()
	if err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(root, "s.sbatch")
	os.WriteFile(f, []byte(script), 0o644)
	cmd := exec.Command("bash", f)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "PATH="+bin+":"+os.Getenv("PATH"), "SLURM_ARRAY_TASK_ID=0", "SLURM_ARRAY_JOB_ID=42", "SLURM_CPUS_PER_TASK=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	args := func(p string) []string {
		data, err := os.ReadFile(p + ".args")
		if err != nil {
			t.Fatal(err)
		}
		return strings.Split(strings.TrimSuffix(string(data), "\x00"), "\x00")
	}
	want := []string{"sweep", job.Plan, "--resume", "--quiet", "-j", "1", "--shard", "0/2", "-o", job.Dir + "/shards/0"}
	if got := args(entente); !slices.Equal(got, want) {
		t.Errorf("the task ran entente with\n%q\nwant\n%q", got, want)
	}
	sb := args(sbatch)
	wrap := strings.TrimPrefix(sb[len(sb)-1], "--wrap=")
	os.Remove(entente + ".args")
	merge := exec.Command("bash", "-c", wrap) // what the merge job runs
	merge.Dir = root
	if out, err := merge.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	want = []string{"sweep", "merge", "-o", job.Dir, "--plan", job.Plan, job.Dir + "/shards/0", job.Dir + "/shards/1"}
	if got := args(entente); !slices.Equal(got, want) {
		t.Errorf("the merge job runs entente with\n%q\nwant\n%q", got, want)
	}
	if _, err := os.Stat(filepath.Join(root, "INJECTED")); err == nil {
		t.Error("a path's text ran as a command")
	}
}

// Check refuses each field that could end its line in the script,
// naming the flag; Script then gives no script.
func TestSlurmJobCheck(t *testing.T) {
	ok := SlurmJob{Entente: "/e", Plan: "/p.toml", Dir: "/d", Shards: 2, CPUs: 1}
	for _, tc := range []struct {
		edit func(*SlurmJob)
		want string
	}{
		{func(j *SlurmJob) { j.Dir = "/d\nrm -rf ~" }, `-o "/d\nrm -rf ~": a path with a control character`},
		{func(j *SlurmJob) { j.Dir = "relative" }, `-o "relative": the script needs an absolute path`},
		{func(j *SlurmJob) { j.Plan = "/p\x00" }, `the plan "/p\x00": a path with a control character`},
		{func(j *SlurmJob) { j.Entente = "/e\t" }, `--entente "/e\t": a path with a control character`},
		{func(j *SlurmJob) { j.Time = "1:00\nid" }, `--time "1:00\nid": want Slurm's`},
		{func(j *SlurmJob) { j.Time = "1:2:3:4" }, `--time "1:2:3:4": want Slurm's`},
		{func(j *SlurmJob) { j.Extra = []string{"--mem=4G", "--qos=x\nid"} }, `--sbatch "--qos=x\nid": want one option`},
		{func(j *SlurmJob) { j.Extra = []string{`--comment=a\b`} }, `--sbatch "--comment=a\\b": want one option`},
		{func(j *SlurmJob) { j.Extra = []string{"--wrap=id"} }, `--sbatch "--wrap=id": the script sets --wrap from the script itself`},
		{func(j *SlurmJob) { j.Extra = []string{"--time=1"} }, `--sbatch "--time=1": the script sets --time from --time`},
		{func(j *SlurmJob) { j.Shards = 0 }, `--shards must be ≥ 1, got 0`},
	} {
		j := ok
		j.Extra = nil
		tc.edit(&j)
		s, err := j.Script()
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) || s != "" {
			t.Errorf("got %v, want %s", err, tc.want)
		}
	}
	if _, err := ok.Script(); err != nil {
		t.Errorf("a good job: %v", err)
	}
}
