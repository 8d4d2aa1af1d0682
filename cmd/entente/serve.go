package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"entente/serve"
)

// cmdServe runs the classroom server until interrupted.
func cmdServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("serve", stdout)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (host:port); anything but loopback lets other machines in")
	var hosts listFlag
	fs.Var(&hosts, "host", "a `name` the server answers to, besides localhost and (beyond loopback) this machine's addresses; repeatable")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return badInput("serve takes no arguments, got %q", rest)
	}
	var names []string
	for _, h := range hosts {
		name, err := serve.NormalHost(h)
		if err != nil {
			return badInput("%v", err)
		}
		names = append(names, name)
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	ln, loopback, err := serve.Listen(*addr)
	if err != nil {
		return err
	}
	if !loopback {
		answers := "localhost and this machine's addresses"
		if len(names) > 0 {
			answers += ", " + strings.Join(names, ", ")
		}
		log.Warn("listening beyond this machine: anyone who can reach this address can use the server", "addr", ln.Addr().String(), "answers to", answers)
	}
	own, _ := net.InterfaceAddrs() // none found: localhost is still given
	urls := serve.URLs(ln.Addr(), own)
	if !loopback { // the names given with --host first: the class may know them
		port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
		var named []string
		for _, n := range names {
			named = append(named, "http://"+net.JoinHostPort(n, port)+"/")
		}
		urls = append(named, urls...)
	}
	if len(urls) == 1 {
		fmt.Fprintf(stdout, "entente serve: open %s (Ctrl-C stops it)\n", urls[0])
	} else {
		fmt.Fprintf(stdout, "entente serve: give the class one of these addresses (Ctrl-C stops it):\n")
		for _, u := range urls {
			fmt.Fprintf(stdout, "  %s\n", u)
		}
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	opts := serve.Options{Hosts: names, Log: log}
	if !loopback { // a class's students join at the first address given, not at localhost
		opts.JoinURL = urls[0]
	}
	fmt.Fprintf(stdout, "a class: open %sclass on this machine\n", strings.TrimSuffix(urls[len(urls)-1], "/")+"/")
	return serve.Serve(ctx, ln, opts, log)
}
