package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"tavlen/app/kit"
	"tavlen/app/record"
	"tavlen/board"
)

// citizenRecord is the open citizen record (package record) as a page of
// the shell.
type citizenRecord struct {
	*record.Page
	// closed runs after the record closed (nil: nothing), so the screen
	// that opened it reads again what was written there.
	closed func()
}

// openCitizen shows the record of citizen id over the board and logs the
// access in the history.
func (u *UI) openCitizen(id int64) {
	r, err := u.newCitizenRecord(id)
	if err != nil {
		kit.ShowError(u.win, err)
		return
	}
	u.push(r)
	r.FocusFirst()
}

func (u *UI) newCitizenRecord(id int64) (*citizenRecord, error) {
	p, err := record.Open(u.recordEnv(), id, u.attentionOf(id))
	if err != nil {
		return nil, err
	}
	// Reading a record is logged. The write waits for the disk (fsync),
	// so it runs beside the screen instead of before it; Close waits for
	// it. A read-only file cannot log, and that must not keep anyone from
	// reading.
	if !u.readOnly() {
		s := u.store
		u.bg.Add(1)
		go func() {
			defer u.bg.Done()
			_ = s.LogAccess(u.ctx, id, board.AuditView, "record opened")
		}()
	}
	return &citizenRecord{Page: p}, nil
}

// attentionOf returns the board's attention markers for citizen id, as
// the loaded week board has them.
func (u *UI) attentionOf(id int64) []board.Attention {
	if u.board == nil || u.board.wb == nil {
		return nil
	}
	for _, row := range u.board.wb.Rows {
		if row.Citizen.ID == id {
			return row.Attention
		}
	}
	return nil
}

func (r *citizenRecord) content() fyne.CanvasObject { return r.Root }

func (r *citizenRecord) close(done func()) {
	r.Close(func() {
		done()
		if r.closed != nil {
			r.closed()
		}
	})
}

// openCitizenOnTab shows the record of citizen id on tab (record.TabGoals…);
// closed runs once the record is closed again.
func (u *UI) openCitizenOnTab(id int64, tab int, closed func()) {
	r, err := u.newCitizenRecord(id)
	if err != nil {
		kit.ShowError(u.win, err)
		return
	}
	r.closed = closed
	u.push(r)
	r.ShowTab(tab)
}

func (r *citizenRecord) shortcut(s *desktop.CustomShortcut) bool {
	switch {
	case sameShortcut(s, keySave):
		r.Save()
		return true
	case sameShortcut(s, keyAdd), sameShortcut(s, keyAddKP):
		return r.AddNote()
	}
	return false
}
