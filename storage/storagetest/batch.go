package storagetest

import (
	"context"
	"testing"

	"tavlen/board"
)

func testBatchCommitsTogetherAndSavepointsUndoFailedSaves(t *testing.T, ad Adapter) {
	db, _ := newStore(t, ad)
	ctx := context.Background()
	before, err := db.ChangeSeq(ctx)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Batch(ctx, func(ctx context.Context) error {
		c := &board.Citizen{Name: "Åse Ørum"}
		if err := db.CreateCitizen(ctx, c); err != nil {
			return err
		}
		// A failing save inside the batch leaves nothing of itself.
		bad := &board.Citizen{Name: "Bent", Responsible: []board.Responsibility{{MemberID: 99999}}}
		if err := db.CreateCitizen(ctx, bad); err == nil {
			t.Error("citizen with an unknown member saved")
		}
		// Reads inside the batch see its own writes.
		got, err := db.FindCitizenByID(ctx, c.ID)
		if err != nil || got.Name != "Åse Ørum" {
			t.Errorf("read in batch: %v %v", got, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	list, err := db.FindCitizens(ctx, board.CitizenFilter{IncludeClosed: true})
	if err != nil || len(list) != 1 || list[0].Name != "Åse Ørum" {
		t.Fatalf("after batch: %d citizens, %v", len(list), err)
	}
	if after, _ := db.ChangeSeq(ctx); after <= before {
		t.Error("batch wrote no change rows")
	}
	if err := db.VerifyAudit(ctx); err != nil {
		t.Errorf("audit chain after batch: %v", err)
	}

	// A batch that fails writes nothing at all.
	err = db.Batch(ctx, func(ctx context.Context) error {
		if err := db.CreateCitizen(ctx, &board.Citizen{Name: "Carl"}); err != nil {
			return err
		}
		return board.Errorf(board.EInvalid, "stop")
	})
	if board.ErrorCode(err) != board.EInvalid {
		t.Fatalf("failed batch: %v", err)
	}
	if list, _ := db.FindCitizens(ctx, board.CitizenFilter{IncludeClosed: true}); len(list) != 1 {
		t.Errorf("failed batch left %d citizens", len(list))
	}
}
