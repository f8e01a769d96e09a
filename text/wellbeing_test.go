package text

import (
	"testing"

	"tavlen/board"
)

func TestAttentionReasonWords(t *testing.T) {
	da := For(Danish)
	got := da.AttentionReasons([]board.AttentionReason{
		{Key: "attention.reason.no_contact", Args: board.AttentionArgs{Days: 21}},
		{Key: "attention.reason.wellbeing_falling", Args: board.AttentionArgs{Drop: 16, Prior: 40, Score: 24}},
	})
	if want := "ingen kontakt i 21 dage, WHO-5 faldet 16 point (fra 40 til 24)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := da.AttentionReasons(nil); got != "intet at bemærke" {
		t.Errorf("no reasons: %q", got)
	}
	if got := da.Attention(board.AttentionWellbeingLow); got != "Lav trivsel (WHO-5)" {
		t.Errorf("marker: %q", got)
	}
	if got := da.AttentionShort(board.AttentionWellbeingFalling); got != "faldende" {
		t.Errorf("short marker: %q", got)
	}
	if got := da.WHO5Item(0); got != "I de sidste 2 uger har jeg været glad og i godt humør" {
		t.Errorf("item 1: %q", got)
	}
	if da.WHO5Answer(5) != "Hele tiden" || da.WHO5Answer(0) != "På intet tidspunkt" {
		t.Error("answers")
	}
	if da.WellbeingLevel(board.LevelOf(28)) != "Mulig depression" {
		t.Error("level")
	}
}

// TestEveryAttentionReasonHasWords: each reason key the ranking can give
// is in both languages.
func TestEveryAttentionReasonHasWords(t *testing.T) {
	for _, key := range []string{"review_passed", "action_overdue", "no_contact", "no_contact_ever", "no_show",
		"wellbeing_low", "wellbeing_falling", "consent_missing", "consent_withdrawn", "days_on_board"} {
		for _, lang := range Languages {
			if !For(lang).Has("attention.reason." + key) {
				t.Errorf("%s: attention.reason.%s has no words", lang, key)
			}
		}
	}
}
