//go:build unix

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSignalStopsLoading sends SIGINT and SIGTERM to the program while it
// loads its scenario (finding 6: both were ignored until the load was
// done). The scenario is a named pipe that no one writes, so the load
// could never end by itself: the program must exit 130 at once, saying
// it was interrupted, and write nothing.
func TestSignalStopsLoading(t *testing.T) {
	if os.Getenv("ENTENTE_TEST_MAIN") == "1" {
		os.Args = append([]string{"entente"}, strings.Fields(os.Getenv("ENTENTE_TEST_ARGS"))...)
		main() // exits
	}
	for _, tc := range []struct {
		name string
		sig  syscall.Signal
		args string
	}{
		{"check, SIGINT", syscall.SIGINT, "check"},
		{"check, SIGTERM", syscall.SIGTERM, "check"},
		{"run, SIGINT", syscall.SIGINT, "run --no-plots -o OUT"},
		{"validate, SIGTERM", syscall.SIGTERM, "validate --seeds 2 -o OUT"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			pipe := filepath.Join(dir, "never.toml")
			if err := syscall.Mkfifo(pipe, 0o600); err != nil {
				t.Skip("no named pipes here:", err)
			}
			out := filepath.Join(dir, "out")
			args := strings.ReplaceAll(tc.args, "OUT", out) + " " + pipe
			cmd := exec.Command(os.Args[0], "-test.run=^TestSignalStopsLoading$")
			cmd.Env = append(os.Environ(), "ENTENTE_TEST_MAIN=1", "ENTENTE_TEST_ARGS="+args)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// Opening the pipe for writing waits until the program has
			// opened it for reading: it is loading, its handler installed.
			w, err := os.OpenFile(pipe, os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			var werr error
			select {
			case werr = <-exited:
			case <-time.After(time.Minute):
				cmd.Process.Kill()
				t.Fatalf("still loading a minute after %v", tc.sig)
			}
			var ee *exec.ExitError
			if !errors.As(werr, &ee) || ee.ExitCode() != exitSignal {
				t.Errorf("exit: %v, want %d (%s)", werr, exitSignal, stderr.String())
			}
			if want := "entente: load scenario " + pipe + ": interrupted: context canceled\n"; stderr.String() != want {
				t.Errorf("stderr %q, want %q", stderr.String(), want)
			}
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("the output directory is there: %v", err)
			}
		})
	}
}
