// Package kit holds the app's reusable pieces that know no screen of it:
// the theme and its colours, chips and board cells, the tooltip over a
// cell, the entry that passes the window's keys on, the date field, form
// and field helpers, dialog sizing, and the words (T, labels, dates,
// error sentences) in the language the user chose, from package text.
// It may import the domain and package text, never tavlen/app or a
// screen: the screens (app/record, app/meeting) and the shell build on it.
package kit
