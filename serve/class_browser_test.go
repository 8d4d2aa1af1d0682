package serve

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// page is one browser context's tab, with the test's few verbs.
type page struct {
	t    *testing.T
	ctx  context.Context
	name string
}

func (p page) poll(what, expr string) {
	p.t.Helper()
	if _, err := chromedp.Run(p.ctx, chromedp.Poll[chromedp.Void](expr,
		chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		p.t.Fatalf("%s: waiting for %s (%s): %v", p.name, what, expr, err)
	}
}

func (p page) eval(expr string) {
	p.t.Helper()
	if _, err := chromedp.Run(p.ctx, chromedp.Evaluate[chromedp.Void](expr)); err != nil {
		p.t.Fatalf("%s: %s: %v", p.name, expr, err)
	}
}

func (p page) text(expr string) string {
	p.t.Helper()
	s, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("%s: %s: %v", p.name, expr, err)
	}
	return s
}

func (p page) click(id string) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, chromedp.Click(chromedp.ID(id))); err != nil {
		p.t.Fatalf("%s: click %s: %v", p.name, id, err)
	}
}

// shot saves a screenshot of the whole page in the artifacts, and in
// $ENTENTE_CLASS_FIGURES (docs/figures) under figure, if given.
func (p page) shot(dir, name, figure string) {
	p.t.Helper()
	png, err := chromedp.Run(p.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		p.t.Fatalf("%s: screenshot: %v", p.name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		p.t.Fatal(err)
	}
	if figs := os.Getenv("ENTENTE_CLASS_FIGURES"); figs != "" && figure != "" {
		if err := os.WriteFile(filepath.Join(figs, figure), png, 0o644); err != nil {
			p.t.Fatal(err)
		}
	}
}

// TestClassInTheBrowser drives a class in headless Chromium: a teacher at
// a projector's size and three students, each in a browser context of
// their own (one at a phone's size). The teacher starts a class; the
// students join by its code; they play three rounds with different
// choices, one student deciding nothing in the second (the model's rules
// take over, and the student's screen and the debrief say so); the
// teacher sees who decided what, ends the class and reads the debrief;
// the downloaded decision log replays to the class's CSV files.
func TestClassInTheBrowser(t *testing.T) {
	browser := findBrowser(t)
	shots := artifactDir(t)
	srv := New(Options{Log: discardLogger()})
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	t.Cleanup(srv.Close)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1366, 768),
		chromedp.Flag("disable-component-update", true),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	tctx, cancelTeacher := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancelTeacher()
	teacher := page{t, tctx, "teacher"}
	byID := func(id string) string { return "document.getElementById('" + id + "')" }

	// The teacher starts a class of classroom-balance, seed 1, with
	// Norland, Sudria and Aurelia for the students.
	if err := chromedp.Do(tctx, chromedp.EmulateViewport(1366, 768), chromedp.Navigate(ts.URL+"/class"), chromedp.WaitVisible(chromedp.ID("create"))); err != nil {
		t.Fatalf("the teacher's page: %v", err)
	}
	teacher.poll("the scenarios", byID("scenario")+".value === 'classroom-balance' && document.querySelectorAll('#nations input').length === 8")
	teacher.eval(byID("seed") + ".value = '1'")
	teacher.eval(`document.querySelectorAll('#nations input').forEach(i => i.checked = ['NOR', 'SUD', 'AUR'].includes(i.value))`)
	teacher.click("create")
	teacher.poll("the join code and QR code", byID("code")+".textContent.length === 6 && "+byID("qr")+".querySelector('svg path') !== null")
	code := teacher.text(byID("code") + ".textContent")
	join := teacher.text(byID("join-url") + ".textContent")
	if !strings.HasSuffix(join, "/play?code="+code) {
		t.Fatalf("join address %q for code %s", join, code)
	}

	// Three students, each in a browser context of their own; Ada on a
	// phone.
	names := []string{"Ada", "Bo", "Cy"}
	students := make([]page, len(names))
	for k, name := range names {
		sctx, cancelStudent := chromedp.NewContext(tctx, chromedp.WithNewBrowserContext())
		defer cancelStudent()
		students[k] = page{t, sctx, name}
		w, h := int64(1024), int64(768)
		var vopts []chromedp.EmulateViewportOption
		if k == 0 {
			w, h = 390, 844
			vopts = append(vopts, chromedp.EmulateScale(2), chromedp.EmulateMobile)
		}
		if err := chromedp.Do(sctx, chromedp.EmulateViewport(w, h, vopts...), chromedp.Navigate(join), chromedp.WaitVisible(chromedp.ID("join-button"))); err != nil {
			t.Fatalf("%s's page: %v", name, err)
		}
		students[k].poll("the code filled in from the address", byID("code")+".value === '"+code+"'")
		students[k].eval(byID("name") + ".value = '" + name + "'")
		if name == "Bo" { // Bo picks Aurelia; the others are given the nation with fewest students
			students[k].poll("the nations to pick from", "!"+byID("pick-row")+".hidden && "+byID("pick")+".options.length === 4")
			students[k].eval(byID("pick") + ".value = 'AUR'")
		}
		students[k].click("join-button")
		students[k].poll("the nation", "!"+byID("game")+".hidden && "+byID("nation-name")+".textContent !== 'Entente' && document.querySelectorAll('#moves input').length > 0")
	}
	teacher.poll("three students", byID("student-count")+".textContent === '3' && document.querySelectorAll('#decisions tbody tr').length === 3")
	nationOf := make([]string, len(students))
	for k, s := range students {
		nationOf[k] = s.text(byID("nation-name") + ".textContent")
	}
	if nationOf[0] != "Norland" || nationOf[1] != "Aurelia" || nationOf[2] != "Sudria" {
		t.Fatalf("Ada, Bo (who picked Aurelia) and Cy play %v, want Norland, Aurelia, Sudria", nationOf)
	}
	// On the phone the page is one column, no wider than the screen.
	if s := students[0].text("`${document.scrollingElement.scrollWidth}`"); s != "390" {
		t.Errorf("the student's page on a phone is %s px wide, want 390", s)
	}

	// decide sets a student's spending (a fraction of the way between
	// the bounds) and picks a move (by its action, else stays), then
	// sends it.
	decide := func(s page, round int, frac float64, action string) {
		t.Helper()
		s.poll("round "+strconv.Itoa(round), "document.body.dataset.state === 'open' && document.body.dataset.round === '"+strconv.Itoa(round)+"'")
		s.eval(`(() => { const r = document.getElementById('share'); r.value = +r.min + (+r.max - +r.min) * ` + strconv.FormatFloat(frac, 'f', -1, 64) + `;
			r.dispatchEvent(new Event('input'));
			if (` + strconv.FormatBool(round == 3) + ` && !document.getElementById('aid-row').hidden) { // in round 3 allies get aid
				const a = document.getElementById('aid'); a.value = 0.05; a.dispatchEvent(new Event('input')); }
			const m = document.querySelector('#moves input[data-action="` + action + `"]') || document.querySelector('#moves input[data-action="stay"]');
			m.checked = true; m.dispatchEvent(new Event('change', { bubbles: true })); })()`)
		s.click("send")
		s.poll("the decision sent", byID("sent")+".textContent.startsWith('Decision sent by "+s.name+": spend ')")
	}
	teacher.click("next")
	// Round 1: three different decisions.
	decide(students[0], 1, 0.9, "stay")
	decide(students[1], 1, 0.1, "found")
	decide(students[2], 1, 0.5, "found") // Sudria founds a pact at once (the model's own nations deliberate a year)
	teacher.poll("all three decided", "document.querySelectorAll('#decisions tbody tr.decided').length === 3")
	if s := teacher.text(byID("decisions") + ".textContent"); !strings.Contains(s, "(Ada)") || !strings.Contains(s, "spend 22.6 % of GDP, stay") {
		t.Errorf("the teacher's table of decisions: %s", s)
	}
	teacher.shot(shots, "class-01-teacher-round1.png", "")
	students[0].shot(shots, "class-02-student-phone-round1.png", "")
	teacher.click("next")
	// Round 2: Cy decides nothing; the rules decide for Cy's nation.
	decide(students[0], 2, 0.2, "leave")
	decide(students[1], 2, 0.7, "stay")
	teacher.poll("two of three decided", "document.querySelectorAll('#decisions tbody tr.decided').length === 2 && "+
		"document.querySelectorAll('#decisions tbody tr.waiting').length === 1")
	teacher.click("next")
	students[2].poll("last round's report", byID("last")+".textContent.includes(\"Nobody decided for you: the model's rules did\")")
	// Round 3.
	decide(students[0], 3, 0.5, "join")
	decide(students[1], 3, 0.3, "leave")
	decide(students[2], 3, 0.8, "stay")
	teacher.poll("all three decided", "document.querySelectorAll('#decisions tbody tr.decided').length === 3")
	if s := teacher.text(byID("decisions") + ".textContent"); !strings.Contains(s, "give 5 % of the budget as aid") {
		t.Errorf("no aid decided in round 3 by a student with allies: %s", s)
	}
	if s := teacher.text("`${document.querySelectorAll('#map circle').length} ${document.querySelectorAll('#map circle.student').length} ${document.getElementById('paths').dataset.rounds}`"); s != "8 3 2" {
		t.Errorf("the map's nations, the students' nations and the rounds of the spending chart: %s, want 8 3 2", s)
	}
	teacher.shot(shots, "class-02-teacher-round3.png", "class-teacher.png")
	students[0].shot(shots, "class-02-student-phone-round3.png", "class-student-phone.png")
	teacher.click("next")
	students[0].poll("round 3's report", byID("last")+".textContent.includes('You decided') && document.body.dataset.round === '4'")
	teacher.click("end")
	teacher.poll("the debrief", "!"+byID("debrief")+".hidden && document.querySelectorAll('#debrief-nations .debrief-nation').length === 3 && "+
		"document.querySelectorAll('#debrief-rounds tbody tr').length === 3")
	if s := teacher.text(byID("debrief") + ".textContent"); !strings.Contains(s, "nobody decided: the rules") || !strings.Contains(s, "in the model's own run") {
		t.Errorf("the debrief lacks the round the rules decided or the model's own run:\n%s", s)
	}
	students[1].poll("the end on a student's screen", byID("status")+".textContent.startsWith('The class has ended')")
	teacher.shot(shots, "class-03-teacher-debrief.png", "class-debrief.png")

	// The downloads: the decision log replays to the class's CSV files.
	log := teacher.text("window.classDownload('decisions.jsonl')")
	replayed := replayClass(t, []byte(log))
	for k, f := range []string{"nations.csv", "alliances.csv", "events.csv", "world.csv", "memberships.csv"} {
		if got := teacher.text("window.classDownload('" + f + "')"); got != string(replayed[k]) {
			t.Errorf("%s: the class's (%d bytes) and the replay's (%d bytes) differ", f, len(got), len(replayed[k]))
		}
	}
	if n := strings.Count(log, "\n"); n != 1+8+1 { // the header, 3+2+3 decisions, the end
		t.Errorf("the decision log has %d lines:\n%s", n, log)
	}
	for _, s := range students {
		s.eval("0") // the students' contexts close before the browser
	}
	cancelTeacher()
	cancelAlloc()
}
