// Package meeting is Tavlen's meeting mode: the weekly one-hour team
// meeting on the shared screen. The facilitator sets up today's agenda,
// walks through it one citizen at a time on a large-type presentation,
// captures notes, decisions, actions and appointments as the team talks,
// and ends with minutes. Every step is saved to the team file at once, so
// other PCs see it and a meeting cut short by a crash resumes.
//
// The package never imports the cgo driver nor the app package; the app
// calls Open and MeetingsList.
package meeting

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/calendar"
)

// Config is what the app passes to Open.
type Config struct {
	Me   int64            // member ID of this PC's user: the facilitator
	Now  func() time.Time // nil = time.Now
	Lang string           // "da", "en", or "" for the system locale

	// Screens forces one or two screens; 0 asks the driver whether a
	// second monitor is attached.
	Screens int
	// ErrorText turns an error into a sentence; nil uses meeting mode's
	// own short sentences. The app passes its errorText.
	ErrorText func(error) string
	// PrintMinutes writes and opens the minutes as PDF; nil hides the
	// "Print minutes" button. The app wires it to printing.WriteMinutes.
	PrintMinutes func(m *board.Meeting) error
	// PrintPlan writes and opens a citizen's plan as PDF; nil hides the
	// "Print plan" button of the capture panel.
	PrintPlan func(citizenID int64) error
	// OnClosed runs after the facilitator window closed, ended or not, so
	// the app can tell whether a meeting is still running.
	OnClosed func()
}

// saveDelay is how long typing in the capture fields may pause before
// the text is saved.
const saveDelay = time.Second

// view is meeting mode on screen: one facilitator window and, with a
// second monitor, the presentation window on the wall screen.
type view struct {
	a     fyne.App
	s     Store
	cfg   Config
	onEnd func(*board.Meeting)
	ctx   context.Context

	win  fyne.Window // the facilitator's window (the only one on one screen)
	wall fyne.Window // the presentation on the second screen, or nil
	two  bool        // two screens

	plan *planning
	x    *session
	card *card

	pres     *presentation
	facClock *clockView // the facilitator's clock with two screens
	cap      *capture
	agenda   *agendaPanel
	status   *widget.Label
	// statusErr: the status line shows an error, which a save that works
	// or a move to another item clears (status.go).
	statusErr bool

	present presentState // the citizen takes part (present.go)

	dirty     bool   // typed text not saved yet
	errOpen   string // the text of the error dialog on screen, "" when none
	saveTimer *time.Timer
	stopTick  chan struct{}
	ended     bool
}

// Open starts (or resumes, if a running Meeting exists in the file) the
// meeting mode in a new window of a; onEnd is called after the minutes are
// saved.
func Open(a fyne.App, s Store, cfg Config, onEnd func(*board.Meeting)) fyne.Window {
	v := open(a, s, cfg, onEnd)
	v.startTicker()
	return v.win
}

// open builds the view without the one-second ticker (tests tick by hand).
func open(a fyne.App, s Store, cfg Config, onEnd func(*board.Meeting)) *view {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	_ = AddTranslations(cfg.Lang) // without them the English fallbacks show
	v := &view{a: a, s: s, cfg: cfg, onEnd: onEnd, ctx: context.Background(), status: widget.NewLabel("")}
	v.status.Wrapping = fyne.TextWrapWord // a refusal or warning is read in full
	v.win = a.NewWindow(T("meeting.title", "Team meeting"))
	v.win.Resize(fyne.NewSize(1280, 720)) // a laptop's screen; larger screens maximise it
	v.two = cfg.Screens == 2 || (cfg.Screens == 0 && hasSecondScreen(a))
	v.win.SetOnClosed(v.closed)
	v.setKeys(v.win.Canvas())

	plan, err := loadPlanning(v.ctx, s, v.now())
	if err != nil {
		v.win.SetContent(widget.NewLabel(v.errorText(err)))
		v.win.Show()
		return v
	}
	v.plan = plan
	running, err := findRunning(v.ctx, s)
	switch {
	case err != nil:
		v.win.SetContent(widget.NewLabel(v.errorText(err)))
	case running != nil:
		v.plan.addNames(v.ctx, s, running.Items)
		v.x = resumeSession(v.ctx, s, v.now, v.plan, running)
		v.present = resumedPresent(v.x)
		v.showMeeting()
	default:
		v.showSetup()
	}
	v.win.Show()
	return v
}

func (v *view) now() time.Time { return v.cfg.Now().In(calendar.Copenhagen) }

// hasSecondScreen asks a desktop driver whether a second monitor is there.
func hasSecondScreen(a fyne.App) bool {
	d, ok := a.Driver().(desktop.Driver)
	return ok && d.HasSecondaryDisplay()
}

