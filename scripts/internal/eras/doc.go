// Package eras walks the built-in scenarios with the history they are
// judged against, for the scripts that measure what the data say across
// every era (scripts/elasticity, scripts/warshares, scripts/reversion).
package eras
