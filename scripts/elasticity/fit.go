package main

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// ols fits the log change of the share on the regressors x(c) by least
// squares, returning the coefficients and their standard errors
// (s²·(XᵀX)⁻¹ on the diagonal).
func ols(cs []change, x func(change) []float64) (b, se []float64, err error) {
	return olsOn(cs, func(c change) float64 { return c.share }, x)
}

// olsOn is ols with the dependent variable y(c), over rows of any kind.
func olsOn[T any](cs []T, yOf func(T) float64, x func(T) []float64) (b, se []float64, err error) {
	var zero T
	p := len(x(zero))
	X, y := mat.NewDense(len(cs), p, nil), mat.NewVecDense(len(cs), nil)
	for r, c := range cs {
		X.SetRow(r, x(c))
		y.SetVec(r, yOf(c))
	}
	var xtx, inv mat.Dense
	xtx.Mul(X.T(), X)
	if err := inv.Inverse(&xtx); err != nil {
		return nil, nil, err
	}
	var xty, beta, fitted, resid mat.VecDense
	xty.MulVec(X.T(), y)
	beta.MulVec(&inv, &xty)
	fitted.MulVec(X, &beta)
	resid.SubVec(y, &fitted)
	s2 := mat.Dot(&resid, &resid) / float64(len(cs)-p)
	b, se = make([]float64, p), make([]float64, p)
	for i := range b {
		b[i], se[i] = beta.AtVec(i), math.Sqrt(s2*inv.At(i, i))
	}
	return b, se, nil
}

// clustered are the standard errors of the least-squares fit b of yOf on
// x over rows, robust to any dependence among the rows of one cluster
// (a state's years) and to unequal variances (the sandwich
// (XᵀX)⁻¹·Σ_g X_gᵀe_g·e_gᵀX_g·(XᵀX)⁻¹, with the small-sample factor
// G/(G − 1)·(N − 1)/(N − K); Cameron & Miller 2015, Journal of Human
// Resources 50(2)): a state's years share its anchor and its history, so
// the plain s²·(XᵀX)⁻¹ counts each of them as news.
func clustered[T any](rows []T, yOf func(T) float64, x func(T) []float64, cluster func(T) string, b []float64) ([]float64, error) {
	p := len(b)
	X := mat.NewDense(len(rows), p, nil)
	for r, row := range rows {
		X.SetRow(r, x(row))
	}
	var xtx, inv mat.Dense
	xtx.Mul(X.T(), X)
	if err := inv.Inverse(&xtx); err != nil {
		return nil, err
	}
	scores := map[string][]float64{} // per cluster: Σ x·e
	var order []string
	for _, row := range rows {
		e := yOf(row)
		xr := x(row)
		for k := range p {
			e -= b[k] * xr[k]
		}
		g := cluster(row)
		if scores[g] == nil {
			scores[g], order = make([]float64, p), append(order, g)
		}
		for k := range p {
			scores[g][k] += xr[k] * e
		}
	}
	meat := mat.NewSymDense(p, nil)
	for _, g := range order {
		meat.SymRankOne(meat, 1, mat.NewVecDense(p, scores[g]))
	}
	var v, tmp mat.Dense
	tmp.Mul(&inv, meat)
	v.Mul(&tmp, &inv)
	G, N := float64(len(order)), float64(len(rows))
	scale := G / (G - 1) * (N - 1) / (N - float64(p))
	se := make([]float64, p)
	for k := range se {
		se[k] = math.Sqrt(scale * v.At(k, k))
	}
	return se, nil
}
