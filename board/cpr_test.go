package board

import "testing"

func TestContainsCPR(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"CPR 010190-1234 står i journalen", true},
		{"0101901234", true},
		{"310575 1234", true},
		{"Ring 22 33 44 55 efter kl. 10", false}, // a phone number
		{"Tlf. 43551100", false},
		{"Husleje 12.500 kr., aftale nr. 991399-0000", false}, // no month 13
		{"Bus 350S kl. 10.30", false},
		{"", false},
	} {
		if got := ContainsCPR(tt.text); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestContainsCPRAsPeopleWriteIt is the CPR check against the spellings
// people, phones and word processors produce, and against ordinary
// numbers that must pass.
func TestContainsCPRAsPeopleWriteIt(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"plain", "010190-1234", true},
		{"no separator", "0101901234", true},
		{"space", "010190 1234", true},
		{"spaced dash", "010190 - 1234", true},
		{"dotted date", "01.01.90-1234", true},
		{"spaced date", "01 01 90-1234", true},
		{"dashed date", "01-01-90-1234", true},
		{"slashed date", "01/01/90 1234", true},
		{"one-digit day and month", "1.1.90-1234", true},
		{"non-breaking hyphen", "010190\u20111234", true},
		{"en dash", "010190\u20131234", true},
		{"em dash", "010190\u20141234", true},
		{"minus sign", "010190\u22121234", true},
		{"non-breaking space", "010190\u00a01234", true},
		{"narrow no-break space", "010190\u202f1234", true},
		{"slash after cpr", "cpr 010190/1234", true},
		{"full-width digits", "\uff10\uff11\uff10\uff11\uff19\uff10-\uff11\uff12\uff13\uff14", true},
		{"full-width hyphen", "010190\uff0d1234", true},
		{"arabic-indic digits", "\u0660\u0661\u0660\u0661\u0669\u0660\u0661\u0662\u0663\u0664", true},
		{"after a phone number", "tlf 12345678 010190-1234", true},
		{"after a phone number, no separator", "tlf 12345678 0101901234", true},
		{"after a cpr-shaped number that is no cpr", "aftale 311399-0000 010190-1234", true},
		{"after a phone number in pairs", "22 33 44 55 0101901234", true},
		{"after a number and a dash", "sag 2024-010190-1234", true},
		{"inside words", "x010190-1234x", true},
		{"zero-width spaces between digits", "0\u200b1\u200b0\u200b1\u200b9\u200b0-1234", true},
		{"soft hyphen", "010190\u00ad1234", true},
		{"word joiner", "010190\u20601234", true},
		{"direction marks", "\u200e010190-1234\u200f", true},
		{"line break", "Borger:\n010190\n1234", true},
		{"end of february", "290288-1234", true},
		{"last day", "311299-9999", true},

		{"danish phone", "+45 12 34 56 78", false},
		{"danish phone, no spaces", "+4512345678", false},
		{"phone in pairs", "Ring 22 33 44 55", false},
		{"phone in fours", "tlf. 2233 4455", false},
		{"date with full year", "01.01.1990", false},
		{"date and time", "01.01.1990 kl. 10.30", false},
		{"short date and time", "1.1.90 kl. 14:30", false},
		{"time span", "10:30-11:30", false},
		{"week", "uge 48", false},
		{"amount", "Husleje 12.500,00 kr.", false},
		{"large amount", "kr. 1.234.567,89", false},
		{"iso date", "2026-12-01", false},
		{"date range", "01.12.2026-15.12.2026", false},
		{"no month 13", "011390-1234", false},
		{"no day 32", "320190-1234", false},
		{"no day 0", "000190-1234", false},
		{"eleven digits", "01019012345", false},
		{"three digit serial", "010190-123", false},
		{"five digit serial", "010190-12345", false},
		{"serial too far away", "010190 .... 1234", false},
		{"serial after words", "010190 og 1234", false},
	} {
		if got := ContainsCPR(tt.text); got != tt.want {
			t.Errorf("%s: ContainsCPR(%q) = %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}

func TestValidateRefusesCPR(t *testing.T) {
	const cpr = "Borgerens CPR er 120385-4321"
	checks := map[string]error{
		"citizen notes": (&Citizen{Name: "Åse", Notes: cpr}).Validate(),
		"citizen name":  (&Citizen{Name: "Åse 1203854321"}).Validate(),
		"note":          (&Note{CitizenID: 1, Text: cpr}).Validate(),
		"goal":          (&Goal{CitizenID: 1, Text: cpr}).Validate(),
		"action":        (&Action{CitizenID: 1, Text: cpr}).Validate(),
		"contact":       (&Contact{CitizenID: 1, Name: "Mor", Notes: cpr}).Validate(),
		"crisis plan":   (&CrisisPlan{CitizenID: 1, WhomToCall: cpr}).Validate(),
	}
	for what, err := range checks {
		if e := AsError(err); e == nil || e.Code != EInvalid || e.Message != ErrCPRMessage {
			t.Errorf("%s: %v, want the CPR refusal", what, err)
		}
	}
	if err := (&Note{CitizenID: 1, Text: "Ring 22 33 44 55"}).Validate(); err != nil {
		t.Errorf("a phone number was refused: %v", err)
	}
}
