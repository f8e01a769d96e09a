package app

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"tavlen/app/record"
	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/sqlite"
)

// mergeForm drives one form in the concurrent-edit tests: field A is typed
// in the form (and, for a conflict, also changed by the other PC); field
// B is changed only by the other PC.
type mergeForm struct {
	name string
	// open opens the form on a record and returns how to type into field
	// A and how to press Save (true when the form counts as saved).
	open func(t *testing.T, u *UI) (typeA func(string), save func() bool)
	// otherA and otherB let the other PC save a change of field A or B.
	otherA, otherB func(t *testing.T, db *sqlite.DB, v string)
	// stored reads fields A and B as now stored.
	stored func(t *testing.T, u *UI) (a, b string)
}

// dialogSave presses Save on form dialog d; it counts as saved once the
// dialog closed.
func dialogSave(u *UI, d *formDlg) func() bool {
	return func() bool {
		d.Submit()
		return !slices.Contains(u.dialogs.Open(), d)
	}
}

// citizenWith returns a citizen for whom has says yes.
func citizenWith(t *testing.T, u *UI, has func(c *board.Citizen) bool) *board.Citizen {
	t.Helper()
	cs, err := u.store.FindCitizens(u.ctx, board.CitizenFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if has(c) {
			return c
		}
	}
	t.Fatal("no such citizen in the demo team")
	return nil
}

