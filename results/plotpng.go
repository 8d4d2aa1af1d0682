package results

import (
	"bufio"
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"
	"image"
	"io"
	"runtime"
	"sync"
)

// encodePNG writes an opaque RGBA image as an 8-bit RGB PNG, every row
// unfiltered, compressed by deflateFigure. image/png tries all five
// filters on every row and keeps the best, then compresses with Huffman
// tables built for every block: with it, PNG was half the time of a
// default run with its figures.
//
// The rows are cut into bands of about 1 MiB, compressed side by side (as
// pigz does: each band a run of deflate blocks ended by a sync flush, the
// last band by the final block), so that the largest figure does not keep
// one core busy while the other waits. The bands depend only on the image
// size, so the bytes are the same whatever the number of cores.
func encodePNG(w io.Writer, img *image.RGBA) error {
	b := img.Bounds()
	wd, ht := b.Dx(), b.Dy()
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString("\x89PNG\r\n\x1a\n")
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(wd))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(ht))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits per sample, truecolour (RGB)
	writeChunk(bw, "IHDR", ihdr[:])

	rowLen := 1 + 3*wd
	per := max(1, (1<<20)/rowLen)
	nb := (ht + per - 1) / per
	bands := make([]pngBand, nb)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i := range bands {
		y0, y1 := b.Min.Y+i*per, min(b.Min.Y+(i+1)*per, b.Max.Y)
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			bands[i] = compressBand(img, y0, y1, i == nb-1)
		})
	}
	wg.Wait()

	cw := &chunkWriter{w: bw}
	cw.Write([]byte{0x78, 0x01}) // zlib header: deflate, 32 KiB window, fastest
	sum, n := uint32(1), 0
	for _, band := range bands {
		if band.err != nil {
			return band.err
		}
		cw.Write(band.data)
		sum = adler32Combine(sum, band.sum, band.n)
		n += band.n
	}
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], sum)
	cw.Write(tail[:])
	cw.flush()
	writeChunk(bw, "IEND", nil)
	return bw.Flush()
}

// bandBuffers hold a band's rows while it is compressed (about 1 MiB).
var bandBuffers = sync.Pool{New: func() any { return new([]byte) }}

type pngBand struct {
	data []byte
	sum  uint32 // Adler-32 of the band's uncompressed bytes
	n    int    // how many
	err  error
}

func compressBand(img *image.RGBA, y0, y1 int, last bool) pngBand {
	b := img.Bounds()
	wd := b.Dx()
	rowLen := 1 + 3*wd
	// The row before the band, then the band's rows: matches may reach
	// back into the row before, which the decoder has already.
	from := max(y0-1, b.Min.Y)
	bufp := bandBuffers.Get().(*[]byte)
	defer bandBuffers.Put(bufp)
	if cap(*bufp) < (y1-from)*rowLen {
		*bufp = make([]byte, (y1-from)*rowLen)
	}
	data := (*bufp)[:(y1-from)*rowLen]
	start := (y0 - from) * rowLen
	sum := adler32.New()
	for y := from; y < y1; y++ {
		dst := data[(y-from)*rowLen:][:rowLen]
		dst[0] = 0 // filter: none
		rgbRow(dst[1:], img.Pix[img.PixOffset(b.Min.X, y):][:4*wd])
		if y >= y0 {
			sum.Write(dst) // while the row is in the cache, which the band is larger than
		}
	}
	out := deflateFigure(make([]byte, 0, len(data)/8), data, start, rowLen, last)
	return pngBand{data: out, sum: sum.Sum32(), n: len(data) - start}
}

// rgbRow copies a row of RGBA pixels into dst as RGB, two pixels at a
// time: one 8-byte load, one 8-byte store whose last two bytes the next
// store overwrites. Byte by byte it was a third of the time of encoding.
func rgbRow(dst, src []byte) {
	for len(src) >= 8 && len(dst) >= 8 {
		v := binary.LittleEndian.Uint64(src)
		binary.LittleEndian.PutUint64(dst, v&0xffffff|(v>>8)&0xffffff000000)
		src, dst = src[8:], dst[6:]
	}
	for len(src) >= 4 && len(dst) >= 3 {
		dst[0], dst[1], dst[2] = src[0], src[1], src[2]
		src, dst = src[4:], dst[3:]
	}
}

// adler32Combine is the Adler-32 of two byte strings one after the other,
// from their checksums and the length of the second (zlib's
// adler32_combine).
func adler32Combine(a1, a2 uint32, n2 int) uint32 {
	const base = 65521
	rem := uint32(n2 % base)
	s1 := a1 & 0xffff
	s2 := (rem * s1) % base
	s1 += (a2 & 0xffff) + base - 1
	s2 += (a1 >> 16) + (a2 >> 16) + base - rem
	if s1 >= base {
		s1 -= base
	}
	if s1 >= base {
		s1 -= base
	}
	if s2 >= 2*base {
		s2 -= 2 * base
	}
	if s2 >= base {
		s2 -= base
	}
	return s1 | s2<<16
}

// chunkWriter cuts the compressed stream into IDAT chunks of 64 KiB.
type chunkWriter struct {
	w   *bufio.Writer
	buf []byte
}

func (c *chunkWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		k := min(len(p), 1<<16-len(c.buf))
		c.buf = append(c.buf, p[:k]...)
		p = p[k:]
		if len(c.buf) == 1<<16 {
			c.flush()
		}
	}
	return n, nil
}

func (c *chunkWriter) flush() {
	if len(c.buf) > 0 {
		writeChunk(c.w, "IDAT", c.buf)
		c.buf = c.buf[:0]
	}
}

func writeChunk(w *bufio.Writer, kind string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	w.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(kind))
	crc.Write(data)
	w.WriteString(kind)
	w.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	w.Write(n[:])
}
