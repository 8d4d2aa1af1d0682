package scenarios

import (
	"fmt"
	"io"
	"os"
)

// MaxFileSize is the largest scenario file the loader reads: far above any
// real world (the Cold War is 0.1 MiB, a generated world of 5,000 states a
// few MiB), and small enough that a wrong file is refused at once.
const MaxFileSize = 32 << 20

// readLimited reads a scenario file, refusing one larger than MaxFileSize
// before reading it.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load scenario %s: %w", path, err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, tooBig(path, "is a directory, not a scenario file")
	} else if err == nil && fi.Size() > MaxFileSize {
		return nil, tooBig(path, sizeMessage(fi.Size()))
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("load scenario %s: %w", path, err)
	}
	return data, nil
}

func sizeMessage(n int64) string {
	return fmt.Sprintf("the file is %.1f MiB; a scenario may be at most %d MiB", float64(n)/(1<<20), MaxFileSize>>20)
}

func tooBig(file, msg string) error {
	return &Error{Problems: []Problem{{File: file, Message: msg}}}
}
