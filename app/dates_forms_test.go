package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
)

// shownTexts is the text a person can see inside o: hidden parts skipped.
func shownTexts(o fyne.CanvasObject) string {
	if !o.Visible() {
		return ""
	}
	var b strings.Builder
	switch x := o.(type) {
	case *canvas.Text:
		b.WriteString(x.Text + "\n")
	case *fyne.Container:
		for _, c := range x.Objects {
			b.WriteString(shownTexts(c))
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			b.WriteString(shownTexts(c))
		}
	}
	return b.String()
}

func TestDateFieldsReadWhatPeopleType(t *testing.T) {
	u := newTestUI(t) // today is Tuesday 24.11.2026
	e := newDateEntry(u, board.Date{})
	for typed, want := range map[string]string{
		"4.12": "2026-12-04", "4/12": "2026-12-04", "4-12-26": "2026-12-04", "04-12-2026": "2026-12-04",
		"i morgen": "2026-11-25", "i dag": "2026-11-24", "i overmorgen": "2026-11-26", "fredag": "2026-11-27",
		"tomorrow": "2026-11-25", "+3": "2026-11-27",
	} {
		e.SetText(typed)
		if d, err := kit.ReadDate(e, "Dato"); err != nil || d.String() != want {
			t.Errorf("%q read as %v, %v; want %s", typed, d, err, want)
		}
	}
	e.SetText("31.02.2026")
	_, err := kit.ReadDate(e, "Dato")
	if msg := kit.ProblemText(err); !strings.Contains(msg, "findes ikke") || !strings.Contains(msg, "28 dage") {
		t.Errorf("31.02.2026 says %q; want that the date does not exist", msg)
	}
	e.SetText("snart")
	if _, err := kit.ReadDate(e, "Dato"); !strings.Contains(kit.ProblemText(err), "i morgen eller fredag") {
		t.Errorf("unreadable date says %q", kit.ProblemText(err))
	}
}

func TestDatePickerIsDanishMondayFirst(t *testing.T) {
	u := newTestUI(t)
	e := newDateEntry(u, board.MustDate("2026-12-04"))
	u.win.SetContent(widget.NewForm(widget.NewFormItem("Dato", e)))
	picker, ok := e.ActionItem.(*widget.Button)
	if !ok {
		t.Fatal("the date field has no calendar button")
	}
	test.Tap(picker)
	pop := topOverlay(u)
	if pop == nil {
		t.Fatal("the calendar button opened nothing")
	}
	texts := shownTexts(pop)
	if !strings.Contains(texts, "december 2026") {
		t.Errorf("picker does not open at the field's month in Danish:\n%s", texts)
	}
	if i, j := strings.Index(texts, "man"), strings.Index(texts, "søn"); i < 0 || j < i {
		t.Errorf("weekdays not Danish, Monday first:\n%s", texts)
	}
	capture(t, u, "date-picker")
	test.Tap(buttonIn(pop, "17"))
	if e.Text != "17.12.2026" || topOverlay(u) != nil {
		t.Errorf("picking 17 gave %q (picker open: %v)", e.Text, topOverlay(u) != nil)
	}
}

func TestFormProblemOnceInPlaceAndGoneWhenFixed(t *testing.T) {
	u := newTestUI(t)
	u.newCitizenDialog()
	d := topOverlay(u)
	es := entriesIn(d)
	test.Type(es[0], "Nanna Nybo")
	es[4].SetText("31.02.2026")
	save := buttonIn(d, "Gem")
	drv := fyne.CurrentApp().Driver()
	before := drv.AbsolutePositionForObject(save)
	test.Tap(save)
	if got := drv.AbsolutePositionForObject(save); got != before {
		t.Errorf("Gem moved from %v to %v when the message appeared", before, got)
	}
	texts := shownTexts(d)
	if n := strings.Count(texts, "findes ikke"); n != 1 {
		t.Errorf("the date problem is shown %d times, want once:\n%s", n, texts)
	}
	if !strings.Contains(texts, "findes ikke") {
		t.Errorf("no message that the date does not exist:\n%s", texts)
	}
	es[4].SetText("30.02.2026") // still wrong: the message follows, once
	if n := strings.Count(shownTexts(d), "“30.02.2026” findes ikke"); n != 1 {
		t.Errorf("after a wrong edit the message is shown %d times:\n%s", n, shownTexts(d))
	}
	if got := drv.AbsolutePositionForObject(save); got != before {
		t.Errorf("Gem moved from %v to %v", before, got)
	}
	es[4].SetText("28.02.2026")
	if strings.Contains(shownTexts(d), "31.02") {
		t.Errorf("the message stayed after the date was fixed:\n%s", shownTexts(d))
	}
}

func TestTabLeavesMultiLineText(t *testing.T) {
	u := newTestUI(t)
	e := newKeyMultiLine(u)
	if e.AcceptsTab() {
		t.Error("a multi-line entry keeps Tab, so Tab cannot move to the next field")
	}
	e.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyTab, Modifier: fyne.KeyModifierControl})
	if e.Text != "\t" {
		t.Errorf("Ctrl+Tab typed %q, want a tab", e.Text)
	}
}

func TestReferralWarnsAboutLikelyDuplicate(t *testing.T) {
	u := newTestUI(t)
	all, err := u.store.FindCitizens(u.ctx, board.CitizenFilter{})
	if err != nil || len(all) == 0 {
		t.Fatal(err)
	}
	name := all[0].Name
	count := func() int {
		cs, _ := u.store.FindCitizens(u.ctx, board.CitizenFilter{IncludeClosed: true, Search: name})
		return len(cs)
	}
	n := count()
	u.newCitizenDialog()
	d := topOverlay(u)
	test.Type(entriesIn(d)[0], "  "+strings.ToUpper(name))
	test.Tap(buttonIn(d, "Gem"))
	if count() != n {
		t.Fatal("a second citizen of the same name was made without a warning")
	}
	if texts := shownTexts(d); !strings.Contains(texts, "Tavlen har allerede "+name) {
		t.Errorf("no duplicate warning:\n%s", texts)
	}
	capture(t, u, "referral-duplicate")
	test.Tap(buttonIn(d, "Gem")) // the person knows better: go on
	if count() != n+1 {
		t.Errorf("Gem after the warning did not register the citizen (%d, was %d)", count(), n)
	}
}

func TestIntakeOffersFromNextWorkingDaySpread(t *testing.T) {
	u := newTestUI(t) // now is Tuesday 24.11.2026 10:00
	var ids []board.Responsibility
	for _, m := range u.activeMembers()[:2] {
		ids = append(ids, board.Responsibility{MemberID: m.ID})
	}
	slots, err := u.intakeSlots(&board.Citizen{Responsible: ids})
	if err != nil || len(slots) == 0 {
		t.Fatalf("no slots: %v", err)
	}
	wednesday := time.Date(2026, 11, 25, 0, 0, 0, 0, calendar.Copenhagen)
	days := map[string]int{}
	for _, s := range slots {
		if s.Before(wednesday) {
			t.Errorf("offered %v, before the next working day", s)
		}
		if s.Hour() < 9 || s.Add(intakeLength).Hour() > 16 {
			t.Errorf("offered %v, not in working hours", s)
		}
		days[s.Format("2006-01-02")]++
	}
	for d, n := range days {
		if n > 2 {
			t.Errorf("%d offers on %s, want them spread over days", n, d)
		}
	}
}
