package record

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

const cprText = "Ring til 010190-1234 om huslejen"

// TestNoteCPRRefusalGoesWhenEdited: the refusal of a note with a CPR
// number is about that text; typing in the box again takes it away.
func TestNoteCPRRefusalGoesWhenEdited(t *testing.T) {
	test.NewTempApp(t)
	s := &notesStore{}
	tab := NewNotesTab(testEnv(s, &keptEdits{}), 7)
	test.Type(tab.Entry, cprText)
	if tab.Add() || !tab.Problem.Visible() {
		t.Fatalf("a note with a CPR number was not refused (problem %q)", tab.Problem.Text)
	}
	tab.Entry.SetText("Ring til udlejer om huslejen")
	if tab.Problem.Visible() {
		t.Errorf("the refusal stays after the text changed: %q", tab.Problem.Text)
	}
}

// TestOverviewCPRRefusalGoesWhenEditedOrSaved: the overview's refusal
// goes when a field is edited, and after a later save that succeeds.
func TestOverviewCPRRefusalGoesWhenEditedOrSaved(t *testing.T) {
	r, _ := openDemoPage(t)
	f := r.Overview
	refuse := func() {
		t.Helper()
		f.Safety.SetText(cprText)
		if f.Save() || !f.Problem.Visible() {
			t.Fatalf("a CPR number was not refused (problem %q)", f.Problem.Text)
		}
	}
	refuse()
	f.Safety.SetText("Hund i lejligheden")
	if f.Problem.Visible() {
		t.Errorf("the refusal stays after the field was edited: %q", f.Problem.Text)
	}
	refuse()
	f.Safety.SetText("To sammen på besøg")
	if !f.Save() {
		t.Fatalf("a good save failed: %q", f.Problem.Text)
	}
	if f.Problem.Visible() {
		t.Errorf("the refusal stays after a later save succeeded: %q", f.Problem.Text)
	}
}
