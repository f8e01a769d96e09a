package app

import (
	"tavlen/app/kit"
	"tavlen/board"
	"testing"
)

func TestApplyLanguageOverridesSystem(t *testing.T) {
	defer applyLanguage(langDanish)
	for _, tt := range []struct{ lang, want string }{{langEnglish, "Board"}, {langDanish, "Tavlen"}, {langEnglish, "Board"}} {
		if err := applyLanguage(tt.lang); err != nil {
			t.Fatal(err)
		}
		if got := T("tab.board", "Board"); got != tt.want {
			t.Errorf("after %s: %q, want %q", tt.lang, got, tt.want)
		}
	}
	if got := effectiveLanguage(langEnglish); got != langEnglish {
		t.Errorf("effectiveLanguage(en) = %q", got)
	}
}

func TestParseDateAndClock(t *testing.T) {
	today := board.MustDate("2026-11-23")
	for _, s := range []string{"24.11.2026", "24-11-2026", "24/11/2026", "2026-11-24", "24.11.26", "24.11", "i morgen", "tirsdag"} {
		if d, err := kit.ParseDate(s, today); err != nil || d.String() != "2026-11-24" {
			t.Errorf("parseDate(%q) = %v, %v", s, d, err)
		}
	}
	for _, s := range []string{"32.11.2026", "i morgen tidlig", "11.2026"} {
		if _, err := kit.ParseDate(s, today); err == nil {
			t.Errorf("parseDate(%q) accepted", s)
		}
	}
	for s, want := range map[string][2]int{"9:30": {9, 30}, "09.30": {9, 30}, "14": {14, 0}, "0815": {8, 15}} {
		h, m, err := kit.ParseClock(s)
		if err != nil || h != want[0] || m != want[1] {
			t.Errorf("parseClock(%q) = %d:%d %v", s, h, m, err)
		}
	}
}

func TestEffectiveLanguageFollowsLocale(t *testing.T) {
	for _, tt := range []struct{ lcAll, lang, setting, want string }{
		{"", "C.UTF-8", "", langDanish},          // no language named: Danish first
		{"", "", "", langDanish},                 // nothing set at all
		{"POSIX", "en_GB.UTF-8", "", langDanish}, // LC_ALL wins
		{"", "da_DK.UTF-8", "", langDanish},
		{"", "en_US.UTF-8", "", langEnglish},
		{"", "C", langEnglish, langEnglish}, // the setting wins
	} {
		t.Setenv("LC_ALL", tt.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", tt.lang)
		if got := effectiveLanguage(tt.setting); got != tt.want {
			t.Errorf("LC_ALL=%q LANG=%q setting %q: got %s, want %s", tt.lcAll, tt.lang, tt.setting, got, tt.want)
		}
	}
}
