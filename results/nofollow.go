package results

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// mkdirNoFollow makes the directory rel inside root, one component at a
// time, and refuses a component that is a symbolic link or not a
// directory. A run directory may come from elsewhere (a colleague's
// archive, a shared disk): a `plots` link planted in it must not make
// Entente write wherever the link points. root itself is the user's
// choice and may be a link.
func mkdirNoFollow(root, rel string) error {
	p := root
	for _, part := range strings.Split(filepath.Clean(rel), string(filepath.Separator)) {
		if part == "." || part == "" {
			continue
		}
		p = filepath.Join(p, part)
		fi, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			err = os.Mkdir(p, 0o777) // the umask decides
			if errors.Is(err, fs.ErrExist) {
				fi, err = os.Lstat(p) // made meanwhile: check what it is
			} else if err == nil {
				continue
			}
		}
		switch {
		case err != nil:
			return err
		case fi.Mode()&fs.ModeSymlink != 0:
			return fmt.Errorf("%s %w: it is a symbolic link (Entente writes nothing through one)", p, ErrOutputDir)
		case !fi.IsDir():
			return fmt.Errorf("%s %w: it is not a directory", p, ErrOutputDir)
		}
	}
	return nil
}
