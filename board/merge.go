package board

import (
	"reflect"
)

// The three-way merge of every record lives here, with one rule for a
// clash: a field both sides changed to different values is a conflict,
// and until the person chooses, theirs is kept. Records whose fields hold
// parts that merge one by one (a series' single-occurrence changes)
// implement PartMerger and are prepared before the field-by-field merge.

// PartMerger is a record with a field whose parts merge one by one before
// the field-by-field merge (calendar.Appointment's exceptions).
type PartMerger[T any] interface {
	// MergeParts returns base and the receiver (mine) prepared for the
	// field-by-field merge against theirs; none of the three is modified.
	MergeParts(base, theirs T) (newBase, newMine T)
}

// prepare lets a PartMerger merge its parts.
func prepare[T any](base, mine, theirs T) (T, T) {
	if pm, ok := any(mine).(PartMerger[T]); ok && !isNil(mine) && !isNil(base) && !isNil(theirs) {
		return pm.MergeParts(base, theirs)
	}
	return base, mine
}

// Merge3 merges two edits of one record made from the same base: the
// caller's (mine) and another PC's saved one (theirs). Fields only one side
// changed take that side's value; fields both changed to different values
// are conflicts, listed by name, and keep theirs in merged. With no
// conflicts, merged is safe to save on top of theirs without asking.
// Version stamps (Stamp, Sequence) come from theirs. T must be a struct or
// a pointer to one.
func Merge3[T any](base, mine, theirs T) (merged T, conflicts []string) {
	base, mine = prepare(base, mine, theirs)
	return merge3(base, mine, theirs)
}

func merge3[T any](base, mine, theirs T) (merged T, conflicts []string) {
	b, m, t := reflect.ValueOf(base), reflect.ValueOf(mine), reflect.ValueOf(theirs)
	if b.Kind() == reflect.Pointer {
		b, m, t = b.Elem(), m.Elem(), t.Elem()
		out := reflect.New(t.Type())
		out.Elem().Set(t)
		conflicts = mergeStruct(b, m, out.Elem(), "")
		return out.Interface().(T), conflicts
	}
	out := reflect.New(t.Type()).Elem()
	out.Set(t)
	conflicts = mergeStruct(b, m, out, "")
	return out.Interface().(T), conflicts
}

// MineOnTop returns theirs with every field I changed from base set to my
// value, conflicting ones too: "apply mine on top of theirs". It carries
// their version, so it saves on top of theirs.
func MineOnTop[T any](base, mine, theirs T) T {
	base, mine = prepare(base, mine, theirs)
	merged, conflicts := merge3(base, mine, theirs)
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

// MergeConflicts names the fields mine and theirs both changed from base
// to different values, as Merge3 sees them.
func MergeConflicts[T any](base, mine, theirs T) []string {
	_, conflicts := Merge3(base, mine, theirs)
	return conflicts
}

// ChangedFields names the fields (bookkeeping stamps aside) in which a and
// b differ: what a banner or a side-by-side view lists.
func ChangedFields[T any](a, b T) []string {
	va, vb := structOf(reflect.ValueOf(a)), structOf(reflect.ValueOf(b))
	var out []string
	for i := 0; i < va.NumField(); i++ {
		f := va.Type().Field(i)
		if !f.IsExported() || stampFields[f.Name] {
			continue
		}
		if !reflect.DeepEqual(va.Field(i).Interface(), vb.Field(i).Interface()) {
			out = append(out, f.Name)
		}
	}
	return out
}

// stampFields are bookkeeping, never merged: they always come from theirs.
var stampFields = map[string]bool{"Stamp": true, "Version": true, "UpdatedAt": true, "UpdatedBy": true, "Sequence": true}

func mergeStruct(base, mine, out reflect.Value, prefix string) []string {
	var conflicts []string
	typ := out.Type()
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		if !f.IsExported() || stampFields[f.Name] {
			continue
		}
		name := prefix + f.Name
		bv, mv, tv := base.Field(i), mine.Field(i), out.Field(i)
		// Small value structs (Date, Consent…) merge as a whole; Consent
		// and Recurrence field by field would allow nonsense mixes.
		mineChanged := !reflect.DeepEqual(bv.Interface(), mv.Interface())
		theirsChanged := !reflect.DeepEqual(bv.Interface(), tv.Interface())
		switch {
		case !mineChanged:
			// keep theirs
		case !theirsChanged:
			tv.Set(mv)
		case reflect.DeepEqual(mv.Interface(), tv.Interface()):
			// both made the same change
		default:
			conflicts = append(conflicts, name)
		}
	}
	return conflicts
}

func structOf(v reflect.Value) reflect.Value {
	if v.Kind() == reflect.Pointer {
		return v.Elem()
	}
	return v
}

func isNil(v any) bool {
	r := reflect.ValueOf(v)
	return !r.IsValid() || (r.Kind() == reflect.Pointer && r.IsNil())
}
