package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/opener"
	"tavlen/text"
)

// defaultExportWeeks is how far ahead an export reaches without --to.
const defaultExportWeeks = 8

func runExportICS(env *Env, args []string) error {
	fl := newFlags("export-ics")
	out := fl.String("o", "", "output .ics")
	citizen := fl.Int64("citizen", 0, "citizen ID")
	member := fl.String("member", "", "member initials")
	team := fl.Bool("team", false, "whole team")
	fromText := fl.String("from", "", "first day YYYY-MM-DD")
	toText := fl.String("to", "", "last day YYYY-MM-DD")
	lang := fl.String("lang", "da", "da or en")
	withNotes := fl.Bool("with-notes", false, "include internal notes (team and member files)")
	withInitials := fl.Bool("with-initials", false, "add citizens' initials to the titles (team and member files)")
	if err := fl.parse(args, 1); err != nil || *out == "" {
		return errUsage
	}
	chosen := 0
	for _, on := range []bool{*citizen != 0, *member != "", *team} {
		if on {
			chosen++
		}
	}
	if chosen != 1 || *citizen != 0 && (*withNotes || *withInitials) {
		return errUsage // a citizen's own file never holds internal notes
	}
	today := board.DateOf(env.Now().In(calendar.Copenhagen))
	from, to := today, today.AddDays(7*defaultExportWeeks)
	var err error
	if *fromText != "" {
		if from, err = board.ParseDate(*fromText); err != nil {
			return err
		}
	}
	if *toText != "" {
		if to, err = board.ParseDate(*toText); err != nil {
			return err
		}
	}
	if to.Before(from) {
		return board.Errorf(board.EInvalid, "--to %s is before --from %s", to, from)
	}

	// Read-write where possible: exports are logged in the history.
	db, err := openFile(env, fl.positional[0], false)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx := context.Background()
	members, err := db.FindMembers(ctx, board.MemberFilter{})
	if err != nil {
		return err
	}
	idx := board.IndexMembers(members)
	filter := calendar.Filter{From: from.In(calendar.Copenhagen), To: to.AddDays(1).In(calendar.Copenhagen)}
	opt := calendar.ExportOptions{
		Now:         env.Now(),
		Lang:        *lang,
		KindLabel:   text.For(*lang).Kind,
		MemberName:  func(id int64) string { return nameOf(idx, id) },
		MemberEmail: func(id int64) string { return emailOf(idx, id) },
		WithNotes:   *withNotes,
	}
	if *withInitials {
		if opt.CitizenName, err = citizenNames(ctx, db); err != nil {
			return err
		}
	}
	team0, err := db.FindTeam(ctx)
	if err != nil {
		return err
	}
	switch {
	case *citizen != 0:
		c, err := db.FindCitizenByID(ctx, *citizen)
		if err != nil {
			return err
		}
		filter.CitizenID = c.ID
		opt.CitizenView = true
		opt.CalName = c.DisplayName()
	case *member != "":
		m := memberByInitials(members, *member)
		if m == nil {
			return board.Errorf(board.ENotFound, "No team member has the initials %s", strings.ToUpper(*member))
		}
		filter.MemberID = m.ID
		opt.CalName = team0.Name + " – " + m.Initials
	default:
		opt.CalName = team0.Name
	}
	apps, err := db.FindAppointments(ctx, filter)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := calendar.Encode(&buf, apps, opt); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	if err := logExports(ctx, db, apps); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Wrote %d appointments from %s to %s to %s.\n", len(apps), from, to, *out)
	if *citizen == 0 {
		fmt.Fprintln(env.Stdout, exportPrivacyNote(*withNotes, *withInitials))
	}
	return nil
}

// exportPrivacyNote says plainly what a team or member file holds and
// where it goes.
func exportPrivacyNote(notes, initials bool) string {
	held := "times, titles, places, kinds and participants"
	switch {
	case notes && initials:
		held += ", internal notes and citizens' initials"
	case notes:
		held += " and internal notes"
	case initials:
		held += " and citizens' initials"
	}
	s := "The file holds " + held + ". It leaves Tavlen: into Outlook, onto phones and to anyone they are shared with, where the team file no longer protects it."
	if !notes && !initials {
		s += " Add --with-notes or --with-initials only if the people who will see it may read them."
	}
	return s
}

// citizenNames looks up citizens' names for their initials in a file.
func citizenNames(ctx context.Context, db opener.Store) (func(int64) string, error) {
	citizens, err := db.FindCitizens(ctx, board.CitizenFilter{IncludeClosed: true})
	if err != nil {
		return nil, err
	}
	names := make(map[int64]string, len(citizens))
	for _, c := range citizens {
		names[c.ID] = c.Name
	}
	return func(id int64) string { return names[id] }, nil
}

