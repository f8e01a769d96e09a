package text

import (
	"strings"

	"tavlen/board"
)

// AttentionReason is one reason of the attention overview in words:
// "ingen kontakt i 21 dage".
func (w *Words) AttentionReason(r board.AttentionReason) string {
	return w.T(r.Key, strings.TrimPrefix(r.Key, "attention.reason."), r.Args)
}

// AttentionReasons joins a citizen's reasons with commas, or says there is
// nothing to note.
func (w *Words) AttentionReasons(reasons []board.AttentionReason) string {
	if len(reasons) == 0 {
		return w.T("attention.no_reasons", "nothing to note")
	}
	parts := make([]string, len(reasons))
	for i, r := range reasons {
		parts[i] = w.AttentionReason(r)
	}
	return strings.Join(parts, ", ")
}

// WellbeingLevel names what a WHO-5 score means.
func (w *Words) WellbeingLevel(l board.WellbeingLevel) string {
	switch l {
	case board.WellbeingPoor:
		return w.T("wellbeing.level.poor", "Poor wellbeing")
	case board.WellbeingDepression:
		return w.T("wellbeing.level.depression", "Likely depression")
	}
	return w.T("wellbeing.level.good", "Good wellbeing")
}

// WHO5Item is statement i (0–4) of the WHO-5 in the official wording.
func (w *Words) WHO5Item(i int) string {
	if i < 0 || i >= board.WHO5Items {
		return ""
	}
	return w.T(board.WHO5ItemKeys[i], board.WHO5ItemKeys[i])
}

// WHO5Answer is the words of answer a (0–5): "Hele tiden" is 5.
func (w *Words) WHO5Answer(a int) string {
	return w.T(board.WHO5AnswerKey(a), board.WHO5AnswerKey(a))
}
