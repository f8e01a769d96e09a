package app

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// checkBoxIn returns the check box labelled text, or nil.
func checkBoxIn(o fyne.CanvasObject, text string) *widget.Check {
	for _, x := range objectsIn(o) {
		if c, ok := x.(*widget.Check); ok && c.Text == text {
			return c
		}
	}
	return nil
}

// TestTeamExportLeavesNotesAndCitizensOut: by default the team's file
// holds no internal note and no citizen's initials; the person exporting
// sees where the file goes and may choose both.
func TestTeamExportLeavesNotesAndCitizensOut(t *testing.T) {
	u := newTestUI(t)
	f := useFakeFiles(t, u)
	c, noted := citizenWithNotedAppointment(t, u)
	tag := "(" + exportInitials(c.Name) + ")"

	tap(t, u.win.Content(), "Eksportér kalender…")
	d := topOverlay(u)
	if !strings.Contains(textsIn(d), "Filen forlader Tavlen") {
		t.Errorf("no warning of where the file goes in %s", textsIn(d))
	}
	tap(t, d, "Vælg fil…")
	data, err := os.ReadFile(f.saved)
	if err != nil {
		t.Fatal(err)
	}
	text := unfold(string(data))
	if strings.Contains(text, noted.Notes) || strings.Contains(text, "DESCRIPTION") {
		t.Error("the team's file holds internal notes nobody chose")
	}
	if strings.Contains(text, tag) {
		t.Errorf("the team's file names citizens %s", tag)
	}

	tap(t, u.win.Content(), "Eksportér kalender…")
	d = topOverlay(u)
	for _, label := range []string{"Medtag interne noter", "Medtag borgernes initialer i titlerne"} {
		box := checkBoxIn(d, label)
		if box == nil {
			t.Fatalf("no choice %q in %s", label, textsIn(d))
		}
		test.Tap(box)
	}
	tap(t, d, "Vælg fil…")
	data, _ = os.ReadFile(f.saved)
	text = unfold(string(data))
	if !strings.Contains(text, noted.Notes) || !strings.Contains(text, tag) {
		t.Errorf("the chosen notes (%q) and initials (%s) are not in the file", noted.Notes, tag)
	}
}

// exportInitials are the initials as the export makes them, for the test's expectations.
func exportInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		b.WriteString(strings.ToUpper(string([]rune(w)[:1])))
	}
	return b.String()
}
