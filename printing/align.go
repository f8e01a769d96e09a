package printing

// alignedX is where a piece width wide starts in a box at x, boxWidth
// wide, aligned as a cell is: "C" centred, "R" right, else left.
func alignedX(x, boxWidth, width float64, align string) float64 {
	switch align {
	case "C":
		return x + (boxWidth-width)/2
	case "R":
		return x + boxWidth - width
	}
	return x
}
