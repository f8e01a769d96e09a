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

// userVersion keeps the schema version in PRAGMA user_version. The
// migration's transaction is BEGIN IMMEDIATE via the DSN: the file's write
// lock serialises migrations.
var userVersion = sqlcore.SchemaVersion{
	Read: func(ctx context.Context, tx *sql.Tx) (int, error) {
		var v int
		err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
		return v, err
	},
	Set: func(ctx context.Context, tx *sql.Tx, version int) error {
		_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", version))
		return err
	},
}

// migrate brings the schema up to version upTo, one transaction per
// migration. Each transaction rereads user_version under the write lock, so
// two PCs opening an old file at once migrate it once.
func migrate(ctx context.Context, db *sql.DB, upTo int) error {
	return sqlcore.Migrate(ctx, db, migrations(), upTo, userVersion)
}
