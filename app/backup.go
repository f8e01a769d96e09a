package app

import (
	"context"
	"log"
	"path/filepath"

	"fyne.io/fyne/v2/dialog"

	"tavlen/app/kit"
	"tavlen/board"
)

// The team file is checked when it opens: a damaged file is open read-only
// and the person is offered the newest sound backup; a sound, writable
// file gets its daily backup in the background.

type corruptReporter interface{ Corrupt() bool }

type dailyBackuper interface {
	EnsureDailyBackup(ctx context.Context) (string, error)
}

// checkOpenedFile runs right after a team file opened.
func (u *UI) checkOpenedFile(s Store) {
	if c, ok := s.(corruptReporter); ok && c.Corrupt() {
		u.offerRestore(s.Path())
		return
	}
	b, ok := s.(dailyBackuper)
	if !ok || s.ReadOnly() {
		return
	}
	u.bg.Add(1) // closeStore waits for it
	go func() {
		defer u.bg.Done()
		if _, err := b.EnsureDailyBackup(u.ctx); err != nil {
			// The code only: the path may name a person's folder.
			log.Printf("tavlen: daily backup failed (%s)", board.ErrorCode(err))
		}
	}()
}

// offerRestore asks whether to put the newest sound backup in place of a
// damaged team file. Saying no keeps the file open read-only.
func (u *UI) offerRestore(path string) {
	msg := T("backup.corrupt.body", "The team file failed its integrity check, so it is open read-only: nothing can be saved. Tavlen can put the newest sound backup in its place; the damaged file is kept beside it.")
	dialog.ShowConfirm(T("backup.corrupt.title", "The team file is damaged"), msg, func(restore bool) {
		if restore {
			u.restoreBackup(path)
		}
	}, u.win)
}

func (u *UI) restoreBackup(path string) {
	u.closeStore()
	backup, err := restoreLatestBackup(path)
	if err != nil {
		// Reopen what there is, read-only, and say why.
		u.openPath(path)
		dialog.ShowInformation(T("backup.restore_failed.title", "No backup restored"),
			T("backup.restore_failed.body", "No sound backup could be restored:")+" "+kit.ErrorText(err), u.win)
		return
	}
	u.openPath(path)
	dialog.ShowInformation(T("backup.restored.title", "Backup restored"),
		T("backup.restored.body", "The team file was restored from {{.Name}}. Changes made after that backup are missing: check the newest entries.", map[string]any{"Name": filepath.Base(backup)}), u.win)
}
