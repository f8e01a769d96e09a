package postgres

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
)

// sqlTx is a transaction whose queries are written with SQLite's "?"
// placeholders, as the services share their SQL shape with the team file;
// each query is rewritten to PostgreSQL's $1, $2… before it is sent.
type sqlTx struct {
	*sql.Tx
	ctx context.Context
}

func (t *sqlTx) Exec(query string, args ...any) (sql.Result, error) {
	return t.Tx.ExecContext(t.ctx, rebind(query), ints(args)...)
}

func (t *sqlTx) Query(query string, args ...any) (*sql.Rows, error) {
	return t.Tx.QueryContext(t.ctx, rebind(query), ints(args)...)
}

func (t *sqlTx) QueryRow(query string, args ...any) *sql.Row {
	return t.Tx.QueryRowContext(t.ctx, rebind(query), ints(args)...)
}

func (t *sqlTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return t.Tx.ExecContext(ctx, rebind(query), ints(args)...)
}

func (t *sqlTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return t.Tx.QueryContext(ctx, rebind(query), ints(args)...)
}

func (t *sqlTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return t.Tx.QueryRowContext(ctx, rebind(query), ints(args)...)
}

// insertID runs an INSERT and returns the id PostgreSQL gave the new row.
func (t *sqlTx) insertID(query string, args ...any) (int64, error) {
	var id int64
	err := t.QueryRow(query+" RETURNING id", args...).Scan(&id)
	return id, err
}

// rebind numbers the "?" placeholders outside quoted text.
func rebind(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n, quote := 0, byte(0)
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '?':
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// ints stores booleans as 0 and 1, as the team file does.
func ints(args []any) []any {
	for i, a := range args {
		if b, ok := a.(bool); ok {
			if b {
				args[i] = int64(1)
			} else {
				args[i] = int64(0)
			}
		}
	}
	return args
}
