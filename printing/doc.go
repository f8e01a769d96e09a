// Package printing writes Tavlen's paper documents as PDF: the citizen's
// plan ("Min plan", A4 portrait), the week board as an A3 landscape poster
// for the wall, and the minutes of a team meeting (A4).
//
// The package is pure: each Write function takes a plain input struct that
// the caller has filled from storage and writes one PDF to an io.Writer. It
// reads no files, keeps no state between documents except the parsed fonts,
// and never prints internal notes (Citizen.Notes, Citizen.SafetyNote,
// Appointment.Notes, Contact.Notes) on the citizen's plan.
//
// Text is set in the Go fonts (golang.org/x/image/font/gofont), embedded as
// UTF-8 TrueType subsets so æ, ø, å, é and – print on every PDF viewer. See
// GOFONT-LICENSE for their licence. What the Go fonts lack is drawn from two
// embedded fallbacks (fonts/: Hebrew, Arabic and symbols from DejaVu Sans,
// common emoji from Symbola); anything else prints as the stand-in U+FFFD.
// Right-to-left text is shaped and laid out in visual order, and wherever
// the drawing differs from the typed text, the typed text is kept in the
// text layer (ActualText), so search and copy find it. See script.go.
//
// Words and headings come in Danish (the default) and English; see Danish
// and English.
package printing

//go:generate go test . -run TestUpdateDocs -update-docs
