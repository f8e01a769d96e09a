package board

import "testing"

func TestCitizenValidate(t *testing.T) {
	tests := []struct {
		name string
		c    Citizen
		ok   bool
	}{
		{"minimal", Citizen{Name: "Åse Ørum"}, true},
		{"no name", Citizen{Name: "  "}, false},
		{"on board without reason", Citizen{Name: "A", OnBoard: true, BoardSince: MustDate("2026-01-01")}, false},
		{"on board without since", Citizen{Name: "A", OnBoard: true, BoardReason: "r"}, false},
		{"review before since", Citizen{Name: "A", OnBoard: true, BoardReason: "r", BoardSince: MustDate("2026-02-01"), ReviewDate: MustDate("2026-01-01")}, false},
		{"withdrawn never given", Citizen{Name: "A", Consent: Consent{Withdrawn: true}}, false},
		{"member twice", Citizen{Name: "A", Responsible: []Responsibility{{MemberID: 1}, {MemberID: 1}}}, false},
		{"bad status", Citizen{Name: "A", Status: "gone"}, false},
	}
	for _, tt := range tests {
		err := tt.c.Validate()
		if (err == nil) != tt.ok {
			t.Errorf("%s: err = %v, want ok=%v", tt.name, err, tt.ok)
		}
		if err != nil && ErrorCode(err) != EInvalid {
			t.Errorf("%s: code %q, want invalid", tt.name, ErrorCode(err))
		}
	}
	c := Citizen{Name: "A"}
	_ = c.Validate()
	if c.Status != StatusReferred {
		t.Errorf("default status %q, want referred", c.Status)
	}
}

func TestMemberValidateNormalisesInitials(t *testing.T) {
	m := Member{Name: "Søren Østergaard", Initials: " sø ", Sector: SectorRegion}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	if m.Initials != "SØ" {
		t.Errorf("initials %q, want SØ", m.Initials)
	}
	bad := Member{Name: "X", Initials: "TOOLONG", Sector: SectorRegion}
	if bad.Validate() == nil {
		t.Error("6-letter initials accepted")
	}
}

func TestDate(t *testing.T) {
	d := MustDate("2026-10-24")
	if got := d.AddDays(8).String(); got != "2026-11-01" {
		t.Errorf("AddDays: %s", got)
	}
	if got := MustDate("2026-11-01").DaysSince(d); got != 8 {
		t.Errorf("DaysSince: %d", got)
	}
	if _, err := ParseDate("24-10-2026"); ErrorCode(err) != EInvalid {
		t.Errorf("bad date accepted: %v", err)
	}
	if z, err := ParseDate(""); err != nil || !z.IsZero() || z.String() != "" {
		t.Errorf("empty date: %v %v", z, err)
	}
}

func TestConflictError(t *testing.T) {
	err := error(ConflictError("The citizen", "AK", MustDate("2026-11-24").In(cph).Add(10*60*60e9+42*60e9)))
	e := AsError(err)
	if e == nil || e.Code != EConflict || e.By != "AK" || e.At.Hour() != 10 || e.At.Minute() != 42 {
		t.Fatalf("got %+v", e)
	}
	if ErrorCode(nil) != "" || ErrorCode(errString("x")) != EInternal {
		t.Error("codes of nil / plain errors")
	}
}

type errString string

func (e errString) Error() string { return string(e) }
