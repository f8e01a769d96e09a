package text

import (
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

func TestResolve(t *testing.T) {
	for _, tt := range []struct{ setting, locale, want string }{
		{"", "", Danish},
		{"", "C", Danish},
		{"", "C.UTF-8", Danish},
		{"", "POSIX", Danish},
		{"", "da_DK.UTF-8", Danish},
		{"", "en_GB.UTF-8", English},
		{"", "en-US", English},
		{"", "de_DE", Danish},
		{English, "C", English},
		{Danish, "en_US", Danish},
	} {
		if got := Resolve(tt.setting, tt.locale); got != tt.want {
			t.Errorf("Resolve(%q, %q) = %s, want %s", tt.setting, tt.locale, got, tt.want)
		}
	}
}

// One date format per purpose, the same in every part of Tavlen.
func TestDates(t *testing.T) {
	d := board.MustDate("2026-11-27")
	at := time.Date(2026, 11, 27, 9, 5, 0, 0, calendar.Copenhagen)
	da, en := For(Danish), For(English)
	for _, tt := range []struct{ got, want string }{
		{da.Date(d), "27.11.2026"},
		{en.Date(d), "2026-11-27"},
		{da.Day(d), "27.11."},
		{en.Day(d), "27 Nov"},
		{da.WeekdayDay(d), "fre 27.11."},
		{da.DateTime(at), "27.11.2026 09:05"},
		{FileDate(d), "2026-11-27"},
		{da.PrintDate(d), "27. november 2026"},
		{en.PrintLongDate(d), "Friday 27 November 2026"},
		{da.PrintDateTime(at), "27. november 2026 kl. 09.05"},
		{da.Date(board.Date{}), ""},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// The words drifted apart once; they are one word each now.
func TestUnifiedWords(t *testing.T) {
	da := For(Danish)
	for _, tt := range []struct{ got, want string }{
		{da.Attention(board.AttentionReviewPassed), "Revisionsdato overskredet"},
		{da.Attention(board.AttentionActionOverdue), "Handling over frist"},
		{da.T("doc.facilitator", ""), "Mødeleder"},
		{da.T("meeting.minutes.facilitator", "", map[string]any{"Name": "ML"}), "Mødeleder: ML"},
		{da.T("Cancel", ""), "Annuller"},
		{da.T("meeting.cancel", ""), "Annuller"},
		{da.Kind(calendar.KindPhone), "Telefonsamtale"},
		{For(English).T("missing.key", "Hello {{.Name}}", map[string]any{"Name": "Bo"}), "Hello Bo"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// A calendar file Tavlen writes in either language reads back as the same
// kind: the export's words come from here, the import's parse table is
// calendar's own.
func TestKindWordsReadBack(t *testing.T) {
	for _, code := range Languages {
		for _, k := range calendar.Kinds {
			word := For(code).Kind(k)
			if got, ok := calendar.KindOfCategory(word); !ok || got != k {
				t.Errorf("%s: %q reads back as %q, %v; want %s", code, word, got, ok, k)
			}
		}
	}
}

// Domain errors are translated by key, with their arguments.
func TestErrorByKey(t *testing.T) {
	err := (&board.Citizen{Name: "X", Status: "gone"}).Validate()
	if got := For(Danish).Error(err); got != "Ukendt status “gone”." {
		t.Errorf("da: %q", got)
	}
	if got := For(English).Error(err); got != "Unknown status “gone”." {
		t.Errorf("en: %q", got)
	}
	if got := For(Danish).Error(board.Errorf(board.EBusy, "busy")); got == "busy" || got == "" {
		t.Errorf("code without key: %q", got)
	}
}
