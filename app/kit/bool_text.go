package kit

// BoolText is a check box's state as one character, for comparing a
// form's values as text.
func BoolText(b bool) string {
	if b {
		return "1"
	}
	return "0"
}
