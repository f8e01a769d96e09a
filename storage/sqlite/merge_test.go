package sqlite

import (
	"context"
	"reflect"
	"testing"

	"tavlen/board"
)

func TestSaveMerged(t *testing.T) {
	tests := []struct {
		name          string
		theirs, mine  func(c *board.Citizen)
		wantConflicts []string
		wantAuto      bool
		want          func(c *board.Citizen) bool
	}{
		{"no one else saved", nil, func(c *board.Citizen) { c.Phone = "111" }, nil, false,
			func(c *board.Citizen) bool { return c.Phone == "111" }},
		{"disjoint fields merge without a question",
			func(c *board.Citizen) { c.Phone = "222" }, func(c *board.Citizen) { c.Address = "Vej 1" }, nil, true,
			func(c *board.Citizen) bool { return c.Phone == "222" && c.Address == "Vej 1" }},
		{"the same change on both sides",
			func(c *board.Citizen) { c.Notes = "samme" }, func(c *board.Citizen) { c.Notes = "samme" }, nil, true,
			func(c *board.Citizen) bool { return c.Notes == "samme" }},
		{"the same field is a conflict",
			func(c *board.Citizen) { c.Notes = "deres"; c.Phone = "333" },
			func(c *board.Citizen) { c.Notes = "mine"; c.Address = "Vej 2" }, []string{"Notes"}, false,
			func(c *board.Citizen) bool { return c.Notes == "deres" && c.Phone == "333" && c.Address == "" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := newTestDB(t)
			other, err := Open(db.Path(), Options{Member: "CD"})
			if err != nil {
				t.Fatal(err)
			}
			defer other.Close()
			c := addCitizen(t, db, &board.Citizen{Name: "Nina", Status: board.StatusActive})
			base, _ := db.FindCitizenByID(ctx, c.ID)
			if tt.theirs != nil {
				th, _ := other.FindCitizenByID(ctx, c.ID)
				tt.theirs(th)
				if err := other.UpdateCitizen(ctx, th); err != nil {
					t.Fatal(err)
				}
			}
			mine := *base
			tt.mine(&mine)
			mineCopy := mine
			res, err := board.SaveMerged(ctx, base, &mine,
				func(ctx context.Context) (*board.Citizen, error) { return db.FindCitizenByID(ctx, c.ID) },
				db.UpdateCitizen)
			if tt.wantConflicts != nil {
				e := wantCode(t, err, board.EConflict)
				if e.By != "CD" {
					t.Errorf("conflict by %q", e.By)
				}
				if !reflect.DeepEqual(res.Conflicts, tt.wantConflicts) || res.Theirs == nil || res.Theirs.Notes != "deres" {
					t.Fatalf("result %+v", res)
				}
				// Nothing lost: mine is untouched, and the merge keeps
				// my other field for "apply mine on top".
				if mine.Notes != mineCopy.Notes || res.Merged.Address != "Vej 2" || res.Merged.Notes != "deres" {
					t.Fatalf("mine %+v merged %+v", mine, res.Merged)
				}
				top := board.MineOnTop(base, &mine, res.Theirs)
				if top.Notes != "mine" || top.Address != "Vej 2" || top.Phone != "333" || top.Version != res.Theirs.Version {
					t.Fatalf("MineOnTop = %+v", top)
				}
				if err := db.UpdateCitizen(ctx, top); err != nil {
					t.Fatalf("saving mine on top: %v", err)
				}
			} else {
				if err != nil {
					t.Fatal(err)
				}
				if res.AutoMerged != tt.wantAuto || len(res.Conflicts) != 0 {
					t.Fatalf("result %+v", res)
				}
			}
			stored, _ := db.FindCitizenByID(ctx, c.ID)
			if tt.wantConflicts != nil {
				if stored.Notes != "mine" {
					t.Fatalf("after mine on top: %+v", stored)
				}
				return
			}
			if !tt.want(stored) {
				t.Fatalf("stored %+v", stored)
			}
		})
	}
}
