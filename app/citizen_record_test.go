package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tavlen/board"
)

// firstOnBoard returns the first citizen on the board.
func firstOnBoard(t testing.TB, u *UI) *board.Citizen {
	t.Helper()
	for _, l := range u.board.lines {
		if !l.heading() && l.row.Citizen.OnBoard {
			return l.row.Citizen
		}
	}
	t.Fatal("no citizen on the board")
	return nil
}

// openRecord opens the first citizen on the board and returns the record.
func openRecord(t testing.TB, u *UI) *citizenRecord {
	t.Helper()
	c := firstOnBoard(t, u)
	u.openCitizen(c.ID)
	r, ok := u.page.(*citizenRecord)
	if !ok {
		t.Fatalf("page is %T, want the citizen record", u.page)
	}
	return r
}

func TestCitizenRecordRendersAndLogsAccess(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)
	c := r.c
	if r.overview.name.Text != c.Name || r.overview.reason.Text != c.BoardReason {
		t.Errorf("form shows %q / %q, want %q / %q", r.overview.name.Text, r.overview.reason.Text, c.Name, c.BoardReason)
	}
	if got := r.overview.responsible.Selected(); len(got) != len(c.Responsible) {
		t.Errorf("responsible ticked %v, want %v", got, c.Responsible)
	}
	if r.dirty() {
		t.Error("a freshly opened record is dirty")
	}
	if !strings.Contains(r.overview.daysInfo.Text, "på tavlen") {
		t.Errorf("days info = %q", r.overview.daysInfo.Text)
	}
	u.bg.Wait()
	rows, err := u.store.FindAudit(u.ctx, board.AuditFilter{CitizenID: c.ID, Action: board.AuditView})
	if err != nil || len(rows) == 0 {
		t.Fatalf("opening the record was not logged: %v %v", rows, err)
	}
	capture(t, u, "citizen")
	for i := range r.tabs.Items {
		r.tabs.SelectIndex(i)
	}
	if len(r.history.Rows) == 0 {
		t.Error("history tab shows no rows")
	}
	r.tabs.SelectIndex(tabNotes)
	capture(t, u, "citizen_notes")
}

func TestCitizenEditAndSave(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)
	r.overview.phone.SetText("")
	test.Type(r.overview.phone, "11 22 33 44")
	if !r.dirty() {
		t.Fatal("typing did not make the record dirty")
	}
	if !u.shortcut(keySave) {
		t.Fatal("Ctrl+S was not handled")
	}
	if r.dirty() {
		t.Errorf("still dirty after saving: %q", r.overview.problem.Text)
	}
	got, err := u.store.FindCitizenByID(u.ctx, r.c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Phone != "11 22 33 44" {
		t.Errorf("stored phone = %q", got.Phone)
	}
	// Closing a saved record asks nothing.
	u.pop()
	if u.page != nil || topOverlay(u) != nil {
		t.Error("closing a saved record did not just close")
	}
}

func TestCitizenValidationInPlainWords(t *testing.T) {
	tests := []struct {
		name string
		edit func(f *overviewForm)
		want string
	}{
		{"no name", func(f *overviewForm) { f.name.SetText("  ") }, "Borgeren skal have et navn."},
		{"no reason", func(f *overviewForm) { f.reason.SetText("") }, "Skriv hvorfor borgeren er på tavlen."},
		{"bad date", func(f *overviewForm) { f.review.SetText("32.13.2026") }, "Revisionsdato: “32.13.2026” er ikke en dato"},
		{"review before since", func(f *overviewForm) { f.review.SetText("01.01.2020") }, "Revisionsdatoen kan ikke ligge før"},
	}
	u := newTestUI(t)
	r := openRecord(t, u)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r.overview.cancel()
			tt.edit(r.overview)
			typed := r.overview.values()
			if r.overview.save() {
				t.Fatal("saved an invalid citizen")
			}
			if !strings.Contains(r.overview.problem.Text, tt.want) || !r.overview.problem.Visible() {
				t.Errorf("problem = %q, want %q", r.overview.problem.Text, tt.want)
			}
			if r.overview.values() != typed {
				t.Error("the typed text changed after a failed save")
			}
		})
	}
}

