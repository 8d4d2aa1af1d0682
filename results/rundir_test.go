package results

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, r *RunDir, name, body string) {
	t.Helper()
	if err := r.WriteFile(name, func(w io.Writer) error { _, err := io.WriteString(w, body); return err }); err != nil {
		t.Fatal(err)
	}
}

func TestRunDirIsAtomic(t *testing.T) {
	base := t.TempDir()
	dest := filepath.Join(base, "run")
	r, err := Prepare(dest, false)
	if err != nil {
		t.Fatal(err)
	}
	write(t, r, "a.csv", "one")
	if _, err := os.Stat(dest); err == nil {
		t.Fatal("the destination exists before the commit")
	}
	if err := r.Commit(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "a.csv")); string(b) != "one" {
		t.Errorf("a.csv = %q", b)
	}
	if entries, _ := os.ReadDir(base); len(entries) != 1 {
		t.Errorf("staging left behind: %v", entries)
	}

	t.Run("abort leaves the earlier run", func(t *testing.T) {
		r, err := Prepare(dest, false)
		if err != nil {
			t.Fatal(err)
		}
		if !r.Replaces() {
			t.Error("an earlier run should be recognised")
		}
		write(t, r, "a.csv", "two")
		r.Abort()
		if b, _ := os.ReadFile(filepath.Join(dest, "a.csv")); string(b) != "one" {
			t.Errorf("after abort a.csv = %q, want the earlier run's", b)
		}
		if entries, _ := os.ReadDir(base); len(entries) != 1 {
			t.Errorf("staging left behind: %v", entries)
		}
	})
	t.Run("a commit replaces the earlier run whole", func(t *testing.T) {
		r, _ := Prepare(dest, false)
		write(t, r, "b.csv", "new")
		if err := r.Commit(); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(filepath.Join(dest, "a.csv")); err == nil {
			t.Error("a file of the earlier run survived")
		}
	})
}

func TestRunDirRefusesForeignDirectories(t *testing.T) {
	dest := t.TempDir()
	os.WriteFile(filepath.Join(dest, "thesis.tex"), []byte("mine"), 0o644)
	if _, err := Prepare(dest, false); !errors.Is(err, ErrNotEmpty) || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("err = %v, want ErrNotEmpty naming --force", err)
	}
	r, err := Prepare(dest, true)
	if err != nil {
		t.Fatal(err)
	}
	write(t, r, "plots/x.svg", "svg")
	if err := r.Commit(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "thesis.tex")); string(b) != "mine" {
		t.Error("--force clobbered a foreign file")
	}
	if _, err := os.Stat(filepath.Join(dest, "plots", "x.svg")); err != nil {
		t.Error(err)
	}
	if _, err := os.Stat(filepath.Join(dest, Marker)); err != nil {
		t.Error("the run marker is missing")
	}
}

// mine is a user's file: a test checks it survives every run.
const mine = "my thesis, three years of work"

// runInto stages a file and commits into dest, as a run does.
func runInto(t *testing.T, dest string, force bool) error {
	t.Helper()
	r, err := Prepare(dest, force)
	if err != nil {
		return err
	}
	write(t, r, "nations.csv", "run")
	write(t, r, "plots/timeline.svg", "svg")
	if err := r.Commit(); err != nil {
		r.Abort()
		return err
	}
	return nil
}

