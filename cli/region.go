package cli

import (
	"context"
	"fmt"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/opener"
	"tavlen/storage/postgres"
)

// What the command line does differently for a team in a region database.

// errRegionBackup: a region database is backed up by its server's tools.
var errRegionBackup = board.Errorf(board.EInvalid, "A region database is backed up by region IT with PostgreSQL's own tools (pg_dump, base backups with WAL archiving; see docs/region.md), not by tavle backup")

// checkRegion prints the check of a team in a region database.
func checkRegion(ctx context.Context, env *Env, s opener.Store) error {
	db, ok := s.(*postgres.DB)
	if !ok {
		return board.Errorf(board.EInvalid, "This store cannot be checked")
	}
	rep, err := db.Check(ctx)
	if err != nil {
		return err
	}
	printCounts(env.Stdout, rep.SchemaVersion, rep.Counts)
	fmt.Fprintf(env.Stdout, "history: %s\n", oneLine(rep.History))
	if !rep.OK {
		fmt.Fprintln(env.Stderr, "tavle: the team's history in the region database was altered; ask region IT to compare it with the backups.")
		return errExit1
	}
	return nil
}

// chunkedImporter is a store that saves an import in short chunks, all or
// nothing (the team file).
type chunkedImporter interface {
	ImportAppointments(ctx context.Context, create, update []*calendar.Appointment, progress func(done, total int)) (int, error)
}

// importAppointments saves an import all or nothing: in chunks where the
// store offers them, else in one batch.
func importAppointments(ctx context.Context, s opener.Store, create, update []*calendar.Appointment) error {
	if im, ok := s.(chunkedImporter); ok {
		_, err := im.ImportAppointments(ctx, create, update, nil)
		return err
	}
	return s.Batch(ctx, func(ctx context.Context) error {
		for _, a := range create {
			if err := s.CreateAppointment(ctx, a); err != nil {
				return err
			}
		}
		for _, a := range update {
			if err := s.UpdateAppointment(ctx, a); err != nil {
				return err
			}
		}
		return nil
	})
}
