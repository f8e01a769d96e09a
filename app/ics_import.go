package app

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/calendar"
)

// maxImportBytes bounds the calendar file read into memory.
const maxImportBytes = 20 << 20

// importPlan is what an import will do, shown before anything is written.
type importPlan struct {
	create, update []*calendar.Appointment
	unchanged      int
	unsupported    []string
	// conflicts were changed in Tavlen after the file's version; each is
	// added to update only when the person chooses the file's version.
	conflicts []calendar.ImportConflict
}

// importCalendar picks a .ics file, asks for the citizen (preset when
// citizenID is not 0) and the member, and previews the import.
func (u *UI) importCalendar(citizenID int64) {
	if u.readOnly() {
		kit.ShowError(u.win, board.Errorf(board.EReadOnly, "read-only"))
		return
	}
	u.openFile([]string{".ics"}, func(r io.ReadCloser, name string) {
		data, err := io.ReadAll(io.LimitReader(r, maxImportBytes))
		_ = r.Close()
		if err != nil {
			dialog.ShowInformation(T("ics.import.title", "Import calendar"), T("ics.import.unreadable", "The file could not be read."), u.win)
			return
		}
		u.importChoose(data, name, citizenID)
	})
}

// importChoose asks whose appointments the file's events become.
func (u *UI) importChoose(data []byte, fileName string, citizenID int64) *formDlg {
	cs, err := u.store.FindCitizens(u.ctx, board.CitizenFilter{})
	if err != nil {
		kit.ShowError(u.win, err)
		return nil
	}
	if citizenID != 0 && !containsCitizen(cs, citizenID) {
		if c, err := u.store.FindCitizenByID(u.ctx, citizenID); err == nil {
			cs = append(cs, c)
		}
	}
	copts := []string{T("ics.import.no_citizen", "No citizen (team appointments)")}
	cids := []int64{0}
	for _, c := range cs {
		copts = append(copts, c.Name)
		cids = append(cids, c.ID)
	}
	citizen := widget.NewSelect(copts, nil)
	citizen.SetSelectedIndex(0)
	for i, id := range cids {
		if id == citizenID {
			citizen.SetSelectedIndex(i)
		}
	}
	mopts, mids := u.memberOptions(T("ics.import.no_member", "Nobody"))
	member := widget.NewSelect(mopts, nil)
	member.SetSelectedIndex(0)
	if u.me != nil {
		for i, id := range mids {
			if id == u.me.ID {
				member.SetSelectedIndex(i)
			}
		}
	}
	file := widget.NewLabel(fileName)
	file.Truncation = fyne.TextTruncateEllipsis
	var fd *formDlg
	fd = u.dialogs.FormWith(T("ics.import.title", "Import calendar"), T("ics.import.preview", "Show what will change…"),
		[]*widget.FormItem{
			widget.NewFormItem(T("ics.import.file", "File"), file),
			widget.NewFormItem(T("ics.import.citizen", "Citizen"), citizen),
			widget.NewFormItem(T("ics.import.member", "Team member"), member),
		},
		func() error {
			p, err := u.planImport(data, cids[max(citizen.SelectedIndex(), 0)], mids[max(member.SelectedIndex(), 0)])
			if err != nil {
				return err
			}
			fd.After = func() { u.importPreview(p) }
			return nil
		})
	return fd
}

func containsCitizen(cs []*board.Citizen, id int64) bool {
	for _, c := range cs {
		if c.ID == id {
			return true
		}
	}
	return false
}

// planImport reads the file and sorts its events against the stored
// appointments, as the command line's import-ics does. It writes nothing.
func (u *UI) planImport(data []byte, citizenID, memberID int64) (*importPlan, error) {
	imp, err := calendar.Decode(bytes.NewReader(data), calendar.ImportOptions{
		CitizenID:  citizenID,
		MemberID:   memberID,
		FindMember: u.findMember,
		Lang:       kit.Language(),
	})
	if err != nil {
		return nil, kit.ErrPlain(importErrorText(err))
	}
	existing := map[string]*calendar.Appointment{}
	for _, a := range imp.Appointments {
		found, err := u.store.FindAppointments(u.ctx, calendar.Filter{UID: a.UID})
		if err != nil {
			return nil, err
		}
		for _, f := range found {
			existing[f.UID] = f
		}
	}
	plan := calendar.PlanImportFile(existing, imp)
	return &importPlan{create: plan.Create, update: plan.Update, unchanged: plan.Unchanged,
		conflicts: plan.Conflicts, unsupported: problemLines(imp.Problems)}, nil
}

// importErrorText says why a file cannot be imported.
func importErrorText(err error) string {
	var pe *calendar.ParseError
	if errors.As(err, &pe) && pe.Line > 0 {
		return T("ics.import.malformed.line", "This is not a calendar file Tavlen can read (the problem is on line {{.Line}}). Nothing was imported.", map[string]any{"Line": pe.Line})
	}
	return T("ics.import.malformed", "This is not a calendar file Tavlen can read. Nothing was imported.")
}

// findMember matches an attendee to a team member by e-mail or name.
func (u *UI) findMember(name, email string) int64 {
	for _, m := range u.members {
		if email != "" && strings.EqualFold(m.Email, email) || name != "" && strings.EqualFold(m.Name, name) {
			return m.ID
		}
	}
	return 0
}

