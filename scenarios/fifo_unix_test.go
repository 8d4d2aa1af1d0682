//go:build unix

package scenarios

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// never makes a named pipe that no one writes: loading it never ends by
// itself (finding 6: a load ignored Ctrl-C until it was done). At the end
// of the test the pipe is opened for writing and closed, so that a read
// left waiting on it ends.
func never(t *testing.T) string {
	path := filepath.Join(t.TempDir(), "never.toml")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	t.Cleanup(func() {
		if f, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
	})
	return path
}
