package cli

import (
	"database/sql"
	"strings"
	"testing"
)

// TestCheckSaysWhichGuardIsGone: a history guard dropped behind Tavlen's
// back makes `tavle check` exit 1 and name it.
func TestCheckSaysWhichGuardIsGone(t *testing.T) {
	path := demoFile(t)
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("DROP TRIGGER audit_no_update"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	out, errs, code := run(t, "check", path)
	if code != 1 || !strings.Contains(errs, "audit_no_update") || !strings.Contains(out, "history: ") {
		t.Fatalf("check: %d\n%s\n%s", code, out, errs)
	}
}
