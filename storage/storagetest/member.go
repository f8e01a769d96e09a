package storagetest

import (
	"strings"
	"testing"
	"time"

	"tavlen/board"
)

func testMembers(t *testing.T, ad Adapter) {
	db, clk := newStore(t, ad)
	cd := addMember(t, db, "Carl Dahl", " cd ", board.SectorKommune)
	if cd.Initials != "CD" || cd.Version != 1 || cd.UpdatedBy != "AB" || !cd.UpdatedAt.Equal(t0) {
		t.Fatalf("created member: %+v", cd)
	}
	wantCode(t, db.CreateMember(ctx, &board.Member{Name: "Cecilie Dam", Initials: "cd", Sector: board.SectorGP}), board.EInvalid)
	wantCode(t, db.CreateMember(ctx, &board.Member{Name: "Nix", Initials: "N", Sector: "moon"}), board.EInvalid)

	got, err := db.FindMembers(ctx, board.MemberFilter{Sector: board.SectorKommune})
	if err != nil || len(got) != 1 || got[0].Name != "Carl Dahl" {
		t.Fatalf("FindMembers by sector: %v %v", got, err)
	}
	got, _ = db.FindMembers(ctx, board.MemberFilter{Search: "dah"})
	if len(got) != 1 {
		t.Fatalf("search: %v", got)
	}
	got, _ = db.FindMembers(ctx, board.MemberFilter{})
	if len(got) != 2 || got[0].Initials != "AB" {
		t.Fatalf("all members: %v", got)
	}

	// Two PCs read the same member; the second save is refused with who and when.
	mine, _ := db.FindMemberByID(ctx, cd.ID)
	theirs, _ := db.FindMemberByID(ctx, cd.ID)
	clk.Advance(time.Minute)
	db.SetMember("EF")
	theirs.Phone = "12345678"
	if err := db.UpdateMember(ctx, theirs); err != nil {
		t.Fatal(err)
	}
	if theirs.Version != 2 || theirs.UpdatedBy != "EF" {
		t.Fatalf("after update: %+v", theirs.Stamp)
	}
	db.SetMember("AB")
	mine.Role = "sygeplejerske"
	e := wantCode(t, db.UpdateMember(ctx, mine), board.EConflict)
	if e.By != "EF" || !e.At.Equal(t0.Add(time.Minute)) {
		t.Fatalf("conflict By=%q At=%v", e.By, e.At)
	}
	stored, _ := db.FindMemberByID(ctx, cd.ID)
	if stored.Role != "" || stored.Phone != "12345678" {
		t.Fatalf("stored after refused save: %+v", stored)
	}
	_, err = db.FindMemberByID(ctx, 999)
	wantCode(t, err, board.ENotFound)

	hist, _ := db.FindAudit(ctx, board.AuditFilter{Kind: board.RecordMember, RowID: cd.ID})
	if len(hist) != 2 || hist[0].Action != board.AuditUpdate || fieldsText(hist[0]) != "member.phone:  → 12345678" || hist[0].Member != "EF" {
		t.Fatalf("member history: %+v", hist[0])
	}
	if !strings.Contains(fieldsText(hist[1]), "member.initials: CD") || hist[1].Machine == "" {
		t.Fatalf("insert history: %+v", hist[1])
	}
}

func testTeam(t *testing.T, ad Adapter) {
	db, _ := newStore(t, ad)
	team, err := db.FindTeam(ctx)
	if err != nil || team.Name != "Testteam" || team.Version != 1 {
		t.Fatalf("FindTeam: %+v %v", team, err)
	}
	team.Name = "FACT Nord"
	if err := db.UpdateTeam(ctx, team); err != nil {
		t.Fatal(err)
	}
	stale := &board.Team{Name: "Andet", Stamp: board.Stamp{Version: 1}}
	wantCode(t, db.UpdateTeam(ctx, stale), board.EConflict)
	team, _ = db.FindTeam(ctx)
	if team.Name != "FACT Nord" || team.Version != 2 {
		t.Fatalf("team: %+v", team)
	}
}
