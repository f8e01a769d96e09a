package board

import (
	"context"
	"strings"
	"time"
)

// Note is a short dated progress note about a citizen. Notes are
// append-only: a correction is a new note whose Corrects points to the note
// it corrects, and the original stays readable.
type Note struct {
	ID        int64
	CitizenID int64
	AuthorID  int64
	At        time.Time
	Text      string
	Corrects  int64 // ID of the corrected note, or 0
}

// Validate checks the note.
func (n *Note) Validate() error {
	n.Text = strings.TrimSpace(n.Text)
	if n.CitizenID == 0 {
		return Invalid("invalid.note_citizen", "A note belongs to a citizen.")
	}
	if n.Text == "" {
		return Invalid("invalid.note_empty", "The note is empty.")
	}
	return refuseCPR(n.StoredTexts()...)
}

// NoteService appends and reads progress notes. There is no update and no
// delete.
type NoteService interface {
	// AddNote stores n; At is set to the transaction's time when zero.
	AddNote(ctx context.Context, n *Note) error
	// FindNotes returns a citizen's notes, newest first.
	FindNotes(ctx context.Context, citizenID int64) ([]*Note, error)
}

// CorrectedBy returns, for each note ID, the notes that correct it.
func CorrectedBy(notes []*Note) map[int64][]*Note {
	out := map[int64][]*Note{}
	for _, n := range notes {
		if n.Corrects != 0 {
			out[n.Corrects] = append(out[n.Corrects], n)
		}
	}
	return out
}
