package app

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tavlen/app/meeting"
	"tavlen/board"
	"tavlen/calendar"
)

// fakeFiles replaces the system viewer and the file dialogs with plain
// files in a temp folder and records what happened.
type fakeFiles struct {
	viewed []string // paths given to the viewer
	saved  string   // the last file written through the save dialog
	open   string   // the file the open dialog picks
	dir    string
}

func useFakeFiles(t *testing.T, u *UI) *fakeFiles {
	f := &fakeFiles{dir: t.TempDir()}
	u.viewFile = func(path string, failed func(error)) error {
		f.viewed = append(f.viewed, path)
		return nil
	}
	u.saveFile = func(_ fyne.Window, name string, exts []string, done func(io.WriteCloser)) {
		f.saved = filepath.Join(f.dir, name)
		w, err := os.Create(f.saved)
		if err != nil {
			t.Fatal(err)
		}
		done(w)
	}
	u.openFile = func(exts []string, done func(io.ReadCloser, string)) {
		r, err := os.Open(f.open)
		if err != nil {
			t.Fatal(err)
		}
		done(r, filepath.Base(f.open))
	}
	t.Cleanup(u.removePrints)
	return f
}

// tap presses the visible button with text inside o, failing when absent.
func tap(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	b := buttonIn(o, text)
	if b == nil {
		t.Fatalf("no button %q in %s", text, textsIn(o))
	}
	test.Tap(b)
}

// pdfText returns a PDF's text by pdftotext; it skips the test unless CI
// is set (the tool is installed there) or the tool is at hand.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftotext is missing on CI")
		}
		t.Skip("pdftotext not installed")
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// citizenWithNotedAppointment finds a citizen with an appointment in the
// next weeks that has an internal note.
func citizenWithNotedAppointment(t *testing.T, u *UI) (*board.Citizen, *calendar.Appointment) {
	t.Helper()
	from := u.today().In(calendar.Copenhagen)
	apps, err := u.store.FindAppointments(u.ctx, calendar.Filter{From: from, To: from.AddDate(0, 0, 7*exportWeeks)})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range apps {
		if a.CitizenID != 0 && strings.TrimSpace(a.Notes) != "" {
			c, err := u.store.FindCitizenByID(u.ctx, a.CitizenID)
			if err != nil {
				t.Fatal(err)
			}
			return c, a
		}
	}
	// The demo has none: give the first citizen appointment a note.
	for _, a := range apps {
		if a.CitizenID != 0 {
			a.Notes = "Intern note: nøglen ligger hos viceværten"
			if err := u.store.UpdateAppointment(u.ctx, a); err != nil {
				t.Fatal(err)
			}
			c, _ := u.store.FindCitizenByID(u.ctx, a.CitizenID)
			return c, a
		}
	}
	t.Fatal("demo has no citizen appointments ahead")
	return nil, nil
}

func TestBoardToolbarButtons(t *testing.T) {
	u := newTestUI(t)
	bar := u.win.Content()
	for _, text := range []string{"Start møde", "Udskriv tavle", "Eksportér kalender…"} {
		if buttonIn(bar, text) == nil {
			t.Errorf("board has no %q button", text)
		}
	}
	// Printing and exporting the week belong to the board tab.
	u.tabs.SelectIndex(1)
	if buttonIn(u.win.Content(), "Udskriv tavle") != nil || buttonIn(u.win.Content(), "Start møde") == nil {
		t.Error("calendar tab shows the board's print button, or hides the meeting")
	}
	u.tabs.SelectIndex(0)
	if got := u.tabs.Items[3].Text; got != "Møder" {
		t.Errorf("fourth tab = %q, want Møder", got)
	}
	capture(t, u, "board-toolbar")
}

func TestStartMeetingOpensMeetingMode(t *testing.T) {
	u := newTestUI(t)
	tap(t, u.win.Content(), "Start møde")
	w := u.meetingWin
	if w == nil {
		t.Fatal("no meeting window")
	}
	if !strings.Contains(textsIn(w.Content()), "Deltagere") && !strings.Contains(textsIn(w.Content()), "Dagsorden") {
		t.Errorf("meeting window does not show the set-up: %s", textsIn(w.Content()))
	}
	// A second click brings the same window forward.
	tap(t, u.win.Content(), "Start møde")
	if u.meetingWin != w {
		t.Error("a second meeting window opened")
	}
	w.Close()
	if u.meetingWin != nil {
		t.Error("closed meeting window still remembered")
	}

	// A meeting running in the file is resumed, and the button says so.
	m := &board.Meeting{Date: u.today(), StartedAt: testNow, FacilitatorID: u.me.ID, Attendees: []int64{u.me.ID}}
	if err := u.store.CreateMeeting(u.ctx, m); err != nil {
		t.Fatal(err)
	}
	u.board.reload()
	if buttonIn(u.win.Content(), "Genoptag møde") == nil {
		t.Fatal("board does not offer to resume the running meeting")
	}
	u.tabs.SelectIndex(3)
	if text := textsIn(u.meetings.Content); !strings.Contains(text, "Møder") {
		t.Errorf("Meetings tab shows %q", text)
	}
}

