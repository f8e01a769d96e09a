package printing

import "tavlen/board"

// recovered turns a panic while making a document into an error, so a
// character or layout fpdf cannot handle never takes the app down. The
// message names no text from the document: it may be personal data.
func recovered(err *error) {
	if r := recover(); r != nil {
		*err = board.Errorf(board.EInternal, "The document could not be made (an internal error in the PDF writer).")
	}
}
