package followup

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
)

var testNow = time.Date(2026, 12, 7, 10, 0, 0, 0, calendar.Copenhagen)

var (
	anna  = &board.Member{ID: 1, Name: "Anna Holm", Initials: "AH", Sector: board.SectorRegion, Active: true}
	soren = &board.Member{ID: 2, Name: "Søren Kjær", Initials: "SK", Sector: board.SectorKommune, Active: true}
)

// fakeStore serves a week board of citizens built in the test.
type fakeStore struct {
	citizens map[int64]*board.Citizen
	facts    map[int64]board.Facts
	updated  []*board.Citizen
}

func (s *fakeStore) WeekBoard(_ context.Context, from, to time.Time, today board.Date) (*board.WeekBoard, error) {
	wb := &board.WeekBoard{From: from, To: to, Members: board.IndexMembers([]*board.Member{anna, soren})}
	for id := int64(1); id <= int64(len(s.citizens)); id++ {
		c := s.citizens[id]
		r := &board.BoardRow{Citizen: c, Facts: s.facts[id]}
		for _, resp := range c.Responsible {
			r.Responsible = append(r.Responsible, wb.Members[resp.MemberID])
		}
		wb.Rows = append(wb.Rows, r)
	}
	return wb, nil
}
func (s *fakeStore) FindCitizenByID(_ context.Context, id int64) (*board.Citizen, error) {
	c := *s.citizens[id]
	return &c, nil
}
func (s *fakeStore) UpdateCitizen(_ context.Context, c *board.Citizen) error {
	s.updated = append(s.updated, c)
	s.citizens[c.ID] = c
	return nil
}
func (s *fakeStore) FindCitizens(context.Context, board.CitizenFilter) ([]*board.Citizen, error) {
	return nil, nil
}
func (s *fakeStore) CreateCitizen(context.Context, *board.Citizen) error { return nil }
func (s *fakeStore) DeleteCitizen(context.Context, int64, int64) error   { return nil }
func (s *fakeStore) FindWellbeing(context.Context, board.WellbeingFilter) ([]*board.Wellbeing, error) {
	return nil, nil
}
func (s *fakeStore) CreateWellbeing(context.Context, *board.Wellbeing) error { return nil }
func (s *fakeStore) UpdateWellbeing(context.Context, *board.Wellbeing) error { return nil }
func (s *fakeStore) DeleteWellbeing(context.Context, int64, int64) error     { return nil }

func testStore() *fakeStore {
	today := board.DateOf(testNow)
	s := &fakeStore{citizens: map[int64]*board.Citizen{}, facts: map[int64]board.Facts{}}
	add := func(name string, resp int64, f board.Facts, edit func(*board.Citizen)) {
		id := int64(len(s.citizens) + 1)
		c := &board.Citizen{ID: id, Name: name, Status: board.StatusActive, Responsible: []board.Responsibility{{MemberID: resp}}}
		if edit != nil {
			edit(c)
		}
		s.citizens[id], s.facts[id] = c, f
	}
	add("Rolig Borger", 1, board.Facts{LastContact: testNow.Add(-24 * time.Hour)}, nil)
	add("Faldende Trivsel", 2, board.Facts{LastContact: testNow.Add(-24 * time.Hour),
		Wellbeing: []board.WellbeingScore{{On: today.AddDays(-60), Score: 64}, {On: today.AddDays(-3), Score: 24}}}, nil)
	add("Revision Overskredet", 1, board.Facts{LastContact: testNow.Add(-24 * time.Hour)}, func(c *board.Citizen) {
		c.ReviewDate = today.AddDays(-20)
		c.OnBoard, c.BoardSince = true, today.AddDays(-40)
	})
	return s
}

func testEnv(t *testing.T, s *fakeStore) (Env, *[]string) {
	test.NewTempApp(t)
	var log []string
	return Env{Ctx: context.Background(), Store: s, Now: func() time.Time { return testNow },
		Me: func() *board.Member { return anna }, Members: func() []*board.Member { return []*board.Member{anna, soren} },
		Team:        func() string { return "Team Østbyen" },
		OpenCitizen: func(id int64) { log = append(log, fmt.Sprint("open ", id)) },
		ShowPDF: func(name string, write func(io.Writer) error) error {
			var b bytes.Buffer
			err := write(&b)
			log = append(log, fmt.Sprintf("pdf %s %v %v", name, bytes.HasPrefix(b.Bytes(), []byte("%PDF")), err))
			return err
		},
		SaveFile: func(name string, _ []string, data []byte) {
			log = append(log, fmt.Sprintf("save %s %v", name, strings.Contains(string(data), "BEGIN:VCALENDAR")))
		},
	}, &log
}