func TestPrintPlanFromRecord(t *testing.T) {
	u := newTestUI(t)
	f := useFakeFiles(t, u)
	c, _ := citizenWithNotedAppointment(t, u)
	u.openCitizen(c.ID)
	tap(t, u.page.content(), "Udskriv plan")
	if len(f.viewed) != 1 {
		t.Fatalf("viewer got %q, want one PDF", f.viewed)
	}
	path := f.viewed[0]
	want := "Min plan – " + safeFileName(c.DisplayName()) + " – 2026-11-24.pdf"
	if filepath.Base(path) != want {
		t.Errorf("file name = %q, want %q", filepath.Base(path), want)
	}
	data, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %v %.20q", err, data)
	}
	logged, err := u.store.FindAudit(u.ctx, board.AuditFilter{CitizenID: c.ID, Action: board.AuditPrint})
	if err != nil || len(logged) != 1 {
		t.Errorf("print log = %v, %v; want one entry", logged, err)
	}
	text := pdfText(t, path)
	for _, w := range []string{c.DisplayName(), "Mine ønsker og mål", "Mine aftaler"} {
		if !strings.Contains(text, w) {
			t.Errorf("plan lacks %q", w)
		}
	}
	if c.SafetyNote != "" && strings.Contains(text, c.SafetyNote) {
		t.Error("plan shows the internal safety note")
	}
}

func TestPrintBoardAndMinutes(t *testing.T) {
	u := newTestUI(t)
	f := useFakeFiles(t, u)
	u.board.setWeek(u.board.week.Next())
	tap(t, u.win.Content(), "Udskriv tavle")
	if len(f.viewed) != 1 || filepath.Base(f.viewed[0]) != "Tavle uge 49 2026.pdf" {
		t.Fatalf("viewer got %q, want the board of week 49", f.viewed)
	}
	ms, err := u.store.FindMeetings(u.ctx, board.MeetingFilter{})
	if err != nil || len(ms) == 0 {
		t.Fatalf("demo meetings: %v %v", ms, err)
	}
	if err := u.printMinutes(u.win, ms[0]); err != nil {
		t.Fatal(err)
	}
	if len(f.viewed) != 2 || filepath.Base(f.viewed[1]) != "Referat "+ms[0].Date.String()+".pdf" {
		t.Fatalf("viewer got %q, want the minutes", f.viewed)
	}
	board := pdfText(t, f.viewed[0])
	if !strings.Contains(board, "49") || !strings.Contains(board, u.team.Name) {
		t.Errorf("board poster lacks the week or team:\n%s", board)
	}
}

func TestPrintWithoutViewerOffersToSave(t *testing.T) {
	u := newTestUI(t)
	f := useFakeFiles(t, u)
	u.viewFile = func(string, func(error)) error { return errNoViewer }
	if err := u.printBoard(u.board.week); err != nil {
		t.Fatal(err)
	}
	d := topOverlay(u)
	if d == nil || !strings.Contains(textsIn(d), "PDF") {
		t.Fatal("no offer to save the PDF")
	}
	tap(t, d, "Ja")
	data, err := os.ReadFile(f.saved)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) || filepath.Ext(f.saved) != ".pdf" {
		t.Fatalf("saved %q: %v", f.saved, err)
	}
}

