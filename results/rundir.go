package results

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Marker is the file that identifies a directory as an Entente run, so a
// new run may replace it whole.
const Marker = ".entente-run"

// ErrNotEmpty is returned when the output directory holds other files and
// the caller did not force.
var ErrNotEmpty = errors.New("directory is not empty and holds no earlier Entente run (use --force to write into it)")

// ErrOutputDir is returned, wrapped, when the output directory cannot be
// used: it is a file, or it cannot be created or written.
var ErrOutputDir = errors.New("cannot be used")

// RunDir stages a run's files in a hidden sibling directory and moves them
// into place on Commit. Until then the destination is untouched; Abort (or
// a crash) leaves at most a staging directory named .entente-staging-*.
type RunDir struct {
	dest    string
	staging string
	force   bool
	replace bool // dest holds an earlier run
}

// Prepare checks the destination and creates the staging directory. A
// destination that does not exist or is empty is fine; one that holds an
// earlier run will be replaced whole; anything else needs force, and then
// the run's files are moved into it beside the files already there.
func Prepare(dest string, force bool) (*RunDir, error) {
	r := &RunDir{dest: filepath.Clean(dest), force: force}
	if fi, err := os.Stat(r.dest); err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("output directory %s %w: it is a file", dest, ErrOutputDir)
	}
	entries, err := os.ReadDir(r.dest)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("output directory %s %w: %v", dest, ErrOutputDir, cause(err))
	case len(entries) == 0:
	case isRun(r.dest):
		r.replace = true
	case !force:
		return nil, fmt.Errorf("output directory %s: %w", dest, ErrNotEmpty)
	}
	parent := filepath.Dir(r.dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("output directory %s %w: cannot create %s: %v", dest, ErrOutputDir, parent, cause(err))
	}
	r.staging, err = os.MkdirTemp(parent, ".entente-staging-")
	if err != nil {
		return nil, fmt.Errorf("output directory %s %w: cannot write in %s: %v", dest, ErrOutputDir, parent, cause(err))
	}
	return r, nil
}

// cause is the operating system's reason without the path (which may be
// a staging directory the user never named).
func cause(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Replaces reports whether the commit will replace an earlier run.
func (r *RunDir) Replaces() bool { return r.replace }

// Path is the final directory.
func (r *RunDir) Path() string { return r.dest }

// Staging is where files are written before the commit.
func (r *RunDir) Staging() string { return r.staging }

// Create creates a file (and its directories) in the staging directory.
func (r *RunDir) Create(name string) (*os.File, error) {
	p := filepath.Join(r.staging, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return nil, err
	}
	return os.Create(p)
}

// WriteFile writes one whole file with fn.
func (r *RunDir) WriteFile(name string, fn func(io.Writer) error) error {
	f, err := r.Create(name)
	if err != nil {
		return err
	}
	if err := fn(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Commit moves the staged run into place: by renaming the staging directory
// (replacing an earlier run whole), or, in a forced foreign directory, by
// renaming each file into it.
func (r *RunDir) Commit() error {
	if err := os.WriteFile(filepath.Join(r.staging, Marker), []byte("entente run directory\n"), 0o644); err != nil {
		return err
	}
	if _, err := os.Stat(r.dest); errors.Is(err, os.ErrNotExist) {
		return os.Rename(r.staging, r.dest)
	}
	if r.replace || isEmpty(r.dest) {
		old := r.staging + ".old"
		if err := os.Rename(r.dest, old); err != nil {
			return err
		}
		if err := os.Rename(r.staging, r.dest); err != nil {
			_ = os.Rename(old, r.dest) // put the earlier run back
			return err
		}
		return os.RemoveAll(old)
	}
	// Forced into a directory with other files: move ours in one by one.
	err := filepath.WalkDir(r.staging, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(r.staging, p)
		target := filepath.Join(r.dest, rel)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.Rename(p, target)
	})
	if err != nil {
		return err
	}
	return os.RemoveAll(r.staging)
}

// Abort removes the staging directory.
func (r *RunDir) Abort() { _ = os.RemoveAll(r.staging) }

func isRun(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, Marker))
	return err == nil
}

func isEmpty(dir string) bool {
	entries, err := os.ReadDir(dir)
	return err == nil && len(entries) == 0
}

// DefaultDir is the default output directory of a run: out/<scenario>-seed<seed>.
func DefaultDir(scenario string, seed uint64) string {
	return filepath.Join("out", fmt.Sprintf("%s-seed%d", strings.ReplaceAll(scenario, string(filepath.Separator), "_"), seed))
}