func TestAttentionRanksWithReasonsAndPutsOnTheBoard(t *testing.T) {
	s := testStore()
	env, log := testEnv(t, s)
	a := NewAttention(env)
	a.Reload()
	if len(a.Ranks) != 3 || a.Ranks[0].Row.Citizen.Name != "Faldende Trivsel" || a.Ranks[2].Row.Citizen.Name != "Rolig Borger" {
		for _, r := range a.Ranks {
			t.Logf("%s %d", r.Row.Citizen.Name, r.Score)
		}
		t.Fatalf("ranking wrong")
	}
	if why := kit.Words().AttentionReasons(a.Ranks[0].Reasons); !strings.Contains(why, "24") {
		t.Errorf("reasons in words: %q", why)
	}
	if !a.OnBoard.Disabled() {
		t.Error("nothing chosen, yet Sæt på tavlen is enabled")
	}
	a.List.Select(0)
	test.Tap(a.Open)
	test.Tap(a.OnBoard)
	if len(s.updated) != 1 || !s.updated[0].OnBoard || s.updated[0].BoardSince != board.DateOf(testNow) || s.updated[0].BoardReason == "" {
		t.Errorf("put on board: %+v (problem %q)", s.updated, a.Problem.Text)
	}
	if strings.Join(*log, ";") != "open 2" {
		t.Errorf("log %q", *log)
	}
	// Filter by Søren: only his citizen.
	a.Member.SetSelected("Søren Kjær")
	if len(a.Ranks) != 1 || a.Ranks[0].Row.Citizen.ID != 2 {
		t.Errorf("filtered: %d ranks", len(a.Ranks))
	}
	a.Member.SetSelected("Alle medarbejdere")
	a.Sector.SetSelected(kit.SectorLabel(board.SectorKommune))
	if len(a.Ranks) != 1 {
		t.Errorf("sector filter: %d ranks", len(a.Ranks))
	}
	a.Sector.SetSelected("Alle sektorer")
	if len(a.Ranks) != 3 {
		t.Errorf("back to all sectors: %d ranks", len(a.Ranks))
	}
}

// TestAttentionSaysItsFiltersAndRowsInDanish: the filters start on "all"
// in words (not Fyne's English "(Select one)"), and each row has its
// own line for the reasons, so name and reasons never overlap.
func TestAttentionSaysItsFiltersAndRowsInDanish(t *testing.T) {
	env, _ := testEnv(t, testStore())
	a := NewAttention(env)
	a.Reload()
	if a.Member.PlaceHolder != "Alle medarbejdere" || a.Sector.PlaceHolder != "Alle sektorer" {
		t.Errorf("filters say %q and %q", a.Member.PlaceHolder, a.Sector.PlaceHolder)
	}
	row := a.List.CreateItem()
	a.List.UpdateItem(0, row)
	texts := textsOf(row)
	if len(texts) != 2 || !strings.HasPrefix(texts[0], "1. Faldende Trivsel · ") || !strings.Contains(texts[1], "24") {
		t.Errorf("row lines %q, want who and points, then the reasons", texts)
	}
}

// textsOf lists the labels' texts in o, top-down.
func textsOf(o fyne.CanvasObject) []string {
	var out []string
	if l, ok := o.(*widget.Label); ok {
		return []string{l.Text}
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, child := range c.Objects {
			out = append(out, textsOf(child)...)
		}
	}
	return out
}

