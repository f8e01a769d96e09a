package sqlite

import (
	"context"
	"strings"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// A calendar import may hold thousands of events. Saved in one transaction
// it would hold the file's write lock for many seconds, and every other
// PC's save gives up after five. So it is saved in chunks that each hold
// the lock for about importChunkBudget, and other PCs save in between. For
// the person importing it is still all or nothing: when a chunk fails, the
// chunks already saved are taken back (deleted again, or put back as they
// were), also in short chunks. The history shows both.
//
// Between chunks the import pauses for importChunkGap: a waiting save
// sleeps up to 100 ms between its tries for the lock (SQLite's busy
// handler), and would otherwise find the lock taken by the next chunk every
// time.
// (Variables so that tests can make chunks tiny.)
var (
	importChunkBudget = 60 * time.Millisecond
	importChunkGap    = 110 * time.Millisecond
)

const importChunkMax = 1000

// importChunkHeld, when set (tests), is told how long each chunk held the
// write lock.
var importChunkHeld func(time.Duration)

type importItem struct {
	a    *calendar.Appointment
	orig calendar.Appointment // as the caller gave it, to put back on failure
	prev *calendar.Appointment
	new  bool
}

// ImportAppointments saves create (new appointments) and update (changed
// ones, with their stored Version) in short chunks, all or nothing, and
// returns how many it saved; after a failure, how many could not be taken
// back (normally 0), so the caller never offers a second run that would
// add them again. progress, when not nil, is told after each saved chunk
// how many of total appointments are saved.
func (db *DB) ImportAppointments(ctx context.Context, create, update []*calendar.Appointment, progress func(done, total int)) (int, error) {
	items := make([]*importItem, 0, len(create)+len(update))
	for _, a := range create {
		items = append(items, &importItem{a: a, orig: *a, new: true})
	}
	for _, a := range update {
		items = append(items, &importItem{a: a, orig: *a})
	}
	done := 0
	for done < len(items) {
		n, err := db.importChunk(ctx, items[done:])
		if err != nil {
			for _, it := range items[done:] {
				*it.a = it.orig // the failed chunk's writes were rolled back
			}
			// The undo runs to its end even when ctx is cancelled: a half
			// taken-back import would break the all-or-nothing promise.
			return db.undoImport(context.WithoutCancel(ctx), items[:done], err)
		}
		done += n
		if progress != nil {
			progress(done, len(items))
		}
		if done < len(items) {
			pause(ctx, importChunkGap)
		}
	}
	return done, nil
}

// importChunk saves items from the start for about importChunkBudget in
// one transaction and returns how many it saved.
func (db *DB) importChunk(ctx context.Context, items []*importItem) (int, error) {
	n := 0
	var start time.Time
	err := db.Batch(ctx, func(ctx context.Context) error {
		start = time.Now() // BEGIN IMMEDIATE holds the lock from here
		for n < len(items) && n < importChunkMax && (n == 0 || time.Since(start) < importChunkBudget) {
			it := items[n]
			if it.new {
				if err := db.CreateAppointment(ctx, it.a); err != nil {
					return err
				}
			} else {
				prev, err := db.FindAppointmentByID(ctx, it.a.ID)
				if err != nil {
					return err
				}
				it.prev = prev
				if err := db.UpdateAppointment(ctx, it.a); err != nil {
					return err
				}
			}
			n++
		}
		return nil
	})
	if importChunkHeld != nil && !start.IsZero() {
		importChunkHeld(time.Since(start))
	}
	return n, err
}

// undoImport takes back the saved items after cause stopped the import,
// newest first, and returns 0 and cause; or how many could not be taken
// back and an error that says so.
func (db *DB) undoImport(ctx context.Context, saved []*importItem, cause error) (int, error) {
	left := len(saved)
	for left > 0 {
		k := 0
		var start time.Time
		err := db.Batch(ctx, func(ctx context.Context) error {
			start = time.Now()
			for k < left && (k == 0 || time.Since(start) < importChunkBudget) {
				it := saved[left-1-k]
				if it.new {
					if err := db.DeleteAppointment(ctx, it.a.ID, it.a.Version); err != nil {
						return err
					}
				} else {
					back := *it.prev
					back.Version = it.a.Version
					if err := db.UpdateAppointment(ctx, &back); err != nil {
						return err
					}
				}
				k++
			}
			return nil
		})
		if importChunkHeld != nil && !start.IsZero() {
			importChunkHeld(time.Since(start))
		}
		if err != nil {
			why := cause.Error()
			if e := board.AsError(cause); e != nil {
				why = e.Message
			}
			return left, board.Errorf(board.EUnavailable, "The import stopped (%s), and %d of its appointments could not be taken back; they are in the calendar and its history.", strings.TrimSuffix(why, "."), left)
		}
		for _, it := range saved[left-k : left] {
			*it.a = it.orig
		}
		left -= k
		if left > 0 {
			pause(ctx, importChunkGap)
		}
	}
	return 0, cause
}

// pause lets other PCs take the lock between chunks.
func pause(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
