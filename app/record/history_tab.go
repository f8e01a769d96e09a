package record

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
)

// HistoryTab shows who changed what and when, newest first.
type HistoryTab struct {
	env       Env
	citizenID int64
	list      *fyne.Container
	// Rows are the entries last read.
	Rows []*board.AuditEntry
	Root fyne.CanvasObject
	msg  *widget.Label
}

// historyLimit keeps the tab quick; the full history stays in the file.
const historyLimit = 300

// NewHistoryTab is the History tab of citizen citizenID; it reads when
// Reload is called (when the tab is shown).
func NewHistoryTab(env Env, citizenID int64) *HistoryTab {
	t := &HistoryTab{env: env, citizenID: citizenID, msg: kit.ErrorLabel(), list: container.NewVBox()}
	t.Root = container.NewBorder(t.msg, nil, nil, nil, container.NewVScroll(t.list))
	return t
}

// Reload reads the history again.
func (t *HistoryTab) Reload() {
	rows, err := t.env.Store().FindAudit(t.env.Ctx, board.AuditFilter{CitizenID: t.citizenID, Limit: historyLimit})
	if err != nil {
		kit.SetProblem(t.msg, kit.ErrorText(err))
		return
	}
	t.Rows = rows
	t.list.RemoveAll()
	for _, e := range rows {
		l := widget.NewLabel(HistoryEntryOf(t.env.MemberByInitials, e).Text())
		l.Wrapping = fyne.TextWrapWord
		t.list.Add(l)
	}
	t.list.Refresh()
}
