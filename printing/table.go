package printing

// para is a run of text in a table cell: one style, wrapped to the cell.
type para struct {
	text   string
	style  string  // "", "B" or "I"
	size   float64 // pt; 0 means the table's body size
	color  *rgb    // nil means ink
	strike bool    // struck through: a cancelled appointment
	fill   *rgb    // drawn as a chip on this background
	gap    float64 // space after, mm
}

// cell is the content of one table cell, top to bottom.
type cell []para

// column is one column of a table.
type column struct {
	head  string
	width float64 // mm
	align string  // "L" (default), "C" or "R"
	fill  *rgb    // background of the whole column (today on the board)
}

// table lays out rows that are measured before they are drawn, so no row
// is ever cut by the page edge: a row that does not fit moves to the next
// page under a repeated header, and only a row taller than a whole page
// is split between its lines.
type table struct {
	d      *doc
	title  string // section heading drawn with the first row; "" for none
	cols   []column
	size   float64 // body size, pt
	pad    float64 // inside each cell, mm
	header bool    // draw the column heads, and repeat them on new pages
	grid   bool    // vertical rules between columns
	// flow lets a row of running text break between lines at the page
	// end instead of moving whole to the next page (crisis plan).
	flow    bool
	started bool
}

// Chip geometry, mm.
const (
	chipPadX = 1.0
	chipPadY = 0.5
)

// item is one laid-out line of a cell.
type item struct {
	text  string
	p     *para
	size  float64
	h     float64 // including the chip padding and the gap after the para
	first bool    // first line of its para
	last  bool    // last line of its para
}

func (t *table) x(i int) float64 {
	x := t.d.left
	for _, c := range t.cols[:i] {
		x += c.width
	}
	return x
}

func (t *table) width() float64 {
	var w float64
	for _, c := range t.cols {
		w += c.width
	}
	return w
}

// lay wraps a cell's paras to the column width.
func (t *table) lay(c cell, w float64) []item {
	var out []item
	for i := range c {
		p := &c[i]
		size := p.size
		if size == 0 {
			size = t.size
		}
		inner := w - 2*t.pad
		if p.fill != nil {
			inner -= 2 * chipPadX
		}
		t.d.fonts.set(p.style, size)
		lines := t.d.split(p.text, inner)
		if len(lines) == 0 {
			lines = []string{""}
		}
		for j, s := range lines {
			it := item{text: s, p: p, size: size, h: lineHeight(size), first: j == 0, last: j == len(lines)-1}
			if p.fill != nil && it.first {
				it.h += chipPadY
			}
			if it.last {
				if p.fill != nil {
					it.h += chipPadY
				}
				it.h += p.gap
			}
			out = append(out, it)
		}
	}
	return out
}

func height(items []item) float64 {
	var h float64
	for _, it := range items {
		h += it.h
	}
	return h
}

// begin draws the title and the header once, keeping them on the page of
// the first row (need is that row's height, capped).
func (t *table) begin(need float64) {
	if t.started {
		return
	}
	t.started = true
	titleH := 0.0
	if t.title != "" {
		titleH = lineHeight(t.d.body+4) + 3
	}
	headH := 0.0
	if t.header {
		headH = t.headHeight()
	}
	// Keep the heading with the first row, unless that row is so tall it
	// would not fit under the heading on any page.
	t.d.ensure(titleH + headH + min(need, 0.5*(t.d.limit-t.d.top)))
	if t.title != "" {
		t.d.heading(t.title)
	}
	if t.header {
		t.drawHeader()
	}
}

func (t *table) headCells() []cell {
	cells := make([]cell, len(t.cols))
	for i, c := range t.cols {
		cells[i] = cell{{text: c.head, style: "B"}}
	}
	return cells
}

func (t *table) headHeight() float64 {
	var h float64
	for i, c := range t.headCells() {
		h = max(h, height(t.lay(c, t.cols[i].width)))
	}
	return h + 2*t.pad
}

func (t *table) drawHeader() {
	cells := t.headCells()
	laid := make([][]item, len(cells))
	var h float64
	for i, c := range cells {
		laid[i] = t.lay(c, t.cols[i].width)
		h = max(h, height(laid[i]))
	}
	t.drawChunk(laid, h+2*t.pad, &headFill)
}

// newPage continues the table on a fresh page.
func (t *table) newPage() {
	t.d.newPage()
	if t.header {
		t.drawHeader()
	}
}

// row draws one row, moving it whole to the next page when it does not
// fit, and splitting it between lines only when it is taller than a page.
func (t *table) row(cells ...cell) {
	laid := make([][]item, len(t.cols))
	var h float64
	for i := range t.cols {
		if i < len(cells) {
			laid[i] = t.lay(cells[i], t.cols[i].width)
		}
		h = max(h, height(laid[i]))
	}
	full := h + 2*t.pad
	t.begin(full)
	d := t.d
	if d.pdf.GetY()+full <= d.limit {
		t.drawChunk(laid, full, nil)
		return
	}
	fresh := d.limit - d.top
	if t.header {
		fresh -= t.headHeight()
	}
	fresh -= d.headRoom
	// Running text moves whole when short, like any row, and flows only
	// when it would leave a large gap.
	if full <= fresh && (!t.flow || full <= fresh/3) {
		t.newPage()
		t.drawChunk(laid, full, nil)
		return
	}
	// Taller than a page, or running text: fill each page with as many
	// lines as fit, but start on a new page rather than leave a widow line.
	if d.pdf.GetY()+2*t.pad+3*lineHeight(t.size) > d.limit {
		t.newPage()
	}
	for {
		avail := d.limit - d.pdf.GetY() - 2*t.pad
		chunk := make([][]item, len(laid))
		var ch float64
		left := false
		for i, items := range laid {
			var used float64
			n := 0
			for n < len(items) && used+items[n].h <= avail {
				used += items[n].h
				n++
			}
			chunk[i], laid[i] = items[:n], items[n:]
			ch = max(ch, used)
			if len(laid[i]) > 0 {
				left = true
			}
		}
		if ch > 0 {
			t.drawChunk(chunk, ch+2*t.pad, nil)
		}
		if !left {
			return
		}
		t.newPage()
	}
}