func TestCitizenConflictKeepsTypedText(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)
	// Someone else saves the citizen after we opened it.
	other, err := u.store.FindCitizenByID(u.ctx, r.c.ID)
	if err != nil {
		t.Fatal(err)
	}
	other.Address = "Andetsteds 1"
	other.SafetyNote = "Hund i lejligheden"
	u.store.SetMember("SØ")
	if err := u.store.UpdateCitizen(u.ctx, other); err != nil {
		t.Fatal(err)
	}
	u.store.SetMember(u.me.Initials)

	r.overview.safety.SetText("Kom altid to")
	if r.save() {
		t.Fatal("saved over someone else's change")
	}
	// Both changed the safety note: the person chooses (live_record.go).
	d := topOverlay(u)
	if d == nil {
		t.Fatal("no conflict dialog")
	}
	if texts := textsIn(d); !strings.Contains(texts, "SØ") || !strings.Contains(texts, "Hund i lejligheden") {
		t.Errorf("conflict dialog:\n%s", texts)
	}
	test.Tap(buttonIn(d, "Tilbage til min tekst"))
	if r.overview.safety.Text != "Kom altid to" {
		t.Errorf("typed text lost: %q", r.overview.safety.Text)
	}
	if s, _ := u.store.FindCitizenByID(u.ctx, r.c.ID); s.SafetyNote != "Hund i lejligheden" {
		t.Errorf("stored safety note %q", s.SafetyNote)
	}
}

func TestCitizenUnsavedChangesAreNotDroppedSilently(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)
	r.overview.phone.SetText("99 99 99 99")
	u.escape()
	if u.page != r {
		t.Fatal("Escape closed a record with unsaved changes")
	}
	d := topOverlay(u)
	if d == nil {
		t.Fatal("no question about the unsaved changes")
	}
	test.Tap(buttonIn(d, "Fortsæt med at redigere"))
	if u.page != r || r.overview.phone.Text != "99 99 99 99" {
		t.Fatal("keep editing lost the record or the text")
	}
	u.escape()
	test.Tap(buttonIn(topOverlay(u), "Gem ændringer"))
	if u.page != nil {
		t.Fatal("record still open after save and close")
	}
	got, _ := u.store.FindCitizenByID(u.ctx, r.c.ID)
	if got.Phone != "99 99 99 99" {
		t.Errorf("stored phone = %q", got.Phone)
	}

	r = openRecord(t, u)
	r.overview.phone.SetText("00")
	u.escape()
	test.Tap(buttonIn(topOverlay(u), "Kassér ændringer"))
	if u.page != nil {
		t.Fatal("discard did not close")
	}
	got, _ = u.store.FindCitizenByID(u.ctx, r.c.ID)
	if got.Phone != "99 99 99 99" {
		t.Errorf("discarded text was saved: %q", got.Phone)
	}
}

func TestCitizenReadOnlyFile(t *testing.T) {
	u := newTestUI(t)
	path := u.store.Path()
	u.closeStore()
	s, err := openTeamFileReadOnly(path, u.cfg.Now, u.me.Initials)
	if err != nil {
		t.Fatal(err)
	}
	u.useStore(s)
	r := openRecord(t, u)
	if !r.overview.saveBtn.Disabled() {
		t.Error("save is enabled on a read-only file")
	}
	r.overview.phone.SetText("12")
	if r.overview.save() {
		t.Fatal("saved to a read-only file")
	}
	if !strings.Contains(r.overview.problem.Text, "kan kun læses") {
		t.Errorf("problem = %q", r.overview.problem.Text)
	}
	if r.overview.phone.Text != "12" {
		t.Error("typed text lost")
	}
	if !strings.Contains(u.headerText(), "kun læseadgang") {
		t.Errorf("header %q does not say read only", u.headerText())
	}
}

