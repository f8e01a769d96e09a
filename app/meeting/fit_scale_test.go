package meeting

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"tavlen/app/kit"
)

// With 150 % text, the facilitator's side of one screen still fits a
// laptop: the panel keeps the width its buttons need and the presentation
// gives way; what does not fit in height scrolls.
func TestFacilitatorFitsWithLargeText(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1280, Height: 720}, {Width: 1366, Height: 768}, {Width: 1920, Height: 1080}} {
		a := testApp(t)
		a.Settings().SetTheme(kit.NewTheme(150, ""))
		c := newClock(meetingStart)
		db, _ := demoFile(t, c)
		v := startTest(t, a, db, c)
		v.win.Resize(size)
		checkFits(t, v.win.Canvas(), v.win.Content(), size)
		shot(t, v.win.Canvas(), fmt.Sprintf("facilitator-150-%.0f", size.Width))
	}
}
