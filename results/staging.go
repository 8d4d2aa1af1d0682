package results

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// A staging directory is where a run is written before it is moved into
// place. Each holds a lock file its process keeps locked (flock) until it
// commits or aborts; the kernel drops the lock when the process dies, even
// by kill -9. So the next run into the same parent can tell a staging
// directory whose process is gone (its lock is free: remove it) from one
// still being written (its lock is held: leave it).
const (
	stagingPrefix = ".entente-staging-"
	lockName      = ".entente-lock"
)

type staging struct {
	dir  string
	lock *os.File // held until release
}

// newStaging creates a locked staging directory in parent. os.Mkdir with
// 0o777 lets the umask decide its permissions: os.MkdirTemp would make it
// 0700, and the run directory it becomes with it.
func newStaging(parent string) (*staging, error) {
	for range 100 {
		dir := filepath.Join(parent, stagingPrefix+strconv.FormatUint(rand.Uint64(), 36))
		err := os.Mkdir(dir, 0o777)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		lock, err := lockIn(dir)
		if err != nil {
			_ = os.RemoveAll(dir)
			return nil, err
		}
		return &staging{dir: dir, lock: lock}, nil
	}
	return nil, fmt.Errorf("no free staging name in %s", parent)
}

// lockIn creates dir's lock file already locked: it is locked under a
// temporary name and only then renamed into place, so no other process
// ever finds the lock file unlocked while its owner lives. (A process
// killed before the rename leaves a directory without a lock file, which
// cleanStale leaves alone: it cannot know it is stale.)
func lockIn(dir string) (*os.File, error) {
	tmp := filepath.Join(dir, lockName+".tmp")
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_EXCL|os.O_RDWR, 0o666)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, err
	}
	fmt.Fprintf(f, "%d\n", os.Getpid()) // for a person looking; the lock decides
	if err := os.Rename(tmp, filepath.Join(dir, lockName)); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// release drops the lock (closing the file releases it).
func (s *staging) release() { _ = s.lock.Close() }

// remove deletes the staging directory, then drops its lock.
func (s *staging) remove() {
	_ = os.RemoveAll(s.dir)
	s.release()
}

// cleanStale removes the staging directories in parent whose process is
// gone: those whose lock this process can take. A directory without a lock
// file (one being set up, or one an older Entente left), and anything that
// is not a real directory, is left alone. Errors are ignored: cleaning up
// after a killed run is a courtesy, never a reason to fail this one.
func cleanStale(parent string) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), stagingPrefix) || e.Type() != fs.ModeDir {
			continue
		}
		dir := filepath.Join(parent, e.Name())
		f, err := os.OpenFile(filepath.Join(dir, lockName), os.O_RDONLY|syscall.O_NOFOLLOW, 0)
		if err != nil {
			continue
		}
		// flock conflicts between open files even within one process, so
		// this process's own staging directories are safe too.
		if syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) == nil {
			_ = os.RemoveAll(dir)
		}
		f.Close()
	}
}
