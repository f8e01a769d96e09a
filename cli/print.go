package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strconv"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/printing"
)

func runPrint(env *Env, args []string) error {
	if len(args) == 0 {
		return errUsage
	}
	kind, args := args[0], args[1:]
	fl := newFlags("print " + kind)
	out := fl.String("o", "", "output PDF")
	citizen := fl.Int64("citizen", 0, "citizen ID")
	weekText := fl.String("week", "", "week YYYY-Www")
	meeting := fl.Int64("meeting", 0, "meeting ID")
	lang := fl.String("lang", "da", "da or en")
	if err := fl.parse(args, 1); err != nil || *out == "" {
		return errUsage
	}
	// Read-write where possible: printing a plan or the board is logged in
	// the history.
	db, err := openFile(env, fl.positional[0], kind == "minutes")
	if err != nil {
		return err
	}
	defer db.Close()
	ctx := context.Background()
	now := env.Now().In(calendar.Copenhagen)
	var buf bytes.Buffer
	switch kind {
	case "plan":
		if *citizen == 0 {
			return errUsage
		}
		in, err := printing.GatherPlan(ctx, db, *citizen, now, *lang)
		if err != nil {
			return err
		}
		if err := printing.WritePlan(&buf, in); err != nil {
			return err
		}
		if err := db.LogAccess(ctx, *citizen, board.AuditPrint, "plan printed from the command line"); err != nil && board.ErrorCode(err) != board.EReadOnly {
			return err
		}
	case "board":
		week := calendar.WeekOf(now)
		if *weekText != "" {
			if week, err = calendar.ParseWeek(*weekText); err != nil {
				return board.Errorf(board.EInvalid, "%v", err)
			}
		}
		in, err := printing.GatherBoard(ctx, db, week, now, *lang)
		if err != nil {
			return err
		}
		if err := printing.WriteBoard(&buf, in); err != nil {
			return err
		}
		// The poster shows every citizen on the board: each is logged.
		for _, row := range in.Board.Rows {
			err := db.LogAccess(ctx, row.Citizen.ID, board.AuditPrint, "board poster printed from the command line")
			if err != nil && board.ErrorCode(err) != board.EReadOnly {
				return err
			}
		}
	case "minutes":
		if *meeting == 0 {
			return errUsage
		}
		in, err := printing.GatherMinutes(ctx, db, *meeting, *lang)
		if err != nil {
			return err
		}
		if err := printing.WriteMinutes(&buf, in); err != nil {
			return err
		}
	default:
		return errUsage
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Wrote %s (%s bytes).\n", *out, strconv.Itoa(buf.Len()))
	return nil
}
