package sweep

import (
	"fmt"
	"io"
	"os"
)

// maxManifestBytes bounds sweep.json. The largest plan a sweep accepts
// (10,000,000 runs, 100,000 values a parameter) resolves to a few MB; a
// larger file is not one entente wrote, and is refused before it is read.
const maxManifestBytes = 64 << 20

// openBounded opens a file merge or resume reads whole, refusing one that
// is not a regular file or is larger than limit bytes: what it reads is
// then held in memory, so its size must be known to be what the plan
// allows before a byte of it is read. The reader stops at limit bytes
// even if the file grows meanwhile.
func openBounded(path string, limit int64) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	switch {
	case !fi.Mode().IsRegular():
		f.Close()
		return nil, fmt.Errorf("%s is not a regular file", path)
	case fi.Size() > limit:
		f.Close()
		return nil, fmt.Errorf("%s has %d bytes, more than the %d its sweep can hold", path, fi.Size(), limit)
	}
	return struct {
		io.Reader
		io.Closer
	}{io.LimitReader(f, limit), f}, nil
}
