package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os/signal"
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
	fmt.Fprintf(stdout, "entente serve: open http://%s/ (Ctrl-C stops it)\n", ln.Addr())
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	return serve.Serve(ctx, ln, serve.Options{Hosts: names, Log: log}, log)
}
