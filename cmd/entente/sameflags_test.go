package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// --seed is read the same way, with the same messages, by every command
// that takes it.
func TestSeedFlagIsTheSameEverywhere(t *testing.T) {
	dir := t.TempDir()
	commands := [][]string{
		{"run", "classroom-balance", "--no-plots", "-o", filepath.Join(dir, "r")},
		{"validate", "-o", filepath.Join(dir, "v"), "--seeds", "1"},
		{"sweep", "--scenario", "classroom-balance", "--param", "k=0.2", "-o", filepath.Join(dir, "s"), "--no-plots"},
		{"landscape", "classroom-balance"},
		{"generate", "--nations", "3"},
	}
	for _, c := range []struct{ seed, want string }{
		{"-1", `--seed "-1": want a whole number ≥ 0`},
		{"x", `--seed "x": want a whole number ≥ 0`},
		{"9223372036854775808", `--seed "9223372036854775808": out of range: a seed is from 0 to 9223372036854775807`},
		{"18446744073709551616", `--seed "18446744073709551616": out of range: a seed is from 0 to 9223372036854775807`},
	} {
		for _, args := range commands {
			_, stderr, code := entente(t, append(append([]string{}, args...), "--seed", c.seed)...)
			if code != 2 || !strings.Contains(stderr, c.want) {
				t.Errorf("%s --seed %s: exit %d, stderr %q; want exit 2 and %q", args[0], c.seed, code, stderr, c.want)
			}
		}
	}
	// The largest seed is taken.
	if _, stderr, code := entente(t, "generate", "--nations", "3", "--seed", "9223372036854775807"); code != 0 {
		t.Errorf("generate --seed 2^63-1: exit %d, %s", code, stderr)
	}
	if _, stderr, code := entente(t, "landscape", "classroom-balance", "--seed", "9223372036854775807"); code != 0 {
		t.Errorf("landscape --seed 2^63-1: exit %d, %s", code, stderr)
	}
}

// A sweep takes --format as run and plot do, --plots as its former name,
// and --no-plots; it accepts the British spelling of a metric.
func TestSweepFlagsAsRunTakesThem(t *testing.T) {
	dir := t.TempDir()
	base := []string{"sweep", "--scenario", "classroom-balance", "--param", "k=0.2,0.3", "--quiet"}
	for _, c := range []struct {
		name string
		args []string
		want []string // files of plots/ by extension
	}{
		{"format", []string{"--format", "svg"}, []string{".svg"}},
		{"plots", []string{"--plots", "svg"}, []string{".svg"}},
		{"no-plots", []string{"--no-plots"}, nil},
	} {
		out := filepath.Join(dir, c.name)
		_, stderr, code := entente(t, append(append(append([]string{}, base...), "-o", out), c.args...)...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", c.name, code, stderr)
		}
		if note := "entente: --plots is deprecated: use --format\n"; (c.name == "plots") != (stderr == note) {
			t.Errorf("%s: stderr %q; want %q only for --plots", c.name, stderr, note)
		}
		files, _ := filepath.Glob(filepath.Join(out, "plots", "*"))
		exts := map[string]bool{}
		for _, f := range files {
			exts[filepath.Ext(f)] = true
		}
		if len(exts) != len(c.want) || (len(c.want) == 1 && !exts[c.want[0]]) {
			t.Errorf("%s: figures %v, want extensions %v", c.name, files, c.want)
		}
	}
	_, stderr, code := entente(t, append(append([]string{}, base...), "-o", filepath.Join(dir, "bad"), "--format", "gif")...)
	if code != 2 || !strings.Contains(stderr, "--format: ") {
		t.Errorf("--format gif: exit %d, %q", code, stderr)
	}
	out := filepath.Join(dir, "defence")
	_, stderr, code = entente(t, append(append([]string{}, base...), "-o", out, "--no-plots", "--metric", "mean.defence_share")...)
	if code != 0 {
		t.Fatalf("--metric mean.defence_share: exit %d: %s", code, stderr)
	}
	runs, err := os.ReadFile(filepath.Join(out, "runs.csv"))
	if err != nil || !strings.Contains(string(runs), "mean.defense_share") {
		t.Errorf("runs.csv should name the metric mean.defense_share: %v\n%.300s", err, runs)
	}
	_, stderr, code = entente(t, "sweep", "--scenario", "classroom-balance", "--param", "k=0.1:0.5:0.3", "-o", filepath.Join(dir, "short"))
	if code != 2 || !strings.Contains(stderr, "--param k=0.1:0.5:0.3: step 0.3 does not reach to (0.5): the range would give 0.1, 0.4") {
		t.Errorf("a short range: exit %d, %q", code, stderr)
	}
}

