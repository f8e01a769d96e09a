package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"sync"

	"tavlen/storage/internal/sqlcore"
)

// Migrations are numbered files migrations/NNN_name.sql; file N brings the
// schema from version N-1 to N (PRAGMA user_version). A released migration
// is never edited: a change is a new file.
//
//go:embed migrations/*.sql
var migrationFS embed.FS

// migrations are this adapter's schema files, in order.
var migrations = sync.OnceValue(func() []sqlcore.Migration { return sqlcore.LoadMigrations(migrationFS) })

// latestVersion is the schema version this Tavlen writes.
func latestVersion() int { return len(migrations()) }

// migrate brings the schema up to version upTo, one transaction per
// migration. Each transaction rereads user_version under the write lock, so
// two PCs opening an old file at once migrate it once.
func migrate(ctx context.Context, db *sql.DB, upTo int) error {
	for _, m := range migrations() {
		if m.Version > upTo {
			break
		}
		if err := migrateOne(ctx, db, m); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	return nil
}

func migrateOne(ctx context.Context, db *sql.DB, m sqlcore.Migration) error {
	tx, err := db.BeginTx(ctx, nil) // BEGIN IMMEDIATE via the DSN
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	var current int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&current); err != nil {
		return err
	}
	if current >= m.Version {
		return nil
	}
	if current != m.Version-1 {
		return fmt.Errorf("schema is at version %d, expected %d", current, m.Version-1)
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.Version)); err != nil {
		return err
	}
	return tx.Commit()
}
