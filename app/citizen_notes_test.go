package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// "Correct" then "Not a correction" leaves nothing behind: the old text
// goes out of the box, the record is not dirty, and Ctrl+S on another tab
// does not save the note a second time.
func TestGivingUpACorrectionSavesNothing(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)
	r.tabs.SelectIndex(tabNotes)
	test.Type(r.notes.Entry, "Hjemmebesøg gik godt")
	if !r.notes.Add() {
		t.Fatalf("note not added: %q", r.notes.Problem.Text)
	}
	before, _ := u.store.FindNotes(u.ctx, r.c.ID)

	tapNoteButton(t, r, T("notes.correct", "Correct"))
	if r.notes.Entry.Text != "Hjemmebesøg gik godt" {
		t.Fatalf("correction not started from the old text: %q", r.notes.Entry.Text)
	}
	if r.dirty() {
		t.Error("an untouched copy of the old note counts as typed text")
	}
	test.Tap(r.notes.Stop) // "Not a correction"
	if r.notes.Entry.Text != "" {
		t.Errorf("the old text stays in the note box: %q", r.notes.Entry.Text)
	}
	if r.dirty() {
		t.Error("record dirty with nothing typed")
	}
	r.tabs.SelectIndex(tabOverview)
	if !r.overview.cancelBtn.Disabled() {
		t.Error("\"Undo changes\" lit with no change")
	}
	u.shortcut(keySave)
	after, _ := u.store.FindNotes(u.ctx, r.c.ID)
	if len(after) != len(before) {
		t.Fatalf("Ctrl+S saved %d note(s) nobody wrote: %q", len(after)-len(before), after[0].Text)
	}

	// Typed text in a correction given up is the user's: it stays, dirty.
	r.tabs.SelectIndex(tabNotes)
	tapNoteButton(t, r, T("notes.correct", "Correct"))
	r.notes.Entry.SetText("Hjemmebesøg gik fint")
	test.Tap(r.notes.Stop)
	if r.notes.Entry.Text != "Hjemmebesøg gik fint" || !r.dirty() {
		t.Errorf("typed text lost when giving up the correction: %q dirty=%v", r.notes.Entry.Text, r.dirty())
	}
}

// tapNoteButton taps the first button with text in the notes list.
func tapNoteButton(t *testing.T, r *citizenRecord, text string) {
	t.Helper()
	if b := buttonIn(r.notes.List, text); b != nil {
		test.Tap(b)
		return
	}
	t.Fatalf("no %q button in the notes", text)
}
