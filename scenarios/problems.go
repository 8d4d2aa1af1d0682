package scenarios

import (
	"cmp"
	"fmt"
	"slices"
)

// MaxProblems is how many problems an *Error lists; the others are
// counted in a last line. A file with 200,000 bad nations once printed a
// million lines: nobody reads past the first screen, and the server sent
// them all to the page.
const MaxProblems = 100

// add records a problem. The loader keeps the first MaxProblems in file
// order (those without a line after the others, in the order found) and
// counts the rest, so that memory and sorting stay small however many
// there are.
func (l *loader) add(p Problem) {
	if !l.keeps(p.Line, p.Col) {
		l.dropped++
		return
	}
	l.problems = append(l.problems, p)
	if len(l.problems) >= 2*MaxProblems {
		l.compact()
	}
}

// keeps reports whether a problem at line:col would be among the first
// MaxProblems: always, until the loader has had to drop some.
func (l *loader) keeps(line, col int) bool {
	return l.dropped == 0 || compareAt(line, col, l.last.Line, l.last.Col) < 0
}

// compact sorts the problems in file order and drops all but the first
// MaxProblems. A stable sort keeps those found first ahead of later ones
// at the same place, as sorting them all at the end would.
func (l *loader) compact() {
	slices.SortStableFunc(l.problems, func(a, b Problem) int { return compareAt(a.Line, a.Col, b.Line, b.Col) })
	if n := len(l.problems) - MaxProblems; n > 0 {
		l.dropped += n
		l.problems = l.problems[:MaxProblems]
		l.last = l.problems[MaxProblems-1]
	}
}

// compareAt orders places in the file; line 0 (no place) comes last.
func compareAt(aLine, aCol, bLine, bCol int) int {
	if (aLine == 0) != (bLine == 0) {
		if aLine == 0 {
			return 1
		}
		return -1
	}
	return cmp.Or(cmp.Compare(aLine, bLine), cmp.Compare(aCol, bCol))
}

// sorted returns the problems kept, in file order, and a last line that
// counts the others.
func (l *loader) sorted() []Problem {
	l.compact()
	ps := slices.Clone(l.problems)
	if l.dropped > 0 {
		what := "problems"
		if l.dropped == 1 {
			what = "problem"
		}
		ps = append(ps, Problem{File: l.file, Message: fmt.Sprintf(
			"and %d more %s (only the first %d are listed)", l.dropped, what, MaxProblems)})
	}
	return ps
}
