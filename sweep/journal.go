package sweep

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"strconv"
)

// JournalFile is the append-only record of a sweep's finished runs.
const JournalFile = "runs.journal"

// journal appends finished runs, one line each: the CRC-32 of the row in
// hex, a space, and the row as CSV. A line is written in one call as soon
// as its run ends, so a killed sweep keeps every run it finished; a line
// cut short by the kill fails its checksum and is dropped on resume.
type journal struct {
	f   *os.File
	buf bytes.Buffer
	csv *csv.Writer
}

// openJournal reads the runs already journaled in dir (none if there is
// no journal) and opens the journal for appending, cutting off a torn
// last line.
func openJournal(path string) (*journal, map[int][]string, error) {
	done, good, err := readJournal(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, nil, err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, nil, err
	}
	if err := f.Truncate(good); err != nil {
		f.Close()
		return nil, nil, err
	}
	j := &journal{f: f}
	j.csv = csv.NewWriter(&j.buf)
	return j, done, nil
}

// append writes one finished run.
func (j *journal) append(row []string) error {
	j.buf.Reset()
	if err := j.csv.Write(row); err != nil {
		return err
	}
	j.csv.Flush()
	line := fmt.Sprintf("%08x %s", crc32.ChecksumIEEE(j.buf.Bytes()), j.buf.Bytes())
	_, err := j.f.WriteString(line)
	return err
}

// close syncs the journal to disk and closes it.
func (j *journal) close() error {
	err := j.f.Sync()
	if cerr := j.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// readJournal returns the rows of a journal by run index, and the length
// of its intact part: it stops at the first line that is cut short or
// fails its checksum (only the last line can be, after a kill).
func readJournal(path string) (map[int][]string, int64, error) {
	done := map[int][]string{}
	f, err := os.Open(path)
	if err != nil {
		return done, 0, err
	}
	defer f.Close()
	r := bufio.NewReader(f)
	var good int64
	for {
		line, err := r.ReadBytes('\n')
		if err == io.EOF {
			return done, good, nil // a line without its newline is torn
		}
		if err != nil {
			return nil, 0, err
		}
		row, ok := parseJournalLine(line)
		if !ok {
			return done, good, nil
		}
		k, err := strconv.Atoi(row[0])
		if err != nil {
			return done, good, nil
		}
		if _, dup := done[k]; !dup {
			done[k] = row
		}
		good += int64(len(line))
	}
}

func parseJournalLine(line []byte) ([]string, bool) {
	sum, body, ok := bytes.Cut(line, []byte(" "))
	if !ok || len(sum) != 8 {
		return nil, false
	}
	want, err := strconv.ParseUint(string(sum), 16, 32)
	if err != nil || uint32(want) != crc32.ChecksumIEEE(body) {
		return nil, false
	}
	row, err := csv.NewReader(bytes.NewReader(body)).Read()
	if err != nil || len(row) == 0 {
		return nil, false
	}
	return row, true
}
