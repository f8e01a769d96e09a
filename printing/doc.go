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
// GOFONT-LICENSE for their licence.
//
// Words and headings come in Danish (the default) and English; see Danish
// and English.
package printing

//go:generate go test . -run TestUpdateDocs -update-docs
