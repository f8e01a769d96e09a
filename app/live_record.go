package app

import (
	"context"
	"strings"

	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// changedElsewhere tells the open record that other PCs saved: the record
// says who and when at once. The shown data is read again only when no
// form holds typed text; a form being edited is never touched (its save
// merges with theirs).
func (r *citizenRecord) changedElsewhere(changes []board.Change) {
	var last *board.Change
	for i := range changes {
		c := &changes[i]
		if (c.CitizenID == r.c.ID || c.ReloadsAll()) && (r.u.me == nil || c.By != r.u.me.Initials) {
			last = c
		}
	}
	if last == nil {
		return
	}
	by := last.By
	if by == "" {
		by = T("live.another_pc", "another PC")
	}
	r.liveNote.SetText(T("live.changed_by", "Changed by {{.By}} at {{.At}}",
		map[string]any{"By": by, "At": last.At.In(r.u.now().Location()).Format("15:04")}))
	r.liveNote.Show()
	if r.dirty() {
		return
	}
	r.reloadAll()
}

// reloadAll reads the open record and the tab showing again from the
// file.
func (r *citizenRecord) reloadAll() {
	if err := r.reloadCitizen(); err != nil {
		return
	}
	r.overview.load(r.c)
	r.notes.Reload()
	switch r.tabs.SelectedIndex() {
	case tabHistory:
		r.history.Reload()
	case tabAppointments:
		r.appts.reload()
	case tabGoals:
		r.goals.reload()
	case tabActions:
		r.actions.reload()
	}
}

// saveMerged saves the overview form's citizen. Another PC's save of
// other fields in the meantime is merged without a question; the same
// field opens the conflict dialog. When the file cannot be reached or is
// busy, the edit is kept on this PC and saved when it can be. It reports
// whether the form may count as saved.
func (f *overviewForm) saveMerged(mine *board.Citizen) bool {
	u := f.r.u
	base := f.r.c
	res, err := saving.Update(u.ctx, u.keeper(), outbox.KindCitizen, base, mine,
		func(ctx context.Context) (*board.Citizen, error) { return u.store.FindCitizenByID(ctx, base.ID) },
		u.store.UpdateCitizen)
	switch code := board.ErrorCode(err); {
	case err == nil && res.Kept:
		f.problem.Importance = widget.WarningImportance
		kit.SetProblem(f.problem, keptText())
		f.r.c = mine
		f.load(mine)
		return true
	case err == nil:
		kit.SetProblem(f.problem, "")
		if res.AutoMerged && res.Theirs != nil {
			f.problem.Importance = widget.SuccessImportance
			kit.SetProblem(f.problem, T("live.merged", "Saved together with the changes {{.By}} made meanwhile.",
				map[string]any{"By": res.Theirs.UpdatedBy}))
		}
		f.saved(res.Saved)
		return true
	case code == board.EConflict && len(res.Conflicts) > 0:
		u.showConflict(base, mine, res.Theirs, res.Conflicts,
			func(c *board.Citizen) { kit.SetProblem(f.problem, ""); f.saved(c) })
		return false
	}
	f.problem.Importance = widget.DangerImportance
	kit.SetProblem(f.problem, kit.ProblemText(err))
	if board.ErrorCode(err) == board.EConflict {
		f.reloadBtn.Show()
	}
	if board.ErrorCode(err) == board.EReadOnly && u.live != nil {
		u.live.show()
	}
	return false
}

// saved shows c, now stored, in the form and the record.
func (f *overviewForm) saved(c *board.Citizen) {
	f.reloadBtn.Hide()
	if err := f.r.reloadCitizen(); err != nil {
		f.r.c = c
	}
	f.load(f.r.c)
}

// citizenField names and shows a field of board.Citizen in the conflict
// dialog.
func citizenField(u *UI, field string) conflictField[*board.Citizen] {
	return conflictField[*board.Citizen]{Label: citizenFieldLabel(field),
		Text: func(c *board.Citizen) string { return citizenFieldText(u, c, field) }}
}

// citizenFieldLabel names a field of board.Citizen as the form does.
func citizenFieldLabel(field string) string {
	switch field {
	case "Name":
		return T("citizen.name", "Name")
	case "PreferredName":
		return T("citizen.preferred", "Likes to be called")
	case "Phone":
		return T("citizen.phone", "Phone")
	case "Address":
		return T("citizen.address", "Address")
	case "Status":
		return T("citizen.status", "Status")
	case "OnBoard":
		return T("live.field.on_board", "On the board")
	case "BoardReason":
		return T("citizen.reason", "Why on the board")
	case "BoardSince":
		return T("citizen.since", "On the board since")
	case "ReviewDate":
		return T("citizen.review", "Review date")
	case "Responsible":
		return T("citizen.section.responsible", "Responsible members")
	case "Consent":
		return T("citizen.section.consent", "Consent to share across sectors")
	case "SafetyNote":
		return T("citizen.safety", "Safety note for visits")
	case "Notes":
		return T("citizen.notes", "Internal notes")
	case "ReferredBy":
		return T("citizen.referred_by", "Referred by")
	case "ReferredOn":
		return T("citizen.referred_on", "Referred on")
	}
	return field
}

// citizenFieldText shows one field's value as the person reads it.
func citizenFieldText(u *UI, c *board.Citizen, field string) string {
	switch field {
	case "Name", "PreferredName", "Phone", "Address", "OnBoard", "BoardReason", "BoardSince",
		"ReviewDate", "SafetyNote", "Notes", "ReferredBy", "ReferredOn":
		return fieldString(c, field) // text, yes/no or a Danish date, as any plain field
	case "Status":
		return kit.StatusLabel(c.Status)
	case "Responsible":
		var in []string
		for _, r := range c.Responsible {
			if m := u.byID[r.MemberID]; m != nil {
				in = append(in, m.Initials)
			}
		}
		return strings.Join(in, ", ")
	case "Consent":
		s := kit.FmtDate(c.Consent.GivenOn) + " " + c.Consent.Scope
		if c.Consent.Withdrawn {
			s += " · " + T("citizen.consent_withdrawn", "Consent withdrawn") + " " + kit.FmtDate(c.Consent.WithdrawnOn)
		}
		return strings.TrimSpace(s)
	}
	return ""
}
