package kit

import (
	"strconv"

	"fyne.io/fyne/v2"
)

// chipPlace is where one chip of a cell goes.
type chipPlace struct {
	Spec ChipSpec
	pos  fyne.Position
	size fyne.Size
	cut  bool // the chip is narrower than its text
}

// PlaceChips flows chips left to right from (left, y), wrapping within
// width, and stops at the cell's height. Chips that do not fit are never
// dropped silently: the last place shows "+N" instead, coloured as the
// most urgent chip it stands for, and more says how many it hides.
func PlaceChips(chips []ChipSpec, left, width, y, height, ts float32) (places []chipPlace, more int) {
	places, n := flowChips(chips, left, width, y, height, ts)
	if n == len(chips) {
		return places, 0
	}
	// Give up chips from the end until "+N" fits after the rest.
	for keep := n; keep >= 0; keep-- {
		hidden := chips[keep:]
		shown := append(append([]ChipSpec(nil), chips[:keep]...), moreChip(hidden))
		if p, m := flowChips(shown, left, width, y, height, ts); m == len(shown) {
			return p, len(hidden)
		}
	}
	// Not even "+N" fits: show it cut rather than nothing.
	p, _ := flowChips([]ChipSpec{moreChip(chips)}, left, width, y, height+ts*2, ts)
	return p, len(chips)
}

// flowChips places as many chips as fit and says how many that is.
func flowChips(chips []ChipSpec, left, width, y, height, ts float32) ([]chipPlace, int) {
	var out []chipPlace
	x := left
	lineH := float32(0)
	for i, ch := range chips {
		sz := ChipSize(ch, ts)
		if x > left && x+sz.Width > left+width {
			x = left
			y += lineH + 2
			lineH = 0
		}
		if y+sz.Height > height {
			return out, i
		}
		cut := false
		if sz.Width > width {
			sz.Width = width
			cut = true
		}
		out = append(out, chipPlace{Spec: ch, pos: fyne.NewPos(x, y), size: sz, cut: cut})
		x += sz.Width + 3
		if sz.Height > lineH {
			lineH = sz.Height
		}
	}
	return out, len(chips)
}

// moreChip stands for the chips that did not fit: "+2", red when one of
// them is a warning.
func moreChip(hidden []ChipSpec) ChipSpec {
	c := ChipSpec{Text: "+" + strconv.Itoa(len(hidden)), Fill: ColMuted}
	for _, h := range hidden {
		if h.Fill == ColAlert || h.Fill == ColWarn || h.Alert {
			c.Fill = ColAlert
		}
	}
	return c
}

// longText is the chip's name in a tooltip: its long form when it has one.
func (c ChipSpec) longText() string {
	if c.Full != "" {
		return c.Full
	}
	return c.Text
}
