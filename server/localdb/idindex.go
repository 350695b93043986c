package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	_ "modernc.org/sqlite" // already linked by FerretDB; registers the "sqlite" driver
)

// idExpr is exactly the expression FerretDB v1's SQLite backend filters `_id` on
// (metadata.IDColumn). Its own unique `_id_` index is on `_ferretdb_sjson->"_id"`, which SQLite
// does not match to it, so without this index every `_id` lookup, update and delete scans.
const idExpr = `_ferretdb_sjson->'$._id'`

// idIndexSuffix names our index: "<table>_pz_id". FerretDB lists indexes from its own metadata,
// so clients never see it; dropping the collection drops the table and the index with it.
const idIndexSuffix = "_pz_id"

// keepIDIndexes adds the index to every collection table of every database file: at start,
// every `every` (FerretDB creates tables lazily on first insert), and when asked through now.
func keepIDIndexes(ctx context.Context, dir string, every time.Duration, now chan chan error) {
	files := map[string]*dbFile{}
	defer func() {
		for _, f := range files {
			f.close()
		}
	}()
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		err := indexAll(ctx, dir, files)
		if err != nil && ctx.Err() == nil {
			fmt.Fprintln(os.Stderr, "ferretdb-local: _id index:", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		case done := <-now:
			done <- indexAll(ctx, dir, files)
		}
	}
}

// dbFile is our own connection to one database file, kept while the file is the same inode.
type dbFile struct {
	db            *sql.DB
	inode         uint64
	schemaVersion int64
}

func (f *dbFile) close() { _ = f.db.Close() }

func indexAll(ctx context.Context, dir string, files map[string]*dbFile) error {
	paths, err := filepath.Glob(filepath.Join(dir, "*.sqlite"))
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	var errs []error
	for _, path := range paths {
		seen[path] = true
		info, err := os.Stat(path)
		if err != nil {
			continue // dropped meanwhile
		}
		inode := info.Sys().(*syscall.Stat_t).Ino
		f := files[path]
		if f != nil && f.inode != inode {
			// Dropped and created again: the old connection still points at the deleted file.
			f.close()
			f = nil
		}
		if f == nil {
			db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)")
			if err != nil {
				errs = append(errs, err)
				continue
			}
			db.SetMaxOpenConns(1)
			f = &dbFile{db: db, inode: inode, schemaVersion: -1}
			files[path] = f
		}
		if err := f.ensure(ctx); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", filepath.Base(path), err))
		}
	}
	for path, f := range files {
		if !seen[path] {
			f.close()
			delete(files, path)
		}
	}
	return errors.Join(errs...)
}

// ensure creates the missing indexes; the schema version (a header read) skips unchanged files.
func (f *dbFile) ensure(ctx context.Context) error {
	var version int64
	if err := f.db.QueryRowContext(ctx, "PRAGMA schema_version").Scan(&version); err != nil {
		return err
	}
	if version == f.schemaVersion {
		return nil
	}
	missing, err := f.tablesWithoutIndex(ctx)
	if err != nil {
		return err
	}
	for _, table := range missing {
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS "%s" ON "%s" (%s)`, table+idIndexSuffix, table, idExpr)
		if _, err := f.db.ExecContext(ctx, q); err != nil && !strings.Contains(err.Error(), "no such table") {
			return err
		}
	}
	if len(missing) > 0 {
		// Our own CREATE INDEX changed the version: read it again so the next pass skips the file.
		if err := f.db.QueryRowContext(ctx, "PRAGMA schema_version").Scan(&version); err != nil {
			return err
		}
	}
	f.schemaVersion = version
	return nil
}

func (f *dbFile) tablesWithoutIndex(ctx context.Context) ([]string, error) {
	rows, err := f.db.QueryContext(ctx, `
		SELECT c.table_name FROM _ferretdb_collections c
		WHERE EXISTS (SELECT 1 FROM sqlite_master t WHERE t.type = 'table' AND t.name = c.table_name)
		  AND NOT EXISTS (SELECT 1 FROM sqlite_master i WHERE i.type = 'index' AND i.name = c.table_name || ?)`,
		idIndexSuffix)
	if err != nil {
		if strings.Contains(err.Error(), "no such table") {
			return nil, nil // a database file FerretDB is still creating
		}
		return nil, err
	}
	defer rows.Close()
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		tables = append(tables, name)
	}
	return tables, rows.Err()
}
