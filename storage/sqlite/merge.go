package sqlite

import (
	"context"
	"reflect"

	"tavlen/board"
)

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

// SaveMerged saves mine, an edit of base. When another PC saved the record
// since base was read (EConflict), it reads their version with load, merges
// field by field (board.Merge3) and saves the merge on top of theirs when
// no field was changed by both to different values. With such fields it
// saves nothing and returns the EConflict error with Theirs, Merged and
// Conflicts filled in, for the person to choose (see MineOnTop). Any other
// error is returned as it is; nothing is lost either way, since mine is
// never modified.
func SaveMerged[T any](ctx context.Context, base, mine T,
	load func(context.Context) (T, error), save func(context.Context, T) error) (Merged[T], error) {
	var out Merged[T]
	err := save(ctx, mine)
	if board.ErrorCode(err) != board.EConflict {
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
		b, m := byOccurrence(base, mine, theirs, false)
		merged, conflicts := board.Merge3(b, m, theirs)
		out.Theirs, out.Merged, out.Conflicts = theirs, merged, conflicts
		if len(conflicts) > 0 {
			return out, err
		}
		out.AutoMerged = true
		if len(changedFields(theirs, merged)) == 0 {
			// My edit is already in theirs (or I changed nothing).
			out.Saved = theirs
			return out, nil
		}
		if err = save(ctx, merged); err == nil {
			out.Saved = merged
			return out, nil
		}
		if board.ErrorCode(err) != board.EConflict {
			return out, err
		}
	}
	return out, err
}

// MineOnTop returns theirs with every field I changed from base set to my
// value, conflicting ones too: "apply mine on top of theirs". It carries
// their version, so it saves on top of theirs.
func MineOnTop[T any](base, mine, theirs T) T {
	base, mine = byOccurrence(base, mine, theirs, true)
	merged, conflicts := board.Merge3(base, mine, theirs)
	if len(conflicts) == 0 {
		return merged
	}
	// Through &merged, so a struct (not only a pointer) T can be set.
	out, m := structOf(reflect.ValueOf(&merged).Elem()), structOf(reflect.ValueOf(mine))
	for _, name := range conflicts {
		out.FieldByName(name).Set(m.FieldByName(name))
	}
	return merged
}

// ChangedFields names the fields (bookkeeping stamps aside) in which a and
// b differ: what a banner or a side-by-side view lists.
func ChangedFields[T any](a, b T) []string { return changedFields(a, b) }

func changedFields[T any](a, b T) []string {
	va, vb := structOf(reflect.ValueOf(a)), structOf(reflect.ValueOf(b))
	var out []string
	for i := 0; i < va.NumField(); i++ {
		f := va.Type().Field(i)
		if !f.IsExported() || stampField[f.Name] {
			continue
		}
		if !reflect.DeepEqual(va.Field(i).Interface(), vb.Field(i).Interface()) {
			out = append(out, f.Name)
		}
	}
	return out
}

// stampField lists the bookkeeping fields board.Merge3 never merges.
var stampField = map[string]bool{"Stamp": true, "Version": true, "UpdatedAt": true, "UpdatedBy": true, "Sequence": true}

func structOf(v reflect.Value) reflect.Value {
	if v.Kind() == reflect.Pointer {
		return v.Elem()
	}
	return v
}

// MergeConflicts names the fields mine and theirs both changed from base
// to different values, as SaveMerged sees them (single occurrences of an
// appointment merge one by one).
func MergeConflicts[T any](base, mine, theirs T) []string {
	b, m := byOccurrence(base, mine, theirs, false)
	_, conflicts := board.Merge3(b, m, theirs)
	return conflicts
}
