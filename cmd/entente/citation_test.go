package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"entente/results"
)

// TestCitationVersion holds CITATION.cff to the version the program reports
// and writes into every summary.
func TestCitationVersion(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "CITATION.cff"))
	if err != nil {
		t.Fatal(err)
	}
	fields := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && !strings.HasPrefix(line, " ") {
			fields[k] = strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	if got := fields["cff-version"]; got != "1.2.0" {
		t.Errorf("cff-version %q, want 1.2.0", got)
	}
	if got := fields["version"]; got != results.Version {
		t.Errorf("CITATION.cff has version %q, the program %q (results.Version): update CITATION.cff (version and date-released)", got, results.Version)
	}
	for _, key := range []string{"message", "title", "authors", "date-released"} {
		if _, ok := fields[key]; !ok {
			t.Errorf("CITATION.cff has no %s", key)
		}
	}
}
