package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/opener"
	"tavlen/text"
)

const attentionUsage = "attention FILE [--member INITIALS] [--sector region|kommune|almen_praksis|other] [--no-contact-days N]"

// runAttention prints "Hvem har brug for os nu": the whole caseload ranked
// by need, one line per citizen: ID, name, score and the reasons in
// Danish, separated by tabs.
func runAttention(env *Env, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return errUsage
	}
	fs := flag.NewFlagSet("attention", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	member := fs.String("member", "", "")
	sector := fs.String("sector", "", "")
	noContact := fs.Int("no-contact-days", board.NoContactDays, "")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() != 0 || *noContact < 1 {
		return errUsage
	}
	filter := board.AttentionFilter{Sector: board.Sector(*sector)}
	if filter.Sector != "" && !filter.Sector.Valid() {
		return errUsage
	}
	return readFile(env, args[:1], func(ctx context.Context, db opener.Store) error {
		if *member != "" {
			list, err := db.FindMembers(ctx, board.MemberFilter{Initials: strings.ToUpper(*member)})
			if err != nil {
				return err
			}
			if len(list) != 1 {
				return board.Errorf(board.ENotFound, "No member has the initials %s.", *member)
			}
			filter.MemberID = list[0].ID
		}
		now := env.Now().In(calendar.Copenhagen)
		today := board.DateOf(now)
		week := calendar.WeekOf(now)
		wb, err := db.WeekBoard(ctx, week.Start(), week.End(), today)
		if err != nil {
			return err
		}
		words := text.For(text.Danish)
		ranks := board.RankAttention(wb.Rows, filter, board.AttentionSettings{NoContactDays: *noContact}, today, calendar.Copenhagen)
		for _, r := range ranks {
			fmt.Fprintf(env.Stdout, "%d\t%s\t%d\t%s\n", r.Row.Citizen.ID, oneLine(r.Row.Citizen.Name), r.Score,
				oneLine(words.AttentionReasons(r.Reasons)))
		}
		return nil
	})
}
