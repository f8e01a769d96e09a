package meeting

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
	"tavlen/printing"
)

// minutes is a meeting's minutes as shown on screen, built from the
// Meeting saved in the file.
type minutes struct {
	Title       string
	Time        string
	Facilitator string
	Attendees   []string
	// Approval says who approved the minutes and when, or that they are
	// not approved yet; empty while the meeting runs.
	Approval string
	// Theme is the day's theme from the year wheel, the first item; its
	// Name is empty when the meeting had none.
	Theme       minutesItem
	Items       []minutesItem // the citizens discussed (board.OutcomeDiscussed)
	NotReached  []string      // on the agenda, neither discussed nor skipped
	Skipped     []string      // skipped on purpose during the meeting
	Corrections []string      // dated corrections after approval, oldest first
}

type minutesItem struct {
	CitizenID                     int64
	Name                          string
	Minutes                       int // 0: under half a minute, not shown
	Notes, Decisions, BoardChange string
	Present                       bool   // the citizen took part
	Presenter                     string // the theme's: "presented by …"
}

// buildMinutes puts a meeting into words. names gives citizens' names.
func buildMinutes(m *board.Meeting, members board.MemberIndex, names func(int64) string) minutes {
	out := minutes{
		// The printed minutes' title, from the same key, and the day.
		Title: T("doc.minutes_title", "Minutes of the team meeting") + " " + fmtLongDate(m.Date),
	}
	if !m.StartedAt.IsZero() {
		out.Time = fmtDateTime(m.StartedAt)
		if !m.EndedAt.IsZero() {
			out.Time += "–" + m.EndedAt.In(m.StartedAt.Location()).Format("15:04")
		}
	}
	if f := members[m.FacilitatorID]; f != nil {
		out.Facilitator = f.Name
	}
	for _, id := range m.Attendees {
		if a := members[id]; a != nil {
			out.Attendees = append(out.Attendees, a.Initials+" "+a.Name)
		}
	}
	out.Theme = minutesTheme(m.Theme, members)
	for i := range m.Items {
		it := &m.Items[i]
		switch it.Outcome() {
		case board.OutcomeDiscussed:
			out.Items = append(out.Items, minutesItem{CitizenID: it.CitizenID, Name: names(it.CitizenID), Minutes: (it.Seconds + 30) / 60,
				Notes: strings.TrimSpace(it.Notes), Decisions: strings.TrimSpace(it.Decisions), BoardChange: it.BoardChange, Present: it.CitizenPresent})
		case board.OutcomeSkipped:
			out.Skipped = append(out.Skipped, names(it.CitizenID))
		default:
			out.NotReached = append(out.NotReached, names(it.CitizenID))
		}
	}
	who := func(id int64) string {
		if a := members[id]; a != nil {
			return a.Name
		}
		return "?"
	}
	switch {
	case m.Approved():
		out.Approval = T("meeting.minutes.approved", "Approved {{.At}} by {{.Name}}", map[string]any{"At": fmtDateTime(m.ApprovedAt), "Name": who(m.ApprovedBy)})
	case !m.EndedAt.IsZero():
		out.Approval = T("meeting.minutes.not_approved", "Not approved yet")
	}
	for _, c := range m.Corrections {
		line := fmtDateTime(c.At) + " · " + who(c.By) + ": "
		if c.CitizenID != 0 {
			line += names(c.CitizenID) + ": "
		}
		out.Corrections = append(out.Corrections, line+c.Text)
	}
	return out
}

// discussedCount counts the citizens discussed at a meeting.
func discussedCount(m *board.Meeting) int {
	done, _ := m.Progress()
	return done
}

