package scenarios

import "embed"

// Data holds the reference data the historical scenarios were generated
// from and are validated against (scenarios/data/, with its README of
// sources): ATOP membership spells and reference defence shares among them.
//
//go:embed data/*.csv data/README.md
var Data embed.FS
