package board

import (
	"strings"
	"unicode"
)

// LikelyDuplicates returns the citizens in others who are probably the
// citizen c about to be registered: the same name, whatever the case,
// accents or spacing ("hanne  ostby" is "Hanne Østby"), or the same phone
// number. It warns before a second record is made; the person may still
// go on, as two citizens can share a name.
func LikelyDuplicates(c *Citizen, others []*Citizen) []*Citizen {
	name, phone := FoldName(c.Name), phoneDigits(c.Phone)
	var out []*Citizen
	for _, o := range others {
		if o == nil || o.ID != 0 && o.ID == c.ID {
			continue
		}
		if name != "" && FoldName(o.Name) == name || phone != "" && phoneDigits(o.Phone) == phone {
			out = append(out, o)
		}
	}
	return out
}

// FoldName is a name as compared: lower case, without accents, with one
// space between words ("Østby-Hansen" and "ostby hansen" are one name).
func FoldName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if f, ok := foldedLetters[r]; ok {
			b.WriteString(f)
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		} else {
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// phoneDigits is the last eight digits of a phone number (a Danish number
// without +45), or "" for too short a number.
func phoneDigits(s string) string {
	var d []rune
	for _, r := range s {
		if r >= '0' && r <= '9' {
			d = append(d, r)
		}
	}
	if len(d) < 8 {
		return ""
	}
	return string(d[len(d)-8:])
}

var foldedLetters = map[rune]string{}

func init() {
	for to, from := range map[string]string{
		"a": "áàâäãā", "e": "éèêëē", "i": "íìîïī", "o": "óòôöõøō", "u": "úùûüū", "y": "ýÿ",
		"n": "ñ", "c": "ç", "s": "š", "z": "ž", "ae": "æ", "aa": "å",
	} {
		for _, r := range from {
			foldedLetters[r] = to
		}
	}
}
