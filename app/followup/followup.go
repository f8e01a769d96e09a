// Package followup holds the follow-up screens no paper wall gives: "Hvem
// har brug for os nu" (the attention overview of the whole caseload), "Mine
// opgaver" (the member's own list) and "Teamstatus" (the caseload
// pictures). They get the small Env below from the shell, never *UI.
package followup

import (
	"context"
	"fyne.io/fyne/v2/widget"
	"io"
	"time"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/calendar"
)

// T is the app's one catalogue of words.
var T = kit.T

// Store is the part of the team file the follow-up screens read and write.
type Store interface {
	board.BoardService
	board.CitizenService
	board.WellbeingService
}

// Env is what the follow-up screens need from the shell.
type Env struct {
	Ctx    context.Context
	Store  Store
	Keeper saving.Keeper
	Now    func() time.Time
	// Me is the member at this PC; may return nil.
	Me       func() *board.Member
	Members  func() []*board.Member
	Team     func() string
	ReadOnly func() bool
	// Settings are the team's ranking choices (days without contact).
	Settings func() board.AttentionSettings
	// OpenCitizen opens a citizen's record.
	OpenCitizen func(id int64)
	// ShowPDF shows (or saves) a PDF named name written by write.
	ShowPDF func(name string, write func(io.Writer) error) error
	// SaveFile asks where to save data, a file named name.
	SaveFile func(name string, exts []string, data []byte)
	// Changed is told after a screen changed the board (a citizen put on it).
	Changed func()
	// Form shows a form dialog (title, save button, fields) that stays
	// open with the problem when save fails; nil saves at once.
	Form func(title, save string, items []*widget.FormItem, submit func() error)
}

func (e Env) now() time.Time {
	if e.Now == nil {
		return time.Now()
	}
	return e.Now()
}

func (e Env) today() board.Date { return board.DateOf(e.now().In(calendar.Copenhagen)) }

func (e Env) me() *board.Member {
	if e.Me == nil {
		return nil
	}
	return e.Me()
}

func (e Env) members() []*board.Member {
	if e.Members == nil {
		return nil
	}
	return e.Members()
}

func (e Env) readOnly() bool { return e.ReadOnly != nil && e.ReadOnly() }

// weekBoard reads this week's board: every citizen not closed, with the
// facts the ranking and my list need.
func (e Env) weekBoard() (*board.WeekBoard, error) {
	week := calendar.WeekOf(e.now())
	return e.Store.WeekBoard(e.Ctx, week.Start(), week.End(), e.today())
}
