package results

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// resolve returns where a run named dest is written: dest itself or, when
// dest is a symbolic link, the directory it points to, so that -o LINK
// writes where LINK points and LINK stays a link. A link to nowhere is
// refused: Entente does not guess which directory to create.
func resolve(dest string) (string, error) {
	fi, err := os.Lstat(dest)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return dest, nil
	}
	p, err := filepath.EvalSymlinks(dest)
	if err != nil {
		target, _ := os.Readlink(dest)
		return "", fmt.Errorf("output directory %s %w: it is a symbolic link to %s, which does not exist", dest, ErrOutputDir, target)
	}
	return p, nil
}

// holdsWorkingDir reports whether dir is the working directory or one of
// its ancestors (or the root): renaming it would pull the directory from
// under the user's shell (`-o .`), so such a run is written in place.
func holdsWorkingDir(dir string) bool {
	wd, err := os.Getwd()
	if err != nil {
		return true // cannot tell: in place is safe either way
	}
	wd, err1 := filepath.EvalSymlinks(wd)
	d, err2 := filepath.EvalSymlinks(dir)
	if err1 != nil || err2 != nil {
		return true
	}
	d, err = filepath.Abs(d)
	if err != nil {
		return true
	}
	return d == filepath.Dir(d) || wd == d || strings.HasPrefix(wd, d+string(filepath.Separator))
}
