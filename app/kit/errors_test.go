package kit

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/text"
)

func TestErrorTextInBothLanguages(t *testing.T) {
	defer SetLanguage(text.Danish)
	at := time.Date(2026, 11, 24, 9, 5, 0, 0, calendar.Copenhagen)
	tests := []struct {
		err    error
		da, en string
	}{
		{board.ConflictError("citizen", "SØ", at), "SØ gemte dette 24.11.2026 09:05", "SØ saved this at 2026-11-24 09:05"},
		{fmt.Errorf("save: %w", board.Errorf(board.EReadOnly, "read only")), "kan kun læses", "can only be read"},
		{board.Errorf(board.EUnavailable, "gone"), "kan ikke nås", "cannot be reached"},
		{board.Errorf(board.EBusy, "busy"), "gemmer i teamfilen lige nu", "saving to the team file"},
		{board.Errorf(board.ENotFound, "x"), "findes ikke længere", "no longer exists"},
		{board.Errorf(board.ENewerFile, "x"), "nyere udgave", "newer version"},
		{board.Errorf(board.EForeignFile, "x"), "ikke en teamfil", "not a Tavlen team file"},
		{board.Errorf(board.ECorrupt, "x"), "beskadiget", "damaged"},
		{(&board.Citizen{}).Validate(), "Borgeren skal have et navn.", "A citizen needs a name."},
		{(&calendar.Appointment{Title: "x", Start: at, End: at}).Validate(), "Aftalen skal slutte efter", "must end after"},
		// Translated by key, not by matching the English sentence: the
		// occurrence's time is written in the reader's date format.
		{(&calendar.Appointment{Title: "x", Start: at, End: at.Add(time.Hour), Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly}}).SetOccurrence(at.Add(time.Hour), calendar.Exception{}),
			"Serien har ingen aftale 24.11.2026 10:05", "no occurrence at 2026-11-24 10:05"},
		{fmt.Errorf("save: %w", (&board.Member{Name: "Å", Initials: "ÅØ"}).Validate()), "Vælg", "Choose the member's sector."},
		{errors.New("disk I/O error on /secret/path"), "Der gik noget galt", "Something went wrong"},
	}
	for _, lang := range []string{text.Danish, text.English} {
		SetLanguage(lang)
		for _, tt := range tests {
			want := tt.da
			if lang == text.English {
				want = tt.en
			}
			if got := ErrorText(tt.err); !strings.Contains(got, want) {
				t.Errorf("%s: errorText(%v) = %q, want it to contain %q", lang, tt.err, got, want)
			}
		}
	}
	if strings.Contains(ErrorText(errors.New("disk I/O error on /secret/path")), "secret") {
		t.Error("an internal error's detail reached the user")
	}
}
