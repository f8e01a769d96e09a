package meeting

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// BenchmarkNextCitizen measures moving to the next citizen on the demo
// team: saving the meeting, reading the next card (citizen, plan,
// appointments, last meeting) and laying out the wall view at 1920×1080.
func BenchmarkNextCitizen(b *testing.B) {
	a := testApp(b)
	c := newClock(meetingStart)
	db, _ := demoFile(b, c)
	v := startTest(b, a, db, c)
	v.win.Resize(fyne.NewSize(1920, 1080))
	first := v.x.ms.Current
	b.ResetTimer()
	for b.Loop() {
		c.add(time.Second)
		if more, _ := v.x.next(); !more {
			v.x.ms.Go(first, c.now())
		}
		v.refresh()
		v.pres.content.Resize(fyne.NewSize(1920, 1080))
	}
}