func TestMyTasksListsMineAndSavesICS(t *testing.T) {
	s := testStore()
	today := board.DateOf(testNow)
	f := s.facts[1]
	f.OpenActions = []*board.Action{{ID: 9, CitizenID: 1, Text: "Ring til lægen", ResponsibleID: 1, Status: board.ActionOpen, Due: today.AddDays(-2)}}
	s.facts[1] = f
	env, log := testEnv(t, s)
	m := NewMyTasks(env)
	m.Reload()
	var lines []string
	for _, l := range m.Lines {
		lines = append(lines, l.text)
	}
	got := strings.Join(lines, "\n")
	for _, want := range []string{"Mine åbne handlinger (1)", "OVER FRIST · Rolig Borger – Ring til lægen · 05.12.2026",
		"Mine aftaler i denne uge (0)", "Revisioner der forfalder (1)", "OVER FRIST · Revision Overskredet · 17.11.2026"} {
		if !strings.Contains(got, want) {
			t.Errorf("list lacks %q:\n%s", want, got)
		}
	}
	m.List.Select(1)
	test.Tap(m.ICS)
	if strings.Join(*log, ";") != "open 1;save Mine frister.ics true" {
		t.Errorf("log %q", *log)
	}
}

func TestTeamStatusDrawsAndPrints(t *testing.T) {
	env, log := testEnv(t, testStore())
	s := NewTeamStatus(env)
	s.Reload()
	if s.Caseload.Open != 3 || !strings.Contains(s.Views[0].Words.Text, "Anna Holm (Region): 2 borgere") {
		t.Errorf("caseload %+v, words %q", s.Caseload, s.Views[0].Words.Text)
	}
	if !strings.Contains(s.Views[3].Words.Text, "0–28 (mulig depression): 1 borgere") {
		t.Errorf("spread words %q", s.Views[3].Words.Text)
	}
	test.Tap(s.Print)
	if strings.Join(*log, ";") != "pdf Teamstatus 2026-12-07 true <nil>" {
		t.Errorf("log %q", *log)
	}
}

// Each screen fits a 1280×720 laptop at 100 % and 150 % text (the header,
// tab bar and status line take about 150).
func TestScreensFitLaptop(t *testing.T) {
	for _, scale := range []int{100, 150} {
		t.Run(fmt.Sprint(scale), func(t *testing.T) {
			env, _ := testEnv(t, testStore())
			fyne.CurrentApp().Settings().SetTheme(kit.NewTheme(scale, ""))
			a, m, s := NewAttention(env), NewMyTasks(env), NewTeamStatus(env)
			a.Reload()
			m.Reload()
			s.Reload()
			room := fyne.NewSize(kit.LaptopSize.Width, kit.LaptopSize.Height-150)
			for name, o := range map[string]fyne.CanvasObject{"attention": a.Root, "mylist": m.Root, "status": s.Root} {
				if sz := o.MinSize(); sz.Width > room.Width || sz.Height > room.Height {
					t.Errorf("%s needs %v", name, sz)
				}
			}
		})
	}
}

// TestPutOnBoardAsksWhy: "Sæt på tavlen…" asks first, with the reasons
// written in to change, and says what it did.
func TestPutOnBoardAsksWhy(t *testing.T) {
	s := testStore()
	env, _ := testEnv(t, s)
	var asked string
	var fields []*widget.FormItem
	var submit func() error
	env.Form = func(title, _ string, items []*widget.FormItem, save func() error) {
		asked, fields, submit = title, items, save
	}
	a := NewAttention(env)
	a.Reload()
	a.List.Select(0)
	test.Tap(a.OnBoard)
	if len(s.updated) != 0 || asked != "Sæt Faldende Trivsel på tavlen" || len(fields) != 1 {
		t.Fatalf("no question first: saved %d, asked %q", len(s.updated), asked)
	}
	askedID := a.Ranks[0].Row.Citizen.ID
	// Another PC saves meanwhile: the list is read again and another row
	// chosen; the answer still goes to the citizen asked about.
	a.Reload()
	a.List.Select(1)
	fields[0].Widget.(*widget.Entry).SetText("Faldende trivsel; aftalt på mødet")
	if err := submit(); err != nil {
		t.Fatal(err)
	}
	if len(s.updated) != 1 || s.updated[0].ID != askedID || s.updated[0].BoardReason != "Faldende trivsel; aftalt på mødet" || a.Done.Text != "Faldende Trivsel er på tavlen fra i dag." {
		t.Errorf("saved %+v, said %q", s.updated, a.Done.Text)
	}
}
