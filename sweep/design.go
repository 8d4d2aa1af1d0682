package sweep

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/distmv"
	"gonum.org/v1/gonum/stat/samplemv"
)

// Design is the list of a plan's points: each point's value of every
// swept parameter, as TOML text for the scenario loader.
type Design struct {
	plan *Plan
	lhs  [][]string // LHS: the sampled points; nil for a grid
}

// lhsStream numbers the random stream of the Latin hypercube, apart from
// the runs' seeds (which use the run index as the stream).
const lhsStream = 1<<64 - 1

// NewDesign lays out the plan's points. A grid is computed point by point
// on demand; a Latin hypercube is sampled once, from the master seed, with
// gonum's LatinHypercube over the unit cube, and each coordinate is
// mapped through its parameter's quantile function.
func NewDesign(p *Plan) *Design {
	d := &Design{plan: p}
	if p.Design != LHS {
		return d
	}
	dim := len(p.Params)
	src := rand.NewPCG(p.Seed, lhsStream)
	u := mat.NewDense(p.Points, max(dim, 1), nil)
	samplemv.LatinHypercube{Q: distmv.NewUnitUniform(max(dim, 1), src), Src: src}.Sample(u)
	d.lhs = make([][]string, p.Points)
	for i := range p.Points {
		row := make([]string, dim)
		for j, q := range p.Params {
			row[j] = q.at(u.At(i, j))
		}
		d.lhs[i] = row
	}
	return d
}

// at maps u in (0,1) to one of the parameter's values.
func (q Param) at(u float64) string {
	if q.Dist != nil {
		return num(q.Dist.quantile(u))
	}
	k := min(int(u*float64(len(q.Values))), len(q.Values)-1)
	return q.Values[k]
}

// Point returns the values of point i, one per parameter in plan order.
// In a grid the first parameter varies slowest.
func (d *Design) Point(i int) []string {
	if d.lhs != nil {
		return d.lhs[i]
	}
	ps := d.plan.Params
	out := make([]string, len(ps))
	for j := len(ps) - 1; j >= 0; j-- {
		n := len(ps[j].Values)
		out[j] = ps[j].Values[i%n]
		i /= n
	}
	return out
}

// Overrides returns the --set overrides of point i: the plan's fixed ones
// first, then the swept values.
func (d *Design) Overrides(i int) []string {
	vals := d.Point(i)
	out := append([]string(nil), d.plan.Sets...)
	for j, q := range d.plan.Params {
		out = append(out, q.Key+"="+vals[j])
	}
	return out
}

// RunSeed is run k's seed: the first output of the PCG stream numbered k
// under the master seed. It depends on nothing else, so a run's result is
// the same whichever worker, shard or resumed sweep runs it. It is below
// 2^53, so that a double holds it exactly: R and pandas read runs.csv's
// seeds as doubles, and a row replayed from them with `entente run --seed`
// must run the same seed (issue 15).
func RunSeed(master uint64, k int) uint64 {
	return rand.New(rand.NewPCG(master, uint64(k))).Uint64() >> 11
}
