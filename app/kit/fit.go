package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// laptopSize is the smallest screen Tavlen is made for (a 13" laptop at
// 100 %). Every screen and dialog fits it; the window opens at it, since
// Fyne cannot tell the screen's size before the window shows.
var LaptopSize = fyne.NewSize(1280, 720)

// dialogChrome is what a dialog adds around its content: the title, the
// padding and the shadow.
var dialogChrome = fyne.NewSize(40, 90)

// dialogRoom is the most a dialog may take of a window of size win: a
// margin stays, so the person sees it is a dialog over the window.
func dialogRoom(win fyne.Size) fyne.Size {
	if win.Width <= 0 || win.Height <= 0 {
		return LaptopSize
	}
	return fyne.NewSize(win.Width-24, win.Height-24)
}

// DialogSize sizes a form dialog on a window of size win: wide enough for
// the form (at least 520 and 60 % of the window) and tall enough for the
// form and its foot (problem and buttons), but never more than the window
// has room for; the form scrolls inside then.
func DialogSize(win, form, foot fyne.Size) fyne.Size {
	room := dialogRoom(win)
	w := max(win.Width*0.6, 520, form.Width+dialogChrome.Width)
	h := form.Height + foot.Height + dialogChrome.Height
	return fyne.NewSize(min(w, room.Width), min(h, room.Height))
}

// ReadingDialogSize sizes a dialog to read in (rows that wrap, whose
// height is known only once laid out): want at 100 % text, grown with the
// text size, but never more than the window has room for.
func ReadingDialogSize(win, want fyne.Size) fyne.Size {
	k := theme.TextSize() / theme.DefaultTheme().Size(theme.SizeNameText)
	return fyne.NewSize(want.Width*k, want.Height*k).Min(dialogRoom(win))
}

// WidthFree lays its objects over its whole size but asks for no width,
// so a long row (the record's chips) never widens the window: it is cut
// off at the window's edge instead.
type WidthFree struct{ Height float32 }

func (l WidthFree) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, l.Height) }

func (l WidthFree) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(s)
	}
}
