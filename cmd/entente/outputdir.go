package main

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"

	"entente/results"
)

// outputDirError marks an error the output directory is at fault for (it
// cannot be created or written: read-only, a file in the way, not ours)
// as bad input, exit 2, as `entente run` does, so that `run` and `sweep`
// agree. Other errors are returned as they are.
func outputDirError(err error, dir string) error {
	var pe *fs.PathError
	if !errors.As(err, &pe) || !within(pe.Path, dir) {
		return err
	}
	for _, e := range []error{syscall.EACCES, syscall.EPERM, syscall.EROFS, syscall.ENOTDIR, syscall.EEXIST, syscall.EISDIR} {
		if errors.Is(pe.Err, e) {
			return usageError{fmt.Errorf("output directory %s %w: %v", dir, results.ErrOutputDir, err)}
		}
	}
	return err
}

// within reports whether p is dir, inside it, or one of its ancestors
// (creating dir fails on the first ancestor that cannot be made).
func within(p, dir string) bool {
	a, err1 := filepath.Abs(p)
	b, err2 := filepath.Abs(dir)
	if err1 != nil || err2 != nil {
		return false
	}
	sep := string(filepath.Separator)
	return a == b || strings.HasPrefix(a, b+sep) || strings.HasPrefix(b, a+sep)
}