func (v *view) errorText(err error) string {
	if v.cfg.ErrorText != nil {
		return v.cfg.ErrorText(err)
	}
	return errorText(err)
}

// showError tells the facilitator what went wrong; then runs after.
// The same error is not shown twice over: while its dialog is open, a
// repeat only updates the status line. When the dialog closes the typing
// goes back to the field it came from.
func (v *view) showError(err error, after func()) {
	msg := v.errorText(err)
	v.sayError(msg)
	if after == nil && msg == v.errOpen {
		return
	}
	v.errOpen = msg
	d := dialog.NewInformation(T("meeting.error.title", "Not saved"), msg, v.win)
	d.SetOnClosed(func() {
		v.errOpen = ""
		if after != nil {
			after()
			return
		}
		v.refocus()
	})
	d.Show()
}

// dialogOpen reports whether a dialog is open on the facilitator's
// window: the one-key shortcuts then do nothing, so typing meant for a
// field neither stacks dialogs nor opens forms.
func (v *view) dialogOpen() bool { return v.win.Canvas().Overlays().Top() != nil }

// refocus gives the focus back to the capture field last typed in, after
// a dialog closed: a button or dialog took it, and the next letters
// typed belong in the field, not to the shortcuts.
func (v *view) refocus() {
	if v.cap == nil || v.ended {
		return
	}
	if e := v.cap.typedIn; e != nil && e.Visible() && !e.Disabled() {
		v.win.Canvas().Focus(e)
	}
}

// fail shows an error from a step of the meeting.
func (v *view) fail(err error) bool {
	if err == nil {
		return false
	}
	v.showError(err, nil)
	return true
}

// showMeeting lays the meeting out on one or two screens and shows the
// current citizen.
func (v *view) showMeeting() {
	v.pres = newPresentation()
	v.cap = newCapture(v)
	v.agenda = newAgendaPanel(v)
	v.win.SetTitle(T("meeting.title", "Team meeting"))
	if v.two {
		v.facClock = newClockView(false)
		v.agenda.live = true
		v.wall = v.a.NewWindow(T("meeting.presentation", "Team meeting – presentation"))
		v.wall.SetContent(v.pres.content)
		v.wall.SetPadded(false)
		v.setKeys(v.wall.Canvas())
		if dw, ok := v.wall.(desktop.Window); ok {
			dw.RequestFullScreenSecondary()
		} else {
			v.wall.SetFullScreen(true)
		}
		v.wall.Show()
		v.win.SetContent(container.NewBorder(nil, v.status, nil, nil,
			container.NewHSplit(v.agenda.content, container.NewBorder(v.facClock.content, nil, nil, nil, v.cap.content))))
	} else {
		v.win.SetContent(container.NewBorder(nil, nil, nil, nil,
			container.New(&stripLayout{width: 520, frac: 0.3}, v.pres.content,
				container.NewBorder(nil, v.status, nil, nil, v.cap.content))))
		v.win.SetPadded(false)
		v.win.SetFullScreen(true)
	}
	v.refresh()
}

// citizen returns the citizen on screen, or nil.
func (v *view) citizen() *board.Citizen {
	if v.card == nil {
		return nil
	}
	return v.card.Citizen
}

// refresh reads the current citizen's card and redraws every part.
func (v *view) refresh() {
	if v.x == nil {
		return
	}
	v.card = nil
	if _, cid := v.x.current(); cid != 0 {
		cd, err := loadCard(v.ctx, v.s, v.plan, cid, v.x.meeting().ID, v.now())
		if err != nil {
			v.fail(err)
		} else {
			v.card = cd
			v.x.logShown(cid)
		}
	}
	v.pres.mode = v.present
	v.pres.show(v.card, v.x)
	v.cap.show()
	v.agenda.refresh()
	v.tick()
}

// tick redraws the clocks; it runs once a second on the UI goroutine.
func (v *view) tick() {
	if v.x == nil || v.ended {
		return
	}
	now := v.now()
	v.pres.clock.update(v.x, now)
	if v.facClock != nil {
		v.facClock.update(v.x, now)
	}
}

func (v *view) startTicker() {
	v.stopTick = make(chan struct{})
	go func(stop chan struct{}) {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				fyne.Do(v.tick)
			}
		}
	}(v.stopTick)
}

// closed runs when the facilitator window closes: unsaved text is saved
// and the meeting stays running in the file, to be resumed.
func (v *view) closed() {
	v.flush()
	if v.stopTick != nil {
		close(v.stopTick)
		v.stopTick = nil
	}
	if v.saveTimer != nil {
		v.saveTimer.Stop()
	}
	if v.wall != nil {
		v.wall.Close()
		v.wall = nil
	}
	if v.cfg.OnClosed != nil {
		v.cfg.OnClosed()
	}
}

