package meeting

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// outside lists the visible objects under o that reach past the canvas
// (w×h): to the right anywhere, below only outside scrolled content.
func outside(o fyne.CanvasObject, at fyne.Position, w, h float32, scrolled bool) []string {
	if !o.Visible() {
		return nil
	}
	pos := at.Add(o.Position())
	size := o.Size()
	var out []string
	if size.Width > 0 && size.Height > 0 {
		if pos.X+size.Width > w+1 || pos.X < -1 || (!scrolled && pos.Y+size.Height > h+1) {
			out = append(out, fmt.Sprintf("%T at %v size %v", o, pos, size))
		}
	}
	var kids []fyne.CanvasObject
	switch x := o.(type) {
	case *fyne.Container:
		kids = x.Objects
	case *container.Scroll:
		scrolled = true
		kids = []fyne.CanvasObject{x.Content}
		pos = pos.Subtract(x.Offset)
	case fyne.Widget:
		kids = test.WidgetRenderer(x).Objects()
	}
	for _, k := range kids {
		out = append(out, outside(k, pos, w, h, scrolled)...)
	}
	return out
}

// checkFits fails when the window's content asks for more than the
// screen or draws past it.
func checkFits(t *testing.T, c fyne.Canvas, content fyne.CanvasObject, size fyne.Size) {
	t.Helper()
	if m := content.MinSize(); m.Width > size.Width || m.Height > size.Height {
		t.Errorf("content needs %v, more than the screen %v", m, size)
	}
	if bad := outside(content, fyne.NewPos(0, 0), size.Width, size.Height, false); len(bad) > 0 {
		t.Errorf("%d objects run off the %v screen, e.g. %s", len(bad), size, bad[0])
	}
}

// shot writes the canvas as PNG when TAVLEN_SHOTS names a folder.
func shot(t *testing.T, c fyne.Canvas, name string) {
	dir := os.Getenv("TAVLEN_SHOTS")
	if dir == "" {
		return
	}
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, c.Capture()); err != nil {
		t.Fatal(err)
	}
}

// The presentation fits every screen from 1280×720 up: on one screen
// beside the capture panel, and alone on the wall screen; the type is
// largest on the largest screen.
func TestPresentationFitsScreen(t *testing.T) {
	sizes := []fyne.Size{{Width: 1280, Height: 720}, {Width: 1366, Height: 768}, {Width: 1920, Height: 1080}}
	a := testApp(t)
	a.Settings().SetTheme(lightTheme{theme.DefaultTheme()})
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := startTest(t, a, db, c)
	c.add(2 * time.Minute)
	v.next()
	scales := map[string]float32{}
	for _, size := range sizes {
		name := fmt.Sprintf("one screen %.0fx%.0f", size.Width, size.Height)
		t.Run(name, func(t *testing.T) {
			v.win.Resize(size)
			checkFits(t, v.win.Canvas(), v.win.Content(), size)
			scales[name] = v.pres.scale
			shot(t, v.win.Canvas(), fmt.Sprintf("meeting-one-%.0f", size.Width))
		})
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("wall %.0fx%.0f", size.Width, size.Height), func(t *testing.T) {
			p := newPresentation()
			w := test.NewTempWindow(t, p.content)
			w.SetPadded(false)
			w.Resize(size)
			p.show(v.card, v.x)
			checkFits(t, w.Canvas(), p.content, size)
			if size.Width == 1920 && (p.scale != 1 || p.collapsed) {
				t.Errorf("the wall at 1920 px is scaled %.2f, folded %v; want full size with the strip", p.scale, p.collapsed)
			}
			shot(t, w.Canvas(), fmt.Sprintf("meeting-wall-%.0f", size.Width))
		})
	}
	small, big := scales["one screen 1280x720"], scales["one screen 1920x1080"]
	if big != 1 || small >= big || small < minScale {
		t.Errorf("scales: %.2f at 1280 px, %.2f at 1920 px", small, big)
	}
	if v.pres.collapsed {
		t.Error("the strip is folded at 1920 px")
	}
}

// Folded, the strip's progress shows under the name.
func TestPresentationFoldsStripOnSmallScreen(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := startTest(t, a, db, c)
	v.win.Resize(fyne.NewSize(1280, 720))
	if !v.pres.collapsed || !v.pres.compact.Visible() {
		t.Fatal("strip not folded on a 1280 px screen")
	}
	if got := v.pres.compactCount.Text; got != v.pres.count.Text || got == "" {
		t.Errorf("progress line %q, strip says %q", got, v.pres.count.Text)
	}
}

// The meeting window opens at a laptop's size, and the agenda set-up fits
// it with "Start mødet" in reach.
func TestSetupFitsLaptop(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	me := firstMember(t, db)
	v := open(a, db, Config{Me: me.ID, Now: c.now, Lang: "da", Screens: 1}, nil)
	size := v.win.Canvas().Size()
	if size.Width > 1280 || size.Height > 720 {
		t.Errorf("the meeting window opens at %.0fx%.0f, larger than a laptop's 1280x720", size.Width, size.Height)
	}
	checkFits(t, v.win.Canvas(), v.win.Content(), fyne.NewSize(1280, 720))
}
