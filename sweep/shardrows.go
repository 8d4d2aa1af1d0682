package sweep

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"slices"
)

// shardRows reads a finished shard's runs.csv into done. Every row must
// be what the plan gives its run (see rowChecker) and the very row the
// shard's journal recorded, under its checksum, when the run ended: a
// value edited in the table afterwards, or another sweep's table, is
// refused with the file and line. The checksum is a CRC-32: it tells an
// edited or swapped table, not a forger who rewrites the journal too.
// Both files are refused unread if larger than the shard's runs can be.
func shardRows(dir string, m *Manifest, c *rowChecker, done map[int][]string) error {
	journal, err := journalRows(filepath.Join(dir, JournalFile), m, c)
	if err != nil {
		return err
	}
	path := filepath.Join(dir, RunsFile)
	f, err := openBounded(path, headerBytes(m.Columns)+int64(m.Expected)*c.bytes)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = len(m.Columns)
	header, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if !slices.Equal(header, m.Columns) {
		return fmt.Errorf("%s: its columns are not the manifest's", path)
	}
	n := 0
	for ; ; n++ {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		line, _ := r.FieldPos(0)
		if n == m.Expected {
			return fmt.Errorf("%s: line %d: more rows than shard %v has runs (%d)", path, line, m.Shard, m.Expected)
		}
		k, err := c.check(row, m.Shard)
		if err != nil {
			return fmt.Errorf("%s: line %d: %w", path, line, err)
		}
		if _, dup := done[k]; dup {
			return fmt.Errorf("%s: line %d: run %d appears twice", path, line, k)
		}
		rec, ok := journal[k]
		if !ok {
			return fmt.Errorf("%s: line %d: run %d is not in %s", path, line, k, JournalFile)
		}
		for i := range row {
			if row[i] != rec[i] {
				return fmt.Errorf("%s: line %d: run %d has %s = %q, but its checksummed line in %s has %q: the table was edited", path, line, k, m.Columns[i], row[i], JournalFile, rec[i])
			}
		}
		done[k] = row
	}
	if n != m.Expected {
		return fmt.Errorf("%s: %d runs, shard %v has %d", path, n, m.Shard, m.Expected)
	}
	if len(journal) != n {
		return fmt.Errorf("%s: %d runs, %s %d", path, n, JournalFile, len(journal))
	}
	return nil
}

// journalRows reads a finished shard's journal by run. Unlike
// readJournal, which resumes a sweep and drops a line a kill cut short,
// it takes no line that fails its checksum: a finished shard's journal
// is whole, and each of its rows must pass the plan's checks too.
func journalRows(path string, m *Manifest, c *rowChecker) (map[int][]string, error) {
	const sum = 9 // "%08x "
	f, err := openBounded(path, int64(m.Expected)*(c.bytes+sum))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows := map[int][]string{}
	br := bufio.NewReader(f)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if err == io.EOF {
			if len(b) > 0 {
				return nil, fmt.Errorf("%s: line %d is cut short", path, line)
			}
			return rows, nil
		}
		if err != nil {
			return nil, err
		}
		row, ok := parseJournalLine(b)
		if !ok {
			return nil, fmt.Errorf("%s: line %d fails its checksum", path, line)
		}
		k, err := c.check(row, m.Shard)
		if err != nil {
			return nil, fmt.Errorf("%s: line %d: %w", path, line, err)
		}
		if _, dup := rows[k]; dup {
			return nil, fmt.Errorf("%s: line %d: run %d appears twice", path, line, k)
		}
		if len(rows) == m.Expected {
			return nil, fmt.Errorf("%s: line %d: more runs than shard %v has (%d)", path, line, m.Shard, m.Expected)
		}
		rows[k] = row
	}
}
