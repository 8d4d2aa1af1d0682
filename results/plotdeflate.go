package results

import (
	"encoding/binary"
	"math/bits"
)

// A deflate encoder made for figures: fixed Huffman codes (no tables to
// build) and matches at two distances only, the pixel to the left and the
// pixel above, which is where a figure repeats itself (flat colour, lines
// along an axis). About three times faster than compress/flate's fastest
// level on these figures, for files about a third larger (a default run's
// six PNGs: 1.33 MB rather than 0.98 MB with image/png).

// The deflate tables (RFC 1951, 3.2.5).
var (
	lenBase   = [29]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lenExtra  = [29]uint{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase  = [30]int{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra = [30]uint{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
)

// fixedCode is a literal/length symbol's fixed Huffman code, its bits
// reversed for an LSB-first stream, and its length.
type fixedCode struct {
	code uint64
	n    uint
}

var (
	litCodes [288]fixedCode
	// lenCodes[l] is the whole code of a match of length l (3 to 258): the
	// symbol and its extra bits.
	lenCodes [259]fixedCode
)

func init() {
	for s := range 288 {
		var c, n uint
		switch {
		case s < 144:
			c, n = 0x30+uint(s), 8
		case s < 256:
			c, n = 0x190+uint(s-144), 9
		case s < 280:
			c, n = uint(s-256), 7
		default:
			c, n = 0xC0+uint(s-280), 8
		}
		litCodes[s] = fixedCode{uint64(bits.Reverse16(uint16(c)) >> (16 - n)), n}
	}
	for l := 3; l <= 258; l++ {
		k := 28
		for lenBase[k] > l {
			k--
		}
		sym := litCodes[257+k]
		lenCodes[l] = fixedCode{sym.code | uint64(l-lenBase[k])<<sym.n, sym.n + lenExtra[k]}
	}
}

// distCode is the code of a distance (5 fixed bits, reversed, and extra).
func distCode(d int) fixedCode {
	k := 29
	for distBase[k] > d {
		k--
	}
	return fixedCode{uint64(bits.Reverse8(uint8(k))>>3) | uint64(d-distBase[k])<<5, 5 + distExtra[k]}
}

// bitWriter writes deflate's LSB-first bit stream.
type bitWriter struct {
	out  []byte
	acc  uint64
	nacc uint
}

func (w *bitWriter) put(c fixedCode) {
	w.acc |= c.code << w.nacc
	w.nacc += c.n
	for w.nacc >= 32 {
		w.out = append(w.out, byte(w.acc), byte(w.acc>>8), byte(w.acc>>16), byte(w.acc>>24))
		w.acc >>= 32
		w.nacc -= 32
	}
}

// align pads the stream to a whole byte and writes out what is pending.
func (w *bitWriter) align() {
	for w.nacc > 0 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
		w.nacc -= min(w.nacc, 8)
	}
	w.acc, w.nacc = 0, 0
}

// deflateFigure compresses data[start:] as one fixed-Huffman block, its
// matches reaching back into data[:start] (the bytes before it in the
// stream, at most 32 KiB of them), at distance 3 (a pixel) or row (a row
// of pixels). The last block of a stream ends it; another ends with an
// empty stored block, on a byte boundary, so that blocks compressed apart
// can be put one after the other.
func deflateFigure(out []byte, data []byte, start, row int, last bool) []byte {
	w := bitWriter{out: out}
	final := uint64(0)
	if last {
		final = 1
	}
	w.put(fixedCode{final | 1<<1, 3}) // BFINAL, BTYPE 01: fixed codes
	dPix, dRow := distCode(3), distCode(row)
	useRow := row <= 32768
	for i := start; i < len(data); {
		maxLen := min(258, len(data)-i)
		best, dist := 0, dPix
		if i >= 3 {
			best = matchLen(data[i-3:], data[i:], maxLen)
		}
		if useRow && i >= row && best < maxLen {
			if n := matchLen(data[i-row:], data[i:], maxLen); n > best {
				best, dist = n, dRow
			}
		}
		if best >= 3 {
			w.put(lenCodes[best])
			w.put(dist)
			i += best
			continue
		}
		w.put(litCodes[data[i]])
		i++
	}
	w.put(litCodes[256]) // end of block
	if !last {
		w.put(fixedCode{0, 3}) // an empty stored block: BFINAL 0, BTYPE 00
		w.align()
		w.out = append(w.out, 0, 0, 0xff, 0xff)
	}
	w.align()
	return w.out
}

// matchLen is how many of the first max bytes of a and b agree.
func matchLen(a, b []byte, max int) int {
	a, b = a[:max], b[:max]
	k := 0
	for ; k+8 <= max; k += 8 {
		if x := binary.LittleEndian.Uint64(a[k:]) ^ binary.LittleEndian.Uint64(b[k:]); x != 0 {
			return k + bits.TrailingZeros64(x)/8
		}
	}
	for ; k < max; k++ {
		if a[k] != b[k] {
			return k
		}
	}
	return max
}
