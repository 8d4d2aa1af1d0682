package results

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ErrNotEmpty is returned when the output directory holds files that are
// not Entente's and the caller did not force.
var ErrNotEmpty = errors.New("is not empty and holds files that are not Entente's (use --force to write the run's files beside them)")

// ErrOutputDir is returned, wrapped, when the output directory cannot be
// used: it is a file, a dangling link, or it cannot be created or written.
var ErrOutputDir = errors.New("cannot be used")

// RunDir stages a run's files and moves them into place on Commit. Until
// then the destination is untouched; Abort (or a crash) leaves at most a
// staging directory named .entente-staging-*, which the next run into the
// same place removes once its process is gone.
//
// A destination that does not exist, or holds an earlier run and nothing
// else, gets the staging directory (a sibling) renamed into place whole.
// Any other (an empty directory, a folder of the user's with --force, or
// the working directory, which must not be renamed from under the shell)
// is written in place: the staging directory is made inside it and the
// run's files are moved in one by one, next to what is there.
type RunDir struct {
	dest    string // as the caller named it, for messages
	path    string // where the run goes: dest, or where a link at dest points
	stage   *staging
	whole   bool // rename the staging directory into place
	replace bool // path holds an earlier run
}

// Prepare checks the destination and creates the staging directory. A
// destination holding files that are not Entente's needs force, and then
// only the run's own files are written into it: such a folder is never
// replaced.
func Prepare(dest string, force bool) (*RunDir, error) {
	r := &RunDir{dest: filepath.Clean(dest)}
	var err error
	if r.path, err = resolve(r.dest); err != nil {
		return nil, err
	}
	cleanStale(filepath.Dir(r.path)) // what a killed run into here left
	fi, err := os.Stat(r.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		r.whole = true
	case err != nil:
		return nil, fmt.Errorf("output directory %s %w: %v", dest, ErrOutputDir, cause(err))
	case !fi.IsDir():
		return nil, fmt.Errorf("output directory %s %w: it is a file", dest, ErrOutputDir)
	default:
		cleanStale(r.path) // a killed in-place run left its staging inside
		if err := r.judge(force); err != nil {
			return nil, err
		}
	}
	in := r.path
	if r.whole {
		in = filepath.Dir(r.path)
		if err := os.MkdirAll(in, 0o777); err != nil {
			return nil, fmt.Errorf("output directory %s %w: cannot create %s: %v", dest, ErrOutputDir, in, cause(err))
		}
	}
	if r.stage, err = newStaging(in); err != nil {
		return nil, fmt.Errorf("output directory %s %w: cannot write in %s: %v", dest, ErrOutputDir, in, cause(err))
	}
	return r, nil
}

