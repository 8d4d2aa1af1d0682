package serve

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"time"
)

// Listen opens addr; it says whether the address is reachable only from
// this machine.
func Listen(addr string) (net.Listener, bool, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, false, fmt.Errorf("listen on %s: %w", addr, err)
	}
	return ln, Loopback(ln.Addr()), nil
}

// Loopback reports whether a listening address accepts only this
// machine's connections (127.0.0.0/8 or ::1; not the unspecified address).
func Loopback(a net.Addr) bool {
	tcp, ok := a.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}

// Serve runs the server on ln until ctx ends, then shuts it down: streams
// end with "bye", players stop, and requests in flight get a few seconds.
// It answers only requests addressed to localhost, to opts.Hosts or, when
// ln is beyond loopback, to this machine's addresses (hostGuard).
// The http.Server has read and write time-outs; streams extend their own
// write deadline before each write.
func Serve(ctx context.Context, ln net.Listener, opts Options, log *slog.Logger) error {
	if opts.Log == nil {
		opts.Log = log
	}
	s := New(opts)
	// Only requests addressed to this server by a name it knows: no DNS
	// name rebound to its address reaches it (hostGuard).
	handler := newHostGuard(opts.Hosts, !Loopback(ln.Addr()), s)
	hs := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		s.Close()
		return err
	case <-ctx.Done():
	}
	s.Close() // streams see s.closing, send bye and return
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := hs.Shutdown(shut)
	if errors.Is(err, context.DeadlineExceeded) {
		err = hs.Close()
	}
	if e := <-errc; !errors.Is(e, http.ErrServerClosed) && err == nil {
		err = e
	}
	return err
}

// URLs are the addresses to give for a listener: itself when it listens on
// one address; when it listens on all of them (0.0.0.0 or ::), this
// machine's own, from addrs (net.InterfaceAddrs): the LAN addresses a class
// can reach first, then localhost. Link-local IPv6 addresses (fe80::, which
// need a zone) are left out; an IPv4 listener gives only IPv4 addresses.
func URLs(ln net.Addr, addrs []net.Addr) []string {
	tcp, ok := ln.(*net.TCPAddr)
	if !ok {
		return []string{"http://" + ln.String() + "/"}
	}
	port := strconv.Itoa(tcp.Port)
	if !tcp.IP.IsUnspecified() {
		return []string{"http://" + net.JoinHostPort(tcp.IP.String(), port) + "/"}
	}
	only4 := tcp.IP.To4() != nil
	var v4, v6 []string
	for _, a := range addrs {
		n, ok := a.(*net.IPNet)
		if !ok || n.IP.IsLoopback() || n.IP.IsLinkLocalUnicast() || n.IP.IsMulticast() || n.IP.IsUnspecified() {
			continue
		}
		u := "http://" + net.JoinHostPort(n.IP.String(), port) + "/"
		if n.IP.To4() != nil {
			v4 = append(v4, u)
		} else if !only4 {
			v6 = append(v6, u)
		}
	}
	return append(append(v4, v6...), "http://localhost:"+port+"/")
}
