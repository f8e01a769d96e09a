package postgres

import (
	"context"
	"database/sql"
	"embed"
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
	return sqlcore.Migrate(ctx, db, migrations(), upTo, schemaTable)
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

// schemaTable keeps the schema version in table tavlen_schema, under the
// migration lock.
var schemaTable = sqlcore.SchemaVersion{
	Lock: func(ctx context.Context, tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLockKey))
		return err
	},
	Read: func(ctx context.Context, tx *sql.Tx) (int, error) { return schemaVersion(ctx, tx) },
	Set: func(ctx context.Context, tx *sql.Tx, version int) error {
		_, err := tx.ExecContext(ctx, `UPDATE tavlen_schema SET version = $1`, version)
		return err
	},
}
