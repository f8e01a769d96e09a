package saving

import (
	"context"
	"errors"
	"testing"

	"tavlen/board"
	"tavlen/storage/outbox"
)

type keptList struct{ edits []outbox.Edit }

func (k *keptList) Keep(es ...outbox.Edit) error {
	k.edits = append(k.edits, es...)
	return nil
}

func TestUpdateKeepsOnlyWhenTheFileIsGone(t *testing.T) {
	ctx := context.Background()
	base := &board.Goal{ID: 4, CitizenID: 1, Text: "a", Stamp: board.Stamp{Version: 2}}
	mine := &board.Goal{ID: 4, CitizenID: 1, Text: "b", Stamp: board.Stamp{Version: 2}}
	load := func(context.Context) (*board.Goal, error) { return base, nil }
	for _, tt := range []struct {
		name     string
		err      error
		wantKept bool
	}{
		{"gone", board.Errorf(board.EUnavailable, "gone"), true},
		{"busy", board.Errorf(board.EBusy, "busy"), true},
		{"read-only", board.Errorf(board.EReadOnly, "read-only"), false},
		{"invalid", board.Errorf(board.EInvalid, "bad"), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			k := &keptList{}
			res, err := Update(ctx, k, outbox.KindGoal, base, mine, load, func(context.Context, *board.Goal) error { return tt.err })
			if res.Kept != tt.wantKept || (err == nil) != tt.wantKept || len(k.edits) != map[bool]int{true: 1}[tt.wantKept] {
				t.Fatalf("kept %v, err %v, %d edits", res.Kept, err, len(k.edits))
			}
			if tt.wantKept && (k.edits[0].Kind != "goal" || k.edits[0].RowID != 4 || res.Saved != mine) {
				t.Fatalf("edit %+v", k.edits[0])
			}
		})
	}
	// Without a keeper nothing is kept.
	if res, err := Update(ctx, nil, outbox.KindGoal, base, mine, load, func(context.Context, *board.Goal) error {
		return board.Errorf(board.EUnavailable, "gone")
	}); err == nil || res.Kept {
		t.Fatalf("kept without a keeper: %v", err)
	}
}

func TestRecoverTurnsAPanicIntoErrPanic(t *testing.T) {
	if err := Recover(func() error { panic("x") }); err != ErrPanic {
		t.Fatalf("err %v", err)
	}
	if _, err := Create(context.Background(), nil, outbox.KindNote, &board.Note{}, func(context.Context, *board.Note) error {
		var s []int
		_ = s[len(s)] // index out of range: a real bug
		return nil
	}); err != ErrPanic {
		t.Fatalf("err %v", err)
	}
}

// Saves made together are kept together or not at all: the first is
// never kept when the second cannot be.
func TestKeepTogetherKeepsAllOrNone(t *testing.T) {
	gone := board.Errorf(board.EUnavailable, "gone")
	first := func() (outbox.Edit, error) { return outbox.Edit{Kind: "appointment", RowID: 1}, nil }
	broken := func() (outbox.Edit, error) { return outbox.Edit{}, errors.New("cannot encode") }
	k := &keptList{}
	if KeepTogether(k, gone, first, broken) || len(k.edits) != 0 {
		t.Fatalf("kept %d of two edits when the second could not be made", len(k.edits))
	}
	if !KeepTogether(k, gone, first, first) || len(k.edits) != 2 {
		t.Fatalf("kept %d of two edits", len(k.edits))
	}
	if KeepTogether(k, board.Errorf(board.EInvalid, "bad"), first) {
		t.Fatal("kept an edit the file refused")
	}
}
