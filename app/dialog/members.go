package dialog

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
)

// MemberOptions lists "AB – Name" for the members, with an optional
// first "nobody" entry (id 0).
func MemberOptions(members []*board.Member, nobody string) ([]string, []int64) {
	var opts []string
	var ids []int64
	if nobody != "" {
		opts, ids = append(opts, nobody), append(ids, 0)
	}
	for _, m := range members {
		opts = append(opts, m.Initials+" – "+m.Name)
		ids = append(ids, m.ID)
	}
	return opts, ids
}

// MemberPicker is a grid of check boxes, one per member, so a long team
// fits in a form.
type MemberPicker struct {
	checks    []*widget.Check
	ids       []int64
	Grid      *fyne.Container
	OnChanged func()
}

// NewMemberPicker is a picker of members in columns.
func NewMemberPicker(members []*board.Member, columns int) *MemberPicker {
	p := &MemberPicker{}
	var objs []fyne.CanvasObject
	for _, m := range members {
		c := widget.NewCheck(m.Initials+" – "+m.Name, func(bool) {
			if p.OnChanged != nil {
				p.OnChanged()
			}
		})
		p.checks = append(p.checks, c)
		p.ids = append(p.ids, m.ID)
		objs = append(objs, c)
	}
	p.Grid = container.NewGridWithColumns(columns, objs...)
	return p
}

// Set ticks exactly the given members.
func (p *MemberPicker) Set(ids []int64) {
	want := map[int64]bool{}
	for _, id := range ids {
		want[id] = true
	}
	for i, c := range p.checks {
		c.SetChecked(want[p.ids[i]])
	}
}

// Selected returns the ticked members in team order.
func (p *MemberPicker) Selected() []int64 {
	var out []int64
	for i, c := range p.checks {
		if c.Checked {
			out = append(out, p.ids[i])
		}
	}
	return out
}

// Key is the selection as text, to see changes.
func (p *MemberPicker) Key() string {
	s := ""
	for _, c := range p.checks {
		s += kit.BoolText(c.Checked)
	}
	return s
}

// Disable makes the picker read-only.
func (p *MemberPicker) Disable() {
	for _, c := range p.checks {
		c.Disable()
	}
}
