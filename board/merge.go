package board

import (
	"reflect"
)

// Merge3 merges two edits of one record made from the same base: the
// caller's (mine) and another PC's saved one (theirs). Fields only one side
// changed take that side's value; fields both changed to different values
// are conflicts, listed by name, and keep theirs in merged. With no
// conflicts, merged is safe to save on top of theirs without asking.
// Version stamps (Stamp, Version, UpdatedAt, UpdatedBy, Sequence) come from
// theirs. T must be a struct or a pointer to one.
func Merge3[T any](base, mine, theirs T) (merged T, conflicts []string) {
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
