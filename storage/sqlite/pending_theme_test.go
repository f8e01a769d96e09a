package sqlite

import (
	"context"
	"fmt"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/storage/outbox"
)

// TestKeptThemeUpdates: a theme edited while the team file is gone waits
// on this PC and is merged with the other PCs' saves when it is back.
func TestKeptThemeUpdates(t *testing.T) {
	testKeptUpdates(t, keptCase[*board.Theme]{
		kind: outbox.KindTheme,
		make: func(t *testing.T, s *awayShare, i int) *board.Theme {
			th := &board.Theme{Year: 2026, Month: time.Month(i + 1), Title: fmt.Sprint("Tema ", i), Notes: "kort"}
			mustOK(t, s.db.CreateTheme(ctx, th))
			return th
		},
		load:     func(db *DB, th *board.Theme) (*board.Theme, error) { return db.FindThemeByID(ctx, th.ID) },
		update:   func(db *DB) func(context.Context, *board.Theme) error { return db.UpdateTheme },
		mine:     func(th *board.Theme) { th.Minutes = 15 },
		disjoint: func(th *board.Theme) { th.Notes = "med eksempler" },
		same:     func(th *board.Theme) { th.Minutes = 20 },
		show:     func(th *board.Theme) string { return fmt.Sprint(th.Minutes, "|", th.Notes) },
		want:     [3]string{"15|kort", "15|med eksempler", "20|kort"},
	})
}
