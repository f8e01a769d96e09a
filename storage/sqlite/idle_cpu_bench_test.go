//go:build unix

package sqlite

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/storage/watch"
)

// BenchmarkWatchIdle measures what watching an idle team file costs: the
// watcher (fsnotify plus a 1 s poll of WatchVersion) runs for idleSpan per
// iteration while nothing changes, and the process's CPU time (user +
// system, from getrusage) is reported as a percentage of one core.
// Target: under 1 %.
func BenchmarkWatchIdle(b *testing.B) {
	const idleSpan = 5 * time.Second
	path := filepath.Join(b.TempDir(), "team.tavle")
	db, err := Create(path, "Team", &board.Member{Name: "Anne Bech", Initials: "AB", Sector: board.SectorRegion, Active: true},
		Options{Member: "AB"})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	w, err := watch.Start(path, db.WatchVersion, watch.Options{Focused: time.Second})
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	var cpu, wall time.Duration
	for b.Loop() {
		before, start := cpuTime(b), time.Now()
		time.Sleep(idleSpan)
		cpu += cpuTime(b) - before
		wall += time.Since(start)
	}
	pct := 100 * cpu.Seconds() / wall.Seconds()
	b.ReportMetric(pct, "cpu-%")
	b.Logf("idle watching: %v CPU in %v = %.3f%% of one core", cpu, wall.Round(time.Millisecond), pct)
}

func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
