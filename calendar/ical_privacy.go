package calendar

import (
	"strings"
	"unicode"
)

// citizenTag is the citizen's initials for a's title in a team or member
// file, or "" when the person exporting did not choose them (or a is a
// team event). Initials, not the name: enough for the member who knows
// the citizen, little for anyone else who sees the phone.
func citizenTag(a *Appointment, opt ExportOptions) string {
	if opt.CitizenName == nil || opt.CitizenView || a.CitizenID == 0 {
		return ""
	}
	return cleanParam(initials(opt.CitizenName(a.CitizenID)))
}

// initials are the first letters of a name's words, upper case:
// "Åse Ørum" → "ÅØ".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		for _, r := range w {
			if unicode.IsLetter(r) {
				b.WriteRune(unicode.ToUpper(r))
				break
			}
		}
	}
	return b.String()
}

// withoutCitizenTag takes the initials an export added off an imported
// title.
func withoutCitizenTag(title string, ev *icsComp) string {
	if tag := strings.TrimSpace(ev.text(propCitizen)); tag != "" {
		return strings.TrimSpace(strings.TrimSuffix(title, " ("+tag+")"))
	}
	return title
}
