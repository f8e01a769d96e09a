package board

import "testing"

func TestWaitingListOrderAndGoal(t *testing.T) {
	today := MustDate("2026-03-25")
	cs := []*Citizen{
		{ID: 1, Name: "Bo", Status: StatusReferred, ReferredOn: MustDate("2026-03-20")},
		{ID: 2, Name: "Åse", Status: StatusReferred, ReferredOn: MustDate("2026-03-01")},
		{ID: 3, Name: "Carl", Status: StatusIntake, ReferredOn: MustDate("2026-02-01")},
		{ID: 4, Name: "Dorte", Status: StatusReferred},
		{ID: 5, Name: "Eva", Status: StatusReferred, ReferredOn: MustDate("2026-03-11")},
		{ID: 6, Name: "Finn", Status: StatusClosed, ReferredOn: MustDate("2026-02-02"), DeclinedOn: MustDate("2026-02-10"), DeclinedReason: "Anden indsats"},
		{ID: 7, Name: "Anna", Status: StatusReferred, ReferredOn: MustDate("2026-03-20")},
	}
	list := WaitingList(cs, today, 0)
	var ids []int64
	for _, e := range list {
		ids = append(ids, e.Citizen.ID)
	}
	if want := []int64{2, 5, 7, 1, 4}; !equalIDs(ids, want) {
		t.Fatalf("order %v, want %v", ids, want)
	}
	for _, tt := range []struct {
		i    int
		days int
		past bool
	}{{0, 24, true}, {1, 14, false}, {2, 5, false}, {4, 0, false}} {
		if e := list[tt.i]; e.Days != tt.days || e.PastGoal != tt.past {
			t.Errorf("%s: %d days past=%v, want %d %v", e.Citizen.Name, e.Days, e.PastGoal, tt.days, tt.past)
		}
	}
	if l := WaitingList(cs, today, 10); !l[1].PastGoal {
		t.Error("a goal of 10 days: 14 days waiting is not past it")
	}
}

func TestDeclineReferralKeepsItsReason(t *testing.T) {
	c := &Citizen{Name: "Bo", Status: StatusReferred, ReferredOn: MustDate("2026-03-01")}
	if ErrorCode(c.DeclineReferral(MustDate("2026-03-05"), "  ")) != EInvalid {
		t.Fatal("declined without a reason")
	}
	if err := c.DeclineReferral(MustDate("2026-03-05"), " Hører til i behandlingspsykiatrien "); err != nil {
		t.Fatal(err)
	}
	if !c.Declined() || c.Status != StatusClosed || c.DeclinedReason != "Hører til i behandlingspsykiatrien" {
		t.Fatalf("declined: %+v", c)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if ErrorCode(c.DeclineReferral(MustDate("2026-03-06"), "igen")) != EInvalid {
		t.Fatal("a closed citizen declined again")
	}
	// Taken in later after all: the reason stays as history, no longer declined.
	c.Status = StatusIntake
	if c.Declined() || c.Validate() != nil {
		t.Fatalf("reopened: declined=%v %v", c.Declined(), c.Validate())
	}
	for what, bad := range map[string]*Citizen{
		"kind":        {Name: "x", ReferrerKind: "doctor"},
		"no reason":   {Name: "x", DeclinedOn: MustDate("2026-03-01")},
		"no date":     {Name: "x", DeclinedReason: "nej"},
		"cpr":         {Name: "x", ReferralReason: "010190-1234"},
		"cpr decline": {Name: "x", DeclinedOn: MustDate("2026-03-01"), DeclinedReason: "010190-1234"},
	} {
		if ErrorCode(bad.Validate()) != EInvalid {
			t.Errorf("%s: accepted", what)
		}
	}
}

// TestAgendaNewReferralsFollowTheWaitingList: undated referrals come after
// dated ones, as on the waiting list.
func TestAgendaNewReferralsFollowTheWaitingList(t *testing.T) {
	today := MustDate("2026-03-25")
	var cands []AgendaCandidate
	for _, c := range []*Citizen{
		{ID: 1, Name: "Anna", Status: StatusReferred},
		{ID: 2, Name: "Bo", Status: StatusReferred, ReferredOn: MustDate("2026-03-20")},
		{ID: 3, Name: "Carl", Status: StatusReferred, ReferredOn: MustDate("2026-03-02")},
	} {
		cands = append(cands, AgendaCandidate{Citizen: c})
	}
	var ids []int64
	for _, e := range Agenda(cands, today, cph) {
		ids = append(ids, e.Citizen.ID)
	}
	var wl []int64
	for _, e := range WaitingList([]*Citizen{cands[0].Citizen, cands[1].Citizen, cands[2].Citizen}, today, 0) {
		wl = append(wl, e.Citizen.ID)
	}
	if want := []int64{3, 2, 1}; !equalIDs(ids, want) || !equalIDs(wl, want) {
		t.Fatalf("agenda %v, waiting list %v, want %v", ids, wl, want)
	}
}

// A referral needs its date, not in the future; a decline lies between
// the referral and today.
func TestReferralDatesAgainstToday(t *testing.T) {
	today := MustDate("2026-11-26")
	for _, tt := range []struct {
		on   string
		want string
	}{{"", "referral.invalid.referred_on_missing"}, {"2026-11-27", "referral.invalid.referred_on_future"}, {"2026-11-26", ""}, {"2026-11-19", ""}} {
		c := &Citizen{Name: "Bo", Status: StatusReferred}
		if tt.on != "" {
			c.ReferredOn = MustDate(tt.on)
		}
		if got := errorKey(c.CheckReferredOn(today)); got != tt.want {
			t.Errorf("referred %q: %q, want %q", tt.on, got, tt.want)
		}
	}
	for _, tt := range []struct {
		day  string
		want string
	}{{"2020-01-01", "referral.invalid.decline_before_referral"}, {"2026-11-27", "referral.invalid.decline_future"}, {"2026-11-19", ""}, {"2026-11-26", ""}} {
		c := &Citizen{Name: "Bo", Status: StatusReferred, ReferredOn: MustDate("2026-11-19")}
		if got := errorKey(c.DeclineReferralOn(MustDate(tt.day), today, "Anden indsats")); got != tt.want {
			t.Errorf("declined %s: %q, want %q", tt.day, got, tt.want)
		}
	}
}

func errorKey(err error) string {
	if e := AsError(err); e != nil {
		return e.Key
	}
	return ""
}
