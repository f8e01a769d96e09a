package storagetest

import (
	"strings"
	"testing"
	"time"

	"tavlen/board"
)

// The year wheel (årshjul), the way in (referrals, the team's intake goal)
// and the meeting's theme and the citizen taking part.

func testThemes(t *testing.T, ad Adapter) {
	db, _ := newStore(t, ad)
	ab := memberID(t, db)
	cd := addMember(t, db, "Carl Dahl", "CD", board.SectorKommune)
	start, _ := db.ChangeSeq(ctx)

	march := &board.Theme{Year: 2026, Month: time.March, Title: "Kommunens misbrugsbehandling", PresenterID: cd.ID, Minutes: 15}
	may := &board.Theme{Year: 2026, Month: time.May, Title: "Medicin og diabetes", PresenterID: ab}
	meeting := &board.Theme{MeetingDate: board.MustDate("2026-03-25"), Title: "Kriseplaner", Notes: "Tag et eksempel med"}
	nextYear := &board.Theme{Year: 2027, Month: time.January, Title: "Pårørende"}
	for _, th := range []*board.Theme{may, meeting, march, nextYear} {
		mustOK(t, db.CreateTheme(ctx, th))
	}
	if meeting.Year != 2026 || meeting.Month != time.March || march.Version != 1 || march.UpdatedBy != "AB" {
		t.Fatalf("created: %+v %+v", meeting, march)
	}
	wantCode(t, db.CreateTheme(ctx, &board.Theme{Year: 2026, Month: 13, Title: "x"}), board.EInvalid)
	wantCode(t, db.CreateTheme(ctx, &board.Theme{Year: 2026, Month: 1, Title: "Om 010190-1234"}), board.EInvalid)
	wantCode(t, db.CreateTheme(ctx, &board.Theme{Year: 2026, Month: 1, Title: "x", PresenterID: 999}), board.EInvalid)

	list, err := db.FindThemes(ctx, 2026)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, th := range list {
		titles = append(titles, th.Title)
	}
	if got := strings.Join(titles, "|"); got != "Kommunens misbrugsbehandling|Kriseplaner|Medicin og diabetes" {
		t.Fatalf("themes of 2026: %s", got)
	}
	if got := list[0]; got.PresenterID != cd.ID || got.Minutes != 15 || list[1].MeetingDate != board.MustDate("2026-03-25") ||
		list[1].Notes != "Tag et eksempel med" || list[2].PresenterID != ab {
		t.Fatalf("read back: %+v %+v %+v", list[0], list[1], list[2])
	}
	if th := board.ThemeOfDay(list, board.MustDate("2026-03-25")); th == nil || th.ID != meeting.ID {
		t.Fatalf("theme of the day: %+v", th)
	}

	stale := *march
	march.Title, march.PresenterID = "Kommunens misbrugsbehandling og rusmidler", 0
	mustOK(t, db.UpdateTheme(ctx, march))
	got, err := db.FindThemeByID(ctx, march.ID)
	if err != nil || got.Title != march.Title || got.PresenterID != 0 || got.Version != 2 {
		t.Fatalf("after update: %+v %v", got, err)
	}
	stale.Notes = "x"
	wantCode(t, db.UpdateTheme(ctx, &stale), board.EConflict)
	wantCode(t, db.DeleteTheme(ctx, march.ID, stale.Version), board.EConflict)
	mustOK(t, db.DeleteTheme(ctx, march.ID, march.Version))
	_, err = db.FindThemeByID(ctx, march.ID)
	wantCode(t, err, board.ENotFound)
	wantCode(t, db.UpdateTheme(ctx, march), board.ENotFound)

	hist, _ := db.FindAudit(ctx, board.AuditFilter{Kind: board.RecordTheme, RowID: march.ID})
	if len(hist) != 3 || hist[0].Action != board.AuditDelete || hist[2].Action != board.AuditInsert {
		t.Fatalf("history: %+v", hist)
	}
	if got := fieldsText(hist[1]); got != "theme.title: Kommunens misbrugsbehandling → Kommunens misbrugsbehandling og rusmidler\ntheme.presenter: CD → " {
		t.Fatalf("history of the update:\n%s", got)
	}
	changes, _ := db.ChangesSince(ctx, start)
	kinds := map[board.RecordKind]int{}
	for _, ch := range changes {
		kinds[ch.Kind]++
	}
	if kinds[board.RecordTheme] != 6 { // 4 created, 1 updated, 1 deleted
		t.Fatalf("change notices: %+v", changes)
	}
}