func TestExportCitizenCalendar(t *testing.T) {
	u := newTestUI(t)
	f := useFakeFiles(t, u)
	c, noted := citizenWithNotedAppointment(t, u)
	u.openCitizen(c.ID)
	tap(t, u.page.content(), "Eksportér kalender…")
	d := topOverlay(u)
	es := entriesIn(d)
	if len(es) != 2 || es[0].Text != "24.11.2026" || es[1].Text != "19.01.2027" {
		t.Fatalf("date fields = %v, want today and today + 8 weeks", es)
	}
	tap(t, d, "Vælg fil…")
	u.bg.Wait()
	data, err := os.ReadFile(f.saved)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if filepath.Ext(f.saved) != ".ics" || !strings.HasPrefix(text, "BEGIN:VCALENDAR") {
		t.Fatalf("%s is not a calendar file", f.saved)
	}
	if n := strings.Count(text, "BEGIN:VEVENT"); n == 0 {
		t.Error("no VEVENT in the citizen's file")
	}
	if strings.Contains(text, "nøglen ligger") || strings.Contains(unfold(text), noted.Notes) {
		t.Error("the citizen's file holds an internal note")
	}
	imp, err := calendar.Decode(strings.NewReader(text), calendar.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range imp.Appointments {
		if strings.TrimSpace(a.Notes) != "" {
			t.Errorf("exported appointment %q carries notes", a.Title)
		}
	}
	logged, err := u.store.FindAudit(u.ctx, board.AuditFilter{CitizenID: c.ID, Action: board.AuditExport})
	if err != nil || len(logged) != 1 {
		t.Errorf("export log = %v, %v; want one entry", logged, err)
	}
}

func unfold(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n ", ""), "\\,", ",")
}

func TestExportTeamRejectsBackwardRange(t *testing.T) {
	u := newTestUI(t)
	f := useFakeFiles(t, u)
	tap(t, u.win.Content(), "Eksportér kalender…")
	d := topOverlay(u)
	es := entriesIn(d)
	es[1].SetText("01.11.2026")
	tap(t, d, "Vælg fil…")
	if f.saved != "" || !strings.Contains(textsIn(d), "Sidste dag ligger før første dag") {
		t.Fatalf("backward range not refused: saved %q, dialog %s", f.saved, textsIn(d))
	}
	es[1].SetText("31.12.2026")
	tap(t, d, "Vælg fil…")
	data, _ := os.ReadFile(f.saved)
	if strings.Count(string(data), "BEGIN:VEVENT") < 10 {
		t.Errorf("team file has %d events", strings.Count(string(data), "BEGIN:VEVENT"))
	}
}

// importFile writes an .ics with one new event and one that changes an
// existing appointment of c, plus a reminder Tavlen leaves out.
func importFile(t *testing.T, f *fakeFiles, existing *calendar.Appointment) {
	start := existing.Start.UTC().Format("20060102T150405Z")
	end := existing.End.UTC().Format("20060102T150405Z")
	ics := strings.Join([]string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Outlook//EN",
		"BEGIN:VEVENT", "UID:new-event-1@example.com", "DTSTAMP:20261120T080000Z",
		"DTSTART;TZID=Europe/Copenhagen:20261203T100000", "DTEND;TZID=Europe/Copenhagen:20261203T110000",
		"SUMMARY:Tandlæge", "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M", "END:VALARM", "END:VEVENT",
		"BEGIN:VEVENT", "UID:" + existing.UID, "DTSTAMP:20261120T080000Z", "SEQUENCE:99",
		"DTSTART:" + start, "DTEND:" + end, "SUMMARY:Flyttet besøg", "END:VEVENT",
		"END:VCALENDAR", ""}, "\r\n")
	f.open = filepath.Join(f.dir, "outlook.ics")
	if err := os.WriteFile(f.open, []byte(ics), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestImportPreviewThenCancelOrImport(t *testing.T) {
	u := newTestUI(t)
	f := useFakeFiles(t, u)
	c, existing := citizenWithNotedAppointment(t, u)
	importFile(t, f, existing)
	before, _ := u.store.FindAppointments(u.ctx, calendar.Filter{CitizenID: c.ID})

	u.openCitizen(c.ID)
	tap(t, u.page.content(), "Importér kalender…")
	chooser := topOverlay(u)
	if !strings.Contains(textsIn(chooser), c.Name) || !strings.Contains(textsIn(chooser), u.me.Initials+" – ") {
		t.Errorf("chooser is not preset to the citizen and me: %s", textsIn(chooser))
	}
	tap(t, chooser, "Vis hvad der ændres…")
	preview := topOverlay(u)
	text := textsIn(preview)
	for _, w := range []string{"1 tilføjes, 1 opdateres, 0 er allerede opdateret.", "Tandlæge", "Flyttet besøg", "VALARM"} {
		if !strings.Contains(text, w) {
			t.Errorf("preview lacks %q:\n%s", w, text)
		}
	}
	capture(t, u, "import-preview")
	tap(t, preview, "Annuller")
	after, _ := u.store.FindAppointments(u.ctx, calendar.Filter{CitizenID: c.ID})
	if len(after) != len(before) {
		t.Fatalf("cancel wrote: %d appointments, had %d", len(after), len(before))
	}
	if a, _ := u.store.FindAppointmentByID(u.ctx, existing.ID); a.Title != existing.Title {
		t.Fatalf("cancel changed %q to %q", existing.Title, a.Title)
	}

	// Now for real.
	tap(t, u.page.content(), "Importér kalender…")
	tap(t, topOverlay(u), "Vis hvad der ændres…")
	tap(t, topOverlay(u), "Importér")
	u.bg.Wait() // the import runs beside the window
	after, _ = u.store.FindAppointments(u.ctx, calendar.Filter{CitizenID: c.ID})
	if len(after) != len(before)+1 {
		t.Errorf("import: %d appointments, want %d", len(after), len(before)+1)
	}
	if a, _ := u.store.FindAppointmentByID(u.ctx, existing.ID); a.Title != "Flyttet besøg" || a.Notes != existing.Notes {
		t.Errorf("updated appointment = %q notes %q", a.Title, a.Notes)
	}
	var added *calendar.Appointment
	for _, a := range after {
		if a.UID == "new-event-1@example.com" {
			added = a
		}
	}
	if added == nil || len(added.Participants) != 1 || added.Participants[0] != u.me.ID || added.CitizenID != c.ID {
		t.Errorf("added = %+v, want the citizen's with me taking part", added)
	}
}

func TestImportMalformedFileChangesNothing(t *testing.T) {
	u := newTestUI(t)
	f := useFakeFiles(t, u)
	f.open = filepath.Join(f.dir, "broken.ics")
	if err := os.WriteFile(f.open, []byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nthis is not a property\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	before, _ := u.store.FindAppointments(u.ctx, calendar.Filter{})
	u.tabs.SelectIndex(1)
	tap(t, u.cal.content(), "Importér kalender…")
	d := topOverlay(u)
	tap(t, d, "Vis hvad der ændres…")
	if topOverlay(u) != d || !strings.Contains(textsIn(d), "Det er ikke en kalenderfil, Tavlen kan læse") {
		t.Fatalf("malformed file not explained: %s", textsIn(d))
	}
	after, _ := u.store.FindAppointments(u.ctx, calendar.Filter{})
	if len(after) != len(before) {
		t.Errorf("malformed import wrote: %d → %d", len(before), len(after))
	}
}

func TestMemberCalendarExportFromContacts(t *testing.T) {
	u := newTestUI(t)
	f := useFakeFiles(t, u)
	u.tabs.SelectIndex(2)
	tap(t, u.cts.content(), "Eksportér kalender…")
	d := topOverlay(u)
	if d == nil || !strings.Contains(textsIn(d), "Eksportér kalender – ") {
		t.Fatal("no export dialog for a member")
	}
	tap(t, d, "Vælg fil…")
	data, err := os.ReadFile(f.saved)
	if err != nil || !strings.Contains(string(data), "X-WR-CALNAME:") {
		t.Fatalf("member export: %v", err)
	}
}

// The real file dialogs open on the window (a resize before showing them
// used to crash Tavlen).
func TestFileDialogsOpen(t *testing.T) {
	u := newTestUI(t)
	u.pickSaveFile(u.win, "Min plan.pdf", []string{".pdf"}, func(io.WriteCloser) {})
	if topOverlay(u) == nil {
		t.Fatal("no save dialog")
	}
	u.canvas().Overlays().Remove(topOverlay(u))
	u.pickOpenFile([]string{".ics"}, func(io.ReadCloser, string) {})
	if topOverlay(u) == nil {
		t.Fatal("no open dialog")
	}
}

// Switching language switches meeting mode's messages too.
func TestLanguageSwitchReachesMeetingMode(t *testing.T) {
	defer applyLanguage(langDanish)
	for _, tt := range []struct{ lang, want string }{{langEnglish, "End meeting"}, {langDanish, "Afslut mødet"}} {
		if err := applyLanguage(tt.lang); err != nil {
			t.Fatal(err)
		}
		if got := meeting.T("meeting.end", "End meeting"); got != tt.want {
			t.Errorf("after %s: meeting.end = %q, want %q", tt.lang, got, tt.want)
		}
	}
}
