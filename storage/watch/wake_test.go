package watch

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

// TestWakeReadsTheVersionAtOnce: with the poll an hour apart and no file
// events, only a wake-up can bring the change within a second.
func TestWakeReadsTheVersionAtOnce(t *testing.T) {
	var version atomic.Int64
	wake := make(chan struct{}, 1)
	w, err := Start("", func(context.Context) (int64, error) { return version.Load(), nil },
		Options{NoFSNotify: true, Focused: time.Hour, Background: time.Hour, Wake: wake})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	version.Store(7)
	wake <- struct{}{}
	if c := waitChange(t, w, time.Second); c.Version != 7 {
		t.Fatalf("version %d, want 7", c.Version)
	}
}
