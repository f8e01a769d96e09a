package meeting

import (
	"context"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/outbox"
)

// minutesEditor edits and approves a meeting's minutes after the meeting:
// until approval the facilitator edits what they say about each citizen;
// approved minutes are locked, and a correction is a new dated entry
// (board.Meeting.EditItem, Approve, AddCorrection).
type minutesEditor struct {
	ctx    context.Context
	s      Store
	cfg    Config
	m      *board.Meeting
	names  func(int64) string
	status *widget.Label
	done   func() // redraws the minutes after a save
	win    fyne.Window
	anchor fyne.CanvasObject // an object on screen, to find the window by
}

// buttons are Edit and Approve before approval, Add correction after; none
// while the meeting runs or without a member on this PC.
func (e *minutesEditor) buttons() []fyne.CanvasObject {
	if e.m.EndedAt.IsZero() || e.cfg.Me == 0 {
		return nil
	}
	if e.m.Approved() {
		return []fyne.CanvasObject{widget.NewButtonWithIcon(T("meeting.minutes.add_correction", "Add correction…"), theme.ContentAddIcon(), e.correct)}
	}
	approve := widget.NewButtonWithIcon(T("meeting.minutes.approve", "Approve minutes"), theme.ConfirmIcon(), e.approve)
	return []fyne.CanvasObject{widget.NewButtonWithIcon(T("meeting.minutes.edit", "Edit minutes…"), theme.DocumentCreateIcon(), e.edit), approve}
}

func (e *minutesEditor) now() time.Time {
	if e.cfg.Now != nil {
		return e.cfg.Now().In(calendar.Copenhagen)
	}
	return time.Now().In(calendar.Copenhagen)
}

// window is the window the editor's dialogs open on.
func (e *minutesEditor) window() fyne.Window {
	if e.win != nil {
		return e.win
	}
	d := fyne.CurrentApp().Driver()
	if c := d.CanvasForObject(e.anchor); c != nil {
		for _, w := range d.AllWindows() {
			if w.Canvas() == c {
				return w
			}
		}
	}
	if ws := d.AllWindows(); len(ws) > 0 {
		return ws[0]
	}
	return nil
}

// save applies change to a copy of the minutes and saves it through the
// app's one save path: merged with another PC's save meanwhile, kept on
// this PC when the file is out of reach. The minutes on screen change only
// when the save succeeded or was kept; on a real conflict they show the
// other PC's version, so the change made again applies to it.
func (e *minutesEditor) save(change func(m *board.Meeting) error) error {
	cp := cloneMinutes(e.m)
	if err := change(cp); err != nil {
		return err
	}
	load := func(ctx context.Context) (*board.Meeting, error) {
		theirs, err := e.s.FindMeetingByID(ctx, e.m.ID)
		if err != nil {
			return nil, err
		}
		// The minutes' rules hold on the other PC's version too: an edit
		// of minutes approved meanwhile is refused, not merged into them.
		if err := change(cloneMinutes(theirs)); err != nil {
			return nil, err
		}
		return theirs, nil
	}
	res, err := saving.Update(e.ctx, keeperOf(e.s), outbox.KindMeeting, cloneMinutes(e.m), cp, load, e.s.UpdateMeeting)
	if err != nil {
		if board.ErrorCode(err) == board.EConflict && res.Theirs != nil {
			*e.m = *cloneMinutes(res.Theirs)
			e.done()
		}
		return err
	}
	*e.m = *res.Saved
	e.done()
	if res.Kept {
		e.status.SetText(T("meeting.minutes.kept", "The team file cannot be reached: the minutes are kept on this PC and saved when it is back."))
	}
	return nil
}

// cloneMinutes copies m with its lists, so a change to the copy leaves m
// as it was.
func cloneMinutes(m *board.Meeting) *board.Meeting {
	c := *m
	c.Items = slices.Clone(m.Items)
	c.Attendees = slices.Clone(m.Attendees)
	c.Corrections = slices.Clone(m.Corrections)
	return &c
}

// citizenChoices are the agenda's citizens, in order, as a select offers
// them; the day's theme comes first, with ID 0.
func (e *minutesEditor) citizenChoices() ([]string, []int64) {
	var opts []string
	var ids []int64
	if e.m.Theme.Set() {
		opts = append(opts, T("meeting.theme.row", "Theme: {{.Title}}", map[string]any{"Title": e.m.Theme.Title}))
		ids = append(ids, 0)
	}
	for _, it := range e.m.Items {
		opts = append(opts, e.names(it.CitizenID))
		ids = append(ids, it.CitizenID)
	}
	return opts, ids
}

// editForm is the Edit minutes dialog's content: pick a citizen, change
// notes, decisions and the Discussed tick.
type editForm struct {
	e         *minutesEditor
	citizen   *widget.Select
	ids       []int64
	notes     *widget.Entry
	decisions *widget.Entry
	discussed *widget.Check
	present   *widget.Check // the citizen took part
}

func (e *minutesEditor) newEditForm() *editForm {
	f := &editForm{e: e, notes: widget.NewMultiLineEntry(), decisions: widget.NewMultiLineEntry(),
		discussed: widget.NewCheck(T("meeting.discussed", "Discussed"), nil),
		present:   widget.NewCheck(T("meeting.minutes.took_part", "The citizen took part."), nil)}
	f.notes.Wrapping, f.decisions.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
	f.notes.SetMinRowsVisible(4)
	f.decisions.SetMinRowsVisible(4)
	var opts []string
	opts, f.ids = e.citizenChoices()
	f.citizen = widget.NewSelect(opts, func(string) { f.load() })
	if len(opts) > 0 {
		f.citizen.SetSelectedIndex(0)
	}
	return f
}

