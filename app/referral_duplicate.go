package app

import (
	"strings"

	"tavlen/app/kit"
	"tavlen/board"
)

// duplicateWarning says, the first time Save is pressed for a name and
// phone, that the citizen is probably in Tavlen already (also when closed:
// a re-referral). Pressing Save again registers the new citizen anyway.
func (f *referralForm) duplicateWarning(c *board.Citizen) error {
	key := board.FoldName(c.Name) + "\x00" + c.Phone
	if f.warned == key {
		return nil
	}
	all, err := f.u.store.FindCitizens(f.u.ctx, board.CitizenFilter{IncludeClosed: true})
	if err != nil {
		return err
	}
	dups := board.LikelyDuplicates(c, all)
	if len(dups) == 0 {
		return nil
	}
	f.warned = key
	var found []string
	for _, d := range dups {
		s := d.Name + " (" + kit.StatusLabel(d.Status)
		if d.Phone != "" {
			s += ", " + d.Phone
		}
		found = append(found, s+")")
	}
	return kit.ErrPlain(T("referral.duplicate", "Tavlen already has {{.Found}}. Is it the same person? Open that citizen instead, or press Save again to register a new citizen anyway.",
		map[string]any{"Found": strings.Join(found, ", ")}))
}
