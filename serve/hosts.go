package serve

import (
	"fmt"
	"net"
	"net/http"
	"strings"
)

// hostGuard answers only requests addressed to this server by a name it
// knows (the Host header): localhost and the loopback addresses; the names
// given in Options.Hosts (`--host`); and, when it listens beyond loopback,
// the machine's own addresses. DNS rebinding gets a name of the attacker's
// pointed at this machine: the page it serves then has the same origin as
// the server as far as the browser can tell, so its requests pass the
// cross-origin check (Origin matches Host) and could fill the sessions or
// send a hostile upload through a student's browser. No such name is on
// the list. A Host that is an address needs no name server, so it cannot
// be rebound; only this machine's own are taken all the same.
type hostGuard struct {
	names    map[string]bool // Options.Hosts, normalised
	beyond   bool            // listening beyond loopback: the machine's addresses too
	next     http.Handler
	ownAddrs func() ([]net.Addr, error) // net.InterfaceAddrs; tests replace it
}

func newHostGuard(names []string, beyond bool, next http.Handler) *hostGuard {
	g := &hostGuard{names: map[string]bool{}, beyond: beyond, next: next, ownAddrs: net.InterfaceAddrs}
	for _, n := range names {
		if h, err := NormalHost(n); err == nil {
			g.names[h] = true
		}
	}
	return g
}

func (g *hostGuard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !g.allows(r.Host) {
		http.Error(w, g.refusal(r.Host), http.StatusForbidden)
		return
	}
	g.next.ServeHTTP(w, r)
}

func (g *hostGuard) allows(hostport string) bool {
	if hostIsLoopback(hostport) {
		return true
	}
	host := hostOnly(hostport)
	ip := net.ParseIP(host)
	if ip != nil {
		host = ip.String() // as NormalHost writes an address
	}
	if g.names[host] {
		return true
	}
	if !g.beyond || ip == nil {
		return false
	}
	// Looked up at each request, not once: an address the machine gets
	// after the server started (a new lease) is its own too.
	addrs, err := g.ownAddrs()
	if err != nil {
		return false
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && n.IP.Equal(ip) {
			return true
		}
	}
	return false
}

// refusal says what the server answers to and how to add a name.
func (g *hostGuard) refusal(hostport string) string {
	host := hostOnly(hostport)
	if len(host) > 80 {
		host = host[:80] + "…"
	}
	if !g.beyond && len(g.names) == 0 {
		return "this server answers only to localhost" // as before --host existed
	}
	what := []string{"localhost"}
	if g.beyond {
		what = append(what, "this machine's addresses")
	}
	if len(g.names) > 0 {
		what = append(what, "the names given with --host")
	}
	list := strings.Join(what[:len(what)-1], ", ") + " and " + what[len(what)-1]
	msg := fmt.Sprintf("this server does not answer to the name %q: it answers to %s.", host, list)
	if h, err := NormalHost(host); err == nil {
		msg += fmt.Sprintf(" To use this name, start it with `entente serve --host %s`.", h)
	}
	return msg
}

// hostIsLoopback reports whether a request's Host names this machine
// (localhost or a loopback address): a server bound to loopback refuses
// others, so a web page cannot reach it through a DNS name rebound to
// 127.0.0.1.
func hostIsLoopback(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// hostOnly is a Host header's host, lower-case, without port, brackets,
// IPv6 zone or a final dot.
func hostOnly(hostport string) string {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if i := strings.IndexByte(host, '%'); i >= 0 {
		host = host[:i]
	}
	return strings.TrimSuffix(strings.ToLower(host), ".")
}

// NormalHost checks a name given with --host and returns it as requests'
// Host headers are compared with it: a DNS name or an address, without a
// scheme, a port or a path.
func NormalHost(name string) (string, error) {
	if ip := net.ParseIP(strings.Trim(name, "[]")); ip != nil {
		return ip.String(), nil
	}
	h := strings.TrimSuffix(strings.ToLower(name), ".")
	if h == "" || len(h) > 253 {
		return "", fmt.Errorf("--host %q: give a host name (such as classroom.school.example) or an address", name)
	}
	for _, label := range strings.Split(h, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return "", fmt.Errorf("--host %q: not a host name (give it without a scheme, a port or a path)", name)
		}
		for _, c := range label {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
				return "", fmt.Errorf("--host %q: not a host name (give it without a scheme, a port or a path)", name)
			}
		}
	}
	return h, nil
}
