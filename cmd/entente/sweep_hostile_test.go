package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// shardsOf runs the small plan in two shards under root and returns their
// directories.
func shardsOf(t *testing.T, root, plan string) []string {
	t.Helper()
	var dirs []string
	for i := range 2 {
		d := filepath.Join(root, "shards", string(rune('0'+i)))
		var out, errb bytes.Buffer
		if err := run(context.Background(), []string{"sweep", plan, "--shard", string(rune('0'+i)) + "/2", "-j", "2", "--quiet", "-o", d}, &out, &errb); err != nil {
			t.Fatal(err, errb.String())
		}
		dirs = append(dirs, d)
	}
	return dirs
}

// editLine replaces old by new in line n (from 1) of a file.
func editLine(t *testing.T, path string, n int, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	if !strings.Contains(lines[n-1], old) {
		t.Fatalf("%s line %d lacks %q: %s", path, n, old, lines[n-1])
	}
	lines[n-1] = strings.Replace(lines[n-1], old, new, 1)
	os.WriteFile(path, []byte(strings.Join(lines, "")), 0o644)
}

// field returns field i of line n of a CSV file without quotes.
func field(t *testing.T, path string, n, i int) string {
	t.Helper()
	data, _ := os.ReadFile(path)
	return strings.Split(strings.Split(string(data), "\n")[n-1], ",")[i]
}

