package saving

import (
	"context"
	"testing"

	"tavlen/board"
	"tavlen/storage/outbox"
)

type keptList struct{ edits []outbox.Edit }

func (k *keptList) Keep(e outbox.Edit) error {
	k.edits = append(k.edits, e)
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
