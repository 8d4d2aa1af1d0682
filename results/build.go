package results

import "runtime/debug"

// Build is the version with the commit the binary was built from,
// "0.2.0 (3f2a9c1d8e7b)", marked "+dirty" when the tree had uncommitted
// changes; Version alone when the build carries no VCS information (go
// run, go test). A sweep records it and refuses to resume or merge runs
// of another build: the model may have changed.
func Build() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return Version
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if rev == "" {
		return Version
	}
	return Version + " (" + rev[:min(12, len(rev))] + dirty + ")"
}
