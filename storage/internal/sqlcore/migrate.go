package sqlcore

import (
	"context"
	"database/sql"
	"fmt"
)

// SchemaVersion is how an adapter keeps its schema version, read and
// written inside a migration's transaction.
type SchemaVersion struct {
	// Lock, when set, serialises migrations across PCs; it runs first in
	// each transaction (SQLite needs none: BEGIN IMMEDIATE takes the file's
	// write lock).
	Lock func(ctx context.Context, tx *sql.Tx) error
	Read func(ctx context.Context, tx *sql.Tx) (int, error)
	Set  func(ctx context.Context, tx *sql.Tx, version int) error
}

// Migrate brings the schema up to version upTo, one transaction per
// migration. Each transaction rereads the version under the lock, so two
// PCs opening an old database at once migrate it once.
func Migrate(ctx context.Context, db *sql.DB, list []Migration, upTo int, schema SchemaVersion) error {
	for _, m := range list {
		if m.Version > upTo {
			break
		}
		if err := migrateOne(ctx, db, m, schema); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	return nil
}

func migrateOne(ctx context.Context, db *sql.DB, m Migration, schema SchemaVersion) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	if schema.Lock != nil {
		if err := schema.Lock(ctx, tx); err != nil {
			return err
		}
	}
	current, err := schema.Read(ctx, tx)
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
	if err := schema.Set(ctx, tx, m.Version); err != nil {
		return err
	}
	return tx.Commit()
}
