package serve

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// classClient is a page of a class (the teacher's or a student's) for
// tests without a browser.
type classClient struct {
	t     testing.TB
	base  string
	token string
}

func (c classClient) do(method, path string, body any, out any) (int, error) {
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, c.base+path, rd)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 300 {
		return resp.StatusCode, fmt.Errorf("%s %s: %s: %s", method, path, resp.Status, data)
	}
	if out != nil && len(data) > 0 {
		return resp.StatusCode, json.Unmarshal(data, out)
	}
	return resp.StatusCode, nil
}

type createdClass struct {
	ID, Token, Code, Join, QR string
}

func startClass(t testing.TB, base string, req classRequest) (createdClass, classClient) {
	t.Helper()
	var cc createdClass
	if _, err := (classClient{t: t, base: base}).do("POST", "/api/classes", req, &cc); err != nil {
		t.Fatal(err)
	}
	return cc, classClient{t: t, base: base, token: cc.Token}
}

type joined struct{ Token, Name, Nation string }

func joinClass(t testing.TB, base, code, name string) (joined, classClient, int, error) {
	var j joined
	code2, err := (classClient{t: t, base: base}).do("POST", "/api/join", joinRequest{Code: code, Name: name}, &j)
	return j, classClient{t: t, base: base, token: j.Token}, code2, err
}

func newClassServer(t testing.TB) (*Server, *httptest.Server) {
	srv := New(Options{Log: discardLogger()})
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	t.Cleanup(srv.Close)
	return srv, ts
}

