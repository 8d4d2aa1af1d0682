package results

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"math"
	"testing"
)

// TestCSVRowIsEncodingCSV checks that csvRow writes what csv.Writer writes.
func TestCSVRowIsEncodingCSV(t *testing.T) {
	fields := []string{"", "plain", "a,b", `say "no"`, " lead", "\tlead", "\u00a0nbsp", `\.`, `\.x`,
		"two\nlines", "cr\r", "ünï", "trail ", "A1;A2"}
	floats := []float64{0, math.Copysign(0, -1), 1, -2.5, 1e-7, 123456789, math.NaN(), math.Inf(1)}
	var want bytes.Buffer
	cw := csv.NewWriter(&want)
	var got bytes.Buffer
	bw := bufio.NewWriter(&got)
	var r csvRow
	for _, f := range fields {
		rec := []string{f, Int(-3), Year(1950.08333), f}
		for _, v := range floats {
			rec = append(rec, Float(v))
		}
		if err := cw.Write(rec); err != nil {
			t.Fatal(err)
		}
		r.str(f)
		r.int(-3)
		r.year(1950.08333)
		r.list(1, func(int) string { return f })
		for _, v := range floats {
			r.float(v)
		}
		if err := r.end(bw); err != nil {
			t.Fatal(err)
		}
	}
	cw.Flush()
	bw.Flush()
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("csvRow wrote\\n%s\\nencoding/csv\\n%s", got.Bytes(), want.Bytes())
	}
}
