package board

import (
	"regexp"
	"strconv"
)

// Tavlen stores no CPR number (the Danish personal ID: DDMMYY-SSSS), not
// even typed into a free-text field by habit. Saves that contain one are
// refused with ErrCPRMessage, so the text can be corrected before it is
// ever written.

// ErrCPRMessage is the EInvalid message for text holding a CPR number.
const ErrCPRMessage = "Tavlen stores no CPR numbers: remove the CPR number from the text."

var cprPattern = regexp.MustCompile(`(?:^|[^0-9])([0-3][0-9])([01][0-9])([0-9]{2})[- ]?([0-9]{4})(?:$|[^0-9])`)

// ContainsCPR reports whether any of texts holds something shaped like a
// CPR number: a valid day and month, a year, and four more digits.
func ContainsCPR(texts ...string) bool {
	for _, s := range texts {
		for _, m := range cprPattern.FindAllStringSubmatch(s, -1) {
			day, _ := strconv.Atoi(m[1])
			month, _ := strconv.Atoi(m[2])
			if day >= 1 && day <= 31 && month >= 1 && month <= 12 {
				return true
			}
		}
	}
	return false
}

func refuseCPR(texts ...string) error {
	if ContainsCPR(texts...) {
		return Invalid("invalid.cpr", ErrCPRMessage)
	}
	return nil
}