// Issue 18, finding 10: merge checked nothing but the manifests, so an
// edited value or seed, or another plan's runs.csv, was merged with exit
// 0, and a sweep.json claiming 100,000,000 shards ran merge out of
// memory. Each is now refused with exit 2, naming the file and line, and
// nothing is merged.
func TestSweepMergeRefusesTamperedShards(t *testing.T) {
	plan := filepath.Join("..", "..", "sweep", "testdata", "small.toml")
	clean := shardsOf(t, t.TempDir(), plan)
	// Another plan with the same columns: only the master seed differs.
	otherPlan := filepath.Join(t.TempDir(), "other.toml")
	text, _ := os.ReadFile(plan)
	os.WriteFile(otherPlan, bytes.Replace(text, []byte("scenario = \"classroom-balance\"\nseed = 7"), []byte("scenario = \"classroom-balance\"\nseed = 8"), 1), 0o644)
	other := shardsOf(t, t.TempDir(), otherPlan)

	// Shard 0/2 holds runs 0, 2, 4, …: line 3 of its runs.csv is run 2.
	for _, tc := range []struct {
		name   string
		tamper func(t *testing.T, shard0 string)
		want   string // in stderr, "…" for any text; SHARD stands for shard 0's directory
	}{
		{"edited metric value", func(t *testing.T, d string) {
			f := filepath.Join(d, "runs.csv")
			editLine(t, f, 3, ","+field(t, f, 3, 7)+",", ",999,")
		}, `SHARD/runs.csv: line 3: run 2 has count.formed = "999", but its checksummed line in runs.journal has`},
		{"edited swept value", func(t *testing.T, d string) {
			editLine(t, filepath.Join(d, "runs.csv"), 3, ",0.2,", ",0.4,")
		}, `SHARD/runs.csv: line 3: run 2 has k = "0.4", but the plan gives point 0 k = "0.2"`},
		{"edited seed", func(t *testing.T, d string) {
			f := filepath.Join(d, "runs.csv")
			editLine(t, f, 3, ","+field(t, f, 3, 2)+",", ",12345,")
		}, `SHARD/runs.csv: line 3: run 2 has seed "12345", but the plan gives it seed`},
		{"another plan's runs.csv", func(t *testing.T, d string) {
			data, _ := os.ReadFile(filepath.Join(other[0], "runs.csv"))
			os.WriteFile(filepath.Join(d, "runs.csv"), data, 0o644)
		}, `SHARD/runs.csv: line 2: run 0 has seed`},
		{"another plan's runs.csv and journal", func(t *testing.T, d string) {
			for _, f := range []string{"runs.csv", "runs.journal"} {
				data, _ := os.ReadFile(filepath.Join(other[0], f))
				os.WriteFile(filepath.Join(d, f), data, 0o644)
			}
		}, `SHARD/runs.journal: line 1: run …has seed …but the plan gives it seed`},
		{"edited journal", func(t *testing.T, d string) {
			f := filepath.Join(d, "runs.journal")
			data, _ := os.ReadFile(f)
			os.WriteFile(f, bytes.Replace(data, []byte(",0.2,"), []byte(",0.3,"), 1), 0o644)
		}, `SHARD/runs.journal: line 1 fails its checksum`},
		{"100,000,000 shards", func(t *testing.T, d string) {
			editManifest(t, d, func(m map[string]any) { m["shard"] = map[string]any{"index": 0, "count": 100_000_000} })
		}, `SHARD: its manifest names shard 0 of 100000000; a sweep of 18 runs has 1 to 18 shards`},
		{"a plan edited in sweep.json", func(t *testing.T, d string) {
			editManifest(t, d, func(m map[string]any) { m["plan"].(map[string]any)["reps"] = 300_000_000 })
		}, `SHARD/sweep.json: its plan is not one entente writes: reps 300000000`},
		{"runs.csv grown past its runs", func(t *testing.T, d string) {
			f, _ := os.OpenFile(filepath.Join(d, "runs.csv"), os.O_APPEND|os.O_WRONLY, 0)
			f.Write(bytes.Repeat([]byte("x"), 1<<20))
			f.Close()
		}, `SHARD/runs.csv has 10`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			var shards []string
			for _, d := range clean {
				c := filepath.Join(root, filepath.Base(d))
				copyDir(t, d, c)
				shards = append(shards, c)
			}
			tc.tamper(t, shards[0])
			out := filepath.Join(root, "merged")
			var stdout, errb bytes.Buffer
			code := report(run(context.Background(), append([]string{"sweep", "merge", "--no-plots", "-o", out}, shards...), &stdout, &errb), &errb)
			want := strings.ReplaceAll(tc.want, "SHARD", shards[0])
			if code != exitInput || !containsInOrder(errb.String(), strings.Split(want, "…")) {
				t.Errorf("exit %d, want 2, with %q in:\n%s", code, want, errb.String())
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("a refused merge created %s (%v)", out, err)
			}
		})
	}
	// The untouched shards merge; and with --plan, only into their plan.
	var out, errb bytes.Buffer
	if err := run(context.Background(), append([]string{"sweep", "merge", "--no-plots", "--plan", plan, "-o", filepath.Join(t.TempDir(), "m")}, clean...), &out, &errb); err != nil {
		t.Errorf("clean shards: %v", err)
	}
	code := report(run(context.Background(), append([]string{"sweep", "merge", "--no-plots", "--plan", otherPlan, "-o", filepath.Join(t.TempDir(), "m")}, clean...), &out, &errb), &errb)
	if want := "is a shard of another sweep than the plan " + otherPlan; code != exitInput || !strings.Contains(errb.String(), want) {
		t.Errorf("--plan of another sweep: exit %d, want 2 with %q: %s", code, want, errb.String())
	}
}

// containsInOrder reports whether s holds each part, one after another.
func containsInOrder(s string, parts []string) bool {
	for _, p := range parts {
		i := strings.Index(s, p)
		if i < 0 {
			return false
		}
		s = s[i+len(p):]
	}
	return true
}

// editManifest rewrites a directory's sweep.json through f.
func editManifest(t *testing.T, dir string, f func(map[string]any)) {
	t.Helper()
	path := filepath.Join(dir, "sweep.json")
	data, _ := os.ReadFile(path)
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	f(m)
	data, _ = json.Marshal(m)
	os.WriteFile(path, data, 0o644)
}