func TestClassStartsWithCodeAndQR(t *testing.T) {
	_, ts := newClassServer(t)
	cc, _ := startClass(t, ts.URL, classRequest{Scenario: "classroom-balance", Nations: []string{"NOR", "SUD"}, Round: 45})
	if len(cc.Code) != codeLength || len(cc.Token) != 32 || !strings.HasPrefix(cc.QR, "<svg") || !strings.HasSuffix(cc.Join, "/play?code="+cc.Code) {
		t.Errorf("created: %+v", cc)
	}
	for _, tc := range []struct {
		name string
		req  classRequest
		want string
	}{
		{"no nations", classRequest{Scenario: "classroom-balance"}, "pick from 1"},
		{"an unknown nation", classRequest{Scenario: "classroom-balance", Nations: []string{"XXX"}}, "has no nation"},
		{"a path for a scenario", classRequest{Scenario: "../../etc/passwd", Nations: []string{"NOR"}}, "unknown scenario"},
		{"a round too short", classRequest{Scenario: "classroom-balance", Nations: []string{"NOR"}, Round: 1}, "a round lasts"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := (classClient{t: t, base: ts.URL}).do("POST", "/api/classes", tc.req, nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
}

// TestTokenActsOnlyForItsNation: a student's token decides for the
// student's nation and no other; a request naming another nation is
// refused, a made-up token is refused, and a student's token opens none
// of the teacher's doors.
func TestTokenActsOnlyForItsNation(t *testing.T) {
	_, ts := newClassServer(t)
	cc, teacher := startClass(t, ts.URL, classRequest{Scenario: "classroom-balance", Nations: []string{"NOR", "SUD"}, Round: 45})
	ja, a, _, err := joinClass(t, ts.URL, cc.Code, "Ada")
	if err != nil {
		t.Fatal(err)
	}
	jb, b, _, err := joinClass(t, ts.URL, cc.Code, "Bo")
	if err != nil {
		t.Fatal(err)
	}
	if ja.Nation == jb.Nation {
		t.Fatalf("two students, two nations, both got %s", ja.Nation)
	}
	share := 0.03
	if code, err := a.do("POST", "/api/play", decisionRequest{Nation: "SUD", Share: &share}, nil); code != http.StatusForbidden {
		t.Errorf("Ada (Norland) deciding for SUD: %d %v, want 403", code, err)
	}
	if _, err := a.do("POST", "/api/play", decisionRequest{Share: &share}, nil); err != nil {
		t.Fatal(err)
	}
	var v teacherView
	if _, err := teacher.do("GET", "/api/classes/"+cc.ID, nil, &v); err != nil {
		t.Fatal(err)
	}
	for _, n := range v.Nations {
		if n.Decided != (n.ID == "NOR") {
			t.Errorf("%s decided %v after Ada's decision alone", n.ID, n.Decided)
		}
	}
	forged := classClient{t: t, base: ts.URL, token: strings.Repeat("ab", 16)}
	for _, c := range []struct {
		who    string
		client classClient
		method string
		path   string
	}{
		{"a made-up token", forged, "POST", "/api/play"},
		{"a made-up token", forged, "GET", "/api/play"},
		{"no token", classClient{t: t, base: ts.URL}, "GET", "/api/play"},
		{"a student's token", b, "GET", "/api/classes/" + cc.ID},
		{"a student's token", b, "POST", "/api/classes/" + cc.ID + "/next"},
		{"a student's token", b, "GET", "/api/classes/" + cc.ID + "/download/decisions.jsonl"},
	} {
		if code, _ := c.client.do(c.method, c.path, decisionRequest{Share: &share}, nil); code != http.StatusForbidden {
			t.Errorf("%s, %s %s: %d, want 403", c.who, c.method, c.path, code)
		}
	}
}

// TestWrongCodeIsRefusedAndRateLimited: wrong codes are refused; after
// joinBurst of them the address is refused every join, the right code
// too, until the bucket refills; then a right code joins, and a name
// that joins again gets its nation back.
func TestWrongCodeIsRefusedAndRateLimited(t *testing.T) {
	now := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	timeNow = func() time.Time { return now }
	t.Cleanup(func() { timeNow = time.Now })
	_, ts := newClassServer(t)
	cc, _ := startClass(t, ts.URL, classRequest{Scenario: "classroom-balance", Nations: []string{"NOR", "SUD", "AUR"}, Round: 45})
	first, _, _, err := joinClass(t, ts.URL, cc.Code, "Ada")
	if err != nil {
		t.Fatal(err)
	}
	for k := range joinBurst {
		if _, _, code, _ := joinClass(t, ts.URL, "WRONG"+fmt.Sprint(k), "Mallory"); code != http.StatusForbidden {
			t.Fatalf("wrong code %d: %d, want 403", k, code)
		}
	}
	_, _, code, err := joinClass(t, ts.URL, cc.Code, "Ada")
	if code != http.StatusTooManyRequests || !strings.Contains(err.Error(), "too many wrong codes") {
		t.Fatalf("after %d wrong codes, the right one: %d %v, want 429", joinBurst, code, err)
	}
	now = now.Add(joinRefill)
	again, _, _, err := joinClass(t, ts.URL, strings.ToLower(cc.Code), "ada ")
	if err != nil {
		t.Fatalf("after %v: %v", joinRefill, err)
	}
	if again.Nation != first.Nation || again.Token == first.Token {
		t.Errorf("rejoin: %+v, first %+v: want the same nation and a new token", again, first)
	}
}

func httpNewRequest(method, url, token string) (*http.Request, error) {
	req, err := http.NewRequest(method, url, nil)
	if err == nil && token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return req, err
}

func httpDo(req *http.Request) ([]byte, error) {
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s %s: %s: %s", req.Method, req.URL.Path, resp.Status, data)
	}
	return data, err
}

// TestRoundsCloseOnTheClock: a round closes when its time is up, with the
// decisions sent (a nation nobody decided for follows the rules); Pause
// stops the clock and keeps the time left; End ends the class.
func TestRoundsCloseOnTheClock(t *testing.T) {
	minRound = 100 * time.Millisecond
	t.Cleanup(func() { minRound = 10 * time.Second })
	_, ts := newClassServer(t)
	cc, teacher := startClass(t, ts.URL, classRequest{Scenario: "classroom-balance", Nations: []string{"NOR", "SUD"}, Round: 0.3})
	_, ada, _, err := joinClass(t, ts.URL, cc.Code, "Ada")
	if err != nil {
		t.Fatal(err)
	}
	share := 0.05
	if _, err := ada.do("POST", "/api/play", decisionRequest{Share: &share}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := teacher.do("POST", "/api/classes/"+cc.ID+"/next", nil, nil); err != nil {
		t.Fatal(err)
	}
	waitForRound(t, teacher, cc.ID, 2) // the clock closed round 1
	if _, err := teacher.do("POST", "/api/classes/"+cc.ID+"/pause", nil, nil); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	var v teacherView
	if _, err := teacher.do("GET", "/api/classes/"+cc.ID, nil, &v); err != nil {
		t.Fatal(err)
	}
	if v.State != paused || v.Round != 2 || v.Left <= 0 || v.Left > 0.3 {
		t.Errorf("paused: %s, round %d, %v s left", v.State, v.Round, v.Left)
	}
	var sv studentView
	if _, err := ada.do("GET", "/api/play", nil, &sv); err != nil {
		t.Fatal(err)
	}
	if sv.Last == nil || !sv.Last.Decided || sv.Last.Share != 0.05 || sv.Nation.Share != 0.05 {
		t.Errorf("Ada's last round: %+v, share %v", sv.Last, sv.Nation.Share)
	}
	if _, err := teacher.do("POST", "/api/classes/"+cc.ID+"/end", nil, nil); err != nil {
		t.Fatal(err)
	}
	if code, _ := ada.do("POST", "/api/play", decisionRequest{Share: &share}, nil); code != http.StatusConflict {
		t.Errorf("a decision after the end: %d, want 409", code)
	}
}

// TestStudentsPickANation: a code tells the class's nations and how many
// play each; a student may pick one, a name that joins again keeps its
// own whatever it picks, and a nation not in the class is refused. A
// wrong code asked about counts as a failed join.
func TestStudentsPickANation(t *testing.T) {
	_, ts := newClassServer(t)
	cc, _ := startClass(t, ts.URL, classRequest{Scenario: "classroom-balance", Nations: []string{"NOR", "SUD", "AUR"}, Round: 45})
	anon := classClient{t: t, base: ts.URL}
	var ada joined
	if _, err := anon.do("POST", "/api/join", joinRequest{Code: cc.Code, Name: "Ada", Nation: "AUR"}, &ada); err != nil || ada.Nation != "Aurelia" {
		t.Fatalf("Ada picked AUR: %+v, %v", ada, err)
	}
	var again joined
	if _, err := anon.do("POST", "/api/join", joinRequest{Code: cc.Code, Name: "Ada", Nation: "NOR"}, &again); err != nil || again.Nation != "Aurelia" {
		t.Errorf("Ada again, picking NOR: %+v, %v; want Aurelia still", again, err)
	}
	if code, _ := anon.do("POST", "/api/join", joinRequest{Code: cc.Code, Name: "Bo", Nation: "BAY"}, nil); code != http.StatusConflict {
		t.Errorf("Bo picking a nation not in the class: %d, want 409", code)
	}
	var info struct {
		Nations []struct {
			ID       string
			Students int
		}
	}
	if _, err := anon.do("GET", "/api/join?code="+cc.Code, nil, &info); err != nil {
		t.Fatal(err)
	}
	if len(info.Nations) != 3 || info.Nations[2].ID != "AUR" || info.Nations[2].Students != 1 || info.Nations[0].Students != 0 {
		t.Errorf("the class's nations: %+v", info.Nations)
	}
	for range joinBurst {
		anon.do("GET", "/api/join?code=NOPE00", nil, nil)
	}
	if code, _ := anon.do("GET", "/api/join?code="+cc.Code, nil, nil); code != http.StatusTooManyRequests {
		t.Errorf("after %d wrong codes asked about: %d, want 429", joinBurst, code)
	}
}

// TestIdleClassesAreReclaimed: a class nobody has asked about for
// classIdleTimeout is closed, and its tokens forgotten.
func TestIdleClassesAreReclaimed(t *testing.T) {
	srv, ts := newClassServer(t)
	cc, _ := startClass(t, ts.URL, classRequest{Scenario: "classroom-balance", Nations: []string{"NOR"}, Round: 45})
	_, ada, _, err := joinClass(t, ts.URL, cc.Code, "Ada")
	if err != nil {
		t.Fatal(err)
	}
	srv.reapClasses(time.Now().Add(classIdleTimeout / 2))
	if len(srv.classes.all()) != 1 {
		t.Fatal("a class in use was reclaimed")
	}
	srv.reapClasses(time.Now().Add(classIdleTimeout + time.Minute))
	if len(srv.classes.all()) != 0 {
		t.Fatal("an idle class was kept")
	}
	if code, _ := ada.do("GET", "/api/play", nil, nil); code != http.StatusForbidden {
		t.Errorf("a token of a reclaimed class: %d, want 403", code)
	}
}