// logExports records in the history that each citizen's appointments left
// the file.
func logExports(ctx context.Context, db opener.Store, apps []*calendar.Appointment) error {
	seen := map[int64]bool{}
	for _, a := range apps {
		if a.CitizenID == 0 || seen[a.CitizenID] {
			continue
		}
		seen[a.CitizenID] = true
		err := db.LogAccess(ctx, a.CitizenID, board.AuditExport, "appointments exported as iCalendar from the command line")
		if err != nil && board.ErrorCode(err) != board.EReadOnly {
			return err
		}
	}
	return nil
}

func runImportICS(env *Env, args []string) error {
	fl := newFlags("import-ics")
	citizen := fl.Int64("citizen", 0, "citizen ID")
	member := fl.String("member", "", "member initials")
	takeFile := fl.Bool("take-file", false, "where an appointment changed in Tavlen after the file's version, take the file's")
	if err := fl.parse(args, 2); err != nil || *member == "" {
		return errUsage
	}
	data, err := os.ReadFile(fl.positional[1])
	if err != nil {
		return err
	}
	db, err := openFile(env, fl.positional[0], false)
	if err != nil {
		return err
	}
	defer db.Close()
	if db.ReadOnly() {
		return board.Errorf(board.EReadOnly, "The team file %s is read-only; nothing was imported", fl.positional[0])
	}
	ctx := context.Background()
	members, err := db.FindMembers(ctx, board.MemberFilter{})
	if err != nil {
		return err
	}
	m := memberByInitials(members, *member)
	if m == nil {
		return board.Errorf(board.ENotFound, "No team member has the initials %s", strings.ToUpper(*member))
	}
	if *citizen != 0 {
		if _, err := db.FindCitizenByID(ctx, *citizen); err != nil {
			return err
		}
	}
	imp, err := calendar.Decode(bytes.NewReader(data), calendar.ImportOptions{
		CitizenID:  *citizen,
		MemberID:   m.ID,
		FindMember: func(name, email string) int64 { return findMember(members, name, email) },
	})
	if err != nil {
		return board.Errorf(board.EInvalid, "%s is not a calendar file Tavlen can read (%v); nothing was imported", fl.positional[1], err)
	}
	existing := map[string]*calendar.Appointment{}
	for _, a := range imp.Appointments {
		found, err := db.FindAppointments(ctx, calendar.Filter{UID: a.UID})
		if err != nil {
			return err
		}
		for _, f := range found {
			existing[f.UID] = f
		}
	}
	plan := calendar.PlanImportFile(existing, imp)
	create, update := plan.Create, plan.Update
	if *takeFile {
		for _, c := range plan.Conflicts {
			update = append(update, c.File)
		}
	}
	// All or nothing, in short chunks so that other PCs keep saving: a
	// conflict half-way takes the saved chunks back.
	if err := importAppointments(ctx, db, create, update); err != nil {
		return err
	}
	for _, a := range create {
		fmt.Fprintf(env.Stdout, "added\t%s\t%s\n", a.Start.In(calendar.Copenhagen).Format("2006-01-02 15:04"), oneLine(a.Title))
	}
	for _, a := range update {
		fmt.Fprintf(env.Stdout, "updated\t%s\t%s\n", a.Start.In(calendar.Copenhagen).Format("2006-01-02 15:04"), oneLine(a.Title))
	}
	if !*takeFile {
		for _, c := range plan.Conflicts {
			fmt.Fprintf(env.Stdout, "kept\t%s\t%s\t(changed in Tavlen after the file's version)\n",
				c.Stored.Start.In(calendar.Copenhagen).Format("2006-01-02 15:04"), oneLine(c.Stored.Title))
		}
	}
	for _, u := range imp.Unsupported {
		fmt.Fprintf(env.Stdout, "not imported\t%s\n", oneLine(u))
	}
	fmt.Fprintf(env.Stdout, "%d added, %d updated, %d unchanged.\n", len(create), len(update), plan.Unchanged)
	if n := len(plan.Conflicts); n > 0 && !*takeFile {
		fmt.Fprintf(env.Stdout, "%d changed in Tavlen after the file's version were kept as in Tavlen; --take-file takes the file's.\n", n)
	}
	return nil
}

func memberByInitials(members []*board.Member, initials string) *board.Member {
	for _, m := range members {
		if strings.EqualFold(m.Initials, initials) {
			return m
		}
	}
	return nil
}

func findMember(members []*board.Member, name, email string) int64 {
	for _, m := range members {
		if email != "" && strings.EqualFold(m.Email, email) || name != "" && strings.EqualFold(m.Name, name) {
			return m.ID
		}
	}
	return 0
}

func nameOf(idx board.MemberIndex, id int64) string {
	if m := idx[id]; m != nil {
		return m.Name
	}
	return ""
}

func emailOf(idx board.MemberIndex, id int64) string {
	if m := idx[id]; m != nil {
		return m.Email
	}
	return ""
}
