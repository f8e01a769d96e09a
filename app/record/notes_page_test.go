package record

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"
)

// "Correct" then "Not a correction" leaves nothing behind: the old text
// goes out of the box, the record is not dirty, and Ctrl+S on another tab
// does not save the note a second time.
func TestGivingUpACorrectionSavesNothing(t *testing.T) {
	r, s := openDemoPage(t)
	ctx := context.Background()
	r.Tabs.SelectIndex(TabNotes)
	test.Type(r.Notes.Entry, "Hjemmebesøg gik godt")
	if !r.Notes.Add() {
		t.Fatalf("note not added: %q", r.Notes.Problem.Text)
	}
	before, _ := s.FindNotes(ctx, r.C.ID)

	tapNoteButton(t, r, T("notes.correct", "Correct"))
	if r.Notes.Entry.Text != "Hjemmebesøg gik godt" {
		t.Fatalf("correction not started from the old text: %q", r.Notes.Entry.Text)
	}
	if r.Dirty() {
		t.Error("an untouched copy of the old note counts as typed text")
	}
	test.Tap(r.Notes.Stop) // "Not a correction"
	if r.Notes.Entry.Text != "" {
		t.Errorf("the old text stays in the note box: %q", r.Notes.Entry.Text)
	}
	if r.Dirty() {
		t.Error("record dirty with nothing typed")
	}
	r.Tabs.SelectIndex(TabOverview)
	if !r.Overview.CancelBtn.Disabled() {
		t.Error("\"Undo changes\" lit with no change")
	}
	r.Save() // Ctrl+S
	after, _ := s.FindNotes(ctx, r.C.ID)
	if len(after) != len(before) {
		t.Fatalf("Ctrl+S saved %d note(s) nobody wrote: %q", len(after)-len(before), after[0].Text)
	}

	// Typed text in a correction given up is the user's: it stays, dirty.
	r.Tabs.SelectIndex(TabNotes)
	tapNoteButton(t, r, T("notes.correct", "Correct"))
	r.Notes.Entry.SetText("Hjemmebesøg gik fint")
	test.Tap(r.Notes.Stop)
	if r.Notes.Entry.Text != "Hjemmebesøg gik fint" || !r.Dirty() {
		t.Errorf("typed text lost when giving up the correction: %q dirty=%v", r.Notes.Entry.Text, r.Dirty())
	}
}

// tapNoteButton taps the first button with text in the notes list.
func tapNoteButton(t *testing.T, r *Page, text string) {
	t.Helper()
	if b := buttonIn(r.Notes.List, text); b != nil {
		test.Tap(b)
		return
	}
	t.Fatalf("no %q button in the notes", text)
}
