package sqlcore

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
)

// Dialect is what differs in the services' SQL between the databases.
// Queries are written with "?" placeholders and stored booleans as 0/1.
type Dialect struct {
	Numbered     bool   // placeholders are $1, $2…; booleans are sent as 0 and 1
	Returning    bool   // a new row's id comes from INSERT … RETURNING id
	NameOrder    string // sorts by name ignoring case
	TeamRow      string // the team row's id
	InsertChange string // appends (tbl, row_id, citizen_id, at, by_member) to the change log
	FactsInsert  string // starts refreshing citizen_facts (INSERT OR REPLACE or INSERT)
	FactsUpsert  string // ends it (the conflict clause, if any)
}

// Q runs a transaction's queries in the dialect, with the context the
// transaction began with.
type Q struct {
	*sql.Tx
	ctx context.Context
	d   *Dialect
}

func (db *DB) q(ctx context.Context, raw *sql.Tx) *Q { return &Q{Tx: raw, ctx: ctx, d: db.dialect} }

func (q *Q) Exec(query string, args ...any) (sql.Result, error) {
	return q.ExecContext(q.ctx, query, args...)
}

func (q *Q) Query(query string, args ...any) (*sql.Rows, error) {
	return q.QueryContext(q.ctx, query, args...)
}

func (q *Q) QueryRow(query string, args ...any) *sql.Row {
	return q.QueryRowContext(q.ctx, query, args...)
}

func (q *Q) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	query, args = q.bind(query, args)
	return q.Tx.ExecContext(ctx, query, args...)
}

func (q *Q) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	query, args = q.bind(query, args)
	return q.Tx.QueryContext(ctx, query, args...)
}

func (q *Q) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	query, args = q.bind(query, args)
	return q.Tx.QueryRowContext(ctx, query, args...)
}

// insertID runs an INSERT and returns the id the database gave the row.
func (q *Q) insertID(query string, args ...any) (int64, error) {
	if q.d.Returning {
		var id int64
		err := q.QueryRow(query+" RETURNING id", args...).Scan(&id)
		return id, err
	}
	res, err := q.Exec(query, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

func (q *Q) bind(query string, args []any) (string, []any) {
	if !q.d.Numbered {
		return query, args
	}
	return Rebind(query), ints(args)
}

// Rebind numbers the "?" placeholders outside quoted text ($1, $2…).
func Rebind(q string) string {
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

// ints sends booleans as 0 and 1, as the team file stores them.
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
