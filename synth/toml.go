package synth

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"entente/scenarios"
)

// WriteTOML writes the world as a scenario file.
func (w *World) WriteTOML(out io.Writer) error {
	b := bufio.NewWriter(out)
	geometry := "geo"
	if w.Plane {
		geometry = "plane"
	}
	fmt.Fprintf(b, "# A synthetic world: entente generate --nations %d --seed %d%s\n\n", len(w.Nations), w.Seed, planeFlag(w.Plane))
	fmt.Fprintf(b, "[scenario]\nname = \"synthetic-%d-seed%d\"\ntitle = \"A synthetic world of %d states\"\n", len(w.Nations), w.Seed, len(w.Nations))
	fmt.Fprintf(b, "description = \"\"\"\nGenerated for scale studies and benchmarks: %d states in regions, GDPs\nfrom a heavy-tailed distribution, rivalries (each for a spell of years)\nand ties mostly between neighbours, and a scattering of détentes, shocks, regime changes and\nrecessions. Nothing in it is historical.\n\"\"\"\n", len(w.Nations))
	fmt.Fprintf(b, "start_year = %d\nend_year = %d\nticks_per_year = 1\nseed = %d\ngeometry = %q\nsources = [\"synthetic (entente generate)\"]\n",
		w.StartYear, w.StartYear+w.Years-1, w.Seed, geometry)
	for _, n := range w.Nations {
		fmt.Fprintf(b, "\n[[nation]]\nid = %q\nregion = %q\n", n.ID, n.Region)
		if w.Plane {
			fmt.Fprintf(b, "x = %s\ny = %s\n", num(n.A), num(n.B))
		} else {
			fmt.Fprintf(b, "lat = %s\nlon = %s\n", num(n.A), num(n.B))
		}
		fmt.Fprintf(b, "gdp = %s\nshare = %s\ndebt = %s\nregime = %s\n", num(n.GDP), num(n.Share), num(n.Debt), num(n.Regime))
		if n.Camp != "" {
			fmt.Fprintf(b, "camp = %q\n", n.Camp)
		}
		if n.Reach > 0 {
			fmt.Fprintf(b, "reach = %s\n", num(n.Reach))
		}
	}
	for _, r := range w.Rivalries {
		fmt.Fprintf(b, "\n[[rivalry]]\na = %q\nb = %q\nlevel = %s\n", w.Nations[r.A].ID, w.Nations[r.B].ID, num(r.Level))
		if r.From > 0 {
			fmt.Fprintf(b, "from = %d\n", r.From)
		}
		if r.To > 0 {
			fmt.Fprintf(b, "to = %d\n", r.To)
		}
		if r.Ideological {
			fmt.Fprintf(b, "ideological = true\n")
		}
	}
	for _, t := range w.Ties {
		fmt.Fprintf(b, "\n[[tie]]\na = %q\nb = %q\nlevel = %s\n", w.Nations[t.A].ID, w.Nations[t.B].ID, num(t.Level))
	}
	for _, e := range w.Events {
		fmt.Fprintf(b, "\n[[event]]\nyear = %d\nkind = %q\n", e.Year, e.Kind)
		switch e.Kind {
		case "threat_shock", "detente":
			fmt.Fprintf(b, "a = %s\nb = %s\ndelta = %s\n", w.ids(e.A), w.ids(e.B), num(e.Delta))
		case "regime_change":
			fmt.Fprintf(b, "nations = %s\nvalue = %s\n", w.ids(e.Nations), num(e.Value))
		case "recession":
			fmt.Fprintf(b, "nations = %s\ndelta = %s\nduration = %s\n", w.ids(e.Nations), num(e.Delta), num(e.Duration))
		}
	}
	return b.Flush()
}

// Scenario writes the world and loads it back with the strict scenario
// loader, as a file given to `entente run` would be.
func (w *World) Scenario() (*scenarios.Scenario, error) {
	var buf bytes.Buffer
	if err := w.WriteTOML(&buf); err != nil {
		return nil, err
	}
	return scenarios.Parse(fmt.Sprintf("synthetic-%d.toml", len(w.Nations)), buf.Bytes(), nil)
}

func (w *World) ids(idx []int) string {
	q := make([]string, len(idx))
	for k, i := range idx {
		q[k] = strconv.Quote(w.Nations[i].ID)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// num writes a number so that TOML reads it as a float.
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if !strings.ContainsAny(s, ".eE") {
		s += ".0"
	}
	return s
}

func planeFlag(plane bool) string {
	if plane {
		return " --plane"
	}
	return ""
}
