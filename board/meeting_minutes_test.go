package board

import (
	"testing"
	"time"
)

// Paging through the agenda with Space discusses nobody; a note, a
// decision, a board change or the explicit tick does.
func TestPagingIsNotDiscussing(t *testing.T) {
	t0 := time.Date(2026, 11, 26, 9, 0, 0, 0, cph)
	s := sessionFixture(t0)
	for s.Next(t0.Add(time.Minute)) {
	}
	if done, total := s.Meeting.Progress(); done != 0 || total != 4 {
		t.Fatalf("after paging through: %d of %d discussed, want 0 of 4", done, total)
	}
	for i := range s.Meeting.Items {
		if s.Meeting.Items[i].Discussed {
			t.Errorf("item %d marked discussed by paging", i)
		}
	}
	s.Meeting.Items[0].Decisions = "Ny handling: ring til egen læge"
	s.Meeting.Items[1].BoardChange = "Taget af tavlen: stabil"
	s.Go(2, t0.Add(2*time.Minute))
	s.ToggleDiscussed()
	s.Skip(3)
	want := []ItemOutcome{OutcomeDiscussed, OutcomeDiscussed, OutcomeDiscussed, OutcomeSkipped}
	for i, w := range want {
		if got := s.Meeting.Items[i].Outcome(); got != w {
			t.Errorf("item %d: outcome %v, want %v", i, got, w)
		}
	}
	if done, total := s.Meeting.Progress(); done != 3 || total != 3 {
		t.Errorf("progress %d of %d, want 3 of 3", done, total)
	}
	s.ToggleDiscussed()
	if s.Meeting.Items[2].Outcome() != OutcomeNotReached {
		t.Errorf("untick did not undo the tick")
	}
	// Resume lands on the first citizen neither discussed nor skipped.
	if r := ResumeMeetingSession(s.Meeting, t0); r.Current != 2 {
		t.Errorf("resumed on %d, want 2", r.Current)
	}
}

// "+ N more" under the strip counts the citizens still to discuss after
// the rows shown, not every row hidden.
func TestAgendaWindowAndLeftAfter(t *testing.T) {
	m := &Meeting{}
	for i := 0; i < 20; i++ {
		m.Items = append(m.Items, MeetingItem{CitizenID: int64(i + 1), Position: i})
	}
	for i := 15; i < 20; i++ {
		m.Items[i].Skipped = i%2 == 1 // 15, 17, 19 skipped; 16, 18 taken
	}
	first, end := AgendaWindow(len(m.Items), 0, 10)
	if first != 0 || end != 10 {
		t.Fatalf("window at 0: [%d,%d)", first, end)
	}
	if got := m.LeftAfter(end); got != 7 { // 10..14, 16, 18
		t.Errorf("left after the window: %d, want 7", got)
	}
	m.Items[12].Notes = "Talt om"
	if got := m.LeftAfter(end); got != 6 {
		t.Errorf("left after a discussed one: %d, want 6", got)
	}
	if first, end := AgendaWindow(20, 19, 10); first != 10 || end != 20 {
		t.Errorf("window at the end: [%d,%d)", first, end)
	}
	if first, end := AgendaWindow(3, 1, 10); first != 0 || end != 3 {
		t.Errorf("short agenda: [%d,%d)", first, end)
	}
}

func endedMeeting() *Meeting {
	t0 := time.Date(2026, 11, 26, 9, 0, 0, 0, cph)
	return &Meeting{ID: 1, Date: DateOf(t0), StartedAt: t0, EndedAt: t0.Add(time.Hour), FacilitatorID: 9,
		Items: []MeetingItem{{CitizenID: 1}, {CitizenID: 2, Position: 1}}}
}

// Minutes are edited until approved; then they are locked and only
// dated corrections are appended.
func TestMinutesApprovalLocks(t *testing.T) {
	m := endedMeeting()
	running := *m
	running.EndedAt = time.Time{}
	if err := running.EditItem(1, "x", "", true); ErrorCode(err) != EInvalid {
		t.Errorf("edit of a running meeting's minutes: %v", err)
	}
	if err := m.AddCorrection(9, 0, "for tidligt", m.EndedAt); ErrorCode(err) != EInvalid {
		t.Errorf("correction before approval: %v", err)
	}
	if err := m.EditItem(1, " Drøftet medicin ", "Ring til lægen", false); err != nil {
		t.Fatal(err)
	}
	if it := m.Item(1); it.Notes != "Drøftet medicin" || !it.WasDiscussed() {
		t.Errorf("edit: %+v", it)
	}
	if err := m.EditItem(7, "x", "", false); ErrorCode(err) != EInvalid {
		t.Errorf("edit of a citizen not on the agenda: %v", err)
	}
	stored := *m
	stored.Items = append([]MeetingItem(nil), m.Items...)
	at := m.EndedAt.Add(time.Hour)
	if err := m.Approve(0, at); ErrorCode(err) != EInvalid {
		t.Errorf("approve without a member: %v", err)
	}
	if err := m.Approve(9, at); err != nil || !m.Approved() {
		t.Fatalf("approve: %v", err)
	}
	if err := CheckLockedChange(&stored, m); err != nil {
		t.Errorf("approving an unapproved meeting refused: %v", err)
	}
	if err := m.EditItem(1, "ændret", "", true); ErrorCode(err) != EInvalid {
		t.Errorf("edit after approval: %v", err)
	}
	if err := m.Approve(9, at); ErrorCode(err) != EInvalid {
		t.Errorf("approved twice: %v", err)
	}
	approved := *m
	approved.Items = append([]MeetingItem(nil), m.Items...)
	if err := m.AddCorrection(10, 2, "  ", at); ErrorCode(err) != EInvalid {
		t.Errorf("empty correction: %v", err)
	}
	if err := m.AddCorrection(10, 2, "Borgeren var drøftet; noten manglede.", at.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := CheckLockedChange(&approved, m); err != nil {
		t.Errorf("appending a correction refused: %v", err)
	}
	// As read back from the file, a written item is stored as discussed.
	reread := approved
	reread.Items = append([]MeetingItem(nil), approved.Items...)
	reread.Items[0].Discussed = true
	m.Items[0].Discussed = false
	if err := CheckLockedChange(&reread, m); err != nil {
		t.Errorf("the stored discussed flag counts as a change: %v", err)
	}
	// Any other change to approved minutes is refused, by every path.
	tampered := *m
	tampered.Items = append([]MeetingItem(nil), m.Items...)
	tampered.Items[0].Notes = "omskrevet"
	if err := CheckLockedChange(&approved, &tampered); ErrorCode(err) != EInvalid {
		t.Errorf("rewrite of approved minutes allowed: %v", err)
	}
	withCorr := *m
	withCorr.Corrections = append([]MinutesCorrection(nil), m.Corrections...)
	withCorr.Corrections[0].ID = 5
	dropped := withCorr
	dropped.Corrections = nil
	if err := CheckLockedChange(&withCorr, &dropped); ErrorCode(err) != EInvalid {
		t.Errorf("deleting a correction allowed: %v", err)
	}
}
