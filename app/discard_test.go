package app

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"tavlen/app/record"
	"tavlen/board"
	"tavlen/calendar"
)

// discardForms opens each form dialog that writes the team file.
func discardForms() []struct {
	name string
	open func(t *testing.T, u *UI) *formDlg
} {
	newest := func(u *UI) *formDlg { return u.dialogs.Newest() }
	return []struct {
		name string
		open func(t *testing.T, u *UI) *formDlg
	}{
		{"goal", func(t *testing.T, u *UI) *formDlg {
			r := openRecord(t, u)
			r.Goals.Edit(&board.Goal{CitizenID: r.C.ID})
			return newest(u)
		}},
		{"action", func(t *testing.T, u *UI) *formDlg {
			r := openRecord(t, u)
			r.Actions.Edit(&board.Action{CitizenID: r.C.ID, Status: board.ActionOpen})
			return newest(u)
		}},
		{"contact", func(t *testing.T, u *UI) *formDlg {
			return record.EditContact(u.recordEnv(), &board.Contact{CitizenID: firstOnBoard(t, u).ID}, nil)
		}},
		{"appointment", func(t *testing.T, u *UI) *formDlg {
			return u.editAppointment(&calendar.Appointment{Start: testNow, End: testNow.Add(time.Hour), Status: calendar.StatusPlanned}, nil)
		}},
		{"member", func(t *testing.T, u *UI) *formDlg { return u.editMember(u.members[0], nil) }},
		{"new citizen", func(t *testing.T, u *UI) *formDlg { _, d := u.newCitizenDialog(); return d }},
	}
}

func pressEscape(u *UI, d *formDlg) {
	entriesIn(d.Content)[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
}

func isOpen(u *UI, d *formDlg) bool { return slices.Contains(u.dialogs.Open(), d) }

// Escape or Cancel on an untouched form closes it at once.
func TestFormDialogClosesAtOnceWhenUnchanged(t *testing.T) {
	for _, f := range discardForms() {
		t.Run(f.name, func(t *testing.T) {
			u := newTestUI(t)
			d := f.open(t, u)
			pressEscape(u, d)
			if isOpen(u, d) || topOverlay(u) != nil {
				t.Fatal("Escape on an untouched form did not close it")
			}
			d = f.open(t, u)
			tap(t, d.Content, "Annuller")
			if isOpen(u, d) || topOverlay(u) != nil {
				t.Fatal("Cancel on an untouched form did not close it")
			}
		})
	}
}

// With typed text, Escape and Cancel ask first; "keep editing" (or a
// second Escape) keeps the text, "discard" closes without saving.
func TestFormDialogAsksBeforeDiscarding(t *testing.T) {
	for _, f := range discardForms() {
		t.Run(f.name, func(t *testing.T) {
			u := newTestUI(t)
			d := f.open(t, u)
			first := entriesIn(d.Content)[0]
			first.SetText(first.Text + "skrevet tekst")
			typed := first.Text

			pressEscape(u, d)
			ask := topOverlay(u)
			if !isOpen(u, d) || ask == nil || !strings.Contains(textsIn(ask), "Kassér ændringer?") {
				t.Fatal("Escape did not ask before discarding typed text")
			}
			tap(t, ask, "Fortsæt redigering")
			if !isOpen(u, d) || first.Text != typed {
				t.Fatal("keep editing lost the form or its text")
			}

			pressEscape(u, d)
			u.escape() // a second Escape answers "keep editing"
			if !isOpen(u, d) || first.Text != typed || d.Asking() {
				t.Fatal("a second Escape discarded the form")
			}

			tap(t, d.Content, "Annuller")
			ask = topOverlay(u)
			if ask == nil || !strings.Contains(textsIn(ask), "Kassér") {
				t.Fatal("Cancel did not ask before discarding typed text")
			}
			tap(t, ask, "Kassér")
			if isOpen(u, d) || topOverlay(u) != nil {
				t.Fatal("discard did not close the form")
			}
		})
	}
}

// Escape while the conflict dialog is over a form leaves both alone: the
// person still has to choose.
func TestEscapeLeavesConflictOverForm(t *testing.T) {
	u := newTestUI(t)
	f := mergeForms()[3] // contact
	typeA, save := f.open(t, u)
	typeA("mit A")
	f.otherA(t, otherPC(t, u), "deres A")
	if save() {
		t.Fatal("saved without a question")
	}
	conflict := topOverlay(u)
	u.escape()
	if topOverlay(u) != conflict || len(u.dialogs.Open()) != 1 {
		t.Fatal("Escape closed the conflict dialog or the form")
	}
}
