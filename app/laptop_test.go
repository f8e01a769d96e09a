package app

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tavlen/app/kit"
	"tavlen/app/record"
	"tavlen/board"
	"tavlen/calendar"
)

// onLaptop is the test UI on a 1280×720 window, text at scale per cent.
func onLaptop(t *testing.T, scale int) *UI {
	t.Helper()
	u := newTestUI(t)
	if scale != 100 {
		u.theme = kit.NewTheme(scale, "")
		u.app.Settings().SetTheme(u.theme)
		u.rebuild()
	}
	u.win.Resize(kit.LaptopSize)
	return u
}

func fits(s, in fyne.Size) bool { return s.Width <= in.Width+0.5 && s.Height <= in.Height+0.5 }

// screenMin is what the window must at least be to show the main window's
// tab i: its content with the header and status line around it. The
// other tabs are left out (the board is measured by its own test).
func screenMin(u *UI, i int) fyne.Size {
	main := u.root.Objects[0].(*fyne.Container)
	tab := u.tabs.Items[i].Content.MinSize()
	w, h := tab.Width, tab.Height
	for _, o := range main.Objects {
		if o == u.tabs || !o.Visible() {
			continue
		}
		w = max(w, o.MinSize().Width)
		h += o.MinSize().Height
	}
	return fyne.NewSize(w, h+40) // the tab bar
}

// Every screen fits a 1280×720 laptop, at 100 % and 150 % text: none
// makes the window grow.
func TestScreensFitLaptop(t *testing.T) {
	for _, scale := range []int{100, 150} {
		t.Run(fmt.Sprint(scale), func(t *testing.T) {
			u := onLaptop(t, scale)
			for i, it := range u.tabs.Items {
				if i == 0 {
					continue // the board: its own helper's test
				}
				u.tabs.SelectIndex(i)
				if s := screenMin(u, i); !fits(s, kit.LaptopSize) {
					t.Errorf("%s needs %v", it.Text, s)
				}
			}
			u.tabs.SelectIndex(0)
			c := firstOnBoard(t, u)
			c.SafetyNote = longText("Kommer aldrig alene på besøg ", 12)
			if err := u.store.UpdateCitizen(u.ctx, c); err != nil {
				t.Fatal(err)
			}
			r := openRecord(t, u)
			for i, it := range r.Tabs.Items {
				r.Tabs.SelectIndex(i)
				if s := u.root.Objects[1].MinSize(); !fits(s, kit.LaptopSize) {
					t.Errorf("record tab %s needs %v", it.Text, s)
				}
			}
			u.popNow()
			u.showFirstRun("")
			if s := u.win.Content().MinSize(); !fits(s, kit.LaptopSize) {
				t.Errorf("first run needs %v", s)
			}
		})
	}
}

// dialogFits checks the dialog on top: its least size fits the window,
// and each named button lies inside the window, so it can be pressed.
func dialogFits(t *testing.T, u *UI, name string, buttons ...string) {
	t.Helper()
	top := topOverlay(u)
	if top == nil {
		t.Fatalf("%s: no dialog open", name)
	}
	win := u.win.Canvas().Size()
	if s := top.MinSize(); !fits(s, win) {
		t.Errorf("%s needs %v on a %v window", name, s, win)
	}
	for _, text := range buttons {
		b := buttonIn(top, text)
		if b == nil {
			t.Errorf("%s: no button %q", name, text)
			continue
		}
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
		end := pos.Add(b.Size())
		if pos.X < 0 || pos.Y < 0 || end.X > win.Width+0.5 || end.Y > win.Height+0.5 || b.Size().IsZero() {
			t.Errorf("%s: button %q at %v–%v is outside the %v window", name, text, pos, end, win)
		}
	}
}

