package storagetest

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"tavlen/board"
)

func testCitizens(t *testing.T, ad Adapter) {
	db, clk := newStore(t, ad)
	ab := memberID(t, db)
	cd := addMember(t, db, "Carl Dahl", "CD", board.SectorKommune)
	c := addCitizen(t, db, &board.Citizen{
		Name: "Åse Ærø", PreferredName: "Åse", Status: board.StatusActive, OnBoard: true, BoardReason: "indlæggelse",
		BoardSince: board.MustDate("2026-03-01"), ReviewDate: board.MustDate("2026-04-01"),
		Responsible: []board.Responsibility{{MemberID: cd.ID, Role: "kontaktperson"}, {MemberID: ab, Role: "behandler"}},
		Consent:     board.Consent{GivenOn: board.MustDate("2026-02-01"), Scope: "region og kommune"},
		SafetyNote:  "hund i lejligheden", ReferredBy: "egen læge", ReferredOn: board.MustDate("2026-01-15"),
	})
	addCitizen(t, db, &board.Citizen{Name: "Bent Berg", Status: board.StatusReferred})
	addCitizen(t, db, &board.Citizen{Name: "Carla Closed", Status: board.StatusClosed})
	wantCode(t, db.CreateCitizen(ctx, &board.Citizen{Name: "X", Responsible: []board.Responsibility{{MemberID: 999}}}), board.EInvalid)
	wantCode(t, db.CreateCitizen(ctx, &board.Citizen{Name: " "}), board.EInvalid)

	got, err := db.FindCitizenByID(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	got.UpdatedAt, c.UpdatedAt = time.Time{}, time.Time{}
	if !equalCitizen(got, c) {
		t.Fatalf("read back\n got %+v\nwant %+v", got, c)
	}

	names := func(f board.CitizenFilter) string {
		list, err := db.FindCitizens(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, c := range list {
			s = append(s, c.Name)
		}
		return strings.Join(s, ",")
	}
	for _, tc := range []struct {
		f    board.CitizenFilter
		want string
	}{
		{board.CitizenFilter{}, "Bent Berg,Åse Ærø"},
		{board.CitizenFilter{IncludeClosed: true}, "Bent Berg,Carla Closed,Åse Ærø"},
		{board.CitizenFilter{Status: board.StatusClosed}, "Carla Closed"},
		{board.CitizenFilter{OnBoard: true}, "Åse Ærø"},
		{board.CitizenFilter{MemberID: cd.ID}, "Åse Ærø"},
		{board.CitizenFilter{Search: "åse"}, "Åse Ærø"},
		{board.CitizenFilter{Search: "berg"}, "Bent Berg"},
		{board.CitizenFilter{Search: "%"}, ""},
	} {
		if got := names(tc.f); got != tc.want {
			t.Errorf("FindCitizens(%+v) = %q, want %q", tc.f, got, tc.want)
		}
	}

	stale := *c
	clk.Advance(time.Hour)
	c.Responsible = c.Responsible[:1]
	c.Status = board.StatusPaused
	if err := db.UpdateCitizen(ctx, c); err != nil {
		t.Fatal(err)
	}
	got, _ = db.FindCitizenByID(ctx, c.ID)
	if len(got.Responsible) != 1 || got.Status != board.StatusPaused || got.Version != 2 {
		t.Fatalf("after update: %+v", got)
	}
	stale.Notes = "overskriver"
	e := wantCode(t, db.UpdateCitizen(ctx, &stale), board.EConflict)
	if e.By != "AB" || !e.At.Equal(t0.Add(time.Hour)) {
		t.Fatalf("conflict: %+v", e)
	}
	hist, _ := db.FindAudit(ctx, board.AuditFilter{CitizenID: c.ID, Action: board.AuditUpdate})
	if len(hist) != 1 {
		t.Fatalf("history: %v", hist)
	}
	want := "citizen.status: active → paused\ncitizen.responsible: CD (kontaktperson), AB (behandler) → CD (kontaktperson)"
	if fieldsText(hist[0]) != want {
		t.Fatalf("changes = %q, want %q", fieldsText(hist[0]), want)
	}
}

func equalCitizen(a, b *board.Citizen) bool {
	if len(a.Responsible) != len(b.Responsible) {
		return false
	}
	for i := range a.Responsible {
		if a.Responsible[i] != b.Responsible[i] {
			return false
		}
	}
	x, y := *a, *b
	x.Responsible, y.Responsible = nil, nil
	return reflect.DeepEqual(x, y)
}
