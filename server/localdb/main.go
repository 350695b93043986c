// Command ferretdb-local runs FerretDB v1 (SQLite backend) as the zero-setup, MongoDB-wire
// database for development and tests. It embeds the ferretdb package instead of using
// `go install .../cmd/ferretdb`, whose binary panics without the release-only version file.
//
// Beyond FerretDB itself it does three things:
//   - keeps an index on `_ferretdb_sjson->'$._id'` in every collection table (see idindex.go),
//     the expression FerretDB's SQL filters on but never indexes, so `_id` lookups stop scanning;
//   - holds an exclusive lock on the data folder, so two processes never serve the same files;
//   - with -parent-pipe, lives exactly as long as its parent: it exits when stdin closes.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

// exitInUse tells the launcher another process serves the folder; stdout names its address.
const exitInUse = 3

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "TCP address to listen on (port 0 picks a free one)")
	dataDir := flag.String("data", "", "folder for the SQLite database files (required)")
	parentPipe := flag.Bool("parent-pipe", false,
		"exit when stdin closes (the parent died or stopped); read commands from it")
	grace := flag.Duration("grace", 30*time.Second,
		"with -parent-pipe: how long SIGINT/SIGTERM wait for the parent to close stdin")
	indexEvery := flag.Duration("index-every", 250*time.Millisecond, "how often to look for new collection tables")
	flag.Parse()
	if *dataDir == "" {
		fail(2, "-data is required")
	}
	if err := os.MkdirAll(*dataDir, 0o700); err != nil {
		fail(1, err)
	}

	lock, owner, err := lockDataDir(filepath.Join(*dataDir, "ferretdb-local.lock"))
	if errors.Is(err, errInUse) {
		// The launcher reads this line to reach the running instance (or to explain the refusal).
		fmt.Println("in-use", owner)
		os.Exit(exitInUse)
	}
	if err != nil {
		fail(1, err)
	}

	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	db, err := ferretdb.New(&ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: *listen},
		Logger:   logger,
		Handler:  "sqlite",
		// WAL (FerretDB's default) with synchronous=NORMAL: never corrupts, and commits skip the
		// fsync that would otherwise bound a local audit trail to a few dozen writes a second.
		SQLiteURL: "file:" + *dataDir + "/?_pragma=synchronous(normal)",
	})
	if err != nil {
		fail(1, err)
	}

	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	indexNow := make(chan chan error)
	go keepIDIndexes(ctx, *dataDir, *indexEvery, indexNow)

	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM)
	if *parentPipe {
		go serveParent(ctx, stop, indexNow)
	}
	go func() {
		sig := <-signals
		if !*parentPipe {
			stop()
			return
		}
		// A terminal's Ctrl-C or a process-group kill reaches this process and the server at once:
		// keep serving the server's in-flight requests until it closes the pipe, within the grace.
		select {
		case <-ctx.Done():
		case <-time.After(*grace):
			fmt.Fprintf(os.Stderr, "ferretdb-local: %s and the parent kept the pipe open for %s; exiting\n", sig, *grace)
			stop()
		case <-signals:
			stop()
		}
	}()

	uri := db.MongoDBURI()
	if err := lock.publish(uri); err != nil {
		fail(1, err)
	}
	// The launcher waits for this line to learn the address it got.
	fmt.Println("listening", uri)
	if err := db.Run(ctx); err != nil {
		fail(1, err)
	}
	lock.release()
}

// serveParent reads commands from the parent until stdin closes, then stops the database.
// "index" builds missing _id indexes now and answers "indexed <n>" (or "index-error <reason>").
func serveParent(ctx context.Context, stop context.CancelFunc, indexNow chan chan error) {
	defer stop()
	lines := bufio.NewScanner(os.Stdin)
	for lines.Scan() {
		if lines.Text() != "index" {
			continue
		}
		done := make(chan error, 1)
		select {
		case indexNow <- done:
		case <-ctx.Done():
			return
		}
		if err := <-done; err != nil {
			fmt.Println("index-error", err)
		} else {
			fmt.Println("indexed")
		}
	}
}

func fail(code int, reason any) {
	fmt.Fprintln(os.Stderr, "ferretdb-local:", reason)
	os.Exit(code)
}
