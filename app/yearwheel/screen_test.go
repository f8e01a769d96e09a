package yearwheel

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tavlen/board"
)

// clearThemes deletes the year's themes the demo may bring, so each test
// starts from an empty wheel.
func clearThemes(t *testing.T, s Store, year int) {
	t.Helper()
	ths, err := s.FindThemes(t.Context(), year)
	if err != nil {
		t.Fatal(err)
	}
	for _, th := range ths {
		if err := s.DeleteTheme(t.Context(), th.ID, th.Version); err != nil {
			t.Fatal(err)
		}
	}
}

func TestMonthAtIsClockwiseFromTheTop(t *testing.T) {
	for m := time.January; m <= time.December; m++ {
		a := angleOf(m, 0.5)
		dx, dy := math.Sin(a), -math.Cos(a)
		if got := monthAt(dx, dy); got != m {
			t.Errorf("middle of %v is read as %v", m, got)
		}
	}
	if monthAt(0, -1) != time.January || monthAt(1, 0) != time.April || monthAt(0, 1) != time.July || monthAt(-1, 0) != time.October {
		t.Error("the quarters are not at 12, 3, 6 and 9 o'clock")
	}
}

// The wheel draws twelve months with their themes and marks today.
func TestWheelShowsThemesAndToday(t *testing.T) {
	a := testApp(t, 100)
	db := demoFile(t)
	clearThemes(t, db, 2026)
	for _, th := range []*board.Theme{
		{Year: 2026, Month: time.March, Title: "Kommunens misbrugsbehandling"},
		{Year: 2026, Month: time.May, Title: "Medicin og diabetes"},
	} {
		if err := db.CreateTheme(t.Context(), th); err != nil {
			t.Fatal(err)
		}
	}
	sc, _ := openScreen(t, a, db, fyne.NewSize(1366, 768))
	r := test.WidgetRenderer(sc.wheel).(*wheelRenderer)
	wheel := strings.Join(allTexts(sc.wheel), "\n")
	for _, want := range []string{"jan.", "mar.", "nov.", "dec.", "Kommunens", "misbrugsbe", "Medicin og", "diabetes", "2026"} {
		if !strings.Contains(wheel, want) {
			t.Errorf("the wheel lacks %q:\n%s", want, wheel)
		}
	}
	if !r.hand.Visible() || !r.dot.Visible() || r.today.Text != "I dag 26.11." {
		t.Fatal("today is not marked")
	}
	// The hand points into November's sector.
	s := sc.wheel.Size()
	p := r.hand.Position2
	if m := monthAt(float64(p.X-s.Width/2), float64(p.Y-s.Height/2)); m != time.November {
		t.Errorf("the hand points at %v, want November", m)
	}
	// Tapping March opens its theme.
	c := s.Width / 2
	pos := fyne.NewPos(c+float32(math.Sin(angleOf(time.March, 0.5)))*c*0.6, s.Height/2-float32(math.Cos(angleOf(time.March, 0.5)))*c*0.6)
	sc.wheel.Tapped(&fyne.PointEvent{Position: pos})
	if sc.lastForm == nil || sc.lastForm.title.Text != "Kommunens misbrugsbehandling" {
		t.Error("tapping March did not open its theme")
	}
	// Another year has no hand.
	sc.showYear(2027)
	r = test.WidgetRenderer(sc.wheel).(*wheelRenderer)
	if r.hand.Visible() {
		t.Error("today is marked on next year's wheel")
	}
}

// Add, edit and delete a theme through the forms; the list follows.
func TestThemesAddEditDelete(t *testing.T) {
	a := testApp(t, 100)
	db := demoFile(t)
	clearThemes(t, db, 2026)
	sc, w := openScreen(t, a, db, fyne.NewSize(1366, 768))
	top := func() fyne.CanvasObject { return w.Canvas().Overlays().Top() }

	tapButton(t, sc.Content(), "Nyt tema")
	f := sc.lastForm
	f.month.SetSelectedIndex(2) // March
	f.title.SetText("Kommunens misbrugsbehandling")
	f.presenter.SetSelectedIndex(1)
	f.minutes.SetText("20")
	f.notes.SetText("Oplæg og spørgsmål")
	tapButton(t, top(), "Gem")
	if len(sc.themes) != 1 {
		t.Fatalf("after saving the list has %d themes", len(sc.themes))
	}
	saved := sc.themes[0]
	if saved.Month != time.March || saved.Minutes != 20 || saved.PresenterID == 0 || saved.Notes != "Oplæg og spørgsmål" {
		t.Errorf("saved theme %+v", saved)
	}
	if row := sc.rowText(saved); !strings.Contains(row, "marts") || !strings.Contains(row, "20 min") {
		t.Errorf("list row %q", row)
	}

	// A bad number keeps the form and what was typed, and says what is wrong.
	sc.editTheme(saved, 0)
	f = sc.lastForm
	f.title.SetText("Misbrugsbehandling i kommunen")
	f.minutes.SetText("mange")
	tapButton(t, top(), "Gem")
	if top() == nil || sc.lastForm != f || !f.problem.Visible() || f.title.Text != "Misbrugsbehandling i kommunen" {
		t.Fatalf("a bad number lost the form: problem %q", f.problem.Text)
	}
	// One meeting date instead of the month.
	f.minutes.SetText("")
	f.date.SetText("5.3.2026")
	tapButton(t, top(), "Gem")
	got, err := db.FindThemeByID(t.Context(), saved.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Misbrugsbehandling i kommunen" || got.MeetingDate != board.MustDate("2026-03-05") || got.Minutes != 0 {
		t.Errorf("edited theme %+v", got)
	}

	sc.confirmDelete(sc.themes[0])
	tapButton(t, top(), "Slet tema")
	if len(sc.themes) != 0 {
		t.Errorf("after delete the list has %d themes", len(sc.themes))
	}
}

// The screen fits a 1366×768 laptop at 100 % text and a 1920×1080 screen
// at 150 %, with a full year of long titles.
func TestYearWheelFits(t *testing.T) {
	for _, c := range []struct {
		scale int
		size  fyne.Size
	}{{100, fyne.NewSize(1366, 768)}, {150, fyne.NewSize(1920, 1080)}} {
		t.Run(fmt.Sprint(c.scale), func(t *testing.T) {
			a := testApp(t, c.scale)
			db := demoFile(t)
			clearThemes(t, db, 2026)
			for m := time.January; m <= time.December; m++ {
				th := &board.Theme{Year: 2026, Month: m, Title: "Et meget langt tema om samarbejdet mellem region og kommune " + m.String()}
				if err := db.CreateTheme(t.Context(), th); err != nil {
					t.Fatal(err)
				}
			}
			sc, w := openScreen(t, a, db, c.size)
			// The tab sits under the app's header and tab bar: leave room.
			room := fyne.NewSize(c.size.Width, c.size.Height-120)
			if s := sc.Content().MinSize(); !fits(s, room) {
				t.Errorf("the year wheel needs %v, has %v", s, room)
			}
			sc.editTheme(nil, time.May)
			if s := w.Canvas().Overlays().Top().MinSize(); !fits(s, c.size) {
				t.Errorf("the theme form needs %v on %v", s, c.size)
			}
		})
	}
}