// Issue 18, finding 3: a folder holding files that are not Entente's is
// never replaced, whatever marker it holds and however it came to hold
// it. Each case builds the folder, then runs into it without and with
// --force; the user's file must be there, untouched, after both.
func TestRunDirNeverReplacesAUsersFiles(t *testing.T) {
	for _, c := range []struct {
		name  string
		setup func(t *testing.T, dest string) // leaves the user's file at dest/user
		user  string                          // the user's file, relative to dest
		plain string                          // what the plain run's refusal names
	}{
		{"a forced run into the user's folder, then a plain run", func(t *testing.T, dest string) {
			os.WriteFile(filepath.Join(dest, "thesis.tex"), []byte(mine), 0o644)
			if err := runInto(t, dest, true); err != nil {
				t.Fatal(err)
			}
		}, "thesis.tex", "thesis.tex"},
		{"the bare marker an earlier version left beside the user's file", func(t *testing.T, dest string) {
			os.WriteFile(filepath.Join(dest, Marker), []byte(markerHead+"\n"), 0o644)
			os.WriteFile(filepath.Join(dest, "nations.csv"), []byte("old run"), 0o644)
			os.WriteFile(filepath.Join(dest, "thesis.tex"), []byte(mine), 0o644)
		}, "thesis.tex", "thesis.tex"},
		{"a file the user added to a run directory", func(t *testing.T, dest string) {
			os.Remove(dest)
			if err := runInto(t, dest, false); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(dest, "notes.txt"), []byte(mine), 0o644)
		}, "notes.txt", "notes.txt"},
		{"a file in a folder of the user's inside a run directory", func(t *testing.T, dest string) {
			os.Remove(dest)
			if err := runInto(t, dest, false); err != nil {
				t.Fatal(err)
			}
			os.MkdirAll(filepath.Join(dest, "data"), 0o755)
			os.WriteFile(filepath.Join(dest, "data", "raw.csv"), []byte(mine), 0o644)
		}, "data/raw.csv", "data"},
		{"a user's file in plots/", func(t *testing.T, dest string) {
			os.Remove(dest)
			if err := runInto(t, dest, false); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(dest, "plots", "annotated.png"), []byte(mine), 0o644)
		}, "plots/annotated.png", "plots/annotated.png"},
		{"a marker that lists the user's file as a run's", func(t *testing.T, dest string) {
			// a hand-made marker may lie about files inside the folder; it
			// cannot reach outside it (../escape is ignored)
			os.WriteFile(filepath.Join(dest, Marker), []byte(markerHead+"\n../escape\n/etc/passwd\n"), 0o644)
			os.WriteFile(filepath.Join(dest, "escape"), []byte(mine), 0o644)
		}, "escape", "escape"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dest := t.TempDir()
			c.setup(t, dest)
			user := filepath.Join(dest, filepath.FromSlash(c.user))
			err := runInto(t, dest, false)
			if !errors.Is(err, ErrNotEmpty) || !strings.Contains(err.Error(), filepath.FromSlash(c.plain)) || !strings.Contains(err.Error(), "--force") {
				t.Errorf("plain run: err = %v, want ErrNotEmpty naming %s and --force", err, c.plain)
			}
			if b, _ := os.ReadFile(user); string(b) != mine {
				t.Fatalf("after the plain run %s = %q: the user's file is gone", c.user, b)
			}
			if err := runInto(t, dest, true); err != nil {
				t.Fatalf("forced run: %v", err)
			}
			if b, _ := os.ReadFile(user); string(b) != mine {
				t.Fatalf("after the forced run %s = %q: the user's file is gone", c.user, b)
			}
			if b, _ := os.ReadFile(filepath.Join(dest, "nations.csv")); string(b) != "run" {
				t.Errorf("nations.csv = %q: the run was not written beside the user's file", b)
			}
			if err := runInto(t, dest, false); !errors.Is(err, ErrNotEmpty) {
				t.Errorf("a plain run after the forced one: err = %v, want ErrNotEmpty", err)
			}
			if left, _ := filepath.Glob(filepath.Join(dest, stagingPrefix+"*")); len(left) > 0 {
				t.Errorf("staging left: %v", left)
			}
		})
	}
}

// A run directory that gains a user's file while a run is being written
// into it is not replaced at the commit: the file stays.
func TestRunDirLooksAgainAtTheCommit(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "run")
	if err := runInto(t, dest, false); err != nil {
		t.Fatal(err)
	}
	r, err := Prepare(dest, false)
	if err != nil || !r.Replaces() {
		t.Fatalf("Prepare: %v, replaces %v", err, r != nil && r.Replaces())
	}
	write(t, r, "nations.csv", "second")
	os.WriteFile(filepath.Join(dest, "notes.txt"), []byte(mine), 0o644)
	if err := r.Commit(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "notes.txt")); string(b) != mine {
		t.Errorf("notes.txt = %q", b)
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "nations.csv")); string(b) != "second" {
		t.Errorf("nations.csv = %q, want the second run's", b)
	}
}

// A marker lists what the run wrote, so that the next run knows it.
func TestMarkerListsTheRunsFiles(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "run")
	if err := runInto(t, dest, false); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(dest, Marker))
	if want := markerHead + "\nnations.csv\nplots/timeline.svg\n"; string(b) != want {
		t.Errorf("marker:\n%s\nwant\n%s", b, want)
	}
}