// Every deprecated flag of every command is a deprecatedAlias: its help
// names the flag that replaces it, and using it says so once on stderr,
// even when given twice (sweep merge here, as sweep above).
func TestDeprecatedFlagsSayTheirReplacement(t *testing.T) {
	helps := [][]string{{"sweep", "merge", "-h"}, {"sweep", "slurm", "-h"}}
	for _, c := range commands() {
		helps = append(helps, []string{c.name, "-h"})
	}
	aliases := 0
	for _, args := range helps {
		out, _, _ := entente(t, args...)
		lines := strings.Split(out, "\n")
		for i, l := range lines {
			if !strings.Contains(strings.ToLower(l), "deprecated") {
				continue
			}
			aliases++
			if !strings.Contains(l, "deprecated: the former name of --") || i == 0 || !strings.HasPrefix(strings.TrimSpace(lines[i-1]), "-") {
				t.Errorf("%v: %q is not a deprecatedAlias's help", args, l)
			}
		}
	}
	if aliases < 2 {
		t.Errorf("found %d deprecated flags in the help, want at least --plots of sweep and sweep merge", aliases)
	}
	dir := t.TempDir()
	shard := filepath.Join(dir, "shard")
	if _, stderr, code := entente(t, "sweep", "--scenario", "classroom-balance", "--param", "k=0.2,0.3", "--quiet", "--no-plots", "--shard", "0/1", "-o", shard); code != 0 {
		t.Fatalf("shard: exit %d: %s", code, stderr)
	}
	stdout, stderr, code := entente(t, "sweep", "merge", "-o", filepath.Join(dir, "m"), "--plots", "png", "--plots", "svg", shard)
	if code != 0 || stderr != "entente: --plots is deprecated: use --format\n" {
		t.Errorf("merge --plots: exit %d, stderr %q", code, stderr)
	}
	if !strings.HasPrefix(stdout, "merged 1 shard: 2 runs; ") {
		t.Errorf("merge: %q, want a count that takes the noun's number", stdout)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "m", "plots", "*.svg")); len(files) == 0 {
		t.Errorf("merge --plots svg drew no SVG")
	}
}

// validate and sweep both take -j and --workers, with the same check.
func TestWorkersFlagIsTheSameEverywhere(t *testing.T) {
	dir := t.TempDir()
	commands := [][]string{
		{"validate", "cold-war", "--seeds", "2"},
		{"sweep", "--scenario", "classroom-balance", "--param", "k=0.2", "--no-plots", "--quiet"},
	}
	for _, args := range commands {
		for _, flag := range []string{"-j", "--workers"} {
			args := append(append([]string{}, args...), "-o", filepath.Join(dir, args[0]+flag))
			_, stderr, code := entente(t, append(append([]string{}, args...), flag, "-1")...)
			if want := "-j (--workers) must be ≥ 0, got -1"; code != 2 || !strings.Contains(stderr, want) {
				t.Errorf("%s %s -1: exit %d, %q; want exit 2 and %q", args[0], flag, code, stderr, want)
			}
			if _, stderr, code := entente(t, append(append([]string{}, args...), flag, "2")...); code > 1 {
				t.Errorf("%s %s 2: exit %d, %s", args[0], flag, code, stderr)
			}
		}
	}
}
