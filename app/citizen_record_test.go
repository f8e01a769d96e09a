package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tavlen/app/record"
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
	c := r.C
	if r.Overview.Name.Text != c.Name || r.Overview.Reason.Text != c.BoardReason {
		t.Errorf("form shows %q / %q, want %q / %q", r.Overview.Name.Text, r.Overview.Reason.Text, c.Name, c.BoardReason)
	}
	if got := r.Overview.Responsible.Selected(); len(got) != len(c.Responsible) {
		t.Errorf("responsible ticked %v, want %v", got, c.Responsible)
	}
	if r.Dirty() {
		t.Error("a freshly opened record is dirty")
	}
	if !strings.Contains(r.Overview.DaysInfo.Text, "på tavlen") {
		t.Errorf("days info = %q", r.Overview.DaysInfo.Text)
	}
	u.bg.Wait()
	rows, err := u.store.FindAudit(u.ctx, board.AuditFilter{CitizenID: c.ID, Action: board.AuditView})
	if err != nil || len(rows) == 0 {
		t.Fatalf("opening the record was not logged: %v %v", rows, err)
	}
	capture(t, u, "citizen")
	for i := range r.Tabs.Items {
		r.Tabs.SelectIndex(i)
	}
	if len(r.History.Rows) == 0 {
		t.Error("history tab shows no rows")
	}
	r.Tabs.SelectIndex(record.TabNotes)
	capture(t, u, "citizen_notes")
}

func TestCitizenEditAndSave(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)
	r.Overview.Phone.SetText("")
	test.Type(r.Overview.Phone, "11 22 33 44")
	if !r.Dirty() {
		t.Fatal("typing did not make the record dirty")
	}
	if !u.shortcut(keySave) {
		t.Fatal("Ctrl+S was not handled")
	}
	if r.Dirty() {
		t.Errorf("still dirty after saving: %q", r.Overview.Problem.Text)
	}
	got, err := u.store.FindCitizenByID(u.ctx, r.C.ID)
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

func TestCitizenConflictKeepsTypedText(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)
	// Someone else saves the citizen after we opened it.
	other, err := u.store.FindCitizenByID(u.ctx, r.C.ID)
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

	r.Overview.Safety.SetText("Kom altid to")
	if r.Save() {
		t.Fatal("saved over someone else's change")
	}
	// Both changed the safety note: the person chooses (record.ShowCitizenConflict).
	d := topOverlay(u)
	if d == nil {
		t.Fatal("no conflict dialog")
	}
	if texts := textsIn(d); !strings.Contains(texts, "SØ") || !strings.Contains(texts, "Hund i lejligheden") {
		t.Errorf("conflict dialog:\n%s", texts)
	}
	test.Tap(buttonIn(d, "Tilbage til min tekst"))
	if r.Overview.Safety.Text != "Kom altid to" {
		t.Errorf("typed text lost: %q", r.Overview.Safety.Text)
	}
	if s, _ := u.store.FindCitizenByID(u.ctx, r.C.ID); s.SafetyNote != "Hund i lejligheden" {
		t.Errorf("stored safety note %q", s.SafetyNote)
	}
}

func TestCitizenUnsavedChangesAreNotDroppedSilently(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)
	r.Overview.Phone.SetText("99 99 99 99")
	u.escape()
	if u.page != r {
		t.Fatal("Escape closed a record with unsaved changes")
	}
	d := topOverlay(u)
	if d == nil {
		t.Fatal("no question about the unsaved changes")
	}
	test.Tap(buttonIn(d, "Fortsæt med at redigere"))
	if u.page != r || r.Overview.Phone.Text != "99 99 99 99" {
		t.Fatal("keep editing lost the record or the text")
	}
	u.escape()
	test.Tap(buttonIn(topOverlay(u), "Gem ændringer"))
	if u.page != nil {
		t.Fatal("record still open after save and close")
	}
	got, _ := u.store.FindCitizenByID(u.ctx, r.C.ID)
	if got.Phone != "99 99 99 99" {
		t.Errorf("stored phone = %q", got.Phone)
	}

	r = openRecord(t, u)
	r.Overview.Phone.SetText("00")
	u.escape()
	test.Tap(buttonIn(topOverlay(u), "Kassér ændringer"))
	if u.page != nil {
		t.Fatal("discard did not close")
	}
	got, _ = u.store.FindCitizenByID(u.ctx, r.C.ID)
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
	if !r.Overview.SaveBtn.Disabled() {
		t.Error("save is enabled on a read-only file")
	}
	r.Overview.Phone.SetText("12")
	if r.Overview.Save() {
		t.Fatal("saved to a read-only file")
	}
	if !strings.Contains(r.Overview.Problem.Text, "kan kun læses") {
		t.Errorf("problem = %q", r.Overview.Problem.Text)
	}
	if r.Overview.Phone.Text != "12" {
		t.Error("typed text lost")
	}
	if !strings.Contains(u.headerText(), "kun læseadgang") {
		t.Errorf("header %q does not say read only", u.headerText())
	}
}

func TestNotesAddAndCorrect(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)
	r.Tabs.SelectIndex(record.TabNotes)
	if u.canvas().Focused() != r.Notes.Entry {
		t.Fatalf("notes tab did not focus the entry")
	}
	test.Type(r.Notes.Entry, "Hjemmebesøg gik godt")
	if !u.shortcut(keyAdd) {
		t.Fatal("Ctrl+Enter not handled on the notes tab")
	}
	notes, _ := u.store.FindNotes(u.ctx, r.C.ID)
	if notes[0].Text != "Hjemmebesøg gik godt" {
		t.Fatalf("newest note = %q", notes[0].Text)
	}
	if r.Notes.Entry.Text != "" {
		t.Error("entry not cleared after adding")
	}
	first := notes[0]
	r.Notes.SetCorrecting(first)
	r.Notes.Entry.SetText("Hjemmebesøg gik fint")
	r.Notes.Add()
	notes, _ = u.store.FindNotes(u.ctx, r.C.ID)
	if notes[0].Corrects != first.ID {
		t.Errorf("correction points at %d, want %d", notes[0].Corrects, first.ID)
	}
	if len(notes) < 2 || notes[1].Text != "Hjemmebesøg gik godt" {
		t.Error("the corrected note is gone")
	}
	// An empty note is refused in plain words.
	if r.Notes.Add() || !strings.Contains(r.Notes.Problem.Text, "Noten er tom") {
		t.Errorf("empty note: problem %q", r.Notes.Problem.Text)
	}
}

func TestEscapeClosesDialogBeforeRecord(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)
	test.Tap(buttonIn(r.Contacts.Root, "Ny kontakt"))
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
