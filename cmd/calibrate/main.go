// Command calibrate supports the calibration of Entente's constants against
// a historical scenario's targets (package validate):
//
//	go run ./cmd/calibrate sensitivity [-scenario cold-war] [-seeds 20]
//	go run ./cmd/calibrate search -dims k:0.27:0.05:0.8,theta_half:2.2:0.05:3 [-seeds 12]
//
// sensitivity moves each calibrated constant down and up by a fifth, one at
// a time, and prints a Markdown table of what each does to the targets;
// search runs a Nelder–Mead descent over the named constants on a loss that
// sums each failing target's distance from its band (in band widths). Both
// print, write nothing and change nothing: constants found by search go
// into sim.DefaultParams by hand, with a note in docs/CALIBRATION.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "calibrate:", err)
		os.Exit(2)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	mode := "sensitivity"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		mode, args = args[0], args[1:]
	}
	fs := flag.NewFlagSet(mode, flag.ContinueOnError)
	scenario := fs.String("scenario", "cold-war", "historical scenario")
	seeds := fs.Int("seeds", 20, "seeds per evaluation")
	base := fs.String("set", "", "fixed overrides, space separated: \"k=0.3 mu=0.4\"")
	keys := fs.String("keys", "k,theta_half,psi0,s_ref,s0,chi,beta_a,h_camp,h_reg,kappa_stay,beta_i,iota", "sensitivity: constants to move")
	dims := fs.String("dims", "", "search: key:start:lo:hi,…")
	iters := fs.Int("iters", 100, "search: iterations")
	margin := fs.Float64("margin", 0.1, "search: share of each band's width to keep clear at both ends")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ev, err := newEvaluator(*scenario, strings.Fields(*base), *seeds)
	if err != nil {
		return err
	}
	ev.margin = *margin
	switch mode {
	case "sensitivity":
		return sensitivity(ctx, ev, strings.Split(*keys, ","), out)
	case "search":
		ds, err := parseDims(*dims)
		if err != nil {
			return err
		}
		return search(ctx, ev, ds, *iters, out)
	}
	return fmt.Errorf("unknown mode %q (sensitivity or search)", mode)
}
