package printing

import (
	"reflect"
	"testing"

	"tavlen/board"
	"tavlen/calendar"
)

// Every word is there in both languages, so no heading prints blank.
func TestLabelsComplete(t *testing.T) {
	for _, l := range []*labels{danish(), english()} {
		v := reflect.ValueOf(*l)
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			name := v.Type().Field(i).Name
			switch f.Kind() {
			case reflect.String:
				if f.String() == "" {
					t.Errorf("%s: %s is empty", l.lang, name)
				}
			case reflect.Array:
				for j := 0; j < f.Len(); j++ {
					if f.Index(j).String() == "" {
						t.Errorf("%s: %s[%d] is empty", l.lang, name, j)
					}
				}
			}
		}
		for _, s := range board.Sectors {
			if l.sectors[s] == "" || l.sectorShort[s] == "" {
				t.Errorf("%s: sector %s unnamed", l.lang, s)
			}
		}
		for _, k := range calendar.Kinds {
			if l.kinds[k] == "" {
				t.Errorf("%s: kind %s unnamed", l.lang, k)
			}
		}
		for _, s := range calendar.Statuses {
			if l.apptStatuses[s] == "" {
				t.Errorf("%s: appointment status %s unnamed", l.lang, s)
			}
		}
		for _, s := range board.ActionStatuses {
			if l.actionStatus[s] == "" {
				t.Errorf("%s: action status %s unnamed", l.lang, s)
			}
		}
		for _, s := range board.Statuses {
			if l.citizenStatus[s] == "" {
				t.Errorf("%s: citizen status %s unnamed", l.lang, s)
			}
		}
		for _, a := range []board.Attention{board.AttentionReviewPassed, board.AttentionActionOverdue,
			board.AttentionNoContact, board.AttentionNoShow, board.AttentionConsentMissing} {
			if l.attention[a] == "" {
				t.Errorf("%s: attention %s unnamed", l.lang, a)
			}
		}
	}
	if labelsFor("") != danish() || labelsFor("de") != danish() || labelsFor(English) != english() {
		t.Error("labelsFor: Danish is the default, English on request")
	}
	// An unknown enum value prints as itself, not as nothing.
	if got := word(danish().kinds, calendar.Kind("yoga")); got != "yoga" {
		t.Errorf("word(unknown) = %q", got)
	}
}

func TestDates(t *testing.T) {
	d := board.MustDate("2026-12-07")
	for _, tc := range []struct{ got, want string }{
		{danish().longDate(d), "mandag 7. december 2026"},
		{english().longDate(d), "Monday 7 December 2026"},
		{danish().shortDate(d, d), "7. dec."},
		{english().shortDate(d, board.MustDate("2027-01-01")), "7 Dec 2026"},
		{danish().span(at("2026-12-07 09:00"), at("2026-12-07 10:30")), "09.00–10.30"},
		{english().dateTime(at("2026-12-07 14:05")), "7 December 2026 at 14:05"},
		{danish().longDate(board.Date{}), ""},
		{capitalise("ønske"), "Ønske"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
