package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Migrations are numbered files migrations/NNN_name.sql; file N brings the
// schema from version N-1 to N (PRAGMA user_version). A released migration
// is never edited: a change is a new file.
//
//go:embed migrations/*.sql
var migrationFS embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

var (
	migrationsOnce sync.Once
	migrationList  []migration
)

func migrations() []migration {
	migrationsOnce.Do(func() {
		names, err := fs.Glob(migrationFS, "migrations/*.sql")
		if err != nil {
			panic(err)
		}
		for _, name := range names {
			base := strings.TrimPrefix(name, "migrations/")
			n, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
			if err != nil {
				panic(fmt.Sprintf("storage: migration %s has no number", base))
			}
			b, err := migrationFS.ReadFile(name)
			if err != nil {
				panic(err)
			}
			migrationList = append(migrationList, migration{n, base, string(b)})
		}
		sort.Slice(migrationList, func(i, j int) bool { return migrationList[i].version < migrationList[j].version })
		for i, m := range migrationList {
			if m.version != i+1 {
				panic(fmt.Sprintf("storage: migrations must be numbered 1, 2, 3…; found %s", m.name))
			}
		}
	})
	return migrationList
}

// latestVersion is the schema version this Tavlen writes.
func latestVersion() int { return len(migrations()) }

// migrate brings the schema up to version upTo, one transaction per
// migration. Each transaction rereads user_version under the write lock, so
// two PCs opening an old file at once migrate it once.
func migrate(ctx context.Context, db *sql.DB, upTo int) error {
	for _, m := range migrations() {
		if m.version > upTo {
			break
		}
		if err := migrateOne(ctx, db, m); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

func migrateOne(ctx context.Context, db *sql.DB, m migration) error {
	tx, err := db.BeginTx(ctx, nil) // BEGIN IMMEDIATE via the DSN
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	var current int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&current); err != nil {
		return err
	}
	if current >= m.version {
		return nil
	}
	if current != m.version-1 {
		return fmt.Errorf("schema is at version %d, expected %d", current, m.version-1)
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return err
	}
	return tx.Commit()
}
