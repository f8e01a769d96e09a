package cli

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"

	"tavlen/storage/opener"
	"tavlen/storage/postgres"
	"tavlen/storage/postgres/pgtest"
)

// TestContendAcrossProcessesOnRegionServer: four processes (this test
// binary started again as `tavle ci-contend`) save the same few citizens
// of one team in a region database at once. Every save reported ok is in
// the team's history in an unbroken chain, none reported as a conflict is,
// and the chain verifies.
func TestContendAcrossProcessesOnRegionServer(t *testing.T) {
	addr := pgtest.NewDatabaseAddress(t)
	if _, errs, code := run(t, "migrate-to-postgres", demoFile(t), addr, "--team", "Kamp"); code != 0 {
		t.Fatalf("migrate: %s", errs)
	}
	team := postgres.WithTeam(addr, "Kamp")
	outs := make([]string, 4)
	var wg sync.WaitGroup
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(os.Args[0], "-test.run=^TestContendProcess$")
			cmd.Env = append(os.Environ(), "TAVLEN_CONTEND_ARGS="+strings.Join([]string{contendName, team, "--writer", strconv.Itoa(i), "--for", "2s"}, "\x1f"))
			out, err := cmd.Output()
			if err != nil {
				t.Errorf("writer %d: %v %s", i, err, out)
			}
			outs[i] = string(out)
		}()
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	db, err := opener.Open(team, opener.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	checkContentionIn(t, db, outs)
}

// TestContendProcess is the writer process of the test above.
func TestContendProcess(t *testing.T) {
	args := os.Getenv("TAVLEN_CONTEND_ARGS")
	if args == "" {
		t.Skip("a writer process of TestContendAcrossProcessesOnRegionServer")
	}
	res := Run(strings.Split(args, "\x1f"), &Env{Stdout: os.Stdout, Stderr: os.Stderr})
	os.Exit(res.Code)
}