// load fills the fields from the chosen citizen's item.
func (f *editForm) load() {
	i := f.citizen.SelectedIndex()
	if i < 0 {
		return
	}
	if f.ids[i] == 0 { // the day's theme: notes only
		f.notes.SetText(f.e.m.Theme.Notes)
		f.decisions.SetText("")
		f.discussed.SetChecked(false)
		f.present.SetChecked(false)
		f.decisions.Disable()
		f.discussed.Disable()
		f.present.Disable()
		return
	}
	f.decisions.Enable()
	f.discussed.Enable()
	f.present.Enable()
	it := f.e.m.Item(f.ids[i])
	f.notes.SetText(it.Notes)
	f.decisions.SetText(it.Decisions)
	f.discussed.SetChecked(it.Discussed)
	f.present.SetChecked(it.CitizenPresent)
}

func (f *editForm) submit() error {
	i := f.citizen.SelectedIndex()
	if i < 0 {
		return nil
	}
	id := f.ids[i]
	if id == 0 {
		return f.e.save(func(m *board.Meeting) error { return m.EditTheme(f.notes.Text) })
	}
	return f.e.save(func(m *board.Meeting) error {
		if err := m.EditItem(id, f.notes.Text, f.decisions.Text, f.discussed.Checked); err != nil {
			return err
		}
		return m.SetCitizenPresent(id, f.present.Checked)
	})
}

func (f *editForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem(T("meeting.minutes.citizen", "Citizen"), f.citizen),
		widget.NewFormItem(T("meeting.notes", "Notes"), f.notes),
		widget.NewFormItem(T("meeting.decisions", "Decisions"), f.decisions),
		widget.NewFormItem("", f.discussed),
		widget.NewFormItem("", f.present),
	}
}

// edit opens the Edit minutes dialog.
func (e *minutesEditor) edit() {
	f := e.newEditForm()
	e.form(T("meeting.minutes.edit", "Edit minutes…"), f.items(), f.submit)
}

// approve asks, then approves and locks the minutes.
func (e *minutesEditor) approve() {
	msg := widget.NewLabel(T("meeting.minutes.approve_confirm", "Approve the minutes? They are then locked; later corrections are added as new dated entries."))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(T("meeting.minutes.approve", "Approve minutes"), T("meeting.minutes.approve_yes", "Approve"), T("meeting.cancel", "Cancel"), msg,
		func(ok bool) {
			if !ok {
				return
			}
			if err := e.save(func(m *board.Meeting) error { return m.Approve(e.cfg.Me, e.now()) }); err != nil {
				e.status.SetText(e.errorText(err))
			}
		}, e.window())
	d.Resize(fyne.NewSize(520, 220))
	d.Show()
}

// correctForm is the Add correction dialog's content.
type correctForm struct {
	e     *minutesEditor
	about *widget.Select
	ids   []int64 // 0 first: the meeting as a whole
	text  *widget.Entry
}

func (e *minutesEditor) newCorrectForm() *correctForm {
	f := &correctForm{e: e, text: widget.NewMultiLineEntry(), ids: []int64{0}}
	f.text.Wrapping = fyne.TextWrapWord
	f.text.SetMinRowsVisible(4)
	opts, ids := e.citizenChoices()
	f.ids = append(f.ids, ids...)
	f.about = widget.NewSelect(append([]string{T("meeting.minutes.whole_meeting", "The meeting")}, opts...), nil)
	f.about.SetSelectedIndex(0)
	return f
}

func (f *correctForm) submit() error {
	id := int64(0)
	if i := f.about.SelectedIndex(); i > 0 {
		id = f.ids[i]
	}
	return f.e.save(func(m *board.Meeting) error { return m.AddCorrection(f.e.cfg.Me, id, f.text.Text, f.e.now()) })
}

// correct opens the Add correction dialog.
func (e *minutesEditor) correct() {
	f := e.newCorrectForm()
	e.form(T("meeting.minutes.add_correction", "Add correction…"), []*widget.FormItem{
		widget.NewFormItem(T("meeting.minutes.about", "About"), f.about),
		widget.NewFormItem(T("meeting.minutes.correction", "Correction"), f.text),
	}, f.submit)
}

// form shows a dialog that saves with submit; a refused save keeps the
// dialog open with the reason under the fields, so nothing typed is lost.
func (e *minutesEditor) form(title string, items []*widget.FormItem, submit func() error) {
	problem := widget.NewLabel("")
	problem.Wrapping = fyne.TextWrapWord
	problem.Importance = widget.DangerImportance
	var d *dialog.CustomDialog
	save := widget.NewButton(T("meeting.save", "Save"), func() {
		if err := submit(); err != nil {
			problem.SetText(e.errorText(err))
			return
		}
		d.Hide()
	})
	save.Importance = widget.HighImportance
	cancel := widget.NewButton(T("meeting.cancel", "Cancel"), func() { d.Hide() })
	body := container.NewBorder(nil, container.NewVBox(problem, container.NewHBox(cancel, save)), nil, nil,
		container.NewVScroll(widget.NewForm(items...)))
	d = dialog.NewCustomWithoutButtons(title, body, e.window())
	d.Resize(fyne.NewSize(640, 520))
	d.Show()
}

func (e *minutesEditor) errorText(err error) string {
	if e.cfg.ErrorText != nil {
		return e.cfg.ErrorText(err)
	}
	return errorText(err)
}
