package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"tavlen/board"
	"tavlen/calendar"
)

// Sector colours (white text on each reads at 4.5:1 or more). Each sector also has its own shape on the chip (square,
// circle, triangle, diamond), so colour-blind users can tell them apart.
var (
	colRegion  = color.NRGBA{0x1f, 0x5f, 0xa8, 0xff}
	colKommune = color.NRGBA{0x2e, 0x7d, 0x32, 0xff}
	colGP      = color.NRGBA{0xa8, 0x55, 0x00, 0xff}
	colOther   = color.NRGBA{0x60, 0x60, 0x60, 0xff}
	colWhite   = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	colMuted   = color.NRGBA{0x6b, 0x6b, 0x6b, 0xff}
	colAlert   = color.NRGBA{0xc6, 0x28, 0x28, 0xff}
	colWarn    = color.NRGBA{0x8d, 0x6e, 0x00, 0xff} // dark gold: white text on it reads at 4.8:1
)

func sectorColor(s board.Sector) color.Color {
	switch s {
	case board.SectorRegion:
		return colRegion
	case board.SectorKommune:
		return colKommune
	case board.SectorGP:
		return colGP
	}
	return colOther
}

// chipShape is the little mark before a chip's text.
type chipShape int

const (
	shapeNone chipShape = iota
	shapeSquare
	shapeCircle
	shapeTriangle
	shapeDiamond
)

func sectorShape(s board.Sector) chipShape {
	switch s {
	case board.SectorRegion:
		return shapeSquare
	case board.SectorKommune:
		return shapeCircle
	case board.SectorGP:
		return shapeTriangle
	}
	return shapeDiamond
}

func kindColor(k calendar.Kind) color.Color {
	switch k {
	case calendar.KindHomeVisit:
		return color.NRGBA{0x00, 0x79, 0x6b, 0xff}
	case calendar.KindConsultation:
		return color.NRGBA{0x39, 0x49, 0xab, 0xff}
	case calendar.KindPhone:
		return color.NRGBA{0x6a, 0x1b, 0x9a, 0xff}
	case calendar.KindMeeting:
		return color.NRGBA{0x5d, 0x40, 0x37, 0xff}
	case calendar.KindMedication:
		return color.NRGBA{0xad, 0x14, 0x57, 0xff}
	}
	return color.NRGBA{0x54, 0x6e, 0x7a, 0xff}
}

// chipSpec describes one chip: a rounded label with a fill colour.
type chipSpec struct {
	text   string
	fill   color.Color
	shape  chipShape
	strike bool   // cancelled appointments
	alert  bool   // no-show: red outline
	open   func() // a click on the chip opens what it shows, or nil
	full   string // the long form for the tooltip, when text is short
}

func memberChip(m *board.Member) chipSpec {
	if m == nil {
		return chipSpec{text: "?", fill: colOther, shape: shapeDiamond}
	}
	return chipSpec{text: m.Initials, fill: sectorColor(m.Sector), shape: sectorShape(m.Sector)}
}

// entryChip is an appointment chip on the board: "09:30 visit AB".
func entryChip(e board.DayEntry) chipSpec {
	text := fmtTime(e.Start) + " " + kindShort(calendar.Kind(e.Kind))
	for _, in := range e.Initials {
		text += " " + in
	}
	c := chipSpec{text: text, fill: kindColor(calendar.Kind(e.Kind))}
	switch calendar.Status(e.Status) {
	case calendar.StatusCancelled:
		c.fill, c.strike = colMuted, true
	case calendar.StatusNoShow:
		c.text = "! " + c.text
		c.alert = true
	}
	return c
}

// chipView draws a chipSpec with canvas primitives, so a board cell can
// reuse the same objects for every update.
type chipView struct {
	rect  *canvas.Rectangle
	mark  *canvas.RegularPolygon
	label *canvas.Text
}

func newChipView() *chipView {
	return &chipView{
		rect:  &canvas.Rectangle{CornerRadius: 4},
		mark:  &canvas.RegularPolygon{FillColor: colWhite},
		label: &canvas.Text{Color: colWhite},
	}
}

func (c *chipView) objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{c.rect, c.mark, c.label}
}

func (c *chipView) hide() {
	c.rect.Hide()
	c.mark.Hide()
	c.label.Hide()
}

// chipPad is the room around a chip's text.
const chipPad = 4

// size returns the chip's size for spec at text size ts.
func chipSize(spec chipSpec, ts float32) fyne.Size {
	w := fyne.MeasureText(spec.text, ts, fyne.TextStyle{Bold: spec.shape != shapeNone}).Width + 2*chipPad
	if spec.shape != shapeNone {
		w += ts*0.8 + chipPad
	}
	return fyne.NewSize(w, ts*1.35+2)
}

// apply sets the chip's look and places it at pos with size s.
func (c *chipView) apply(spec chipSpec, pos fyne.Position, s fyne.Size, ts float32) {
	c.rect.FillColor = spec.fill
	c.rect.StrokeWidth = 0
	if spec.alert {
		c.rect.StrokeColor = colAlert
		c.rect.StrokeWidth = 2
	}
	c.rect.Move(pos)
	c.rect.Resize(s)
	c.rect.Show()
	c.rect.Refresh()

	x := pos.X + chipPad
	if spec.shape != shapeNone {
		m := ts * 0.7
		c.mark.Sides, c.mark.Angle = shapeSides(spec.shape)
		c.mark.Move(fyne.NewPos(x, pos.Y+(s.Height-m)/2))
		c.mark.Resize(fyne.NewSize(m, m))
		c.mark.Show()
		c.mark.Refresh()
		x += m + chipPad
	} else {
		c.mark.Hide()
	}
	c.label.TextSize = ts
	c.label.TextStyle = fyne.TextStyle{Bold: spec.shape != shapeNone, Strikethrough: spec.strike}
	c.label.Text = fitText(spec.text, ts, c.label.TextStyle, s.Width-(x-pos.X)-chipPad+1)
	c.label.Color = colWhite
	c.label.Move(fyne.NewPos(x, pos.Y+1))
	c.label.Resize(fyne.NewSize(s.Width-(x-pos.X)-chipPad, s.Height-2))
	c.label.Show()
	c.label.Refresh()
}

func shapeSides(s chipShape) (uint, float32) {
	switch s {
	case shapeSquare:
		return 4, 45
	case shapeCircle:
		return 24, 0
	case shapeTriangle:
		return 3, 0
	}
	return 4, 0
}

// themeColor is a shortcut for the current theme's colour.
func themeColor(n fyne.ThemeColorName) color.Color {
	return theme.Current().Color(n, fyne.CurrentApp().Settings().ThemeVariant())
}
