package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/charts"
)

// Sector colours (white text on each reads at 4.5:1 or more). Each sector also has its own shape on the chip (square,
// circle, triangle, diamond), so colour-blind users can tell them apart.
var (
	ColRegion  = charts.SectorColors[board.SectorRegion] // one palette with the charts
	ColKommune = charts.SectorColors[board.SectorKommune]
	ColGP      = charts.SectorColors[board.SectorGP]
	ColOther   = charts.SectorColors[board.SectorOther]
	ColWhite   = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	ColMuted   = color.NRGBA{0x6b, 0x6b, 0x6b, 0xff}
	ColAlert   = color.NRGBA{0xc6, 0x28, 0x28, 0xff}
	ColWarn    = color.NRGBA{0x8d, 0x6e, 0x00, 0xff} // dark gold: white text on it reads at 4.8:1
)

func SectorColor(s board.Sector) color.Color {
	switch s {
	case board.SectorRegion:
		return ColRegion
	case board.SectorKommune:
		return ColKommune
	case board.SectorGP:
		return ColGP
	}
	return ColOther
}

// ChipShape is the little mark before a chip's text.
type ChipShape int

const (
	shapeNone ChipShape = iota
	ShapeSquare
	shapeCircle
	shapeTriangle
	shapeDiamond
)

func SectorShape(s board.Sector) ChipShape {
	switch s {
	case board.SectorRegion:
		return ShapeSquare
	case board.SectorKommune:
		return shapeCircle
	case board.SectorGP:
		return shapeTriangle
	}
	return shapeDiamond
}

func KindColor(k calendar.Kind) color.Color {
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

// ChipSpec describes one chip: a rounded label with a fill colour.
type ChipSpec struct {
	Text   string
	Fill   color.Color
	Shape  ChipShape
	Strike bool   // cancelled appointments
	Alert  bool   // no-show: red outline
	Open   func() // a click on the chip opens what it shows, or nil
	Full   string // the long form for the tooltip, when text is short
}

func MemberChip(m *board.Member) ChipSpec {
	if m == nil {
		return ChipSpec{Text: "?", Fill: ColOther, Shape: shapeDiamond}
	}
	return ChipSpec{Text: m.Initials, Fill: SectorColor(m.Sector), Shape: SectorShape(m.Sector)}
}

// EntryChip is an appointment chip on the board: "09:30 visit AB".
func EntryChip(e board.DayEntry) ChipSpec {
	text := FmtTime(e.Start) + " " + kindShort(calendar.Kind(e.Kind))
	for _, in := range e.Initials {
		text += " " + in
	}
	c := ChipSpec{Text: text, Fill: KindColor(calendar.Kind(e.Kind))}
	switch calendar.Status(e.Status) {
	case calendar.StatusCancelled:
		c.Fill, c.Strike = ColMuted, true
	case calendar.StatusNoShow:
		c.Text = "! " + c.Text
		c.Alert = true
	}
	return c
}

// chipView draws a ChipSpec with canvas primitives, so a board cell can
// reuse the same objects for every update.
type chipView struct {
	rect  *canvas.Rectangle
	mark  *canvas.RegularPolygon
	Label *canvas.Text
}

func newChipView() *chipView {
	return &chipView{
		rect:  &canvas.Rectangle{CornerRadius: 4},
		mark:  &canvas.RegularPolygon{FillColor: ColWhite},
		Label: &canvas.Text{Color: ColWhite},
	}
}

func (c *chipView) objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{c.rect, c.mark, c.Label}
}

func (c *chipView) hide() {
	c.rect.Hide()
	c.mark.Hide()
	c.Label.Hide()
}

// chipPad is the room around a chip's text.
const chipPad = 4

// size returns the chip's size for spec at text size ts.
func ChipSize(spec ChipSpec, ts float32) fyne.Size {
	w := fyne.MeasureText(spec.Text, ts, fyne.TextStyle{Bold: spec.Shape != shapeNone}).Width + 2*chipPad
	if spec.Shape != shapeNone {
		w += ts*0.8 + chipPad
	}
	return fyne.NewSize(w, ts*1.35+2)
}

// apply sets the chip's look and places it at pos with size s.
func (c *chipView) apply(spec ChipSpec, pos fyne.Position, s fyne.Size, ts float32) {
	c.rect.FillColor = spec.Fill
	c.rect.StrokeWidth = 0
	if spec.Alert {
		c.rect.StrokeColor = ColAlert
		c.rect.StrokeWidth = 2
	}
	c.rect.Move(pos)
	c.rect.Resize(s)
	c.rect.Show()
	c.rect.Refresh()

	x := pos.X + chipPad
	if spec.Shape != shapeNone {
		m := ts * 0.7
		c.mark.Sides, c.mark.Angle = shapeSides(spec.Shape)
		c.mark.Move(fyne.NewPos(x, pos.Y+(s.Height-m)/2))
		c.mark.Resize(fyne.NewSize(m, m))
		c.mark.Show()
		c.mark.Refresh()
		x += m + chipPad
	} else {
		c.mark.Hide()
	}
	c.Label.TextSize = ts
	c.Label.TextStyle = fyne.TextStyle{Bold: spec.Shape != shapeNone, Strikethrough: spec.Strike}
	c.Label.Text = FitText(spec.Text, ts, c.Label.TextStyle, s.Width-(x-pos.X)-chipPad+1)
	c.Label.Color = ColWhite
	c.Label.Move(fyne.NewPos(x, pos.Y+1))
	c.Label.Resize(fyne.NewSize(s.Width-(x-pos.X)-chipPad, s.Height-2))
	c.Label.Show()
	c.Label.Refresh()
}

func shapeSides(s ChipShape) (uint, float32) {
	switch s {
	case ShapeSquare:
		return 4, 45
	case shapeCircle:
		return 24, 0
	case shapeTriangle:
		return 3, 0
	}
	return 4, 0
}

// ThemeColor is a shortcut for the current theme's colour.
func ThemeColor(n fyne.ThemeColorName) color.Color {
	return theme.Current().Color(n, fyne.CurrentApp().Settings().ThemeVariant())
}
