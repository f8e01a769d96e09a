package wellbeing

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
)

// fakeStore keeps WHO-5s in memory.
type fakeStore struct {
	list []*board.Wellbeing
	fail error
}

func (s *fakeStore) FindWellbeing(_ context.Context, f board.WellbeingFilter) ([]*board.Wellbeing, error) {
	var out []*board.Wellbeing
	for _, w := range s.list {
		if f.CitizenID == 0 || w.CitizenID == f.CitizenID {
			out = append(out, w)
		}
	}
	board.SortWellbeing(out)
	return out, nil
}

func (s *fakeStore) CreateWellbeing(_ context.Context, w *board.Wellbeing) error {
	if s.fail != nil {
		return s.fail
	}
	w.ID = int64(len(s.list) + 1)
	s.list = append(s.list, w)
	return nil
}
func (s *fakeStore) UpdateWellbeing(context.Context, *board.Wellbeing) error { return nil }
func (s *fakeStore) DeleteWellbeing(context.Context, int64, int64) error     { return nil }

var testNow = time.Date(2026, 12, 7, 10, 0, 0, 0, calendar.Copenhagen)

var anna = &board.Member{ID: 1, Name: "Anna Holm", Initials: "AH", Sector: board.SectorRegion, Active: true}

func newTestTab(t *testing.T, s *fakeStore) *Tab {
	t.Helper()
	test.NewTempApp(t)
	saved := 0
	env := Env{Ctx: context.Background(), Store: s, Now: func() time.Time { return testNow },
		Me: func() *board.Member { return anna }, Members: func() []*board.Member { return []*board.Member{anna} },
		Saved: func() { saved++ }}
	return New(env, 7)
}

func TestSavingAWHO5StoresTheAnswersAndShowsTheScore(t *testing.T) {
	s := &fakeStore{}
	tab := newTestTab(t, s)
	w := test.NewWindow(tab.Root)
	defer w.Close()
	for i, a := range []string{"3", "2", "4", "1", "3"} {
		tab.Items[i].SetSelected(a)
	}
	if got := tab.Score.Text; got != "Score: 52 af 100 – God trivsel" {
		t.Errorf("score line %q", got)
	}
	tab.Alone.SetChecked(true)
	test.Tap(tab.Save)
	if len(s.list) != 1 {
		t.Fatalf("saved %d WHO-5s: %q", len(s.list), tab.Problem.Text)
	}
	got := s.list[0]
	if got.Answers != [5]int{3, 2, 4, 1, 3} || got.CitizenID != 7 || got.AskedBy != 1 || !got.SelfReported ||
		got.On != board.MustDate("2026-12-07") {
		t.Errorf("saved %+v", got)
	}
	if !strings.Contains(tab.Chart.Words.Text, "07.12.2026: 52 af 100") {
		t.Errorf("chart words: %q", tab.Chart.Words.Text)
	}
	if len(tab.List.Objects) != 1 {
		t.Errorf("list has %d lines", len(tab.List.Objects))
	}
	if tab.Items[0].Selected != "" {
		t.Error("the form is not cleared after saving")
	}
}

func TestAWHO5NeedsAllFiveAnswers(t *testing.T) {
	s := &fakeStore{}
	tab := newTestTab(t, s)
	tab.Items[0].SetSelected("5")
	test.Tap(tab.Save)
	if len(s.list) != 0 || tab.Problem.Text != "Svar på alle fem udsagn, før du gemmer." {
		t.Errorf("saved %d, problem %q", len(s.list), tab.Problem.Text)
	}
	for i := range tab.Items {
		tab.Items[i].SetSelected("1")
	}
	tab.Date.SetText("31.02.2026")
	test.Tap(tab.Save)
	if len(s.list) != 0 || !strings.Contains(tab.Problem.Text, "Udfyldt den") {
		t.Errorf("a bad date: saved %d, problem %q", len(s.list), tab.Problem.Text)
	}
	// Tomorrow has not come: a score from it would hide today's.
	tab.Date.SetText("08.12.2026") // the day after testNow
	test.Tap(tab.Save)
	if len(s.list) != 0 || !strings.Contains(tab.Problem.Text, "ikke er kommet endnu") || tab.Items[0].Selected != "1" {
		t.Errorf("a future date: saved %d, problem %q", len(s.list), tab.Problem.Text)
	}
}

func TestAFailedSaveKeepsTheAnswers(t *testing.T) {
	s := &fakeStore{fail: board.Errorf(board.EInternal, "disk full")}
	tab := newTestTab(t, s)
	for i := range tab.Items {
		tab.Items[i].SetSelected("2")
	}
	test.Tap(tab.Save)
	if tab.Problem.Text == "" || tab.Items[4].Selected != "2" {
		t.Errorf("problem %q, answers kept: %q", tab.Problem.Text, tab.Items[4].Selected)
	}
}

// A year of scores and the form fit a 1280×720 laptop at 100 % and 150 %
// text (the record's header and tabs take about 140 of the 720).
func TestFitsLaptop(t *testing.T) {
	for _, scale := range []int{100, 150} {
		t.Run(fmt.Sprint(scale), func(t *testing.T) {
			s := &fakeStore{}
			d := board.MustDate("2026-01-05")
			for i := range 12 {
				s.list = append(s.list, &board.Wellbeing{ID: int64(i + 1), CitizenID: 7, On: d.AddDays(28 * i),
					Answers: [5]int{i % 6, 3, 2, 4, 1}, AskedBy: 1})
			}
			tab := newTestTab(t, s)
			fyne.CurrentApp().Settings().SetTheme(kit.NewTheme(scale, ""))
			tab.Reload()
			room := fyne.NewSize(kit.LaptopSize.Width, kit.LaptopSize.Height-140)
			if m := tab.Root.MinSize(); m.Width > room.Width || m.Height > room.Height {
				t.Errorf("needs %v, has %v", m, room)
			}
		})
	}
}
