package value

import (
	"strings"
	"unicode"
)

// Structure is Структура (and ФиксированнаяСтруктура when Fixed): keys are
// identifiers, compared case-insensitively, kept in insertion order with
// the spelling of their first insertion.
type Structure struct {
	keys  []string
	vals  []Value
	ix    map[string]int // folded key → position
	Fixed bool
}

// Type names of structures.
var (
	TStructure      = Name{"Структура", "Structure"}
	TFixedStructure = Name{"ФиксированнаяСтруктура", "FixedStructure"}
)

// NewStructure returns an empty Структура.
func NewStructure() *Structure { return &Structure{ix: map[string]int{}} }

func (s *Structure) TypeName() Name {
	if s.Fixed {
		return TFixedStructure
	}
	return TStructure
}
func (s *Structure) String() string { return s.TypeName().Ru }

// Filled: a structure is filled when it has keys.
func (s *Structure) Filled() bool { return len(s.keys) > 0 }

// Len is the number of keys.
func (s *Structure) Len() int { return len(s.keys) }

// Keys returns the keys in order (do not modify).
func (s *Structure) Keys() []string { return s.keys }

// IsIdent reports whether key is a valid structure key: a letter or '_'
// followed by letters, digits and '_'.
func IsIdent(key string) bool {
	if key == "" {
		return false
	}
	for i, r := range key {
		if !(r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r))) {
			return false
		}
	}
	return true
}

// Insert sets key to v (adding it when absent); a key that is not an
// identifier is "Задано неправильное имя атрибута структуры".
func (s *Structure) Insert(key string, v Value) error {
	f := Fold(key)
	if i, ok := s.ix[f]; ok {
		s.vals[i] = v
		return nil
	}
	if !IsIdent(key) {
		return &Error{Msg: MsgBadStructKey}
	}
	s.ix[f] = len(s.keys)
	s.keys = append(s.keys, key)
	s.vals = append(s.vals, v)
	return nil
}

// Get returns the value of key.
func (s *Structure) Get(key string) (Value, bool) {
	var buf [64]byte
	if i, ok := s.ix[string(appendFold(buf[:0], key))]; ok {
		return s.vals[i], true
	}
	return nil, false
}

// Delete removes key (no error when absent).
func (s *Structure) Delete(key string) {
	f := Fold(key)
	i, ok := s.ix[f]
	if !ok {
		return
	}
	s.keys = append(s.keys[:i], s.keys[i+1:]...)
	s.vals = append(s.vals[:i], s.vals[i+1:]...)
	delete(s.ix, f)
	for k, j := range s.ix {
		if j > i {
			s.ix[k] = j - 1
		}
	}
}

// Clear removes every key.
func (s *Structure) Clear() {
	s.keys, s.vals = nil, nil
	s.ix = map[string]int{}
}

// GetProp reads s.Ключ.
func (s *Structure) GetProp(name string) (Value, error) {
	if v, ok := s.Get(name); ok {
		return v, nil
	}
	return nil, ErrPropNotFound(name)
}

// SetProp writes s.Ключ = v for an existing key (assignment does not add
// keys: "Поле объекта не обнаружено").
func (s *Structure) SetProp(name string, v Value) error {
	var buf [64]byte
	i, ok := s.ix[string(appendFold(buf[:0], name))]
	if !ok {
		return ErrPropNotFound(name)
	}
	if s.Fixed {
		return ErrReadOnly()
	}
	s.vals[i] = v
	return nil
}

// Index reads s["Ключ"].
func (s *Structure) Index(key Value) (Value, error) {
	k, err := ArgString(key)
	if err != nil {
		return nil, err
	}
	return s.GetProp(k)
}

// SetIndex writes s["Ключ"] = v for an existing key.
func (s *Structure) SetIndex(key, v Value) error {
	k, err := ArgString(key)
	if err != nil {
		return err
	}
	return s.SetProp(k, v)
}

// Iterate yields КлючИЗначение in key order.
func (s *Structure) Iterate() Iterator {
	return &sliceIter{get: func(i int) (Value, bool) {
		if i < len(s.keys) {
			return &KeyValue{Key: String(s.keys[i]), Val: s.vals[i]}, true
		}
		return nil, false
	}}
}

// Methods returns the table of the structure's kind.
func (s *Structure) Methods() *MethodTable {
	if s.Fixed {
		return fixedStructureMethods
	}
	return structureMethods
}

// CopyStructure returns a shallow copy with the given fixedness.
func CopyStructure(s *Structure, fixed bool) *Structure {
	c := &Structure{keys: append([]string(nil), s.keys...), vals: append([]Value(nil), s.vals...), ix: make(map[string]int, len(s.ix)), Fixed: fixed}
	for k, v := range s.ix {
		c.ix[k] = v
	}
	return c
}

// FillStructure implements the constructor Новый Структура("А, Б", 1, 2):
// keys separated by commas (spaces trimmed), values in order, missing ones
// Неопределено. Extra values are "Слишком много фактических параметров".
func FillStructure(s *Structure, keys string, vals []Value) error {
	parts := strings.Split(keys, ",")
	if strings.TrimSpace(keys) == "" {
		parts = nil
	}
	if len(vals) > len(parts) {
		return &Error{Msg: MsgTooManyArgs}
	}
	for i, p := range parts {
		if err := s.Insert(strings.TrimSpace(p), Arg(vals, i, Undef)); err != nil {
			return err
		}
	}
	return nil
}

var (
	_ HasProps   = (*Structure)(nil)
	_ HasMethods = (*Structure)(nil)
	_ Indexable  = (*Structure)(nil)
	_ Iterable   = (*Structure)(nil)
)

func strct(v Value) *Structure { return v.(*Structure) }

var structureReadMethods = []MethodDef{
	def("Количество", "Count", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		return IntValue(int64(strct(r).Len())), nil
	}),
	{Name: Name{"Свойство", "Property"}, MinArgs: 1, MaxArgs: 2, Out: 1 << 1,
		Func: func(_ Env, r Value, args []Value) (Value, error) {
			k, err := ArgString(Arg(args, 0, Undef))
			if err != nil {
				return nil, err
			}
			v, ok := strct(r).Get(k)
			if len(args) > 1 {
				if ref, isRef := args[1].(*Ref); isRef {
					if ok {
						ref.Set(v)
					} else {
						ref.Set(Undef)
					}
				}
			}
			return Bool(ok), nil
		}},
}

var fixedStructureMethods = NewMethodTable(structureReadMethods)

var structureMethods = NewMethodTable(append(append([]MethodDef(nil), structureReadMethods...),
	proc("Вставить", "Insert", 1, 2, func(_ Env, r Value, args []Value) (Value, error) {
		k, err := ArgString(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		return nil, strct(r).Insert(k, Arg(args, 1, Undef))
	}),
	proc("Удалить", "Delete", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		k, err := ArgString(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		strct(r).Delete(k)
		return nil, nil
	}),
	proc("Очистить", "Clear", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		strct(r).Clear()
		return nil, nil
	}),
))

// PropNames lists the keys in order.
func (s *Structure) PropNames() []string { return append([]string(nil), s.keys...) }
