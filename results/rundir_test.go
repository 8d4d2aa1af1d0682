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