func TestNotesAddAndCorrect(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)
	r.tabs.SelectIndex(tabNotes)
	if u.canvas().Focused() != r.notes.Entry {
		t.Fatalf("notes tab did not focus the entry")
	}
	test.Type(r.notes.Entry, "Hjemmebesøg gik godt")
	if !u.shortcut(keyAdd) {
		t.Fatal("Ctrl+Enter not handled on the notes tab")
	}
	notes, _ := u.store.FindNotes(u.ctx, r.c.ID)
	if notes[0].Text != "Hjemmebesøg gik godt" {
		t.Fatalf("newest note = %q", notes[0].Text)
	}
	if r.notes.Entry.Text != "" {
		t.Error("entry not cleared after adding")
	}
	first := notes[0]
	r.notes.SetCorrecting(first)
	r.notes.Entry.SetText("Hjemmebesøg gik fint")
	r.notes.Add()
	notes, _ = u.store.FindNotes(u.ctx, r.c.ID)
	if notes[0].Corrects != first.ID {
		t.Errorf("correction points at %d, want %d", notes[0].Corrects, first.ID)
	}
	if len(notes) < 2 || notes[1].Text != "Hjemmebesøg gik godt" {
		t.Error("the corrected note is gone")
	}
	// An empty note is refused in plain words.
	if r.notes.Add() || !strings.Contains(r.notes.Problem.Text, "Noten er tom") {
		t.Errorf("empty note: problem %q", r.notes.Problem.Text)
	}
}

func TestCrisisPlanSave(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)
	r.crisis.helps.SetText("Gåtur med hunden")
	if !r.dirty() {
		t.Fatal("crisis plan edit not dirty")
	}
	if !r.save() {
		t.Fatalf("save failed: %q", r.crisis.problem.Text)
	}
	plan, _ := u.store.FindPlan(u.ctx, r.c.ID)
	if plan.Crisis == nil || plan.Crisis.WhatHelps != "Gåtur med hunden" {
		t.Errorf("crisis plan = %+v", plan.Crisis)
	}
}

func TestGoalActionContactDialogs(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)

	before := len(r.goals.goals)
	test.Tap(buttonIn(r.goals.root, "Nyt mål"))
	d := topOverlay(u)
	es := entriesIn(d)
	test.Tap(buttonIn(d, "Gem"))
	if !strings.Contains(textsIn(d), "Skriv målet med borgerens egne ord.") {
		t.Error("empty goal: no plain-words problem shown")
	}
	test.Type(es[0], "Jeg vil have min egen lejlighed")
	test.Tap(buttonIn(d, "Gem"))
	if len(r.goals.goals) != before+1 {
		t.Fatalf("goals %d, want %d", len(r.goals.goals), before+1)
	}

	test.Tap(buttonIn(r.actions.root, "Ny handling"))
	d = topOverlay(u)
	es = entriesIn(d)
	test.Type(es[0], "Ring til boligselskabet")
	es[1].SetText("01.12.2026")
	test.Tap(buttonIn(d, "Gem"))
	acts, _ := u.store.FindActions(u.ctx, board.ActionFilter{CitizenID: r.c.ID})
	found := false
	for _, a := range acts {
		if a.Text == "Ring til boligselskabet" && a.Due == board.MustDate("2026-12-01") {
			found = true
		}
	}
	if !found {
		t.Errorf("action not stored: %s", textsIn(d))
	}

	test.Tap(buttonIn(r.contacts.root, "Ny kontakt"))
	d = topOverlay(u)
	es = entriesIn(d)
	test.Type(es[0], "Dr. Hansen")
	test.Type(es[1], "egen læge")
	test.Tap(buttonIn(d, "Gem"))
	cs, _ := u.store.FindContacts(u.ctx, board.ContactFilter{CitizenID: r.c.ID, Search: "Hansen"})
	if len(cs) != 1 || cs[0].Relation != "egen læge" {
		t.Errorf("contact = %+v", cs)
	}
}

func TestEscapeClosesDialogBeforeRecord(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)
	test.Tap(buttonIn(r.contacts.root, "Ny kontakt"))
	es := entriesIn(topOverlay(u))
	es[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if topOverlay(u) != nil {
		t.Error("Escape did not close the contact dialog")
	}
	if u.page != r {
		t.Fatal("Escape in a dialog closed the record under it")
	}
	u.escape()
	if u.page != nil {
		t.Error("second Escape did not close the record")
	}
}