func testReferrals(t *testing.T, ad Adapter) {
	db, _ := newStore(t, ad)
	c := addCitizen(t, db, &board.Citizen{Name: "Rasmus", Status: board.StatusReferred, ReferredBy: "Lægehuset Torvet",
		ReferredOn: board.MustDate("2026-03-02"), ReferrerKind: board.ReferrerGP, ReferralReason: "Tiltagende isolation, ønsker hjælp",
		Consent: board.Consent{GivenOn: board.MustDate("2026-03-02"), Scope: "Region, kommune og egen læge"}})
	got, err := db.FindCitizenByID(ctx, c.ID)
	if err != nil || got.ReferrerKind != board.ReferrerGP || got.ReferralReason != "Tiltagende isolation, ønsker hjælp" || !got.Consent.Valid() {
		t.Fatalf("referral read back: %+v %v", got, err)
	}
	wantCode(t, db.CreateCitizen(ctx, &board.Citizen{Name: "X", ReferrerKind: "doctor"}), board.EInvalid)

	mustOK(t, got.DeclineReferral(board.MustDate("2026-03-10"), "Hører til i behandlingspsykiatrien"))
	mustOK(t, db.UpdateCitizen(ctx, got))
	got, _ = db.FindCitizenByID(ctx, c.ID)
	if !got.Declined() || got.DeclinedReason != "Hører til i behandlingspsykiatrien" || got.DeclinedOn != board.MustDate("2026-03-10") {
		t.Fatalf("declined: %+v", got)
	}
	waiting, _ := db.FindCitizens(ctx, board.CitizenFilter{})
	if len(board.WaitingList(waiting, board.MustDate("2026-03-25"), 0)) != 0 {
		t.Fatalf("a declined referral waits: %+v", waiting)
	}
	hist, _ := db.FindAudit(ctx, board.AuditFilter{Kind: board.RecordCitizen, RowID: c.ID, Action: board.AuditUpdate})
	if len(hist) != 1 || !strings.Contains(fieldsText(hist[0]), "citizen.declined_reason:  → Hører til i behandlingspsykiatrien") {
		t.Fatalf("history: %+v", hist)
	}

	team, _ := db.FindTeam(ctx)
	if team.IntakeGoal() != board.DefaultIntakeGoalDays {
		t.Fatalf("a new team's goal: %d", team.IntakeGoal())
	}
	team.IntakeGoalDays = 10
	mustOK(t, db.UpdateTeam(ctx, team))
	team, _ = db.FindTeam(ctx)
	if team.IntakeGoal() != 10 || team.Name != "Testteam" {
		t.Fatalf("team: %+v", team)
	}
	team.IntakeGoalDays = -1
	wantCode(t, db.UpdateTeam(ctx, team), board.EInvalid)
}

// testMeetingTheme: the day's theme and "the citizen took part" are kept
// with the minutes, and locked with them.
func testMeetingTheme(t *testing.T, ad Adapter) {
	db, clk := newStore(t, ad)
	ab := memberID(t, db)
	k := addCitizen(t, db, &board.Citizen{Name: "Karen"})
	th := &board.Theme{Year: 2026, Month: time.March, Title: "Boligsocial indsats", PresenterID: ab, Minutes: 12}
	mustOK(t, db.CreateTheme(ctx, th))

	s := board.NewMeetingSession(board.DateOf(t0), ab, []int64{ab}, []board.AgendaEntry{{Citizen: k}}, t0)
	s.SetTheme(th, t0)
	mustOK(t, db.CreateMeeting(ctx, s.Meeting))
	clk.Advance(11 * time.Minute)
	s.Next(clk.Now())
	s.SetCitizenPresent(true)
	s.Meeting.Theme.Notes = "Boligsociale medarbejdere kan deltage i netværksmøder"
	clk.Advance(5 * time.Minute)
	s.End(clk.Now())
	mustOK(t, db.UpdateMeeting(ctx, s.Meeting))

	got, err := db.FindMeetingByID(ctx, s.Meeting.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := board.MeetingTheme{ThemeID: th.ID, Title: "Boligsocial indsats", PresenterID: ab, Minutes: 12, Seconds: 660,
		Notes: "Boligsociale medarbejdere kan deltage i netværksmøder"}
	if got.Theme != want || !got.Items[0].CitizenPresent {
		t.Fatalf("meeting read back: %+v, item %+v", got.Theme, got.Items[0])
	}
	hist, _ := db.FindAudit(ctx, board.AuditFilter{Kind: board.RecordMeetingItem, CitizenID: k.ID})
	if len(hist) == 0 || !strings.Contains(fieldsText(hist[0]), "meeting_item.citizen_present: no → yes") {
		t.Fatalf("item history: %+v", hist)
	}

	mustOK(t, got.Approve(ab, clk.Now()))
	mustOK(t, db.UpdateMeeting(ctx, got))
	got.Theme.Notes = "rettet bagefter"
	wantCode(t, db.UpdateMeeting(ctx, got), board.EInvalid)
	got, _ = db.FindMeetingByID(ctx, s.Meeting.ID)
	got.Items[0].CitizenPresent = false
	wantCode(t, db.UpdateMeeting(ctx, got), board.EInvalid)
}
