package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"sync"

	"tavlen/storage/internal/sqlcore"
)

// Migrations are numbered files migrations/NNN_name.sql; file N brings the
// schema from version N-1 to N (table tavlen_schema). A released migration
// is never edited: a change is a new file.
//
//go:embed migrations/*.sql
var migrationFS embed.FS

// migrations are this adapter's schema files, in order.
var migrations = sync.OnceValue(func() []sqlcore.Migration { return sqlcore.LoadMigrations(migrationFS) })

// latestVersion is the schema version this Tavlen writes.
func latestVersion() int { return len(migrations()) }

// migrationLockKey serialises migrations of one database across PCs.
const migrationLockKey = 0x5441564C<<20 - 1

// migrate brings the schema up to version upTo, one transaction per
// migration. Each transaction takes the migration lock and rereads the
// version, so two PCs opening an old database at once migrate it once.
// A database written by a newer Tavlen is refused before anything is
// changed.
func migrate(ctx context.Context, db *sql.DB, upTo int) error {
	current, err := schemaVersion(ctx, db)
	if err != nil {
		return err
	}
	if current > latestVersion() {
		return errNewer()
	}
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

// schemaVersion is the database's schema version; 0 for an empty database.
func schemaVersion(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var exists bool
	if err := q.QueryRowContext(ctx, `SELECT to_regclass('tavlen_schema') IS NOT NULL`).Scan(&exists); err != nil {
		return 0, err
	}
	if !exists {
		return 0, nil
	}
	var v int
	err := q.QueryRowContext(ctx, `SELECT version FROM tavlen_schema`).Scan(&v)
	return v, err
}

func migrateOne(ctx context.Context, db *sql.DB, m sqlcore.Migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLockKey)); err != nil {
		return err
	}
	current, err := schemaVersion(ctx, tx)
	if err != nil {
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
	if _, err := tx.ExecContext(ctx, `UPDATE tavlen_schema SET version = $1`, m.Version); err != nil {
		return err
	}
	return tx.Commit()
}
