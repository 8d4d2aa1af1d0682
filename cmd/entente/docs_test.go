package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// repoRoot is the repository's root, seen from this package's directory.
const repoRoot = "../.."

// repoFiles lists the files of the repository as a fresh clone would hold
// them once the work in progress is committed: tracked files and new files
// that are not ignored, slash-separated and relative to the root. Without
// git (a source tarball) it walks the tree, leaving out what .gitignore
// leaves out of this project.
func repoFiles(t *testing.T) []string {
	t.Helper()
	cmd := exec.Command("git", "ls-files", "--cached", "--others", "--exclude-standard", "-z")
	cmd.Dir = repoRoot
	if out, err := cmd.Output(); err == nil {
		var files []string
		for f := range strings.SplitSeq(strings.TrimRight(string(out), "\x00"), "\x00") {
			if f != "" {
				if _, err := os.Stat(filepath.Join(repoRoot, filepath.FromSlash(f))); err == nil {
					files = append(files, f) // a deleted, not yet committed file is gone
				}
			}
		}
		slices.Sort(files)
		return slices.Compact(files)
	}
	var files []string
	err := filepath.WalkDir(repoRoot, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(repoRoot, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			switch {
			case rel == ".":
			case strings.HasPrefix(d.Name(), "."), rel == "out", rel == "_artifacts", rel == "tmp", rel == "_scratch":
				return filepath.SkipDir
			}
			return nil
		}
		files = append(files, rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

var (
	// inlineLink matches [text](target) and ![alt](target), with an optional title.
	inlineLink = regexp.MustCompile(`!?\[[^\]]*\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)`)
	// refDef matches a reference definition: [label]: target.
	refDef = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$`)
	// htmlRef matches href="…" and src="…" in inline HTML.
	htmlRef = regexp.MustCompile(`(?:href|src)\s*=\s*"([^"]*)"`)
	// htmlAnchor matches an explicit anchor: <a name="…"> or id="…".
	htmlAnchor = regexp.MustCompile(`<a\s[^>]*(?:name|id)\s*=\s*"([^"]*)"`)
	// heading matches an ATX heading.
	heading = regexp.MustCompile(`^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$`)
	// inlineCode matches a code span.
	inlineCode = regexp.MustCompile("(`+)(.*?)`+")
	// linkText keeps a link's text in a heading.
	linkText = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
)

// mdLine is a line of a Markdown file outside code blocks, with code spans
// blanked (for links) and kept (for headings).
type mdLine struct {
	no         int
	text, code string
}

// mdLines reads a Markdown file's lines outside fenced code blocks.
func mdLines(data []byte) []mdLine {
	var lines []mdLine
	fence := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for no := 1; sc.Scan(); no++ {
		s := sc.Text()
		trim := strings.TrimLeft(s, " ")
		if fence != "" {
			if strings.HasPrefix(trim, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(trim, "```") || strings.HasPrefix(trim, "~~~") {
			fence = trim[:3]
			continue
		}
		lines = append(lines, mdLine{no: no, text: inlineCode.ReplaceAllString(s, ""), code: s})
	}
	return lines
}

// slug is GitHub's anchor for a heading: lowercase, every character but
// letters, marks, digits, connector punctuation, spaces and hyphens
// dropped, spaces turned into hyphens (github-slugger).
func slug(h string) string {
	h = inlineCode.ReplaceAllString(h, "$2")
	h = linkText.ReplaceAllString(h, "$1")
	h = strings.ToLower(h)
	var b strings.Builder
	for _, r := range h {
		switch {
		case r == ' ':
			b.WriteRune('-')
		case r == '-', unicode.IsLetter(r), unicode.IsMark(r), unicode.IsNumber(r), unicode.Is(unicode.Pc, r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// anchors returns the anchors of a Markdown file: one per heading, the
// repeats numbered as GitHub numbers them, and explicit HTML anchors.
func anchors(data []byte) map[string]bool {
	set := map[string]bool{}
	seen := map[string]int{}
	lines := mdLines(data)
	for k, l := range lines {
		text := ""
		if m := heading.FindStringSubmatch(l.code); m != nil {
			text = m[1]
		} else if k+1 < len(lines) && lines[k+1].no == l.no+1 && strings.TrimSpace(l.code) != "" &&
			regexp.MustCompile(`^\s{0,3}(=+|-+)\s*$`).MatchString(lines[k+1].code) &&
			!strings.HasPrefix(strings.TrimSpace(l.code), "|") {
			text = l.code // a setext heading
		}
		for _, m := range htmlAnchor.FindAllStringSubmatch(l.code, -1) {
			set[m[1]] = true
		}
		if text == "" {
			continue
		}
		s := slug(text)
		if n := seen[s]; n > 0 {
			set[s+"-"+strconv.Itoa(n)] = true
		} else {
			set[s] = true
		}
		seen[s]++
	}
	return set
}

// TestMarkdownLinks fails on a link from a Markdown file of the repository
// to a path outside it, to a file it does not hold, or to an anchor that no
// heading of the target gives, so that a fresh clone has every page its
// documents point to.
func TestMarkdownLinks(t *testing.T) {
	files := repoFiles(t)
	have := map[string]bool{}
	for _, f := range files {
		have[f] = true
		for d := path.Dir(f); d != "."; d = path.Dir(d) {
			have[d] = true
		}
	}
	read := map[string][]byte{}
	load := func(f string) []byte {
		if b, ok := read[f]; ok {
			return b
		}
		b, err := os.ReadFile(filepath.Join(repoRoot, filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		read[f] = b
		return b
	}
	anchorsOf := map[string]map[string]bool{}
	checked := 0
	for _, f := range files {
		if !strings.HasSuffix(f, ".md") || strings.Contains(f, "/testdata/") {
			continue
		}
		for _, l := range mdLines(load(f)) {
			var targets []string
			for _, m := range inlineLink.FindAllStringSubmatch(l.text, -1) {
				targets = append(targets, m[1])
			}
			if m := refDef.FindStringSubmatch(l.text); m != nil {
				targets = append(targets, m[1])
			}
			for _, m := range htmlRef.FindAllStringSubmatch(l.text, -1) {
				targets = append(targets, m[1])
			}
			for _, target := range targets {
				checked++
				if problem := checkLink(f, target, have, func(p string) map[string]bool {
					if anchorsOf[p] == nil {
						anchorsOf[p] = anchors(load(p))
					}
					return anchorsOf[p]
				}); problem != "" {
					t.Errorf("%s:%d: link %q: %s", f, l.no, target, problem)
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no link found: the test reads no Markdown file")
	}
}

// checkLink says what is wrong with a link from the file from, or "".
func checkLink(from, target string, have map[string]bool, anchorsOf func(string) map[string]bool) string {
	if target == "" {
		return "empty target"
	}
	lower := strings.ToLower(target)
	for _, scheme := range []string{"http://", "https://", "mailto:"} {
		if strings.HasPrefix(lower, scheme) {
			return ""
		}
	}
	if strings.Contains(target, "://") || strings.HasPrefix(lower, "file:") {
		return "not a web address nor a path in the repository"
	}
	p, frag, _ := strings.Cut(target, "#")
	if q, _, ok := strings.Cut(p, "?"); ok {
		p = q
	}
	dest := from
	if p != "" {
		if strings.HasPrefix(p, "/") {
			return "absolute path: use a path relative to the file"
		}
		dest = path.Clean(path.Join(path.Dir(from), p))
		if dest == ".." || strings.HasPrefix(dest, "../") {
			return "outside the repository (a fresh clone does not have it)"
		}
		if !have[dest] {
			return "no such file in the repository (" + dest + ")"
		}
	}
	if frag != "" && strings.HasSuffix(dest, ".md") {
		if !anchorsOf(dest)[frag] {
			return "no heading of " + dest + " gives the anchor #" + frag
		}
	}
	return ""
}

// TestSlug holds slug to GitHub's anchors for headings of these documents.
func TestSlug(t *testing.T) {
	for h, want := range map[string]string{
		"In the classroom: `entente serve`":                    "in-the-classroom-entente-serve",
		"10. Where MODEL.md lives in the code":                 "10-where-modelmd-lives-in-the-code",
		"7.4 Hostility, affinity, polarization and propensity": "74-hostility-affinity-polarization-and-propensity",
		"Cold War, 1947–1991":                                  "cold-war-19471991",
		"What [`x`](y) does_not":                               "what-x-does_not",
	} {
		if got := slug(h); got != want {
			t.Errorf("slug(%q) = %q, want %q", h, got, want)
		}
	}
}