// drawChunk draws laid-out cells as a row of height h at the current y,
// with an optional row background, and moves below it.
func (t *table) drawChunk(laid [][]item, h float64, rowFill *rgb) {
	d := t.d
	pdf := d.pdf
	y := pdf.GetY()
	for i, col := range t.cols {
		f := rowFill
		if f == nil {
			f = col.fill
		}
		if f != nil {
			d.fill(*f)
			pdf.Rect(t.x(i), y, col.width, h, "F")
		}
	}
	for i, col := range t.cols {
		if i < len(laid) {
			t.drawCell(laid[i], t.x(i)+t.pad, y+t.pad, col.width-2*t.pad, col.align)
		}
	}
	d.draw(ruleGrey)
	pdf.SetLineWidth(0.2)
	pdf.Line(d.left, y+h, d.left+t.width(), y+h)
	if t.grid {
		for i := 1; i < len(t.cols); i++ {
			pdf.Line(t.x(i), y, t.x(i), y+h)
		}
	}
	pdf.SetXY(d.left, y+h)
}

// drawCell draws a cell's lines from (x, y) within width w.
func (t *table) drawCell(items []item, x, y, w float64, align string) {
	d := t.d
	pdf := d.pdf
	if align == "" {
		align = "L"
	}
	for i := 0; i < len(items); {
		// A para's lines, as far as they are in this chunk.
		j := i
		for j < len(items) && items[j].p == items[i].p {
			j++
		}
		p := items[i].p
		ty := y
		if p.fill != nil {
			d.fonts.set(p.style, items[i].size)
			var tw, bh float64
			for _, it := range items[i:j] {
				tw = max(tw, d.width(it.text))
				bh += it.h
			}
			if items[j-1].last {
				bh -= p.gap
			}
			bw := min(tw+2*chipPadX, w)
			bx := alignedX(x, w, bw, align)
			d.fill(*p.fill)
			pdf.RoundedRect(bx, y, bw, bh, 0.8, "1234", "F")
		}
		c := ink
		if p.color != nil {
			c = *p.color
		}
		for _, it := range items[i:j] {
			d.font(p.style, it.size, c)
			lh := lineHeight(it.size)
			if p.fill != nil && it.first {
				ty += chipPadY
			}
			tx, tw := x, w
			if p.fill != nil {
				tx, tw = x+chipPadX, w-2*chipPadX
			}
			pdf.SetXY(tx, ty)
			d.cellText(tw, lh, it.text, 0, align)
			if p.strike && it.text != "" {
				sw := min(d.width(it.text), tw)
				sx := alignedX(tx, tw, sw, align)
				d.draw(c)
				pdf.SetLineWidth(0.25)
				pdf.Line(sx, ty+lh*0.52, sx+sw, ty+lh*0.52)
			}
			ty += it.h
			if p.fill != nil && it.first {
				ty -= chipPadY
			}
		}
		y = ty
		i = j
	}
}

// heading draws a section heading with a rule under it.
func (d *doc) heading(s string) {
	d.space(2)
	size := d.body + 4
	d.font("B", size, ink)
	lh := lineHeight(size)
	d.pdf.SetX(d.left)
	d.cellText(d.contentWidth(), lh, s, 1, "L")
	y := d.pdf.GetY() + 0.5
	d.draw(bandFill)
	d.pdf.SetLineWidth(0.5)
	d.pdf.Line(d.left, y, d.left+d.contentWidth(), y)
	d.pdf.SetY(y + 2.5)
}

// measure returns the height rows would take, with the title and header,
// without drawing them.
func (t *table) measure(rows [][]cell) float64 {
	h := 0.0
	if t.title != "" {
		h += lineHeight(t.d.body+4) + 5
	}
	if t.header {
		h += t.headHeight()
	}
	for _, cells := range rows {
		var rh float64
		for i := range t.cols {
			if i < len(cells) {
				rh = max(rh, height(t.lay(cells[i], t.cols[i].width)))
			}
		}
		h += rh + 2*t.pad
	}
	return h
}

// keepTogether draws rows as one block: on a new page when they do not
// fit on this one but would on an empty one.
func (t *table) keepTogether(rows [][]cell) {
	h := t.measure(rows)
	if t.d.pdf.GetY()+h > t.d.limit && h <= t.d.limit-t.d.top-t.d.headRoom {
		t.d.newPage()
	}
	for _, cells := range rows {
		t.row(cells...)
	}
}

// span draws a row across the whole table width: a group heading.
// It stays with at least keep mm of what follows.
func (t *table) span(c cell, fill *rgb, keep float64) {
	w := t.width()
	items := t.lay(c, w)
	h := height(items) + 2*t.pad
	t.begin(h + keep)
	if t.d.pdf.GetY()+h+keep > t.d.limit {
		t.newPage()
	}
	y := t.d.pdf.GetY()
	if fill != nil {
		t.d.fill(*fill)
		t.d.pdf.Rect(t.d.left, y, w, h, "F")
	}
	t.drawCell(items, t.d.left+t.pad, y+t.pad, w-2*t.pad, "L")
	t.d.pdf.SetXY(t.d.left, y+h)
}