// copyDir copies a shard directory's files (not its subdirectories).
func copyDir(t *testing.T, from, to string) {
	t.Helper()
	os.MkdirAll(to, 0o755)
	entries, _ := os.ReadDir(from)
	for _, e := range entries {
		if e.Type().IsRegular() {
			data, _ := os.ReadFile(filepath.Join(from, e.Name()))
			os.WriteFile(filepath.Join(to, e.Name()), data, 0o644)
		}
	}
}

// Issue 18, finding 11: a newline in -o, --time or --sbatch (or in the
// binary's or the plan's path) landed in the sbatch script as a command
// of its own. Each field is now checked and a bad one refused with exit 2
// naming the flag, and no script is printed.
func TestSweepSlurmRefusesInjection(t *testing.T) {
	plan := filepath.Join("..", "..", "sweep", "testdata", "small.toml")
	odd := filepath.Join(t.TempDir(), "plan\ntouch pwned\n.toml")
	text, _ := os.ReadFile(plan)
	os.WriteFile(odd, text, 0o644)
	base := []string{"sweep", "slurm", plan, "--shards", "2", "--entente", "/opt/entente"}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"newline in -o", append(base, "-o", "/shared/x\ntouch /tmp/pwned"), `-o "/shared/x\ntouch /tmp/pwned": a path with a control character`},
		{"newline in --time", append(base, "--time", "01:00:00\ntouch /tmp/pwned"), `--time "01:00:00\ntouch /tmp/pwned": want Slurm's MINUTES`},
		{"newline in --sbatch", append(base, "--sbatch", "--partition=short\ntouch /tmp/pwned"), `--sbatch "--partition=short\ntouch /tmp/pwned": want one option as --key=value`},
		{"newline in --entente", []string{"sweep", "slurm", plan, "--shards", "2", "--entente", "/opt/e\ntouch /tmp/pwned"}, `--entente "/opt/e\ntouch /tmp/pwned": a path with a control character`},
		{"newline in the plan's path", []string{"sweep", "slurm", odd, "--shards", "2", "--entente", "/opt/entente"}, `the plan "` + strings.ReplaceAll(odd, "\n", `\n`) + `": a path with a control character`},
		{"a carriage return in -o", append(base, "-o", "/shared/x\rdate"), `-o "/shared/x\rdate": a path with a control character`},
		{"--time not a time", append(base, "--time", "1 hour"), `--time "1 hour": want Slurm's`},
		{"--time with a command", append(base, "--time", "1;reboot"), `--time "1;reboot": want Slurm's`},
		{"--sbatch with a blank", append(base, "--sbatch", "--partition short"), `--sbatch "--partition short": want one option`},
		{"--sbatch not an option", append(base, "--sbatch", "partition=short"), `--sbatch "partition=short": want one option`},
		{"--sbatch with a quote", append(base, "--sbatch", `--comment="x"`), `--sbatch "--comment=\"x\"": want one option`},
		{"--sbatch overriding the array", append(base, "--sbatch", "--array=0-1"), `--sbatch "--array=0-1": the script sets --array from --shards and --limit`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := report(run(context.Background(), tc.args, &out, &errb), &errb)
			if code != exitInput || !strings.Contains(errb.String(), tc.want) {
				t.Errorf("exit %d, want 2 with %q in:\n%s", code, tc.want, errb.String())
			}
			if out.Len() != 0 {
				t.Errorf("a refused script was printed:\n%s", out.String())
			}
		})
	}
	// Slurm's time formats and --key=value options pass.
	for _, tm := range []string{"30", "30:00", "01:00:00", "2-0", "2-12:30", "1-00:00:00", "INFINITE"} {
		var out, errb bytes.Buffer
		if err := run(context.Background(), append(base, "-o", "/shared/s", "--time", tm, "--sbatch", "--partition=short", "--sbatch", "--exclusive", "--sbatch", "--constraint=a&b|c"), &out, &errb); err != nil {
			t.Errorf("--time %s: %v", tm, err)
		} else if !strings.Contains(out.String(), "#SBATCH --time="+tm+"\n#SBATCH --output") {
			t.Errorf("--time %s not in the script:\n%s", tm, out.String())
		}
	}
}
