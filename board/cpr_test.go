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
