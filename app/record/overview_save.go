package record

import (
	"context"

	"fyne.io/fyne/v2/widget"

	"tavlen/app/dialog"
	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// saveMerged saves the overview form's citizen through the one save path
// (package saving) like every form. Another PC's save of other fields in
// the meantime is merged without a question; the same field opens the
// conflict dialog. When the file cannot be reached or is busy, the edit is
// kept on this PC and saved when it can be. It reports whether the form
// may count as saved.
func (f *Overview) saveMerged(mine *board.Citizen) bool {
	env := f.p.env
	base := f.p.C
	res, err := saving.Update(env.Ctx, env.Keeper, outbox.KindCitizen, base, mine,
		func(ctx context.Context) (*board.Citizen, error) { return env.Store().FindCitizenByID(ctx, base.ID) },
		env.Store().UpdateCitizen)
	switch code := board.ErrorCode(err); {
	case err == nil && res.Kept:
		f.Problem.Importance = widget.WarningImportance
		kit.SetProblem(f.Problem, dialog.KeptText())
		f.p.C = mine
		f.Load(mine)
		return true
	case err == nil:
		kit.SetProblem(f.Problem, "")
		if res.AutoMerged && res.Theirs != nil {
			f.Problem.Importance = widget.SuccessImportance
			kit.SetProblem(f.Problem, dialog.MergedText(res.Theirs.UpdatedBy))
		}
		f.saved(res.Saved)
		return true
	case code == board.EConflict && len(res.Conflicts) > 0:
		kit.SetProblem(f.Problem, "") // the form passed its checks; only the conflict is left
		ShowCitizenConflict(env, base, mine, res.Theirs, res.Conflicts,
			func(c *board.Citizen) { kit.SetProblem(f.Problem, ""); f.saved(c) })
		return false
	}
	f.Problem.Importance = widget.DangerImportance
	kit.SetProblem(f.Problem, kit.ProblemText(err))
	if board.ErrorCode(err) == board.EConflict {
		f.ReloadBtn.Show()
	}
	if board.ErrorCode(err) == board.EReadOnly && env.Screens.ReadOnlyMet != nil {
		env.Screens.ReadOnlyMet()
	}
	return false
}

// saved shows c, now stored, in the form and the record.
func (f *Overview) saved(c *board.Citizen) {
	f.ReloadBtn.Hide()
	if err := f.p.ReloadCitizen(); err != nil {
		f.p.C = c
	}
	f.Load(f.p.C)
	f.p.SavedOnTop() // live.go
}

// ShowCitizenConflict is the conflict dialog for a citizen: the overview
// form's, and the shell's for kept edits replayed from the outbox.
func ShowCitizenConflict(env Env, base, mine, theirs *board.Citizen, conflicts []string, done func(*board.Citizen)) {
	dialog.ShowConflict(env.saver(), dialog.Edit[*board.Citizen]{Kind: outbox.KindCitizen, Base: base, Mine: mine, Save: env.Store().UpdateCitizen,
		Fields: func(field string) dialog.Field[*board.Citizen] { return CitizenField(env.Member, field) },
		Intro: T("live.conflict.intro", "{{.By}} saved this citizen while you were editing, and changed some of the same fields (in bold). Nothing is lost yet: choose which version to keep.",
			map[string]any{"By": theirs.UpdatedBy})}, theirs, conflicts, done)
}