func TestDialogsFitLaptop(t *testing.T) {
	for _, scale := range []int{100, 150} {
		t.Run(fmt.Sprint(scale), func(t *testing.T) {
			for _, f := range discardForms() {
				t.Run(f.name, func(t *testing.T) {
					u := onLaptop(t, scale)
					f.open(t, u)
					dialogFits(t, u, f.name, "Annuller", "Gem")
				})
			}
			t.Run("settings", func(t *testing.T) {
				u := onLaptop(t, scale)
				u.showSettings()
				dialogFits(t, u, "settings", "Annuller")
			})
			t.Run("clash", func(t *testing.T) {
				u := onLaptop(t, scale)
				d := clashingAppointment(t, u)
				d.Submit()
				if !d.Problem.Visible() {
					t.Fatal("no double-booking warning")
				}
				dialogFits(t, u, "clash", "Annuller", "Gem")
			})
			t.Run("clash on move", func(t *testing.T) {
				u := onLaptop(t, scale)
				v := openCalendar(t, u)
				busy := busyOccurrence(t, v)
				a := &calendar.Appointment{Title: "Flyttes", Kind: calendar.KindPhone, Start: busy.Start.Add(-3 * time.Hour), End: busy.Start.Add(-2 * time.Hour),
					Participants: []int64{busy.Appointment.Participants[0]}, Status: calendar.StatusPlanned}
				if err := u.store.CreateAppointment(u.ctx, a); err != nil {
					t.Fatal(err)
				}
				v.reload()
				o, _ := a.OccurrenceAt(a.Start)
				v.move(o, busy.Start)
				dialogFits(t, u, "clash on move", "Ja", "Nej")
			})
			t.Run("conflict", func(t *testing.T) {
				u := onLaptop(t, scale)
				c := firstOnBoard(t, u)
				mine, theirs := *c, *c
				mine.BoardReason = longText("min tekst ", 60)
				theirs.BoardReason = longText("deres tekst ", 60)
				theirs.UpdatedBy = "BH"
				record.ShowCitizenConflict(u.recordEnv(), c, &mine, &theirs, []string{"BoardReason"}, func(*board.Citizen) {})
				dialogFits(t, u, "conflict", "Tilbage til min tekst")
			})
		})
	}
}

func longText(word string, n int) string {
	s := ""
	for range n {
		s += word
	}
	return s
}

// busyOccurrence is an occurrence this week with a member on it.
func busyOccurrence(t *testing.T, v *calendarView) *calendar.Occurrence {
	t.Helper()
	for i, o := range v.occs {
		if o.Appointment.Status != calendar.StatusCancelled && len(o.Appointment.Participants) > 0 && o.Appointment.Recurrence.Freq == calendar.FreqNone {
			return &v.occs[i]
		}
	}
	t.Fatal("no busy member this week")
	return nil
}

// clashingAppointment opens the form for an appointment that double-books
// a member.
func clashingAppointment(t *testing.T, u *UI) *formDlg {
	t.Helper()
	v := openCalendar(t, u)
	busy := busyOccurrence(t, v)
	a := &calendar.Appointment{Title: "Supervision", Kind: calendar.KindMeeting, Start: busy.Start, End: busy.Start.Add(time.Hour),
		Participants: []int64{busy.Appointment.Participants[0]}, Status: calendar.StatusPlanned}
	return u.editAppointment(a, v.reload)
}

// The window opens at a size that fits a laptop screen.
func TestWindowOpensAtLaptopSize(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, langDanish)
	Start(a, "", Config{Now: func() time.Time { return testNow }})
	ws := a.Driver().AllWindows()
	if len(ws) == 0 {
		t.Fatal("no window")
	}
	if s := ws[len(ws)-1].Canvas().Size(); !fits(s, kit.LaptopSize) {
		t.Errorf("window opens at %v, more than %v", s, kit.LaptopSize)
	}
}

// With 150 % text the board screen still fits a laptop: the header and the
// week/search/filter row scroll sideways inside the window instead of
// widening it and pushing Indstillinger out of sight.
func TestBoardFitsLaptopWithLargeText(t *testing.T) {
	u := onLaptop(t, 150)
	if min := u.win.Content().MinSize(); !fits(min, kit.LaptopSize) {
		t.Errorf("the board screen at 150 %% text needs %v, more than %v", min, kit.LaptopSize)
	}
}