// printPlan prints the plan of the citizen on screen.
func (v *view) printPlan() {
	if c := v.citizen(); c != nil && v.cfg.PrintPlan != nil {
		if err := v.cfg.PrintPlan(c.ID); err != nil {
			v.showError(err, nil)
		}
	}
}

// textChanged keeps typed notes and saves them after a pause.
func (v *view) textChanged(notes, decisions string) {
	if v.x == nil || !v.x.setText(notes, decisions) {
		return
	}
	if it, _ := v.x.current(); it != nil && v.cap != nil {
		v.cap.showDiscussed(it) // a note or decision makes the citizen discussed
	}
	v.dirty = true
	if v.saveTimer != nil {
		v.saveTimer.Stop()
	}
	v.saveTimer = time.AfterFunc(saveDelay, func() { fyne.Do(v.flush) })
}

// flush saves typed text not saved yet.
func (v *view) flush() {
	if !v.dirty || v.x == nil {
		return
	}
	if err := v.x.save(); err != nil {
		v.sayError(v.errorText(err)) // still dirty: the next save or closing tries again
		return
	}
	v.dirty = false
	v.say(T("meeting.saved", "Saved {{.At}}", map[string]any{"At": v.now().Format("15:04:05")}))
}

// step runs a move of the meeting, which saves by itself, and redraws.
func (v *view) step(fn func() error) {
	if v.x == nil || v.ended {
		return
	}
	if v.saveTimer != nil {
		v.saveTimer.Stop() // the step saves the typed text too
	}
	dirty := v.dirty
	v.dirty = false
	v.clearError() // a step saves, or says why not
	// A panic in a step keeps the typed text and says so.
	if v.fail(saving.Recover(fn)) {
		v.dirty = dirty // the step was undone: its text is still to save
		return
	}
	v.refresh()
}

// next, prev and goTo are the buttons' moves: while the citizen takes
// part they ask before leaving the citizen's view.
func (v *view) next() { v.guardPresent(false, v.moveNext) }

func (v *view) prev() { v.guardPresent(false, v.movePrev) }

func (v *view) goTo(i int) { v.guardPresent(false, func() { v.moveTo(i) }) }

func (v *view) moveNext() {
	v.step(func() error {
		more, err := v.x.next()
		if err == nil && !more {
			v.say(T("meeting.at_end", "That was the last citizen. End the meeting when you are ready."))
		}
		return err
	})
}

func (v *view) movePrev() { v.step(v.x.prev) }

func (v *view) moveTo(i int) { v.step(func() error { return v.x.goTo(i) }) }

// setKeys binds the meeting's keys on a canvas: Space/→ next, ← previous,
// N new action, A new appointment, Esc leaves the presentation.
func (v *view) setKeys(c fyne.Canvas) {
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { v.key(ev.Name) })
	c.SetOnTypedRune(func(r rune) { v.rune(r) })
}

func (v *view) key(k fyne.KeyName) {
	if v.dialogOpen() && k != fyne.KeyEscape {
		return
	}
	switch k {
	case fyne.KeySpace, fyne.KeyRight:
		v.guardPresent(true, v.moveNext)
	case fyne.KeyLeft:
		v.guardPresent(true, v.movePrev)
	case fyne.KeyEscape:
		v.leavePresentation()
	}
}

func (v *view) rune(r rune) {
	if v.dialogOpen() {
		return
	}
	switch r {
	case 'n', 'N':
		v.newAction()
	case 'a', 'A':
		v.newAppointment()
	case 'd', 'D':
		v.toggleDiscussed()
	}
}

// leavePresentation leaves full screen; with two screens the wall window
// closes and the facilitator window carries on.
func (v *view) leavePresentation() {
	if v.wall != nil {
		v.wall.Close()
		v.wall = nil
		return
	}
	v.win.SetFullScreen(false)
}

// end ends the meeting, saves the minutes and shows them.
func (v *view) end() {
	if v.x == nil || v.ended {
		return
	}
	if v.saveTimer != nil {
		v.saveTimer.Stop()
	}
	if v.fail(v.x.end()) {
		return
	}
	v.ended = true
	v.dirty = false
	v.present = presentState{}
	if v.wall != nil {
		v.wall.Close()
		v.wall = nil
	}
	v.win.SetFullScreen(false)
	v.win.SetPadded(true)
	m := v.x.meeting()
	v.win.SetContent(minutesScreen(v.ctx, v.s, v.cfg, m, func() { v.win.Close() }))
	if v.onEnd != nil {
		v.onEnd(m)
	}
}

// confirmEnd asks before ending the meeting.
func (v *view) confirmEnd() {
	dialog.ShowConfirm(T("meeting.end", "End meeting"),
		T("meeting.end_confirm", "End the meeting and save the minutes?"),
		func(ok bool) {
			if ok {
				v.end()
				return
			}
			v.refocus()
		}, v.win)
}
