package serve

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
)

// TestHostAllowList is DNS rebinding on a LAN address (issue 18, finding
// 7): a server listening beyond loopback (`--addr :PORT`) took a request
// with a foreign Host and a matching Origin, so a page a student visits
// could create sessions through the student's browser. Now it answers only
// to localhost, this machine's addresses and the names given with --host;
// on loopback it answers as before.
func TestHostAllowList(t *testing.T) {
	own := ownAddress(t)
	for _, tc := range []struct {
		name  string
		addr  string   // where the server listens
		hosts []string // --host
		host  string   // the request's Host (and its Origin's)
		want  int
		says  string // in the refusal
	}{
		{"beyond loopback: a rebound name", "0.0.0.0:0", nil, "evil.example", http.StatusForbidden, "start it with `entente serve --host evil.example`"},
		{"beyond loopback: a rebound name, with --host for another", "0.0.0.0:0", []string{"classroom.school.example"}, "evil.example", http.StatusForbidden, "localhost, this machine's addresses and the names given with --host"},
		{"beyond loopback: an address not this machine's", "0.0.0.0:0", nil, "203.0.113.9", http.StatusForbidden, "this machine's addresses"},
		{"beyond loopback: localhost", "0.0.0.0:0", nil, "localhost", http.StatusCreated, ""},
		{"beyond loopback: 127.0.0.1", "0.0.0.0:0", nil, "127.0.0.1", http.StatusCreated, ""},
		{"beyond loopback: this machine's address", "0.0.0.0:0", nil, own, http.StatusCreated, ""},
		{"beyond loopback: a name given with --host", "0.0.0.0:0", []string{"classroom.school.example"}, "classroom.school.example", http.StatusCreated, ""},
		{"beyond loopback: the name in capitals, with a final dot", "0.0.0.0:0", []string{"classroom.school.example"}, "Classroom.School.Example.", http.StatusCreated, ""},
		{"loopback: a rebound name, as before", "127.0.0.1:0", nil, "evil.example", http.StatusForbidden, "this server answers only to localhost"},
		{"loopback: this machine's other address, as before", "127.0.0.1:0", nil, own, http.StatusForbidden, "answers only to localhost"},
		{"loopback: localhost, as before", "127.0.0.1:0", nil, "localhost", http.StatusCreated, ""},
		{"loopback: a name given with --host", "127.0.0.1:0", []string{"entente.example"}, "entente.example", http.StatusCreated, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.host == "" {
				t.Skip("this machine has no address beyond loopback")
			}
			port := serveOn(t, tc.addr, Options{Hosts: tc.hosts})
			host := net.JoinHostPort(tc.host, port)
			for _, path := range []string{"/api/sessions", "/"} { // the API, and the page itself
				method := http.MethodPost
				if path == "/" {
					method = http.MethodGet
				}
				req, _ := http.NewRequest(method, "http://127.0.0.1:"+port+path, nil)
				req.Host = host
				req.Header.Set("Origin", "http://"+host) // the rebound page's own origin
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				want := tc.want
				if want == http.StatusCreated && method == http.MethodGet {
					want = http.StatusOK
				}
				if resp.StatusCode != want || !strings.Contains(string(body), tc.says) {
					t.Errorf("%s %s, Host %s: %s %q, want %d saying %q", method, path, host, resp.Status, body, want, tc.says)
				}
			}
		})
	}
}

// TestOwnAddresses: an address the machine takes after the server started
// is its own too; an IPv6 address is compared as an address.
func TestOwnAddresses(t *testing.T) {
	addrs := []net.Addr{&net.IPNet{IP: net.ParseIP("192.168.1.20")}}
	g := newHostGuard(nil, true, http.NotFoundHandler())
	g.ownAddrs = func() ([]net.Addr, error) { return addrs, nil }
	for _, tc := range []struct {
		host string
		want bool
	}{
		{"192.168.1.20:8080", true}, {"192.168.1.21:8080", false}, {"[2001:db8::7]:8080", false},
		{"", false}, {"[fe80::1%25eth0]:8080", false},
	} {
		if got := g.allows(tc.host); got != tc.want {
			t.Errorf("allows(%q) = %v, want %v", tc.host, got, tc.want)
		}
	}
	addrs = append(addrs, &net.IPNet{IP: net.ParseIP("2001:db8::7")}, &net.IPNet{IP: net.ParseIP("fe80::1")})
	for _, host := range []string{"192.168.1.20", "[2001:0DB8:0::7]:8080", "[fe80::1%25eth0]:8080"} {
		if !g.allows(host) {
			t.Errorf("allows(%q) = false once the machine has it", host)
		}
	}
}

func TestNormalHost(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Classroom.School.Example.", "classroom.school.example"},
		{"teacher-laptop", "teacher-laptop"},
		{"10.0.0.2", "10.0.0.2"},
		{"[::1]", "::1"},
		{"2001:0DB8::7", "2001:db8::7"},
		{"http://classroom.example", ""},
		{"classroom.example:8080", ""},
		{"classroom.example/x", ""},
		{"*.example", ""},
		{"a b", ""},
		{"", ""},
		{"-bad.example", ""},
		{"a..example", ""},
	} {
		got, err := NormalHost(tc.in)
		if got != tc.want || (err == nil) != (tc.want != "") {
			t.Errorf("NormalHost(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

// serveOn runs Serve on addr until the test ends and returns its port.
func serveOn(t *testing.T, addr string, opts Options) string {
	t.Helper()
	ln, _, err := Listen(addr)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, opts, discardLogger()) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	return port
}

// ownAddress is one of this machine's addresses beyond loopback, or "".
func ownAddress(t *testing.T) string {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && !n.IP.IsLoopback() && n.IP.To4() != nil {
			return n.IP.String()
		}
	}
	return ""
}
