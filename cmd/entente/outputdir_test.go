package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Issue 18: finding 3 and the output-directory items of 12, as a user
// meets them on the command line. BASE stands for the case's directory.
func TestIssue18OutputDirectories(t *testing.T) {
	const thesis = "three years of work"
	for _, c := range []struct {
		name   string
		setup  func(t *testing.T, base string)
		runs   [][]string // all but the last must succeed
		code   int        // the last one's exit code
		stderr string     // what the last one says on stderr ("" for nothing)
		check  func(t *testing.T, base string)
	}{
		{
			name: "3: --force into the user's folder, then a plain run",
			setup: func(t *testing.T, base string) {
				os.Mkdir(filepath.Join(base, "D"), 0o755)
				os.WriteFile(filepath.Join(base, "D", "thesis.tex"), []byte(thesis), 0o644)
			},
			runs: [][]string{{"run", "classroom-balance", "-o", "BASE/D", "--force"}, {"run", "classroom-balance", "-o", "BASE/D"}},
			code: 2, stderr: "entente: output directory BASE/D is not empty and holds files that are not Entente's (use --force to write the run's files beside them): thesis.tex\n",
			check: func(t *testing.T, base string) {
				if b, _ := os.ReadFile(filepath.Join(base, "D", "thesis.tex")); string(b) != thesis {
					t.Errorf("thesis.tex = %q: the user's file is gone", b)
				}
			},
		},
		{
			name: "9: a forced run into a folder whose plots is a link",
			setup: func(t *testing.T, base string) {
				os.MkdirAll(filepath.Join(base, "D"), 0o755)
				os.Mkdir(filepath.Join(base, "elsewhere"), 0o755)
				os.Symlink(filepath.Join(base, "elsewhere"), filepath.Join(base, "D", "plots"))
			},
			runs: [][]string{{"run", "classroom-balance", "-o", "BASE/D", "--force"}},
			code: 2, stderr: "entente: output directory BASE/D: BASE/D/plots cannot be used: it is a symbolic link (Entente writes nothing through one)\n",
			check: func(t *testing.T, base string) {
				if entries, _ := os.ReadDir(filepath.Join(base, "elsewhere")); len(entries) > 0 {
					t.Errorf("wrote %d files where the link points", len(entries))
				}
			},
		},
		{
			name:  "12: -o . twice",
			setup: func(t *testing.T, base string) { t.Chdir(base) },
			runs:  [][]string{{"run", "classroom-balance", "-o", "."}, {"run", "classroom-balance", "--no-plots", "-o", "."}},
			check: func(t *testing.T, base string) {
				if _, err := os.Stat(filepath.Join(base, "summary.json")); err != nil {
					t.Error(err)
				}
			},
		},
		{
			name: "12: -o LINK writes where the link points, twice",
			setup: func(t *testing.T, base string) {
				os.Mkdir(filepath.Join(base, "real"), 0o755)
				os.Symlink(filepath.Join(base, "real"), filepath.Join(base, "link"))
			},
			runs: [][]string{{"run", "classroom-balance", "--no-plots", "-o", "BASE/link"}, {"run", "classroom-balance", "--no-plots", "-o", "BASE/link"}},
			check: func(t *testing.T, base string) {
				if fi, err := os.Lstat(filepath.Join(base, "link")); err != nil || fi.Mode()&os.ModeSymlink == 0 {
					t.Error("the link was replaced")
				}
				if _, err := os.Stat(filepath.Join(base, "real", "summary.json")); err != nil {
					t.Error(err)
				}
			},
		},
		{
			name:  "12: -o LINK to nowhere",
			setup: func(t *testing.T, base string) { os.Symlink(filepath.Join(base, "gone"), filepath.Join(base, "link")) },
			runs:  [][]string{{"run", "classroom-balance", "-o", "BASE/link"}},
			code:  2, stderr: "entente: output directory BASE/link cannot be used: it is a symbolic link to BASE/gone, which does not exist\n",
			check: func(t *testing.T, base string) {
				if _, err := os.Stat(filepath.Join(base, "gone")); err == nil {
					t.Error("the link's target was created")
				}
			},
		},
		{
			name: "12: a new run directory gets 0777 less the umask",
			setup: func(t *testing.T, base string) {
				old := syscall.Umask(0o027)
				t.Cleanup(func() { syscall.Umask(old) })
			},
			runs: [][]string{{"run", "classroom-balance", "-o", "BASE/new"}},
			check: func(t *testing.T, base string) {
				for _, d := range []string{"new", "new/plots"} {
					if fi, err := os.Stat(filepath.Join(base, d)); err != nil || fi.Mode().Perm() != 0o750 {
						t.Errorf("%s: %v (%v), want 0750", d, fi.Mode().Perm(), err)
					}
				}
			},
		},
		{
			name: "12: run into a file: exit 2",
			setup: func(t *testing.T, base string) {
				os.WriteFile(filepath.Join(base, "afile"), nil, 0o644)
			},
			runs: [][]string{{"run", "classroom-balance", "-o", "BASE/afile"}},
			code: 2, stderr: "entente: output directory BASE/afile cannot be used: it is a file\n",
		},
		{
			name: "12: sweep into a file: exit 2, as run",
			setup: func(t *testing.T, base string) {
				os.WriteFile(filepath.Join(base, "afile"), nil, 0o644)
			},
			runs: [][]string{{"sweep", "--scenario", "classroom-balance", "--param", "k=0.1,0.2", "--quiet", "--no-plots", "-o", "BASE/afile"}},
			code: 2, stderr: "entente: output directory BASE/afile cannot be used: mkdir BASE/afile: not a directory\n",
		},
		{
			name:   "12: --seed 2^64-1 names --seed and its range",
			runs:   [][]string{{"run", "classroom-balance", "--seed", "18446744073709551615", "-o", "BASE/run"}},
			code:   2,
			stderr: "entente: --seed \"18446744073709551615\": out of range: a seed is from 0 to 9223372036854775807\n",
		},
		{
			name:   "12: --seed 2^63 too",
			runs:   [][]string{{"run", "classroom-balance", "--seed", "9223372036854775808", "-o", "BASE/run"}},
			code:   2,
			stderr: "entente: --seed \"9223372036854775808\": out of range: a seed is from 0 to 9223372036854775807\n",
		},
		{
			name:   "12: validate --workers -3",
			runs:   [][]string{{"validate", "cold-war", "--workers", "-3", "-o", "BASE/v"}},
			code:   2,
			stderr: "entente: -j (--workers) must be ≥ 0, got -3\n",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			base := t.TempDir()
			if c.setup != nil {
				c.setup(t, base)
			}
			for k, args := range c.runs {
				args = append([]string{}, args...)
				for i, a := range args {
					args[i] = strings.ReplaceAll(a, "BASE", base)
				}
				_, errs, code := entente(t, args...)
				errs = strings.ReplaceAll(errs, base, "BASE")
				if k < len(c.runs)-1 {
					if code != 0 {
						t.Fatalf("%v: exit %d: %s", args, code, errs)
					}
					continue
				}
				if code != c.code || errs != c.stderr {
					t.Errorf("%v: exit %d, stderr %q\nwant exit %d, %q", args, code, errs, c.code, c.stderr)
				}
			}
			if c.check != nil {
				c.check(t, base)
			}
		})
	}
}

// Issue 18, item 12: a read-only output directory exited 1 for `sweep`
// but 2 for `run`; both exit 2, naming the directory. (Root writes into
// read-only directories, so this needs another user.)
func TestReadOnlyOutputDirectoryExitsTwo(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes into read-only directories")
	}
	base := t.TempDir()
	ro := filepath.Join(base, "ro")
	os.Mkdir(ro, 0o555)
	t.Cleanup(func() { os.Chmod(ro, 0o755) })
	for _, args := range [][]string{
		{"run", "classroom-balance", "--quiet", "-o", ro},
		{"run", "classroom-balance", "--quiet", "-o", filepath.Join(ro, "x")},
		{"sweep", "--scenario", "classroom-balance", "--param", "k=0.1,0.2", "--quiet", "-o", ro},
		{"sweep", "--scenario", "classroom-balance", "--param", "k=0.1,0.2", "--quiet", "-o", filepath.Join(ro, "x")},
	} {
		_, errs, code := entente(t, args...)
		if code != 2 || !strings.Contains(errs, "output directory "+args[len(args)-1]+" cannot be used") {
			t.Errorf("%v: exit %d, stderr %q: want 2 naming the directory", args[:2], code, errs)
		}
	}
}
