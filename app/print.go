package app

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"tavlen/app/kit"
	"tavlen/app/meeting"
	"tavlen/board"
	"tavlen/calendar"
	"tavlen/printing"
)

// Printing: each document is written as PDF to a temporary file with a
// name a person recognises, and opened in the system's PDF viewer, which
// prints. Without a viewer Tavlen offers to save the file instead.

// printPlan prints citizen id's plan ("Min plan"). The print is logged in
// the citizen's history before the paper exists; a file that is only
// readable cannot log, and that must not keep a plan from being printed.
func (u *UI) printPlan(id int64) error { return u.printPlanOn(u.win, id) }

// printPlanOn is printPlan with its dialogs on w (meeting mode's window).
func (u *UI) printPlanOn(w fyne.Window, id int64) error {
	now := u.now()
	in, err := printing.GatherPlan(u.ctx, u.store, id, now, kit.Language())
	if err != nil {
		return err
	}
	if err := u.store.LogAccess(u.ctx, id, board.AuditPrint, "plan printed"); err != nil && board.ErrorCode(err) != board.EReadOnly {
		return err
	}
	name := T("print.plan_file", "My plan – {{.Name}} – {{.Date}}", map[string]any{"Name": in.Citizen.DisplayName(), "Date": now.Format("2006-01-02")})
	return u.showPDF(w, name, func(w io.Writer) error { return printing.WritePlan(w, in) })
}

// printBoard prints week's board as an A3 poster.
func (u *UI) printBoard(week calendar.Week) error {
	in, err := printing.GatherBoard(u.ctx, u.store, week, u.now(), kit.Language())
	if err != nil {
		return err
	}
	u.logBoardPrint(in.Board)
	y, n := week.Start().ISOWeek()
	name := T("print.board_file", "Board week {{.Week}} {{.Year}}", map[string]any{"Week": n, "Year": y})
	return u.showPDF(u.win, name, func(w io.Writer) error { return printing.WriteBoard(w, in) })
}

// logBoardPrint records in the history of every citizen on the printed
// poster that their data went on paper, as a plan print does. The writes
// wait for the disk, so they run beside the screen; a read-only file
// cannot log, and that must not keep the poster from being printed.
func (u *UI) logBoardPrint(wb *board.WeekBoard) {
	if wb == nil || u.readOnly() {
		return
	}
	var ids []int64
	for _, r := range wb.Rows {
		if r != nil && r.Citizen != nil {
			ids = append(ids, r.Citizen.ID)
		}
	}
	s, ctx := u.store, u.ctx
	u.bg.Add(1)
	go func() {
		defer u.bg.Done()
		for _, id := range ids {
			if err := s.LogAccess(ctx, id, board.AuditPrint, "board printed"); board.ErrorCode(err) == board.EReadOnly {
				return
			}
		}
	}()
}

// printMinutes prints a meeting's minutes, with its dialogs on w;
// meeting.WriteMinutes logs the print for each citizen on the agenda.
func (u *UI) printMinutes(w fyne.Window, m *board.Meeting) error {
	team := ""
	if u.team != nil {
		team = u.team.Name
	}
	name := T("print.minutes_file", "Minutes {{.Date}}", map[string]any{"Date": m.Date.String()})
	return u.showPDF(w, name, func(out io.Writer) error { return meeting.WriteMinutes(u.ctx, u.store, m, team, kit.Language(), out) })
}

// showPDF writes a document to a temporary file called name (".pdf"
// added) and opens it in the viewer; when there is none, or it fails, the
// person may save the file instead.
func (u *UI) showPDF(parent fyne.Window, name string, write func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	name = safeFileName(name) + ".pdf"
	data := buf.Bytes()
	offer := func() { u.offerSave(parent, name, data) }
	path, err := u.tempFile(name, data)
	if err != nil {
		offer()
		return nil
	}
	u.lastPDF = path
	if err := u.viewFile(path, func(error) { fyne.Do(offer) }); err != nil {
		offer()
	}
	return nil
}

// tempFile writes data to name in this session's print folder, which is
// removed when Tavlen closes: printed plans hold personal data.
func (u *UI) tempFile(name string, data []byte) (string, error) {
	if u.printDir == "" {
		dir, err := os.MkdirTemp("", "tavlen-print-")
		if err != nil {
			return "", err
		}
		u.printDir = dir
	}
	path := filepath.Join(u.printDir, name)
	return path, os.WriteFile(path, data, 0o600)
}

// removePrints removes the print folder.
func (u *UI) removePrints() {
	if u.printDir != "" {
		_ = os.RemoveAll(u.printDir)
		u.printDir = ""
	}
}

// offerSave says that no viewer could show the PDF and offers to save it.
func (u *UI) offerSave(parent fyne.Window, name string, data []byte) {
	dialog.ShowConfirm(T("print.no_viewer.title", "Save the PDF"),
		T("print.no_viewer", "No program to show PDF files could be opened on this PC. Save the file and print it from another program?"),
		func(ok bool) {
			if ok {
				u.saveBytes(parent, name, []string{".pdf"}, data)
			}
		}, parent)
}

// saveBytes asks where to save data and writes it there.
func (u *UI) saveBytes(parent fyne.Window, name string, exts []string, data []byte) {
	u.saveFile(parent, name, exts, func(w io.WriteCloser) {
		_, err := w.Write(data)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			dialog.ShowInformation(T("file.save_failed.title", "Not saved"), T("file.save_failed", "The file could not be saved there. Choose another folder."), parent)
		}
	})
}

// safeFileName makes s usable as a file name on Windows, macOS and Linux:
// no path separators, reserved characters or control characters, no
// leading or trailing dots and spaces, at most 100 characters.
func safeFileName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case strings.ContainsRune(`/\:*?"<>|`, r):
			b.WriteRune('-')
		case unicode.IsControl(r):
			b.WriteRune(' ')
		default:
			b.WriteRune(r)
		}
	}
	out := []rune(strings.Join(strings.Fields(b.String()), " "))
	if len(out) > 100 {
		out = out[:100]
	}
	name := strings.Trim(string(out), ". ")
	if name == "" {
		name = "Tavlen"
	}
	return name
}
