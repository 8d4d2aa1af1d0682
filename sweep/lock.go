package sweep

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// LockFile guards a sweep directory: one process at a time appends to its
// journal, resumes it or merges into it.
const LockFile = ".lock"

// lockDir takes the directory's lock without waiting (creating the
// directory if need be) and returns its release. Another sweep or merge
// holding it is an error, not a wait: two would overwrite each other's
// journal lines.
func lockDir(dir string) (func(), error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(filepath.Join(dir, LockFile), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, badInput(fmt.Errorf("%s is in use by another sweep or merge (it holds %s)", dir, LockFile))
		}
		return nil, err
	}
	return func() { f.Close() }, nil // closing releases the lock
}