// importPreview lists what the import adds, updates and leaves out; only
// "Import" writes.
func (u *UI) importPreview(p *importPlan) dialog.Dialog {
	box := container.NewVBox(widget.NewLabel(T("ics.import.summary", "{{.Add}} to add, {{.Update}} to update, {{.Same}} already up to date.",
		map[string]any{"Add": len(p.create), "Update": len(p.update), "Same": p.unchanged})))
	section := func(title string, lines []string) {
		if len(lines) == 0 {
			return
		}
		h := widget.NewLabel(title)
		h.TextStyle.Bold = true
		box.Add(h)
		for _, l := range lines {
			w := widget.NewLabel(l)
			w.Wrapping = fyne.TextWrapWord
			box.Add(w)
		}
	}
	section(T("ics.import.added", "Will be added"), apptLines(p.create))
	section(T("ics.import.updated", "Will be updated"), apptLines(p.update))
	conflictChoices(box, p)
	section(T("ics.import.unsupported", "Not supported, left out or changed"), p.unsupported)
	problem := kit.ErrorLabel()
	// A big import saves in short chunks so other PCs keep saving; it runs
	// beside the window, and the bar shows how far it is.
	bar := widget.NewProgressBar()
	bar.Hide()
	var d dialog.Dialog
	var run, cancel *widget.Button
	finish := func(n int, err error) {
		bar.Hide()
		cancel.Enable()
		if err != nil && n > 0 {
			kit.SetProblem(problem, T("ics.import.partly", "{{.N}} appointments were saved before this went wrong:", map[string]any{"N": n})+" "+kit.ErrorText(err))
			return // run stays off: a second run would add the saved ones again
		} else if err != nil {
			run.Enable()
			kit.SetProblem(problem, T("ics.import.nothing", "Nothing was imported:")+" "+kit.ErrorText(err))
			return
		}
		d.Hide()
		u.afterImport()
		dialog.ShowInformation(T("ics.import.title", "Import calendar"), T("ics.import.done", "{{.N}} appointments imported.", map[string]any{"N": n}), u.win)
	}
	run = widget.NewButton(T("ics.import.run", "Import"), func() {
		run.Disable()
		cancel.Disable()
		bar.SetValue(0)
		bar.Show()
		u.bg.Add(1)
		go func() {
			defer u.bg.Done()
			var n int
			err := saving.Recover(func() error { // a panic here would end the app
				var err error
				n, err = u.runImport(p, func(done, total int) {
					if total > 0 {
						fyne.Do(func() { bar.SetValue(float64(done) / float64(total)) })
					}
				})
				return err
			})
			fyne.Do(func() { finish(n, err) })
		}()
	})
	run.Importance = widget.HighImportance
	if len(p.create)+len(p.update)+len(p.conflicts) == 0 {
		run.Disable()
	}
	cancel = widget.NewButton(T("Cancel", "Cancel"), func() { d.Hide() })
	body := container.NewBorder(nil, container.NewVBox(bar, problem, container.NewHBox(layout.NewSpacer(), cancel, run)), nil, nil, container.NewVScroll(box))
	d = dialog.NewCustomWithoutButtons(T("ics.import.preview.title", "Import calendar – preview"), body, u.win)
	d.Resize(fyne.NewSize(760, 560))
	d.Show()
	return d
}

// apptLines describes appointments one a line: day, time, title.
func apptLines(apps []*calendar.Appointment) []string {
	var out []string
	for _, a := range apps {
		out = append(out, kit.FmtDayYear(board.DateOf(a.Start.In(calendar.Copenhagen)))+" "+kit.FmtTime(a.Start)+"  "+a.Title)
	}
	return out
}

// batcher is a store that can make many saves one transaction.
type batcher interface {
	Batch(ctx context.Context, fn func(ctx context.Context) error) error
}

// importer is a store that saves an import in short chunks, all or
// nothing, so that other PCs keep saving meanwhile.
type importer interface {
	ImportAppointments(ctx context.Context, create, update []*calendar.Appointment, progress func(done, total int)) (int, error)
}

// runImport writes the plan, all or nothing where the store can, and
// returns how many appointments it saved. progress (may be nil) is told
// how many of the total are saved as the chunks commit.
func (u *UI) runImport(p *importPlan, progress func(done, total int)) (int, error) {
	if im, ok := u.store.(importer); ok {
		return im.ImportAppointments(u.ctx, p.create, p.update, progress)
	}
	write := func(ctx context.Context) (int, error) {
		n := 0
		for _, a := range p.create {
			if err := u.store.CreateAppointment(ctx, a); err != nil {
				return n, err
			}
			n++
		}
		for _, a := range p.update {
			if err := u.store.UpdateAppointment(ctx, a); err != nil {
				return n, err
			}
			n++
		}
		return n, nil
	}
	b, ok := u.store.(batcher)
	if !ok {
		return write(u.ctx)
	}
	n := 0
	err := b.Batch(u.ctx, func(ctx context.Context) error {
		var err error
		n, err = write(ctx)
		return err
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// afterImport shows the imported appointments where the person is.
func (u *UI) afterImport() {
	if r, ok := u.page.(*citizenRecord); ok {
		r.Appts.Reload()
		return
	}
	if u.cal != nil {
		u.cal.reload()
	}
	if u.board != nil {
		u.board.reload()
	}
}
