// Package pgtest gives tests outside storage/postgres a database of their
// own on the PostgreSQL server named by TAVLEN_TEST_POSTGRES (a
// superuser's address; .ci/postgres starts one). Without it the tests
// skip, except in CI (CI=true), where a missing server is a failure.
package pgtest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
)

// ServerAddress is the superuser's address of the test server.
func ServerAddress(t testing.TB) string {
	t.Helper()
	addr := os.Getenv("TAVLEN_TEST_POSTGRES")
	if addr == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but TAVLEN_TEST_POSTGRES is unset: .ci/postgres must start a server for these tests")
		}
		t.Skip("TAVLEN_TEST_POSTGRES is unset; start a server with .ci/postgres start")
	}
	return addr
}

// As returns the server's address with user and database replaced.
func As(t testing.TB, user, database string) string {
	t.Helper()
	u, err := url.Parse(ServerAddress(t))
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.User(user)
	u.Path = "/" + database
	return u.String()
}

// SuperExec runs statements as the server's superuser on database.
func SuperExec(t testing.TB, database string, stmts ...string) {
	t.Helper()
	u, _ := url.Parse(ServerAddress(t))
	super := "postgres"
	if u != nil && u.User != nil {
		super = u.User.Username()
	}
	ctx := context.Background()
	c, err := pgx.Connect(ctx, As(t, super, database))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	for _, s := range stmts {
		if _, err := c.Exec(ctx, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

var (
	ownerOnce sync.Once
	ownerRole string
	count     atomic.Int64
)

// Owner is a role (no superuser: row-level security applies to it) that
// owns the test databases, made once per test process.
func Owner(t testing.TB) string {
	ownerOnce.Do(func() {
		ownerRole = fmt.Sprintf("tavlen_ext_owner_%d", os.Getpid())
		SuperExec(t, "postgres", fmt.Sprintf(`DO $$ BEGIN
			IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%[1]s') THEN CREATE ROLE %[1]s LOGIN CREATEROLE; END IF;
			END $$`, ownerRole))
	})
	return ownerRole
}

// NewDatabase makes an empty database owned by Owner, dropped when the
// test ends, and returns its name.
func NewDatabase(t testing.TB) string {
	t.Helper()
	owner := Owner(t)
	name := fmt.Sprintf("tavlen_ext_%d_%d", os.Getpid(), count.Add(1))
	SuperExec(t, "postgres", fmt.Sprintf(`CREATE DATABASE %s OWNER %s`, name, owner))
	SuperExec(t, name, `ALTER SCHEMA public OWNER TO `+owner)
	t.Cleanup(func() { SuperExec(t, "postgres", `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`) })
	return name
}

// NewDatabaseAddress makes a database as NewDatabase does and returns the
// owner's address of it.
func NewDatabaseAddress(t testing.TB) string {
	t.Helper()
	return As(t, Owner(t), NewDatabase(t))
}

// PasswordGroup is the group whose members the test server (.ci/postgres)
// lets in only with their password.
const PasswordGroup = "tavlen_password_login"

// PasswordRole makes a login role that must give password (the server
// asks for it), dropped again by the next server. It skips when the
// server lets everyone in without one.
func PasswordRole(t testing.TB, password string) string {
	t.Helper()
	ServerAddress(t)
	ctx := context.Background()
	c, err := pgx.Connect(ctx, ServerAddress(t))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	var n int
	if err := c.QueryRow(ctx, `SELECT count(*) FROM pg_hba_file_rules WHERE '+'||$1 = ANY(user_name) AND auth_method = 'scram-sha-256'`, PasswordGroup).Scan(&n); err != nil || n == 0 {
		t.Skipf("the test server asks nobody for a password (pg_hba.conf; .ci/postgres sets it up): %v", err)
	}
	role := fmt.Sprintf("tavlen_pw_%d_%d", os.Getpid(), count.Add(1))
	for _, s := range []string{
		fmt.Sprintf(`DO $$ BEGIN
			IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%[1]s') THEN CREATE ROLE %[1]s NOLOGIN; END IF;
			END $$`, PasswordGroup),
		`SET password_encryption = 'scram-sha-256'`,
		fmt.Sprintf(`CREATE ROLE %s LOGIN PASSWORD %s IN ROLE %s`, role, quote(password), PasswordGroup),
	} {
		if _, err := c.Exec(ctx, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	return role
}

func quote(s string) string {
	out := "'"
	for _, r := range s {
		if r == '\'' {
			out += "'"
		}
		out += string(r)
	}
	return out + "'"
}
