package results

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// Marker is the file that identifies a directory as an Entente run. It
// lists the files the run wrote, one a line after its first, so that a
// later run can tell Entente's files from a user's: a directory is
// replaced whole only when it holds nothing but Entente's files. (A bare
// marker once made a folder a run was --forced into look like a run, and
// the next run replaced it with the user's files in it: issue 18.)
const Marker = ".entente-run"

const markerHead = "entente run directory"

// markerMax bounds what is read of a marker: a run lists a few files.
const markerMax = 1 << 20

// manifest is the set of files a run wrote, as slash-separated paths
// relative to its directory.
type manifest map[string]bool

// legacyFiles are the files an Entente whose marker listed nothing wrote:
// a run's and a validation's. An old marker stands for these alone.
var legacyFiles = append(slices.Clone(Files), "validation.csv", "validation.json", "pairs.csv")

// writeMarker writes the marker listing m, in sorted order.
func writeMarker(file string, m manifest) error {
	lines := append([]string{markerHead}, slices.Sorted(maps.Keys(m))...)
	return os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o666)
}

// readManifest reads the marker of dir. A marker that lists nothing (an
// older Entente's) stands for legacyFiles. Lines that name no file inside
// the directory are ignored: a marker is never a way to reach outside.
func readManifest(dir string) (manifest, error) {
	f, err := openRegular(filepath.Join(dir, Marker))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := manifest{}
	sc := bufio.NewScanner(io.LimitReader(f, markerMax))
	for first := true; sc.Scan(); first = false {
		line := sc.Text()
		if first || !filepath.IsLocal(filepath.FromSlash(line)) || line != path.Clean(line) {
			continue
		}
		m[line] = true
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(m) == 0 {
		for _, f := range legacyFiles {
			m[f] = true
		}
	}
	return m, nil
}

var errNotRegular = errors.New("not a regular file")

// openRegular opens a file that must be a regular file, not a symbolic
// link, a device or a pipe (which could block or never end).
func openRegular(name string) (*os.File, error) {
	fi, err := os.Lstat(name)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "open", Path: name, Err: errNotRegular}
	}
	return os.Open(name)
}

// owns reports whether the file rel is Entente's: listed in the marker,
// the marker or a staging lock itself, a figure (`entente plot` adds
// formats after the run), or a temporary file an atomic write of one of
// these left behind.
func (m manifest) owns(rel string) bool {
	if m[rel] || rel == Marker || rel == lockName || isFigure(rel) {
		return true
	}
	dir, base := path.Split(rel)
	if name, ok := strings.CutPrefix(base, "."); ok {
		if k := strings.Index(name, ".tmp-"); k > 0 {
			orig := dir + name[:k]
			return m[orig] || orig == Marker || isFigure(orig)
		}
	}
	return false
}

// isFigure reports whether rel is plots/<figure>.<format>.
func isFigure(rel string) bool {
	dir, base := path.Split(rel)
	name, format, ok := strings.Cut(base, ".")
	return ok && dir == PlotDir+"/" && slices.Contains(Figures(), name) && slices.Contains(PlotFormats, format)
}

// dirs are the directories m's files are in, and plots/.
func (m manifest) dirs() map[string]bool {
	d := map[string]bool{PlotDir: true}
	for f := range m {
		for p := path.Dir(f); p != "."; p = path.Dir(p) {
			d[p] = true
		}
	}
	return d
}

// foreign returns the first entry of dir that is not Entente's (a user's
// file, a directory no run file is in, a symbolic link), or "" when every
// entry is (staging directories count as Entente's). It stops at the first, so a large folder costs little.
func foreign(dir string, m manifest) (string, error) {
	dirs := m.dirs()
	found := ""
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		switch {
		case rel == ".":
		case d.IsDir() && dirs[rel]:
		case d.IsDir() && strings.HasPrefix(rel, stagingPrefix):
			return fs.SkipDir // a run being written here, or one killed

		case d.Type().IsRegular() && m.owns(rel):
		default:
			found = filepath.FromSlash(rel)
			return fs.SkipAll
		}
		return nil
	})
	return found, err
}

func isRun(dir string) bool {
	fi, err := os.Lstat(filepath.Join(dir, Marker))
	return err == nil && fi.Mode().IsRegular()
}
