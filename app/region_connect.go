package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
	"strings"
	"tavlen/board"

	"tavlen/app/kit"
)

// Connecting to a region's database instead of a team file: host,
// database, user and team make the address; the password is asked for
// only when the server wants one that pgpass or Kerberos did not give, and
// it stays in memory. The preferences keep the address, never a password.

// regionForm is the "connect to the region's database" form.
type regionForm struct {
	host, database, user, team *kit.Entry
	form                       *widget.Form
}

func (u *UI) newRegionForm() *regionForm {
	f := &regionForm{host: newKeyEntry(u), database: newKeyEntry(u), user: newKeyEntry(u), team: newKeyEntry(u)}
	f.host.SetPlaceHolder(T("region.host.placeholder", "e.g. db1.region.dk,db2.region.dk"))
	f.database.SetText("tavlen")
	f.team.SetPlaceHolder(T("first.team.placeholder", "e.g. FACT team West"))
	f.form = widget.NewForm(
		widget.NewFormItem(T("region.host", "Server"), f.host),
		widget.NewFormItem(T("region.database", "Database"), f.database),
		widget.NewFormItem(T("region.user", "User name"), f.user),
		widget.NewFormItem(T("region.team", "Team"), f.team),
	)
	return f
}

// address is the form's address, or a sentence saying what is missing.
func (f *regionForm) address() (string, string) {
	if f.host.Text == "" || f.database.Text == "" || f.user.Text == "" {
		return "", T("region.missing", "Fill in server, database and user name (region IT gives them to you).")
	}
	return regionAddress(f.host.Text, f.database.Text, f.user.Text, f.team.Text), ""
}

// showConnectRegion asks for the region database's address and connects.
func (u *UI) showConnectRegion() {
	f := u.newRegionForm()
	intro := widget.NewLabel(T("region.intro", "Your team is kept in the region's database. Region IT gives you the server, the database and your user name."))
	intro.Wrapping = fyne.TextWrapWord
	u.showAskDialog(T("region.connect.title", "The region's database"), T("region.connect.button", "Connect"), fyne.NewSize(560, 380),
		func(say func(string), hide func()) {
			addr, problem := f.address()
			say(problem)
			if addr == "" {
				return
			}
			u.connectRegion(addr, func(err error) {
				if err != nil {
					say(regionErrorText(err, f.host.Text))
					return
				}
				hide()
			})
		}, intro, f.form)
}

// connectRegion opens the team at address: first without a password
// (pgpass, Kerberos), then, when the server wants one, with the password
// asked for. done is told the outcome (nil once the team is open); a
// cancelled password dialog tells it nothing.
func (u *UI) connectRegion(address string, done func(error)) {
	s, err := openRegion(address, "", u.cfg.Now)
	switch {
	case err == nil:
		u.useStore(s)
		done(nil)
	case regionLoginRefused(err):
		u.askRegionPassword(address, done)
	default:
		done(err)
	}
}

// askRegionPassword asks for the password of address's user and opens
// the team with it; a wrong one is said in the dialog, which stays.
func (u *UI) askRegionPassword(address string, done func(error)) {
	pw := widget.NewPasswordEntry()
	intro := widget.NewLabel(T("region.password.intro", "The region's database asks for your password. Tavlen does not save it."))
	intro.Wrapping = fyne.TextWrapWord
	try := u.showAskDialog(T("region.password.title", "Password"), T("region.connect.button", "Connect"), fyne.NewSize(480, 260),
		func(say func(string), hide func()) {
			s, err := openRegion(address, pw.Text, u.cfg.Now)
			if err != nil {
				if regionLoginRefused(err) {
					say(T("region.password.wrong", "The database did not accept the user name and password. Try again."))
					return
				}
				hide()
				done(err)
				return
			}
			hide()
			u.useStore(s)
			done(nil)
		}, intro, widget.NewForm(widget.NewFormItem(T("region.password", "Password"), pw)))
	pw.OnSubmitted = func(string) { try() }
	u.win.Canvas().Focus(pw)
}

// regionErrorText says why the region's database could not be opened; a
// server that does not answer is not "the team file" the general sentence
// names, and there is nothing to save again.
func regionErrorText(err error, server string) string {
	if board.ErrorCode(err) == board.EUnavailable {
		return T("region.unreachable", "The region's database on {{.Server}} does not answer. Check the server's name and the network, or ask region IT.",
			map[string]any{"Server": strings.TrimSpace(server)})
	}
	return kit.ErrorText(err)
}
