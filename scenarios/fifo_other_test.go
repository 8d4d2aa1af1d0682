//go:build !unix

package scenarios

import "testing"

// never needs a named pipe.
func never(t *testing.T) string {
	t.Skip("no named pipes here")
	return ""
}
