package postgres

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

// The tests run against the PostgreSQL server named by TAVLEN_TEST_POSTGRES
// (a superuser's address; .ci/postgres starts one). Without it they skip,
// except in CI, where a missing server is a failure.

var ctx = context.Background()

func serverAddress(t testing.TB) string {
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

// as returns addr with user and database replaced.
func as(t testing.TB, addr, user, database string) string {
	t.Helper()
	u, err := url.Parse(addr)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.User(user)
	u.Path = "/" + database
	return u.String()
}

// superExec runs statements as the server's superuser on database.
func superExec(t testing.TB, database string, stmts ...string) {
	t.Helper()
	c, err := pgx.Connect(ctx, as(t, serverAddress(t), superUser(t), database))
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

func superUser(t testing.TB) string {
	u, err := url.Parse(serverAddress(t))
	if err != nil || u.User == nil {
		return "postgres"
	}
	return u.User.Username()
}

var (
	ownerOnce sync.Once
	ownerRole string
	dbCount   atomic.Int64
)

// testOwner is the (non-superuser: row-level security applies to it)
// role that owns the test databases, made once per test process.
func testOwner(t testing.TB) string {
	ownerOnce.Do(func() {
		ownerRole = fmt.Sprintf("tavlen_owner_%d", os.Getpid())
		superExec(t, "postgres", fmt.Sprintf(`DO $$ BEGIN
			IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%[1]s') THEN CREATE ROLE %[1]s LOGIN CREATEROLE; END IF;
			END $$`, ownerRole))
	})
	return ownerRole
}

// emptyDatabase makes a database with nothing in it, owned by the test
// owner and dropped when the test ends; it returns the owner's address.
func emptyDatabase(t testing.TB) string {
	t.Helper()
	owner := testOwner(t)
	name := fmt.Sprintf("tavlen_%d_%d", os.Getpid(), dbCount.Add(1))
	superExec(t, "postgres", fmt.Sprintf(`CREATE DATABASE %s OWNER %s`, name, owner))
	superExec(t, name, `ALTER SCHEMA public OWNER TO `+owner)
	t.Cleanup(func() { superExec(t, "postgres", `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`) })
	return as(t, serverAddress(t), owner, name)
}

var (
	templateOnce sync.Once
	templateName string
)

// migratedTemplate is a database with the schema in it, copied for each
// test (much faster than migrating each); dropped by the next run's
// server, which is thrown away.
func migratedTemplate(t testing.TB) string {
	templateOnce.Do(func() {
		owner := testOwner(t)
		name := fmt.Sprintf("tavlen_%d_template", os.Getpid())
		superExec(t, "postgres", fmt.Sprintf(`CREATE DATABASE %s OWNER %s`, name, owner))
		superExec(t, name, `ALTER SCHEMA public OWNER TO `+owner)
		db, err := connect(ctx, as(t, serverAddress(t), owner, name), Options{})
		if err != nil {
			t.Fatal(err)
		}
		err = db.prepare(ctx)
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		templateName = name
	})
	if templateName == "" {
		t.Fatal("no template database")
	}
	return templateName
}

// newDatabase makes an empty database owned by the test owner, dropped when
// the test ends, and returns the owner's address of it.
func newDatabase(t testing.TB) string {
	t.Helper()
	owner := testOwner(t)
	tmpl := migratedTemplate(t)
	name := fmt.Sprintf("tavlen_%d_%d", os.Getpid(), dbCount.Add(1))
	superExec(t, "postgres", fmt.Sprintf(`CREATE DATABASE %s OWNER %s TEMPLATE %s`, name, owner, tmpl))
	t.Cleanup(func() { superExec(t, "postgres", `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`) })
	return as(t, serverAddress(t), owner, name)
}
