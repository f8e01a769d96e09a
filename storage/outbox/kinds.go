package outbox

import (
	"encoding/json"
	"fmt"
	"reflect"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// An update waits as the record as read (Base) and as edited (Mine) and
// is merged with what other PCs saved meanwhile; a create carries only
// Mine; a deletion carries the record as read, whose version must still
// be the stored one. Each kind of record has one typed Kind, so keeping an
// edit of a record the replay cannot save does not compile.

// Kind is one kind of record the outbox keeps, with the saves it may keep.
type Kind[T any] struct {
	Name string
	row  func(T) int64
	may  saves
}

type saves uint8

const (
	mayCreate saves = 1 << iota
	mayUpdate
	mayDelete
)

func versioned[T board.Versioned](name string, may saves) Kind[T] {
	return Kind[T]{Name: name, row: func(v T) int64 { return v.RecordID() }, may: may}
}

// The kinds of records kept, one per kind of record the replay saves.
var (
	KindCitizen     = versioned[*board.Citizen]("citizen", mayCreate|mayUpdate)
	KindNote        = Kind[*board.Note]{Name: "note", row: func(n *board.Note) int64 { return n.ID }, may: mayCreate}
	KindGoal        = versioned[*board.Goal]("goal", mayCreate|mayUpdate|mayDelete)
	KindAction      = versioned[*board.Action]("action", mayCreate|mayUpdate|mayDelete)
	KindCrisis      = versioned[*board.CrisisPlan]("crisis", mayUpdate) // a new one is updated from an empty plan with Version 0
	KindContact     = versioned[*board.Contact]("contact", mayCreate|mayUpdate|mayDelete)
	KindMember      = versioned[*board.Member]("member", mayCreate|mayUpdate)
	KindAppointment = versioned[*calendar.Appointment]("appointment", mayCreate|mayUpdate|mayDelete)
	KindMeeting     = versioned[*board.Meeting]("meeting", mayUpdate) // meeting mode's steps while the meeting runs
	KindTheme       = versioned[*board.Theme]("theme", mayCreate|mayUpdate|mayDelete)
)

// Update makes the edit of an update that could not reach the file: base
// is the record as read, mine as edited. The saver stamps By and At.
func (k Kind[T]) Update(base, mine T) (Edit, error) {
	if k.may&mayUpdate == 0 || isNil(mine) || isNil(base) {
		return Edit{}, board.Errorf(board.EInvalid, "A change of a %s cannot be kept on this PC.", k.Name)
	}
	row := k.row(mine)
	if row == 0 {
		return Edit{}, board.Errorf(board.EInvalid, "A new %s is kept with Create.", k.Name)
	}
	b, err := k.encode(base)
	if err != nil {
		return Edit{}, err
	}
	m, err := k.encode(mine)
	if err != nil {
		return Edit{}, err
	}
	return Edit{Kind: k.Name, RowID: row, Base: b, Mine: m}, nil
}

// Create makes the edit of a new record that could not reach the file.
func (k Kind[T]) Create(mine T) (Edit, error) {
	if k.may&mayCreate == 0 || isNil(mine) {
		return Edit{}, board.Errorf(board.EInvalid, "A new %s cannot be kept on this PC.", k.Name)
	}
	m, err := k.encode(mine)
	if err != nil {
		return Edit{}, err
	}
	return Edit{Kind: k.Name, Mine: m}, nil
}

// Delete makes the edit of a deletion that could not reach the file; rec
// is the record as read.
func (k Kind[T]) Delete(rec T) (Edit, error) {
	if k.may&mayDelete == 0 || isNil(rec) {
		return Edit{}, board.Errorf(board.EInvalid, "A %s cannot be deleted.", k.Name)
	}
	b, err := k.encode(rec)
	if err != nil {
		return Edit{}, err
	}
	return Edit{Kind: k.Name, RowID: k.row(rec), Base: b, Mine: b, Delete: true}, nil
}

func (k Kind[T]) encode(v T) (json.RawMessage, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("outbox: keep %s: %w", k.Name, err)
	}
	return b, nil
}

// Records reads a kept edit's records as the replay saves them (times in
// Copenhagen, like records read from the file): base is unset for a new
// record.
func (k Kind[T]) Records(e Edit) (base, mine T, err error) {
	if e.Kind != k.Name {
		return base, mine, board.Errorf(board.EInvalid, "A kept change is damaged and cannot be saved.")
	}
	if mine, err = decodeKept[T](e.Mine); err != nil {
		return base, mine, err
	}
	if len(e.Base) > 0 {
		base, err = decodeKept[T](e.Base)
	}
	return base, mine, err
}

// decodeKept reads a kept record, with its times in Copenhagen like the
// ones read from the file, so the merge compares like with like.
func decodeKept[T any](data json.RawMessage) (T, error) {
	var v T
	if err := json.Unmarshal(data, &v); err != nil || isNil(v) {
		return v, board.Errorf(board.EInvalid, "A kept change is damaged and cannot be saved.")
	}
	inCopenhagen(reflect.ValueOf(&v).Elem())
	return v, nil
}

func isNil(v any) bool {
	r := reflect.ValueOf(v)
	return !r.IsValid() || (r.Kind() == reflect.Pointer && r.IsNil())
}

var timeType = reflect.TypeFor[time.Time]()

// inCopenhagen sets every non-zero time.Time reachable from v to the same
// instant in Copenhagen, as the storage reads times.
func inCopenhagen(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			inCopenhagen(v.Elem())
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			inCopenhagen(v.Index(i))
		}
	case reflect.Struct:
		if v.Type() == timeType {
			if t := v.Interface().(time.Time); !t.IsZero() && v.CanSet() {
				v.Set(reflect.ValueOf(t.In(calendar.Copenhagen)))
			}
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				inCopenhagen(v.Field(i))
			}
		}
	}
}