// judge decides how an existing directory is written: replaced whole when
// it holds an earlier run and nothing else, in place otherwise, refused
// when it holds a file that is not Entente's and force is off.
func (r *RunDir) judge(force bool) error {
	entries, err := os.ReadDir(r.path)
	if err != nil {
		return fmt.Errorf("output directory %s %w: %v", r.dest, ErrOutputDir, cause(err))
	}
	if len(entries) == 0 {
		return nil // in place: an empty folder keeps its own permissions
	}
	other := entries[0].Name()
	if isRun(r.path) {
		m, err := readManifest(r.path)
		if err != nil {
			return fmt.Errorf("output directory %s %w: %s: %v", r.dest, ErrOutputDir, Marker, cause(err))
		}
		if other, err = foreign(r.path, m); err != nil {
			return fmt.Errorf("output directory %s %w: %v", r.dest, ErrOutputDir, cause(err))
		}
		r.replace = other == ""
	}
	switch {
	case r.replace:
		r.whole = !holdsWorkingDir(r.path)
	case !force:
		return fmt.Errorf("output directory %s %w: %s", r.dest, ErrNotEmpty, other)
	}
	if fi, err := os.Lstat(filepath.Join(r.path, PlotDir)); err == nil && !fi.IsDir() && !r.whole {
		// refused now rather than after the run: figures are moved in there
		if err := mkdirNoFollow(r.path, PlotDir); err != nil {
			return fmt.Errorf("output directory %s: %w", r.dest, err)
		}
	}
	return nil
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

// Path is the final directory, as the caller named it.
func (r *RunDir) Path() string { return r.dest }

// Staging is where files are written before the commit.
func (r *RunDir) Staging() string { return r.stage.dir }

// Create creates a file (and its directories) in the staging directory.
func (r *RunDir) Create(name string) (*os.File, error) {
	p := filepath.Join(r.stage.dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o777); err != nil {
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

// Commit writes the marker listing the run's files and moves the run into
// place. What the directory holds is looked at again: one that has gained
// a file that is not Entente's since Prepare is written in place, its
// earlier run's files kept, never replaced.
func (r *RunDir) Commit() error {
	files, err := staged(r.stage.dir)
	if err != nil {
		return err
	}
	m := manifest{}
	for _, f := range files {
		m[f] = true
	}
	old, _ := readManifest(r.path) // nil when there is no earlier run
	ours := r.replace && old != nil && r.onlyOurs(old)
	if !ours {
		keepEarlier(r.path, old, m)
	}
	if err := writeMarker(filepath.Join(r.stage.dir, Marker), m); err != nil {
		return err
	}
	_, err = os.Lstat(r.path)
	absent := errors.Is(err, fs.ErrNotExist)
	if r.whole && (absent || ours) {
		return r.renameWhole(absent)
	}
	if err := r.moveIn(append(files, Marker)); err != nil { // the marker last
		return err
	}
	if ours { // replaced in place: the earlier run's other files go
		for f := range old {
			if !m[f] {
				removeRegular(filepath.Join(r.path, filepath.FromSlash(f)))
			}
		}
		dirs := slices.Sorted(maps.Keys(old.dirs()))
		for _, d := range slices.Backward(dirs) { // deepest first; only if emptied
			_ = os.Remove(filepath.Join(r.path, filepath.FromSlash(d)))
		}
	}
	return nil
}

func (r *RunDir) onlyOurs(m manifest) bool {
	other, err := foreign(r.path, m)
	return err == nil && other == ""
}

// keepEarlier adds to m the files of the earlier run that are still
// there, so that they stay known as Entente's.
func keepEarlier(dir string, old, m manifest) {
	for f := range old {
		if fi, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(f))); err == nil && fi.Mode().IsRegular() {
			m[f] = true
		}
	}
}

func removeRegular(name string) {
	if fi, err := os.Lstat(name); err == nil && fi.Mode().IsRegular() {
		_ = os.Remove(name)
	}
}

// renameWhole renames the staging directory into place. An earlier run is
// first moved into a second, locked staging directory: if the process dies
// between the two renames, both are cleaned up by the next run.
func (r *RunDir) renameWhole(absent bool) error {
	if absent {
		if err := os.Rename(r.stage.dir, r.path); err != nil {
			return err
		}
		r.settled()
		return nil
	}
	trash, err := newStaging(filepath.Dir(r.path))
	if err != nil {
		return err
	}
	defer trash.remove()
	old := filepath.Join(trash.dir, "replaced")
	if err := os.Rename(r.path, old); err != nil {
		return err
	}
	if err := os.Rename(r.stage.dir, r.path); err != nil {
		_ = os.Rename(old, r.path) // put the earlier run back
		return err
	}
	r.settled()
	return nil
}

// settled drops the lock of a staging directory renamed into place. (A
// lock file left by a crash just here is counted as Entente's.)
func (r *RunDir) settled() {
	_ = os.Remove(filepath.Join(r.path, lockName))
	r.stage.release()
}

// moveIn moves the staged files into the directory one by one, through no
// symbolic link, and removes the staging directory.
func (r *RunDir) moveIn(files []string) error {
	for _, f := range files {
		rel := filepath.FromSlash(f)
		if err := mkdirNoFollow(r.path, filepath.Dir(rel)); err != nil {
			return err
		}
		target := filepath.Join(r.path, rel)
		if fi, err := os.Lstat(target); err == nil && fi.IsDir() {
			return fmt.Errorf("output directory %s %w: %s is a directory", r.dest, ErrOutputDir, rel)
		}
		if err := os.Rename(filepath.Join(r.stage.dir, rel), target); err != nil {
			return err
		}
	}
	r.stage.remove()
	return nil
}

// Abort removes the staging directory.
func (r *RunDir) Abort() { r.stage.remove() }

// staged lists the files in the staging directory (not its lock), as
// slash-separated relative paths in lexical order.
func staged(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if rel != lockName && err == nil {
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	return files, err
}

// DefaultDir is the default output directory of a run: out/<scenario>-seed<seed>.
func DefaultDir(scenario string, seed uint64) string {
	return filepath.Join("out", fmt.Sprintf("%s-seed%d", strings.ReplaceAll(scenario, string(filepath.Separator), "_"), seed))
}
