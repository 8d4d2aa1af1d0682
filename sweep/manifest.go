package sweep

import (
	"encoding/json"
	"entente/results"
	"fmt"
	"io"
	"path/filepath"
)

// ManifestFile describes a sweep directory.
const ManifestFile = "sweep.json"

// Manifest is sweep.json: what the directory holds and how far it got.
// It has no times or host names, so a sweep's outputs are the same bytes
// wherever and however it ran.
type Manifest struct {
	Version  string        `json:"entente_version"`
	PlanHash string        `json:"plan_hash"` // SHA-256 of the resolved plan
	Plan     ResolvedPlan  `json:"plan"`
	Points   int           `json:"points"`
	Runs     int           `json:"runs"` // runs of the whole sweep
	Shard    *Shard        `json:"shard,omitempty"`
	Expected int           `json:"expected"` // runs this directory must hold
	Done     int           `json:"done"`
	Complete bool          `json:"complete"`
	Columns  []string      `json:"columns"`
	Files    []string      `json:"files,omitempty"`
	Merged   []ShardSource `json:"merged_from,omitempty"`
}

// ShardSource is a shard a merged sweep was made from.
type ShardSource struct {
	Dir  string `json:"dir"`
	Runs int    `json:"runs"`
}

func readManifest(dir string) (*Manifest, error) {
	f, err := openBounded(filepath.Join(dir, ManifestFile), maxManifestBytes)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, ManifestFile), err)
	}
	return &m, nil
}

func (m *Manifest) write(dir string) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return results.WriteFileAtomic(filepath.Join(dir, ManifestFile), append(data, '\n'))
}