// minutesNames reads members and citizens (closed too) to name them.
func minutesNames(ctx context.Context, s Store) (board.MemberIndex, map[int64]*board.Citizen, error) {
	ms, err := s.FindMembers(ctx, board.MemberFilter{})
	if err != nil {
		return nil, nil, fmt.Errorf("meeting: members: %w", err)
	}
	cs, err := s.FindCitizens(ctx, board.CitizenFilter{IncludeClosed: true})
	if err != nil {
		return nil, nil, fmt.Errorf("meeting: citizens: %w", err)
	}
	byID := map[int64]*board.Citizen{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	return board.IndexMembers(ms), byID, nil
}

func nameFunc(cs map[int64]*board.Citizen) func(int64) string {
	return func(id int64) string {
		if c := cs[id]; c != nil {
			return c.Name
		}
		return "?"
	}
}

// minutesView draws minutes.
func minutesView(mn minutes) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(mn.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	box := container.NewVBox(title)
	wrap := func(s string) *widget.Label {
		l := widget.NewLabel(s)
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	box.Add(wrap(mn.Time))
	box.Add(wrap(T("meeting.minutes.facilitator", "Facilitator: {{.Name}}", map[string]any{"Name": mn.Facilitator})))
	box.Add(wrap(T("meeting.minutes.attendees", "Attendees: {{.Names}}", map[string]any{"Names": strings.Join(mn.Attendees, ", ")})))
	if mn.Approval != "" {
		box.Add(widget.NewLabelWithStyle(mn.Approval, fyne.TextAlignLeading, fyne.TextStyle{Italic: true}))
	}
	addThemeMinutes(box, mn.Theme, wrap)
	for _, it := range mn.Items {
		box.Add(widget.NewSeparator())
		head := it.Name
		if it.Minutes > 0 {
			head += "  (" + T("meeting.minutes_n", "{{.N}} min", map[string]any{"N": it.Minutes}) + ")"
		}
		box.Add(widget.NewLabelWithStyle(head, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		if it.Present {
			box.Add(wrap(T("meeting.minutes.took_part", "The citizen took part.")))
		}
		if it.Notes == "" && it.Decisions == "" && it.BoardChange == "" {
			box.Add(wrap(T("meeting.minutes.nothing_written", "Discussed; nothing written.")))
		}
		if it.Notes != "" {
			box.Add(wrap(T("meeting.notes", "Notes") + ": " + it.Notes))
		}
		if it.Decisions != "" {
			box.Add(wrap(T("meeting.decisions", "Decisions") + ": " + it.Decisions))
		}
		if it.BoardChange != "" {
			box.Add(wrap(it.BoardChange))
		}
	}
	if len(mn.NotReached) > 0 || len(mn.Skipped) > 0 {
		box.Add(widget.NewSeparator())
	}
	if len(mn.NotReached) > 0 {
		box.Add(wrap(T("meeting.minutes.not_reached", "Not reached: {{.Names}}", map[string]any{"Names": strings.Join(mn.NotReached, ", ")})))
	}
	if len(mn.Skipped) > 0 {
		box.Add(wrap(T("meeting.minutes.skipped", "Skipped: {{.Names}}", map[string]any{"Names": strings.Join(mn.Skipped, ", ")})))
	}
	if len(mn.Corrections) > 0 {
		box.Add(widget.NewSeparator())
		box.Add(widget.NewLabelWithStyle(T("meeting.minutes.corrections", "Corrections after approval"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, c := range mn.Corrections {
			box.Add(wrap(c))
		}
	}
	return container.NewVScroll(container.NewPadded(box))
}

// minutesScreen shows a meeting's minutes with Print and Close/Back, and
// the facilitator's Edit and Approve (Add correction once approved).
func minutesScreen(ctx context.Context, s Store, cfg Config, m *board.Meeting, back func()) fyne.CanvasObject {
	holder := container.NewStack()
	var draw func()
	draw = func() {
		holder.Objects = []fyne.CanvasObject{minutesScreenOnce(ctx, s, cfg, m, back, draw)}
		holder.Refresh()
	}
	draw()
	return holder
}

func minutesScreenOnce(ctx context.Context, s Store, cfg Config, m *board.Meeting, back, redraw func()) fyne.CanvasObject {
	members, cs, err := minutesNames(ctx, s)
	if err != nil {
		return widget.NewLabel(errorText(err))
	}
	view := minutesView(buildMinutes(m, members, nameFunc(cs)))
	status := widget.NewLabel("")
	status.Truncation = fyne.TextTruncateEllipsis
	var buttons []fyne.CanvasObject
	if back != nil {
		buttons = append(buttons, widget.NewButtonWithIcon(T("meeting.back", "Back"), theme.NavigateBackIcon(), back))
	}
	if cfg.PrintMinutes != nil {
		print := widget.NewButtonWithIcon(T("meeting.print", "Print minutes"), theme.DocumentPrintIcon(), func() {
			if err := cfg.PrintMinutes(m); err != nil {
				status.SetText(errorText(err))
			}
		})
		print.Importance = widget.HighImportance
		buttons = append(buttons, print)
	}
	ed := &minutesEditor{ctx: ctx, s: s, cfg: cfg, m: m, names: nameFunc(cs), status: status, done: redraw, anchor: status}
	buttons = append(buttons, ed.buttons()...)
	return container.NewBorder(container.NewHBox(buttons...), nil, nil, nil, container.NewBorder(status, nil, nil, nil, view))
}

// MeetingsList is the Meetings screen: every meeting newest first with
// date, attendees and number of citizens discussed; opening one shows its
// minutes. cfg.PrintMinutes, when set, adds "Print minutes".
func MeetingsList(s Store, cfg Config) fyne.CanvasObject {
	_ = AddTranslations(cfg.Lang)
	ctx := context.Background()
	holder := container.NewStack()
	var showList func()
	showList = func() {
		ms, err := s.FindMeetings(ctx, board.MeetingFilter{})
		members, _, err2 := minutesNames(ctx, s)
		if err == nil {
			err = err2
		}
		if err != nil {
			holder.Objects = []fyne.CanvasObject{widget.NewLabel(errorText(err))}
			holder.Refresh()
			return
		}
		list := widget.NewList(func() int { return len(ms) },
			func() fyne.CanvasObject {
				l := widget.NewLabel("")
				l.Truncation = fyne.TextTruncateEllipsis
				return l
			},
			func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(meetingRow(ms[i], members)) })
		list.OnSelected = func(i widget.ListItemID) {
			holder.Objects = []fyne.CanvasObject{minutesScreen(ctx, s, cfg, ms[i], showList)}
			holder.Refresh()
		}
		title := widget.NewLabelWithStyle(T("meeting.meetings", "Meetings"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		holder.Objects = []fyne.CanvasObject{container.NewBorder(title, nil, nil, nil, list)}
		holder.Refresh()
	}
	showList()
	return holder
}

// meetingRow is one line of the meetings list.
func meetingRow(m *board.Meeting, members board.MemberIndex) string {
	var who []string
	for _, id := range m.Attendees {
		if a := members[id]; a != nil {
			who = append(who, a.Initials)
		}
	}
	s := T("meeting.list_row", "{{.Date}} · {{.N}} citizens discussed · {{.Who}}",
		map[string]any{"Date": fmtLongDate(m.Date), "N": discussedCount(m), "Who": strings.Join(who, " ")})
	if m.Running() {
		s += " · " + T("meeting.running", "running")
	}
	if m.Approved() {
		s += " · " + T("meeting.approved", "approved")
	}
	return s
}

// WriteMinutes writes a meeting's minutes as PDF with the printing
// package, naming members and citizens from the file and listing the
// actions created during the meeting (from the history). The app's
// Config.PrintMinutes hook calls it with a file it then opens.
func WriteMinutes(ctx context.Context, s Store, m *board.Meeting, team, lang string, w io.Writer) error {
	members, cs, err := minutesNames(ctx, s)
	if err != nil {
		return err
	}
	acts, err := newActions(ctx, s, m)
	if err != nil {
		return err
	}
	// The action lines the capture wrote into the decisions are printed
	// in the actions table instead.
	pm := *m
	pm.Items = append([]board.MeetingItem(nil), m.Items...)
	p := &planning{ByID: members}
	for i := range pm.Items {
		for _, a := range acts {
			if a.CitizenID == pm.Items[i].CitizenID {
				pm.Items[i].Decisions = removeLine(pm.Items[i].Decisions, actionLine(a, p))
			}
		}
	}
	for _, it := range m.Items {
		_ = s.LogAccess(ctx, it.CitizenID, board.AuditPrint, "minutes")
	}
	return printing.WriteMinutes(w, printing.MinutesInput{Team: team, Meeting: &pm, Members: members, Citizens: cs, NewActions: acts, Lang: effectiveLanguage(lang)})
}

// newActions returns the actions created while the meeting ran for
// citizens on its agenda, as the history records them.
func newActions(ctx context.Context, s Store, m *board.Meeting) ([]*board.Action, error) {
	rows, err := s.FindAudit(ctx, board.AuditFilter{Kind: board.RecordAction, Action: board.AuditInsert, Since: m.StartedAt})
	if err != nil {
		return nil, fmt.Errorf("meeting: history: %w", err)
	}
	created := map[int64]bool{}
	for _, r := range rows {
		if m.EndedAt.IsZero() || !r.At.After(m.EndedAt) {
			created[r.RowID] = true
		}
	}
	var out []*board.Action
	for _, it := range m.Items {
		if len(created) == 0 {
			break
		}
		acts, err := s.FindActions(ctx, board.ActionFilter{CitizenID: it.CitizenID})
		if err != nil {
			return nil, fmt.Errorf("meeting: actions: %w", err)
		}
		for _, a := range acts {
			if created[a.ID] {
				out = append(out, a)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func removeLine(text, line string) string {
	var keep []string
	for _, l := range strings.Split(text, "\n") {
		if l != line {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}
