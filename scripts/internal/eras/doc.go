// Package eras walks the built-in scenarios with the history they are
// judged against, for the scripts that measure what the data say across
// every era (scripts/elasticity, scripts/warshares, scripts/reversion,
// scripts/peacechanges), and their war events as the engine fights them.
package eras
