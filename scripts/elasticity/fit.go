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