func mergeForms() []mergeForm {
	ctx := context.Background()
	var goal *board.Goal
	var action *board.Action
	var contact *board.Contact
	var member *board.Member
	var appt *calendar.Appointment
	var crisisCitizen int64
	must := func(t *testing.T, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	return []mergeForm{{
		name: "goal",
		open: func(t *testing.T, u *UI) (func(string), func() bool) {
			c := citizenWith(t, u, func(c *board.Citizen) bool {
				p, _ := u.store.FindPlan(u.ctx, c.ID)
				return p != nil && len(p.Goals) > 0
			})
			u.openCitizen(c.ID)
			r := u.page.(*citizenRecord)
			goal = r.Goals.Goals[0]
			r.Goals.Edit(goal)
			d := u.dialogs.Newest()
			return entriesIn(d.Content)[0].SetText, dialogSave(u, d)
		},
		otherA: func(t *testing.T, db *sqlite.DB, v string) {
			g := *goal
			g.Text = v
			must(t, db.UpdateGoal(ctx, &g))
		},
		otherB: func(t *testing.T, db *sqlite.DB, v string) {
			g := *goal
			g.LifeArea = v
			must(t, db.UpdateGoal(ctx, &g))
		},
		stored: func(t *testing.T, u *UI) (string, string) {
			p, err := u.store.FindPlan(u.ctx, goal.CitizenID)
			must(t, err)
			for _, g := range p.Goals {
				if g.ID == goal.ID {
					return g.Text, g.LifeArea
				}
			}
			t.Fatal("goal gone")
			return "", ""
		},
	}, {
		name: "action",
		open: func(t *testing.T, u *UI) (func(string), func() bool) {
			as, err := u.store.FindActions(u.ctx, board.ActionFilter{OpenOnly: true})
			must(t, err)
			action = as[0]
			u.openCitizen(action.CitizenID)
			u.page.(*citizenRecord).Actions.Edit(action)
			d := u.dialogs.Newest()
			return entriesIn(d.Content)[0].SetText, dialogSave(u, d)
		},
		otherA: func(t *testing.T, db *sqlite.DB, v string) {
			a := *action
			a.Text = v
			must(t, db.UpdateAction(ctx, &a))
		},
		otherB: func(t *testing.T, db *sqlite.DB, v string) {
			a := *action
			a.Due = board.Date{Year: 2027, Month: 1, Day: 5}
			must(t, db.UpdateAction(ctx, &a))
		},
		stored: func(t *testing.T, u *UI) (string, string) {
			as, err := u.store.FindActions(u.ctx, board.ActionFilter{CitizenID: action.CitizenID})
			must(t, err)
			for _, a := range as {
				if a.ID == action.ID {
					b := ""
					if a.Due == (board.Date{Year: 2027, Month: 1, Day: 5}) {
						b = "B"
					}
					return a.Text, b
				}
			}
			t.Fatal("action gone")
			return "", ""
		},
	}, {
		name: "crisis plan",
		open: func(t *testing.T, u *UI) (func(string), func() bool) {
			c := citizenWith(t, u, func(c *board.Citizen) bool {
				p, _ := u.store.FindPlan(u.ctx, c.ID)
				return p != nil && p.Crisis != nil
			})
			crisisCitizen = c.ID
			u.openCitizen(c.ID)
			f := u.page.(*citizenRecord).Crisis
			return f.Signs.SetText, f.Save
		},
		otherA: func(t *testing.T, db *sqlite.DB, v string) {
			p, err := db.FindPlan(ctx, crisisCitizen)
			must(t, err)
			p.Crisis.WarningSigns = v
			must(t, db.SaveCrisisPlan(ctx, p.Crisis))
		},
		otherB: func(t *testing.T, db *sqlite.DB, v string) {
			p, err := db.FindPlan(ctx, crisisCitizen)
			must(t, err)
			p.Crisis.WhatHelps = v
			must(t, db.SaveCrisisPlan(ctx, p.Crisis))
		},
		stored: func(t *testing.T, u *UI) (string, string) {
			p, err := u.store.FindPlan(u.ctx, crisisCitizen)
			must(t, err)
			return p.Crisis.WarningSigns, p.Crisis.WhatHelps
		},
	}, {
		name: "contact",
		open: func(t *testing.T, u *UI) (func(string), func() bool) {
			cs, err := u.store.FindContacts(u.ctx, board.ContactFilter{})
			must(t, err)
			contact = cs[0]
			d := record.EditContact(u.recordEnv(), contact, nil)
			return entriesIn(d.Content)[3].SetText, dialogSave(u, d) // phone
		},
		otherA: func(t *testing.T, db *sqlite.DB, v string) {
			c := *contact
			c.Phone = v
			must(t, db.UpdateContact(ctx, &c))
		},
		otherB: func(t *testing.T, db *sqlite.DB, v string) {
			c := *contact
			c.Notes = v
			must(t, db.UpdateContact(ctx, &c))
		},
		stored: func(t *testing.T, u *UI) (string, string) {
			cs, err := u.store.FindContacts(u.ctx, board.ContactFilter{CitizenID: contact.CitizenID})
			must(t, err)
			for _, c := range cs {
				if c.ID == contact.ID {
					return c.Phone, c.Notes
				}
			}
			t.Fatal("contact gone")
			return "", ""
		},
	}, {
		name: "member",
		open: func(t *testing.T, u *UI) (func(string), func() bool) {
			member = u.members[1]
			d := u.editMember(member, nil)
			return entriesIn(d.Content)[4].SetText, dialogSave(u, d) // phone
		},
		otherA: func(t *testing.T, db *sqlite.DB, v string) {
			m := *member
			m.Phone = v
			must(t, db.UpdateMember(ctx, &m))
		},
		otherB: func(t *testing.T, db *sqlite.DB, v string) {
			m := *member
			m.Role = v
			must(t, db.UpdateMember(ctx, &m))
		},
		stored: func(t *testing.T, u *UI) (string, string) {
			m, err := u.store.FindMemberByID(u.ctx, member.ID)
			must(t, err)
			return m.Phone, m.Role
		},
	}, {
		name: "appointment",
		open: func(t *testing.T, u *UI) (func(string), func() bool) {
			as, err := u.store.FindAppointments(u.ctx, calendar.Filter{From: testNow, To: testNow.Add(14 * 24 * time.Hour)})
			must(t, err)
			for _, a := range as {
				if a.Status == calendar.StatusPlanned && len(a.Participants) > 0 {
					appt = a
					break
				}
			}
			d := u.editAppointment(appt, nil)
			es := entriesIn(d.Content)
			if es[4].Text != appt.Place {
				t.Fatalf("entry 4 is %q, want the place %q", es[4].Text, appt.Place)
			}
			return es[4].SetText, dialogSave(u, d)
		},
		otherA: func(t *testing.T, db *sqlite.DB, v string) {
			a := *appt
			a.Place = v
			must(t, db.UpdateAppointment(ctx, &a))
		},
		otherB: func(t *testing.T, db *sqlite.DB, v string) {
			a := *appt
			a.Notes = v
			must(t, db.UpdateAppointment(ctx, &a))
		},
		stored: func(t *testing.T, u *UI) (string, string) {
			a, err := u.store.FindAppointmentByID(u.ctx, appt.ID)
			must(t, err)
			return a.Place, a.Notes
		},
	}}
}

// Another PC saved a different field of the record being edited: the save
// merges both without a question.
func TestFormsMergeDisjointEdits(t *testing.T) {
	for _, f := range mergeForms() {
		t.Run(f.name, func(t *testing.T) {
			u := newTestUI(t)
			typeA, save := f.open(t, u)
			typeA("mit A")
			f.otherB(t, otherPC(t, u), "deres B")
			if !save() {
				t.Fatalf("not saved: %s", textsIn(u.win.Canvas().Overlays().Top()))
			}
			if d := topOverlay(u); d != nil {
				t.Fatalf("a dialog is open after a disjoint merge:\n%s", textsIn(d))
			}
			a, b := f.stored(t, u)
			if a != "mit A" || (b != "deres B" && b != "B") {
				t.Fatalf("stored A %q B %q, want both changes", a, b)
			}
		})
	}
}

// Another PC saved the same field: the conflict dialog asks; either choice
// ends with the chosen value stored and the form closed or clean.
func TestFormsConflictSameField(t *testing.T) {
	for _, choice := range []string{"Behold deres", "Gem mine ovenpå"} {
		for _, f := range mergeForms() {
			t.Run(f.name+"/"+choice, func(t *testing.T) {
				u := newTestUI(t)
				typeA, save := f.open(t, u)
				typeA("mit A")
				f.otherA(t, otherPC(t, u), "deres A")
				if save() {
					t.Fatal("a conflicting save went through without a question")
				}
				d := topOverlay(u)
				texts := textsIn(d)
				for _, want := range []string{"mit A", "deres A", "Behold deres", "Gem mine ovenpå", "Tilbage til min tekst", "SØ"} {
					if !strings.Contains(texts, want) {
						t.Fatalf("conflict dialog lacks %q:\n%s", want, texts)
					}
				}
				test.Tap(buttonIn(d, choice))
				want := "mit A"
				if choice == "Behold deres" {
					want = "deres A"
				}
				if a, _ := f.stored(t, u); a != want {
					t.Fatalf("stored %q, want %q", a, want)
				}
				if len(u.dialogs.Open()) != 0 {
					t.Fatal("the form stays open after the choice")
				}
				if r, ok := u.page.(*citizenRecord); ok && r.Dirty() {
					t.Fatal("the record still counts as edited after the choice")
				}
			})
		}
	}
}

// "Back to my text" closes only the conflict dialog: the typed text stays
// in the form, unsaved.
func TestFormConflictBackKeepsText(t *testing.T) {
	u := newTestUI(t)
	f := mergeForms()[3] // contact
	typeA, save := f.open(t, u)
	typeA("mit A")
	f.otherA(t, otherPC(t, u), "deres A")
	if save() {
		t.Fatal("saved without a question")
	}
	tap(t, topOverlay(u), "Tilbage til min tekst")
	if len(u.dialogs.Open()) != 1 || entriesIn(u.dialogs.Open()[0].Content)[3].Text != "mit A" {
		t.Fatal("the form or its text is gone")
	}
	if a, _ := f.stored(t, u); a != "deres A" {
		t.Fatalf("stored %q", a)
	}
}

// "Keep theirs" settles only the field both PCs changed: my change of
// another field is saved too (it was thrown away with the rest of my
// edit). The dialog says so, and is tall enough to read.
func TestKeepTheirsKeepsMyOtherFields(t *testing.T) {
	u := newTestUI(t)
	f := mergeForms()[0] // goal: A is the text, B the life area
	typeA, save := f.open(t, u)
	typeA("mit A")
	entriesIn(u.dialogs.Newest().Content)[1].SetText("mit B")
	f.otherA(t, otherPC(t, u), "deres A")
	if save() {
		t.Fatal("a conflicting save went through without a question")
	}
	d := topOverlay(u)
	if texts := textsIn(d); !strings.Contains(texts, "Dine ændringer i de andre felter gemmes") {
		t.Errorf("the dialog does not say my other changes are kept:\n%s", texts)
	}
	if h := d.Size().Height; h < 400 {
		t.Errorf("the conflict dialog is %v high on a %v window", h, u.win.Canvas().Size())
	}
	test.Tap(buttonIn(d, "Behold deres"))
	if a, b := f.stored(t, u); a != "deres A" || b != "mit B" {
		t.Fatalf("stored A %q B %q, want theirs and mine", a, b)
	}
}
