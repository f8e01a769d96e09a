package board

import "context"

// Merged is the outcome of SaveMerged.
type Merged[T any] struct {
	// Saved is the record as now stored: mine, or mine merged onto theirs.
	// Unset when Conflicts is not empty.
	Saved T
	// Theirs is the version another PC saved after base was read; unset
	// when no one did.
	Theirs T
	// Merged is theirs with every field only I changed taken from mine;
	// with conflicts it keeps their value in the conflicting fields and is
	// not saved.
	Merged T
	// Conflicts names the fields both sides changed to different values.
	Conflicts []string
	// AutoMerged reports that another PC saved in between and the edits
	// touched different fields, so they were merged without a question.
	AutoMerged bool
}

// mergeAttempts bounds how often SaveMerged merges again when yet another
// save slips in between its read of theirs and its own save.
const mergeAttempts = 3

// SaveMerged saves mine, an edit of base, with save (a service's
// version-checked update). When another PC saved the record since base
// was read (EConflict), it reads their version with load, merges field by
// field (Merge3) and saves the merge on top of theirs when no field was
// changed by both to different values. With such fields it saves nothing
// and returns the EConflict error with Theirs, Merged and Conflicts filled
// in, for the person to choose (see MineOnTop). Any other error is
// returned as it is; nothing is lost either way, since mine is never
// modified.
func SaveMerged[T any](ctx context.Context, base, mine T,
	load func(context.Context) (T, error), save func(context.Context, T) error) (Merged[T], error) {
	var out Merged[T]
	err := save(ctx, mine)
	if ErrorCode(err) != EConflict {
		if err == nil {
			out.Saved = mine
		}
		return out, err
	}
	for attempt := 0; attempt < mergeAttempts; attempt++ {
		theirs, lerr := load(ctx)
		if lerr != nil {
			return out, lerr
		}
		merged, conflicts := Merge3(base, mine, theirs)
		out.Theirs, out.Merged, out.Conflicts = theirs, merged, conflicts
		if len(conflicts) > 0 {
			return out, err
		}
		out.AutoMerged = true
		if len(ChangedFields(theirs, merged)) == 0 {
			// My edit is already in theirs (or I changed nothing).
			out.Saved = theirs
			return out, nil
		}
		if err = save(ctx, merged); err == nil {
			out.Saved = merged
			return out, nil
		}
		if ErrorCode(err) != EConflict {
			return out, err
		}
	}
	return out, err
}
