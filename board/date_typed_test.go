package board

import "testing"

func TestParseTypedDate(t *testing.T) {
	today := MustDate("2026-11-26") // a Thursday
	for _, tt := range []struct{ in, want string }{
		{"4.12", "2026-12-04"}, {"4/12", "2026-12-04"}, {"4-12", "2026-12-04"}, {"4.12.", "2026-12-04"},
		{"4-12-26", "2026-12-04"}, {"4.12.2026", "2026-12-04"}, {"04-12-2026", "2026-12-04"},
		{"4/12/2026", "2026-12-04"}, {"2026-12-04", "2026-12-04"}, {" 4. dec ", "2026-12-04"},
		{"4. december 2026", "2026-12-04"}, {"1/1", "2027-01-01"}, {"20.11", "2026-11-20"},
		{"i dag", "2026-11-26"}, {"I morgen", "2026-11-27"}, {"i  overmorgen", "2026-11-28"},
		{"today", "2026-11-26"}, {"Tomorrow", "2026-11-27"}, {"i går", "2026-11-25"},
		{"fredag", "2026-11-27"}, {"fre", "2026-11-27"}, {"Friday", "2026-11-27"},
		{"torsdag", "2026-12-03"}, {"mandag", "2026-11-30"}, {"på mandag", "2026-11-30"},
		{"+3", "2026-11-29"}, {"-2", "2026-11-24"}, {"+2u", "2026-12-10"}, {"", ""},
	} {
		got, err := ParseTypedDate(tt.in, today)
		if err != nil || got.String() != tt.want {
			t.Errorf("ParseTypedDate(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
	// Late in December "4.1" is next January; early in January "28.12"
	// is last December.
	if d, _ := ParseTypedDate("4.1", MustDate("2026-12-20")); d.String() != "2027-01-04" {
		t.Errorf("4.1 in December = %v", d)
	}
	if d, _ := ParseTypedDate("28.12", MustDate("2027-01-03")); d.String() != "2026-12-28" {
		t.Errorf("28.12 in January = %v", d)
	}
}

func TestParseTypedDateSaysWhyNot(t *testing.T) {
	today := MustDate("2026-11-26")
	for in, key := range map[string]string{
		"31.02.2026": "invalid.date_nonexistent", "29.2.2026": "invalid.date_nonexistent",
		"31/4": "invalid.date_nonexistent", "32.11.2026": "invalid.date_nonexistent",
		"4.13.2026": "invalid.date_month", "x": "invalid.date_typed", "11.2026": "invalid.date_typed",
		"+x": "invalid.date_typed", "4.12.202": "invalid.date_typed", "fredagen": "invalid.date_typed",
		// A slip of the keys in the year (seen: an action due in 2199).
		"12.03.2199": "invalid.date_far_ahead", "4.12.2126": "invalid.date_far_ahead", "2126-12-04": "invalid.date_far_ahead",
		"4.12.1926": "invalid.date_far_back",
	} {
		_, err := ParseTypedDate(in, today)
		if e := AsError(err); e == nil || e.Code != EInvalid || e.Key != key {
			t.Errorf("ParseTypedDate(%q) error = %v; want key %s", in, err, key)
		}
	}
	_, err := ParseTypedDate("31.02.2026", today)
	if e := AsError(err); e == nil || e.Args["Days"] != 28 {
		t.Errorf("31.02.2026: want Days 28 in %+v", e)
	}
	for _, ok := range []string{"4.12.2036", "1.1.1996"} {
		if _, err := ParseTypedDate(ok, today); err != nil {
			t.Errorf("%s within the years a team plans and looks back: %v", ok, err)
		}
	}
	if d, err := ParseTypedDate("29.2.2028", today); err != nil || d.String() != "2028-02-29" {
		t.Errorf("29.2.2028 = %v, %v", d, err)
	}
}
