package app

import (
	"tavlen/app/dialog"
)

// The form dialogs, the questions and the member picker are package
// dialog's; the shell keeps one dialog.Host for its window (u.dialogs).

// formDlg is a shown form dialog.
type formDlg = dialog.Form

// memberPicker is a grid of check boxes, one per active member.
type memberPicker = dialog.MemberPicker

// memberOptions lists "AB – Name" for the active members, with an
// optional first "nobody" entry.
func (u *UI) memberOptions(nobody string) ([]string, []int64) {
	return dialog.MemberOptions(u.activeMembers(), nobody)
}

func (u *UI) memberLabel(id int64) string {
	if m := u.byID[id]; m != nil {
		return m.Initials + " – " + m.Name
	}
	return ""
}

// formState is a form's values as one string, to compare.
var formState = dialog.FormState

// newMemberPicker is a picker of the active members for the shell's forms.
func (u *UI) newMemberPicker(columns int) *memberPicker {
	return dialog.NewMemberPicker(u.activeMembers(), columns)
}
