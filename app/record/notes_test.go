package record

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"tavlen/board"
	"tavlen/storage/outbox"
)

// notesStore is the part of a team file the notes tab uses; gone makes
// every save fail as a file out of reach does.
type notesStore struct {
	Store // the rest of the file, which the notes tab never calls
	notes []*board.Note
	gone  bool
}

func (s *notesStore) AddNote(_ context.Context, n *board.Note) error {
	if s.gone {
		return board.Errorf(board.EUnavailable, "the team file cannot be reached")
	}
	n.ID = int64(len(s.notes) + 1)
	s.notes = append([]*board.Note{n}, s.notes...)
	return nil
}

func (s *notesStore) FindNotes(_ context.Context, citizenID int64) ([]*board.Note, error) {
	var out []*board.Note
	for _, n := range s.notes {
		if n.CitizenID == citizenID {
			out = append(out, n)
		}
	}
	return out, nil
}

func (s *notesStore) FindAudit(context.Context, board.AuditFilter) ([]*board.AuditEntry, error) {
	return nil, nil
}

func (s *notesStore) LogAccess(context.Context, int64, string, string) error { return nil }

// keptEdits is an outbox in memory.
type keptEdits []outbox.Edit

func (k *keptEdits) Keep(es ...outbox.Edit) error { *k = append(*k, es...); return nil }

var written = time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)

func testEnv(s Store, k *keptEdits) Env {
	me := &board.Member{ID: 3, Initials: "AB", Name: "Anna Berg"}
	return Env{
		Ctx: context.Background(), Store: func() Store { return s }, Keeper: k,
		Now:    func() time.Time { return written },
		Me:     func() *board.Member { return me },
		Member: func(id int64) *board.Member { return map[int64]*board.Member{3: me}[id] },
	}
}

// The notes tab runs on the small Env alone, without the app's window:
// the note is the citizen's, by the member at the keyboard, and shown.
func TestNotesTabNeedsOnlyItsEnv(t *testing.T) {
	test.NewTempApp(t)
	s := &notesStore{}
	tab := NewNotesTab(testEnv(s, &keptEdits{}), 7)
	test.Type(tab.Entry, "Hjemmebesøg gik godt")
	if !tab.Add() {
		t.Fatalf("note not added: %q", tab.Problem.Text)
	}
	if len(s.notes) != 1 || s.notes[0].CitizenID != 7 || s.notes[0].AuthorID != 3 || s.notes[0].Text != "Hjemmebesøg gik godt" {
		t.Fatalf("saved %+v", s.notes)
	}
	if tab.Entry.Text != "" || tab.Dirty() {
		t.Errorf("box not emptied: %q", tab.Entry.Text)
	}
	if len(tab.List.Objects) != 1 {
		t.Errorf("the list shows %d rows, want the one note", len(tab.List.Objects))
	}
}

// A note written while the file is gone is kept on this PC with the time
// it was written, and the box is emptied as after a save.
func TestNoteKeptWhenTheFileIsGone(t *testing.T) {
	test.NewTempApp(t)
	s := &notesStore{gone: true}
	kept := &keptEdits{}
	tab := NewNotesTab(testEnv(s, kept), 7)
	test.Type(tab.Entry, "Skrevet uden fil")
	if !tab.Add() {
		t.Fatalf("note not kept: %q", tab.Problem.Text)
	}
	if len(*kept) != 1 || (*kept)[0].Kind != outbox.KindNote.Name {
		t.Fatalf("kept %+v", *kept)
	}
	var n board.Note
	if err := json.Unmarshal((*kept)[0].Mine, &n); err != nil {
		t.Fatal(err)
	}
	if n.Text != "Skrevet uden fil" || !n.At.Equal(written) {
		t.Errorf("kept note %+v, want its text at %v", n, written)
	}
	if tab.Entry.Text != "" {
		t.Errorf("box not emptied: %q", tab.Entry.Text)
	}
}
