package followup

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/outbox"
)

// Attention is "Hvem har brug for os nu": the whole caseload ranked by
// need, each citizen's reasons in words, filters by member and sector, and
// "Sæt på tavlen" for the chosen citizen.
type Attention struct {
	env     Env
	Member  *widget.Select
	Sector  *widget.Select
	List    *widget.List
	Open    *widget.Button
	OnBoard *widget.Button
	Problem *widget.Label
	Done    *widget.Label // what the last "put on the board" did
	Ranks   []board.AttentionRank
	chosen  int
	rows    []*board.BoardRow
	members []*board.Member
	Root    fyne.CanvasObject
}

// NewAttention builds the overview; call Reload to read the file.
func NewAttention(env Env) *Attention {
	a := &Attention{env: env, chosen: -1}
	a.Member = widget.NewSelect(nil, func(string) { a.rank() })
	a.Member.PlaceHolder = T("board.all_members", "All members")
	sectors := []string{T("board.all_sectors", "All sectors")}
	for _, s := range board.Sectors {
		sectors = append(sectors, kit.SectorLabel(s))
	}
	a.Sector = widget.NewSelect(sectors, func(string) { a.rank() })
	a.Sector.PlaceHolder = sectors[0]
	a.Problem = kit.ErrorLabel()
	// Two lines a row: who and how much, then the reasons in words.
	a.List = widget.NewList(func() int { return len(a.Ranks) },
		func() fyne.CanvasObject {
			why := widget.NewLabel("")
			why.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(kit.BoldLabel(""), why)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(a.Ranks) {
				return
			}
			r := a.Ranks[i]
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(T("followup.attention_row", "{{.Place}}. {{.Name}} · {{.Score}} points",
				map[string]any{"Place": i + 1, "Name": r.Row.Citizen.Name, "Score": r.Score}))
			c.Objects[1].(*widget.Label).SetText(kit.Words().AttentionReasons(r.Reasons))
		})
	a.List.OnSelected = func(i widget.ListItemID) { a.chosen = i; a.buttons() }
	a.Open = widget.NewButton(T("followup.open_citizen", "Open citizen"), func() {
		if r := a.chosenRank(); r != nil && env.OpenCitizen != nil {
			env.OpenCitizen(r.Row.Citizen.ID)
		}
	})
	a.OnBoard = widget.NewButton(T("followup.put_on_board", "Put on the board")+"…", func() { a.askOnBoard() })
	a.OnBoard.Importance = widget.HighImportance
	filters := container.NewHBox(widget.NewLabel(T("followup.filter_member", "Member")), a.Member,
		widget.NewLabel(T("followup.filter_sector", "Sector")), a.Sector)
	top := container.NewVBox(kit.BoldLabel(T("attention.title", "Who needs us now")),
		kit.WrapLabel(T("followup.attention_intro", "The whole caseload, most in need first, from what the file holds. The reasons say why.")),
		container.NewHScroll(filters))
	a.Done = widget.NewLabel("")
	bottom := container.NewVBox(a.Problem, container.NewHBox(a.Open, a.OnBoard, a.Done))
	a.Root = container.NewBorder(top, bottom, nil, nil, a.List)
	a.buttons()
	return a
}

// Reload reads the board and ranks it again.
func (a *Attention) Reload() {
	kit.SetProblem(a.Problem, "")
	wb, err := a.env.weekBoard()
	if err != nil {
		kit.SetProblem(a.Problem, kit.ErrorText(err))
		return
	}
	a.rows = wb.Rows
	a.members = nil
	names := []string{T("board.all_members", "All members")}
	for _, m := range a.env.members() {
		if m != nil && m.Active {
			a.members = append(a.members, m)
			names = append(names, m.Name)
		}
	}
	a.Member.SetOptions(names)
	a.rank()
}

// filter is the chosen member and sector.
func (a *Attention) filter() board.AttentionFilter {
	var f board.AttentionFilter
	for _, m := range a.members {
		if m.Name == a.Member.Selected {
			f.MemberID = m.ID
		}
	}
	f.Sector = kit.SectorFromSelect(a.Sector)
	return f
}

func (a *Attention) rank() {
	var settings board.AttentionSettings
	if a.env.Settings != nil {
		settings = a.env.Settings()
	}
	a.Ranks = board.RankAttention(a.rows, a.filter(), settings, a.env.today(), calendar.Copenhagen)
	a.chosen = -1
	a.List.UnselectAll()
	a.List.Refresh()
	a.buttons()
}

func (a *Attention) chosenRank() *board.AttentionRank {
	if a.chosen < 0 || a.chosen >= len(a.Ranks) {
		return nil
	}
	return &a.Ranks[a.chosen]
}

func (a *Attention) buttons() {
	r := a.chosenRank()
	if r == nil {
		a.Open.Disable()
		a.OnBoard.Disable()
		return
	}
	a.Open.Enable()
	if r.Row.Citizen.OnBoard || a.env.readOnly() {
		a.OnBoard.Disable()
	} else {
		a.OnBoard.Enable()
	}
}

// askOnBoard asks why the chosen citizen goes on the board, the reasons
// written in, then puts them there; without a form (the tests) at once.
func (a *Attention) askOnBoard() {
	r := a.chosenRank()
	if r == nil {
		return
	}
	reason := widget.NewMultiLineEntry()
	reason.Wrapping = fyne.TextWrapWord
	reason.SetText(kit.Words().AttentionReasons(r.Reasons))
	if written := strings.TrimSpace(r.Row.Citizen.BoardReason); written != "" {
		reason.SetText(written) // the team's own words come first
	}
	name, id := r.Row.Citizen.Name, r.Row.Citizen.ID
	// The citizen is held by id: the list may be read again (another PC
	// saved) while the question is open.
	submit := func() error { return a.putOnBoard(id, reason.Text) }
	if a.env.Form == nil {
		kit.SetProblem(a.Problem, kit.ProblemText(submit()))
		return
	}
	a.env.Form(T("followup.put_on_board_title", "Put {{.Name}} on the board", map[string]any{"Name": name}),
		T("followup.put_on_board", "Put on the board"),
		[]*widget.FormItem{widget.NewFormItem(T("board.col.why", "Why on the board"), reason)}, submit)
}

// putOnBoard puts citizen id on the board from today with reason, through
// the one save path.
func (a *Attention) putOnBoard(id int64, reason string) error {
	base, err := a.env.Store.FindCitizenByID(a.env.Ctx, id)
	if err != nil {
		return err
	}
	mine := *base
	mine.OnBoard, mine.BoardSince = true, a.env.today()
	mine.BoardReason = strings.TrimSpace(reason)
	load := func(ctx context.Context) (*board.Citizen, error) { return a.env.Store.FindCitizenByID(ctx, id) }
	res, err := saving.Update(a.env.Ctx, a.env.Keeper, outbox.KindCitizen, base, &mine, load, a.env.Store.UpdateCitizen)
	if err != nil {
		return err
	}
	done := T("followup.put_on_board_done", "{{.Name}} is on the board from today.", map[string]any{"Name": base.Name})
	if res.Kept {
		done = T("followup.kept", "The team file cannot be reached: the change is kept on this PC.")
	}
	if a.env.Changed != nil {
		a.env.Changed()
	}
	a.Reload()
	a.Done.SetText(done)
	return nil
}
