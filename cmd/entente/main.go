// Command entente runs the Entente alliance model: see `entente -h`.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	os.Exit(report(err, os.Stderr))
}

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitInput   = 2   // bad usage or bad input
	exitSignal  = 130 // interrupted (Ctrl-C, SIGTERM), after writing what was done if anything
)

// usageError is bad usage or bad input: exit code 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// interrupted is work a signal stopped after writing what was done: exit
// code 130, as shells give for Ctrl-C.
type interrupted struct{ err error }

func (e interrupted) Error() string { return e.err.Error() }
func (e interrupted) Unwrap() error { return e.err }

func badInput(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// report prints an error and returns the exit code for it.
func report(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, errHelp) {
		return exitOK
	}
	fmt.Fprintf(stderr, "entente: %v\n", err)
	// The context ends only on a signal: whatever it stopped (a load, a
	// run) was interrupted, even if a command took the error for bad input.
	if errors.As(err, new(interrupted)) || errors.Is(err, context.Canceled) {
		return exitSignal
	}
	var u usageError
	if errors.As(err, &u) {
		return exitInput
	}
	return exitFailure
}
