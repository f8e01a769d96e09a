package cli

import (
	"bytes"
	"path/filepath"
	"testing"
)

// A double-clicked .tavle file reaches tavle as its only argument; so may a
// UNC or mapped-drive path, in any case, existing here or not.
func TestBareFileOpensTheApp(t *testing.T) {
	existing := filepath.Join(t.TempDir(), "holdet") // no .tavle ending
	if _, errs, code := run(t, "demo", existing); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	for _, path := range []string{
		`\\server\share\FACT\Tavle.tavle`,
		`H:\FACT\Tavle.TAVLE`,
		`C:\Users\ak\Skrivebord\Team Øst.tavle`,
		"team.tavle",
		existing,
	} {
		for _, args := range [][]string{{path}, {"open", path}} {
			var out, errb bytes.Buffer
			res := Run(args, &Env{Stdout: &out, Stderr: &errb})
			if !res.OpenApp || res.Path != path || res.Code != 0 {
				t.Errorf("%q: got %+v, stderr %q", args, res, errb.String())
			}
		}
	}
}

func TestUnknownWordIsNoFile(t *testing.T) {
	for _, args := range [][]string{{"opne"}, {"team.tavle", "extra"}, {"ci-contend"}} {
		var out, errb bytes.Buffer
		res := Run(args, &Env{Stdout: &out, Stderr: &errb})
		if res.OpenApp || res.Code == 0 || errb.Len() == 0 {
			t.Errorf("%q: got %+v, stderr %q", args, res, errb.String())
		}
	}
}

func TestHelpHidesCIContend(t *testing.T) {
	out, _, _ := run(t, "help")
	if bytes.Contains([]byte(out), []byte(contendName)) {
		t.Errorf("help lists the CI command:\n%s", out)
	}
}
