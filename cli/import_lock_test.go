package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/storage/sqlite"
)

// bigICS writes a calendar file of n plain events.
func bigICS(t testing.TB, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//big//DA\r\n")
	start := time.Date(2027, 1, 4, 8, 0, 0, 0, time.UTC)
	for i := range n {
		s := start.Add(time.Duration(i%2000) * 24 * time.Hour / 4)
		fmt.Fprintf(&b, "BEGIN:VEVENT\r\nUID:big-%d@test\r\nDTSTAMP:20261120T100000Z\r\nDTSTART:%s\r\nDTEND:%s\r\nSUMMARY:Møde %d\r\nEND:VEVENT\r\n",
			i, s.Format("20060102T150405Z"), s.Add(time.Hour).Format("20060102T150405Z"), i)
	}
	b.WriteString("END:VCALENDAR\r\n")
	path := filepath.Join(t.TempDir(), "big.ics")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestBigImportDoesNotLockOthersOut: while `tavle import-ics` saves a big
// calendar, a second writer (another connection with its own locks, as
// another PC) keeps saving; none of its saves waits long or gives up.
func TestBigImportDoesNotLockOthersOut(t *testing.T) {
	if testing.Short() {
		t.Skip("a big import")
	}
	path := demoFile(t)
	ics := bigICS(t, 3000)

	other, err := sqlite.Open(path, sqlite.Options{Member: "AK", BusyTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	list, err := other.FindCitizens(context.Background(), board.CitizenFilter{})
	if err != nil || len(list) == 0 {
		t.Fatal("no citizens", err)
	}
	id := list[0].ID

	stop := make(chan struct{})
	var wg sync.WaitGroup
	var saves int
	var worst time.Duration
	var saveErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		for n := 0; ; n++ {
			select {
			case <-stop:
				return
			default:
			}
			c, err := other.FindCitizenByID(context.Background(), id)
			if err == nil {
				c.Phone = fmt.Sprintf("%08d", n)
				start := time.Now()
				err = other.UpdateCitizen(context.Background(), c)
				worst = max(worst, time.Since(start))
			}
			if err != nil {
				saveErr = err
				return
			}
			saves++
			time.Sleep(5 * time.Millisecond)
		}
	}()
	time.Sleep(20 * time.Millisecond)
	out, errs, code := run(t, "import-ics", path, ics, "--member", "ML")
	close(stop)
	wg.Wait()
	if code != 0 || !strings.Contains(out, "3000 added") {
		t.Fatalf("import: %d %s %s", code, out[max(0, len(out)-200):], errs)
	}
	t.Logf("second writer: %d saves, slowest %v", saves, worst)
	if saveErr != nil {
		t.Fatalf("the second writer's save failed during the import: %v", saveErr)
	}
	if worst > 700*time.Millisecond {
		t.Fatalf("a save waited %v for the import", worst)
	}
}
