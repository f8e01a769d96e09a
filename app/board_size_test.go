package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// laptop is the smallest screen the board must fit: a 13" laptop, or a
// 1920×1080 screen at 150 %.
var laptop = fyne.NewSize(1280, 720)

// The board fits a laptop screen at 100 % text, in both languages, and
// every one of its buttons and fields stays inside the window.
func TestBoardFitsLaptop(t *testing.T) {
	for _, lang := range []string{langDanish, langEnglish} {
		t.Run(lang, func(t *testing.T) {
			u := newTestUI(t)
			if lang != langDanish {
				if err := applyLanguage(lang); err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { _ = applyLanguage(langDanish) })
				u.showMain()
			}
			v := u.board
			if min := u.win.Content().MinSize(); min.Width > laptop.Width || min.Height > laptop.Height {
				t.Errorf("the board screen needs %v, more than %v", min, laptop)
			}
			u.win.Resize(laptop)
			win := u.win.Canvas().Size()
			d := fyne.CurrentApp().Driver()
			controls := []fyne.CanvasObject{v.meetBtn, v.printBtn, v.exportBtn, v.search, v.member, v.sector}
			for _, o := range objectsIn(v.root) {
				if b, ok := o.(*widget.Button); ok {
					controls = append(controls, b)
				}
			}
			if b := buttonIn(u.win.Content(), T("action.new_citizen", "New citizen")); b != nil {
				controls = append(controls, b)
			} else {
				t.Error("no New citizen button")
			}
			for _, c := range controls {
				if !c.Visible() {
					t.Errorf("%T %v is hidden", c, label(c))
					continue
				}
				p, s := d.AbsolutePositionForObject(c), c.Size()
				if s.Width < c.MinSize().Width-1 || p.X < 0 || p.Y < 0 || p.X+s.Width > win.Width+0.5 || p.Y+s.Height > win.Height+0.5 {
					t.Errorf("%T %q at %v size %v (min %v) is not wholly inside the window %v", c, label(c), p, s, c.MinSize(), win)
				}
			}
			capture(t, u, "board-1280-"+lang)
		})
	}
}

func label(o fyne.CanvasObject) string {
	if b, ok := o.(*widget.Button); ok {
		if b.Text == "" && b.Icon != nil {
			return b.Icon.Name()
		}
		return b.Text
	}
	return ""
}
