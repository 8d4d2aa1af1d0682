// Package results turns a run of the model into files: the tidy CSV time
// series of docs/ODD.md section 4, observation (nations.csv, alliances.csv, events.csv,
// world.csv), summary.json, the figures drawn from them with gonum/plot
// (plots/), and the run directory that holds them. Figures are always
// drawn from the files as written, so a run directory can be drawn again
// byte for byte.
//
// Writers take an io.Writer and return errors; they never panic or exit.
// Output is deterministic: rows in tick order, nations in index order,
// alliances in creation order, floats in one fixed format, no timestamps,
// so the same scenario, seed and version give byte-identical files.
// A run directory is written in a staging directory and renamed into place
// only when complete, so a failed or interrupted run leaves nothing behind
// and an earlier run is replaced whole, never mixed with a new one.
package results
