// Package text is Tavlen's one catalogue of words, Danish first and English
// second: the translations of every message, the words for the domain's
// codes (status, sector, kind…), the date formats and the translation of
// errors. The app, meeting mode, printing, the iCal export and the command
// line all take their words from here.
//
// Where keys go: translations/da/*.json and translations/en/*.json, one
// file per area, merged at load (every *.json in a language's folder):
//
//	fyne.json     Fyne's own words ("Cancel", "Save", weekdays of its date picker)
//	labels.json   the domain's codes: status., group., sector., kind., appt.<status>,
//	              action.<status>, attention., freq., section., month., weekdays
//	errors.json   error.<code> and invalid.<rule> (the keys of board.Error and
//	              calendar.ValidationError)
//	app.json      the desktop app's screens
//	meeting.json  meeting mode ("meeting." keys)
//	print.json    printed documents ("doc." keys)
//	history.json  the citizen's History tab ("history." keys)
//	ics.json      what a calendar import could not take ("ics.problem." keys)
//
// A new area gets its own file (history.json, say) in both folders. A key
// may live in one file only, and every key must be in both languages:
// TestEveryKeyInBothLanguages walks the catalogue and the source tree and
// fails otherwise.
package text
